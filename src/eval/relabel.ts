import { replaceJsonValues } from "../json-edit.ts";
import { Fixture } from "../schemas/fixture.ts";
import type { LabelRequest, Labels } from "../schemas/review.ts";

/** Where one fixture is in a file's text: its 1-based line, the line's span (without its line ending) and the fixture. */
export interface FixtureLine {
  line: number;
  start: number;
  end: number;
  fixture: Fixture;
}

/** Why a fixture could not be relabelled: `path` names the request field at fault. */
export class RelabelError extends Error {
  constructor(
    readonly path: "id",
    message: string,
  ) {
    super(message);
    this.name = "RelabelError";
  }
}

/** The line of a file's text that holds the valid fixture `id`; a RelabelError when there is none, or more than one. */
export function findFixtureLine(text: string, id: string): FixtureLine {
  const found: FixtureLine[] = [];
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const newline = text.indexOf("\n", start);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const end = newline < 0 ? text.length : text[newline - 1] === "\r" ? newline - 1 : newline;
    try {
      const parsed = Fixture.safeParse(JSON.parse(text.slice(start, end)));
      if (parsed.success && parsed.data.id === id) found.push({ line, start, end, fixture: parsed.data });
    } catch {
      // not JSON (or blank): not a fixture a request can name
    }
    start = next;
  }
  if (found.length === 0) throw new RelabelError("id", `No valid fixture with id ${JSON.stringify(id)} in this file`);
  if (found.length > 1) throw new RelabelError("id", `The id ${JSON.stringify(id)} is on lines ${found.map((f) => f.line).join(" and ")}: make it unique by hand first`);
  return found[0]!;
}

/** The labels after a relabel: stages and revenue models left out stay; abstain is kept only while there are no domains. */
export function nextLabels(current: Labels, update: LabelRequest["expect"]): Labels {
  const abstain = update.domains.length === 0 ? (update.abstain ?? current.abstain) : undefined;
  return {
    domains: update.domains,
    stages: update.stages ?? current.stages,
    revenueModels: update.revenueModels ?? current.revenueModels,
    ...(abstain !== undefined && { abstain }),
  };
}

const KEY_ORDER = ["domains", "stages", "revenueModels", "abstain"] as const;

/** The separators a line is written with (`", "` and `": "`, or none), looked for outside its strings. */
function separators(line: string): { comma: string; colon: string } {
  const bare = line.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return { comma: /,\s/.test(bare) ? ", " : ",", colon: /:\s/.test(bare) ? ": " : ":" };
}

/**
 * The "expect" object written in the line's own style: the keys it had, in its order, then any new
 * ones; an empty optional list or an absent abstain is left out unless the line had the key.
 */
function writeExpect(line: string, had: readonly string[], labels: Labels): string {
  const { comma, colon } = separators(line);
  const keys = [...had.filter((k) => (KEY_ORDER as readonly string[]).includes(k)), ...KEY_ORDER.filter((k) => !had.includes(k))];
  const parts: string[] = [];
  for (const key of keys as (typeof KEY_ORDER)[number][]) {
    const value = labels[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && key !== "domains" && !had.includes(key)) continue;
    const text = Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(comma)}]` : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}${colon}${text}`);
  }
  return `{${parts.join(comma)}}`;
}

/**
 * A file's text with one fixture relabelled: only the value of its "expect" changes, written in the
 * line's style; every other byte (other lines, line endings, the rest of the line) stays as it was.
 */
export function relabelText(text: string, id: string, update: LabelRequest["expect"]): { text: string; line: number; expect: Labels } {
  const found = findFixtureLine(text, id);
  const lineText = text.slice(found.start, found.end);
  const had = Object.keys((JSON.parse(lineText) as { expect: object }).expect);
  const expect = nextLabels(found.fixture.expect, update);
  const written = replaceJsonValues(lineText, [{ path: ["expect"], text: writeExpect(lineText, had, expect), type: "object" }]);
  return { text: text.slice(0, found.start) + written + text.slice(found.end), line: found.line, expect };
}
