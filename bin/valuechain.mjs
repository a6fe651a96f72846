#!/usr/bin/env node
// Starts the CLI from its esbuild bundle (dist/, made by `npm run build`). In a checkout, where
// src/ is present, a bundle older than any source file is stale: the TypeScript then runs through
// tsx (a dev dependency) instead.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = `${root}dist/cli/main.mjs`;

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  if (!existsSync(`${root}src`)) return true; // an installed package ships the bundle, not the sources
  const built = statSync(bundle).mtimeMs;
  for (const entry of readdirSync(`${root}src`, { recursive: true, withFileTypes: true })) {
    if (entry.parentPath.startsWith(`${root}src/web`)) continue; // the browser pages are not in the bundle
    if (entry.isFile() && statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > built) return false;
  }
  return true;
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
