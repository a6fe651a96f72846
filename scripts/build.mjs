// Builds dist/: the library as JavaScript and .d.ts files (tsc, tsconfig.build.json: dist/index.js
// for src/index.ts), which the package's exports point at, and the CLI and its batch worker as
// esbuild bundles (dist/cli/main.mjs, dist/rows/worker.mjs), which start several times faster than
// the library's many modules. Every file sits at the same depth as its source, so paths like
// ../../rules resolve the same way. bin/valuechain.mjs uses the bundle only while it is newer than
// every source file.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

// Start clean: chunk names carry a content hash, so old chunks would otherwise pile up.
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

// Dependencies stay in node_modules, except zod: bundled, its ~100 ES modules load in a third of the time.
const { dependencies } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const external = Object.keys(dependencies).filter((name) => name !== "zod");

/**
 * zod's namespace carries all ~60 of its locales (~400 KB, half the bundle) and we speak English
 * only: its locale index is replaced by one exporting `en` alone. The CLI and each batch worker
 * parse half as much code at start-up.
 */
const englishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes("/node_modules/zod/") ? { path: "zod-locales", namespace: "zod-locales", pluginData: args.resolveDir } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: args.pluginData,
      loader: "js",
    }));
  },
};

/**
 * The build's identity: a hash of every source file and of the lockfile (zod validates too). A
 * rule set validated by one build is cached under it (src/rules/cache.ts) and used by that build only.
 */
function buildId() {
  const hash = createHash("sha256");
  const src = new URL("../src/", import.meta.url);
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath}/${e.name}`)
    .sort();
  for (const file of [...files, new URL("../package-lock.json", import.meta.url)]) hash.update(String(file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

await build({
  plugins: [englishOnly],
  define: { __VALUECHAIN_BUILD__: JSON.stringify(buildId()) },
  entryPoints: { "cli/main": "src/cli/main.ts", "rows/worker": "src/rows/worker.ts", "rules/validate-worker": "src/rules/validate-worker.ts" },
  outdir: "dist",
  // Each command is its own chunk, loaded when it runs (see COMMANDS in src/cli/main.ts).
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: external.flatMap((name) => [name, `${name}/*`]),
  logLevel: "warning",
});

// The library: JavaScript with .d.ts beside it, relative imports rewritten from .ts to .js.
execFileSync(process.execPath, [new URL("../node_modules/typescript/bin/tsc", import.meta.url).pathname, "-p", "tsconfig.build.json"], {
  cwd: new URL("..", import.meta.url),
  stdio: "inherit",
});
