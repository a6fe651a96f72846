import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClassification } from "../../src/cli/render.ts";
import { builtIn } from "../helpers/classifier.ts";

const doc = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");

/** Each indented `$ valuechain classify "…"` block of the page: the text and the lines it shows. */
const examples = [...doc.matchAll(/^( *)\$ valuechain classify "([^"]+)"\n((?:\1.*\n|\n)+?)\1```/gm)].map((m) => {
  const lines = m[3]!.split("\n").map((l) => l.slice(m[1]!.length));
  return [m[2]!, lines.join("\n").trimEnd()] as const;
});

describe("docs/rules.md", () => {
  it("has a classify example", () => {
    expect(examples.length).toBe(1);
  });

  it.each(examples)("classify %j shows the start of what classify prints", (description, shown) => {
    expect(renderClassification(builtIn().classifySync({ description })).startsWith(shown)).toBe(true);
  });
});
