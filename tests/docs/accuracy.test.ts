import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const doc = readFileSync("docs/accuracy.md", "utf8");

/** Each `$ npm run --silent cli -- classify "…"` example of the page with the first line it shows. */
const examples = [...doc.matchAll(/^\$ npm run --silent cli -- classify "([^"]+)"\n(.+)$/gm)].map((m) => [m[1]!, m[2]!] as const);

describe("docs/accuracy.md", () => {
  it("has classify examples", () => {
    expect(examples.length).toBe(3);
  });

  it.each(examples)("classify %j prints what the page shows", async (text, firstLine) => {
    const r = await runCli(["classify", text]);
    expect(r.stdout.split("\n")[0]).toBe(firstLine);
  });
});
