import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIR = new URL("../../dist/web/", import.meta.url);
const files = () => readdirSync(DIR).filter((f) => f.endsWith(".js") || f.endsWith(".css"));

describe("the pages' weight (dist/web, built by the global set-up)", () => {
  it("all the JavaScript and CSS of every page together is under 100 KB uncompressed (and so on the wire, gzip or not)", () => {
    const raw = files().reduce((sum, f) => sum + readFileSync(new URL(f, DIR)).length, 0);
    const gzip = files().reduce((sum, f) => sum + gzipSync(readFileSync(new URL(f, DIR))).length, 0);
    expect(files()).toEqual(expect.arrayContaining(["classify.js", "batch.js", "style.css"]));
    expect(raw).toBeLessThan(100 * 1024);
    expect(gzip).toBeLessThan(raw);
  });

  it("no bundle uses a Node global that a browser lacks", () => {
    for (const f of files().filter((x) => x.endsWith(".js"))) {
      expect(readFileSync(new URL(f, DIR), "utf8"), f).not.toMatch(/\b(Buffer|process|require)\s*[.(]/);
    }
  });
});
