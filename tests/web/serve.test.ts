import { readdirSync } from "node:fs";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createApp, createRulesHolder } from "../../src/http/index.ts";
import { WEB_PAGES } from "../../src/http/web.ts";
import { builtIn } from "../helpers/classifier.ts";

const app = createApp({ rules: createRulesHolder({ classifier: builtIn() }) });
const CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

describe("the pages and their assets", () => {
  it("every page in src/web/pages.json has its HTML and script, and every page HTML in src/web is listed", () => {
    const files = readdirSync(new URL("../../src/web/", import.meta.url));
    const html = files.filter((f) => f.endsWith(".html") && f !== "layout.html").map((f) => f.slice(0, -5));
    expect(WEB_PAGES.map((p) => p.name).sort()).toEqual(html.sort());
    for (const page of WEB_PAGES) expect(files).toContain(`${page.name}.ts`);
  });

  it.each(WEB_PAGES)("GET $path serves $name.html with the strict CSP, its script and the shared style", async (page) => {
    const res = await request(app).get(page.path).expect(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toBe(CSP);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.text).toContain(`<script type="module" src="/web/${page.name}.js"></script>`);
    expect(res.text).toContain(`<link rel="stylesheet" href="/web/style.css">`);
    expect(res.text).toContain(`<title>${page.title} — valuechain</title>`);
    expect(res.text).toContain(`<h1>${page.title}</h1>`);
    // Every page in the navigation, this one marked as current.
    for (const other of WEB_PAGES) {
      expect(res.text).toContain(`<a href="${other.path}"${other === page ? ' aria-current="page"' : ""}>${other.nav}</a>`);
    }
    // No inline script or style: every <script> has a src, and there is no <style> nor style= attribute.
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.text).not.toMatch(/<style|\sstyle=/);
    const js = await request(app).get(`/web/${page.name}.js`).expect(200);
    expect(js.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(js.headers["content-security-policy"]).toBe(CSP);
    expect(js.text.length).toBeGreaterThan(0);
  });

  it("serves the style sheet as CSS", async () => {
    const res = await request(app).get("/web/style.css").expect(200);
    expect(res.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(res.text).toContain(":root");
  });

  it("refuses other methods on a page and unknown assets", async () => {
    const post = await request(app).post("/").send("x");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    const missing = await request(app).get("/web/nothing.js");
    expect(missing.status).toBe(404);
  });
});
