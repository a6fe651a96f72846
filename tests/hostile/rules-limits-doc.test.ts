import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_WORD_LENGTH } from "../../src/extract/bounds.ts";
import { WORD_INFO_LIMIT } from "../../src/extract/features.ts";
import { MAX_PROBES } from "../../src/extract/word-table.ts";
import * as rules from "../../src/rules/limits.ts";
import { WATCH_POLL_MS, WATCH_QUIET_MS } from "../../src/rules/watch.ts";
import { MAX_LIST } from "../../src/schemas/input.ts";
import * as input from "../../src/schemas/limits.ts";

const constants: Record<string, number> = { ...input, MAX_LIST, MAX_WORD_LENGTH, WORD_INFO_LIMIT, MAX_PROBES, ...rules, WATCH_QUIET_MS, WATCH_POLL_MS };

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
});
