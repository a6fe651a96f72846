import { readFileSync } from "node:fs";
import { z } from "zod";
import { HttpProblem } from "./problem.ts";
import { defineRoute, Reply, type AnyRoute } from "./route.ts";

/** A page: its name (src/web/NAME.html and NAME.ts), where it is served, its title and navigation text, and its summary in the OpenAPI document. */
const WebPage = z.object({ name: z.string().regex(/^[a-z][a-z0-9-]*$/), path: z.string().startsWith("/"), title: z.string(), nav: z.string(), summary: z.string() });

/**
 * The browser pages, listed in src/web/pages.json (copied to dist/web/ by scripts/build-web.mjs, so
 * "../web/" is beside this module in src/ and in dist/). A page added there, with its src/web/NAME.html
 * and NAME.ts, gets its routes and its place in the navigation; nothing else needs to change.
 */
export const WEB_PAGES: readonly z.infer<typeof WebPage>[] = z.array(WebPage).parse(JSON.parse(readFileSync(new URL("../web/pages.json", import.meta.url), "utf8")));

/** Files every page uses, served from /web/. */
const SHARED_ASSETS = ["style.css", "icon.svg"];

/** dist/web sits two levels up from src/http, dist/http and dist/chunks (where the CLI bundle's chunks are). */
const WEB_DIR = new URL("../../dist/web/", import.meta.url);

/** Only what this server sends: scripts, styles, fetches and images from itself; no inline script or style, no framing. */
export const WEB_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-cache",
};

const MEDIA: Record<string, string> = { html: "text/html; charset=utf-8", js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8", svg: "image/svg+xml" };

function serveFile(file: string): () => Reply {
  const media = MEDIA[file.slice(file.lastIndexOf(".") + 1)] ?? "application/octet-stream";
  return () => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(new URL(file, WEB_DIR));
    } catch {
      throw new HttpProblem(503, "web-not-built", "Web page not built", `dist/web/${file} is missing: run \`npm run build:web\` (or \`npm run build\`)`);
    }
    return new Reply(200, bytes, media, WEB_HEADERS);
  };
}

/** The route-table entries of the pages: the page itself (in the OpenAPI document) and its script and style (not in it). */
export function webRoutes(pages = WEB_PAGES): AnyRoute[] {
  const assets = [...SHARED_ASSETS, ...pages.map((p) => `${p.name}.js`)];
  return [
    ...pages.map((page) =>
      defineRoute({
        method: "GET",
        path: page.path,
        summary: page.summary,
        responses: { "200": { description: "HTML page", media: "text/html" } },
        problems: [],
        handle: serveFile(`${page.name}.html`),
      }),
    ),
    ...assets.map((file) =>
      defineRoute({
        method: "GET",
        path: `/web/${file}`,
        summary: `Page asset ${file}`,
        internal: true,
        responses: { "200": { description: file, media: MEDIA[file.slice(file.lastIndexOf(".") + 1)]! } },
        problems: [],
        handle: serveFile(file),
      }),
    ),
  ];
}
