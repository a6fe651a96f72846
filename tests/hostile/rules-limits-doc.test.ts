import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_WORD_LENGTH } from "../../src/extract/bounds.ts";
import { WORD_INFO_LIMIT } from "../../src/extract/features.ts";
import { MAX_PROBES } from "../../src/extract/word-table.ts";
import { MAX_RECORD_CHARS } from "../../src/rows/csv-records.ts";
import { MAX_LINE_BYTES } from "../../src/rows/jsonl.ts";
import * as rules from "../../src/rules/limits.ts";
import { WATCH_POLL_MS, WATCH_QUIET_MS } from "../../src/rules/watch.ts";
import { MAX_BATCH_ITEMS } from "../../src/schemas/http.ts";
import { MAX_LIST } from "../../src/schemas/input.ts";
import * as input from "../../src/schemas/limits.ts";

const constants: Record<string, number> = { ...input, MAX_LIST, MAX_LINE_BYTES, MAX_RECORD_CHARS, MAX_BATCH_ITEMS, MAX_WORD_LENGTH, WORD_INFO_LIMIT, MAX_PROBES, ...rules, WATCH_QUIET_MS, WATCH_POLL_MS };

/** `| what | 20,000 characters | \`NAME\` | … |` rows: the constant's name and the first number of the value. */
function documented(markdown: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of markdown.matchAll(/^\|[^|\n]*\|\s*([\d,]+)[^|\n]*\|\s*`([A-Z_]+)`\s*\|/gm)) out[m[2]!] = Number(m[1]!.replace(/,/g, ""));
  return out;
}

describe("docs/limits.md", () => {
  it("states every limit with the value of its constant", () => {
    expect(documented(readFileSync("docs/limits.md", "utf8"))).toEqual(constants);
  });

  it("docs/batch.md and docs/http.md state the batch limits with the same values", () => {
    const n = (value: number) => value.toLocaleString("en-US");
    const batch = readFileSync("docs/batch.md", "utf8");
    expect(batch).toContain(`A JSON Lines row longer than 1 MiB (${n(MAX_LINE_BYTES)} bytes) and a CSV record longer than\n  ${n(MAX_RECORD_CHARS)} characters`);
    expect(batch).toContain(`A description may hold at most ${n(input.MAX_DESCRIPTION_LENGTH)} characters.`);
    expect(readFileSync("docs/http.md", "utf8")).toContain(`The batch maximum (${n(MAX_BATCH_ITEMS)} items)`);
  });
});
