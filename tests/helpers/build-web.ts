import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Builds the browser pages (dist/web/) with scripts/build-web.mjs. */
export function buildWebNow(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL("../../scripts/build-web.mjs", import.meta.url))], { stdio: "inherit" });
}

/** vitest global set-up: builds the pages before any test, so a fresh clone's `npm test` serves them. */
export default function setup(): void {
  buildWebNow();
}
