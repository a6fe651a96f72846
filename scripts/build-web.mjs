// Builds the browser pages into dist/web/. The pages are listed in src/web/pages.json; each is
// src/web/NAME.html (the inside of <main>, put into src/web/layout.html with the page's title, its
// script and the navigation) and src/web/NAME.ts (bundled by esbuild, minified, as dist/web/NAME.js).
// style.css, icon.svg and pages.json are copied. The HTTP app serves them (src/http/web.ts).
// Run by `npm run build`, `npm run build:web` and the tests' global set-up.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const src = new URL("../src/web/", import.meta.url);
const out = new URL("../dist/web/", import.meta.url);
const SHARED = ["style.css", "icon.svg", "pages.json"];

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One page's HTML: the layout filled in (the current page marked in the navigation). */
function pageHtml(layout, page, pages) {
  const nav = pages
    .map((p) => `<a href="${escapeHtml(p.path)}"${p.name === page.name ? ' aria-current="page"' : ""}>${escapeHtml(p.nav)}</a>`)
    .join("");
  const main = readFileSync(new URL(`${page.name}.html`, src), "utf8");
  const values = { title: escapeHtml(page.title), name: page.name, nav, main: main.trimEnd() };
  return layout.replace(/\{\{(\w+)\}\}/g, (_, key) => values[key]);
}

/**
 * The pages share the CLI's CSV output code (src/rows/csv-output.ts); its csv-stringify needs Node's
 * Buffer, so the pages get src/web/lib/csv-stringify.ts instead, which writes the same bytes.
 */
const browserCsv = {
  name: "browser-csv-stringify",
  setup(b) {
    b.onResolve({ filter: /^csv-stringify\/sync$/ }, () => ({ path: new URL("lib/csv-stringify.ts", src).pathname }));
  },
};

/** Builds dist/web/ from scratch; returns the names of the pages built. */
export async function buildWeb() {
  const pages = JSON.parse(readFileSync(new URL("pages.json", src), "utf8"));
  const layout = readFileSync(new URL("layout.html", src), "utf8");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(pages.map((p) => [p.name, new URL(`${p.name}.ts`, src).pathname])),
    outdir: out.pathname,
    plugins: [browserCsv],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: ["chrome110", "firefox110", "safari16"],
    logLevel: "warning",
  });
  for (const page of pages) writeFileSync(new URL(`${page.name}.html`, out), pageHtml(layout, page, pages));
  for (const file of SHARED) copyFileSync(new URL(file, src), new URL(file, out));
  return pages.map((p) => p.name);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWeb();
