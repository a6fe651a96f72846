import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

/** The fenced block after `<!-- doc-test: NAME -->` in docs/batch.md. */
function docBlock(name: string): string {
  const doc = readFileSync("docs/batch.md", "utf8");
  const match = new RegExp(`<!-- doc-test: ${name} -->\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!match) throw new Error(`docs/batch.md has no doc-test block "${name}"`);
  return match[1]!;
}

/** Scores vary with the rules version; the rest of each cell must be as documented. */
const withoutScores = (records: string[][]) => records.map((row) => row.map((cell) => cell.replace(/\d\.\d+/g, "N")));

describe("docs/batch.md's spreadsheet round trip", () => {
  it("shows the fixture, the stderr and the output the program gives", async () => {
    const input = "fixtures/batch/export-semicolon.csv";
    expect(readFileSync(input, "utf8").replace(/^\uFEFF/, "").replaceAll("\r\n", "\n")).toBe(docBlock("input"));
    const out = join(mkdtempSync(join(tmpdir(), "vc-docs-")), "classified.csv");
    const stderrBlock = docBlock("stderr").split("\n");
    expect(stderrBlock[0]).toBe(`$ valuechain batch ${input} --format csv --output classified.csv`);
    const r = await runCli(["batch", input, "--format", "csv", "--output", out, "--concurrency", "0"]);
    expect(r.code).toBe(0);
    expect(r.stderr.split("\n").slice(0, 4)).toEqual(stderrBlock.slice(1, 5));
    const written = parse(readFileSync(out, "utf8"), { bom: true }) as string[][];
    expect(withoutScores(written)).toEqual(withoutScores(parse(docBlock("output")) as string[][]));
  }, 60_000);
});
