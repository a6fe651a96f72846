import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClassifier } from "../../src/core/index.ts";
import { measurePart } from "../../scripts/corpus/measure.ts";

/** A corpus directory with the given rows in <part>/<file>.jsonl. */
function corpusWith(files: Record<string, object[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  for (const [path, rows] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  }
  return dir;
}
const row = (id: string, description: string, domains: string[]) => ({ id, input: { id, name: id, description }, expect: { domains } });

describe("measurePart", () => {
  const corpus = corpusWith({
    "dev/gen.jsonl": [
      row("g1", "Turn any text into a studio-quality video with AI avatars, no camera needed.", ["generative-ai"]),
      row("g2", "Turn any text into a studio-quality video with AI avatars, no camera needed.", ["mlops"]),
    ],
    "dev/plain.jsonl": [row("p1", "Emergency plumbing and heating repairs across north London, available 24/7.", [])],
    "test/gen.jsonl": [row("t1", "Emergency plumbing and heating repairs across north London, available 24/7.", ["generative-ai"])],
  });
  const classifier = createClassifier();

  it("scores AI rows by top-1, top-3 and abstain, non-AI rows by abstain, per file", () => {
    const { main, lang } = measurePart(classifier, corpus, "dev");
    expect(lang).toBeNull();
    expect({ aiRows: main.aiRows, top1: main.top1, aiAbstained: main.aiAbstained, nonAiRows: main.nonAiRows, nonAiAbstained: main.nonAiAbstained })
      .toEqual({ aiRows: 2, top1: 0.5, aiAbstained: 0, nonAiRows: 1, nonAiAbstained: 1 });
    expect(main.files.map((f) => [f.file, f.aiRows, f.nonAiRows])).toEqual([["gen", 2, 0], ["plain", 0, 1]]);
    expect(main.recall).toEqual([{ domain: "generative-ai", rows: 1, recall: 1 }, { domain: "mlops", rows: 1, recall: 0 }]);
  });

  it("reads only the part asked for: an AI row abstained on counts as abstained", () => {
    const { main } = measurePart(classifier, corpus, "test");
    expect([main.aiRows, main.top1, main.top3, main.aiAbstained, main.nonAiRows, main.nonAiAbstained]).toEqual([1, 0, 0, 1, 0, null]);
  });

  it("names the directory when a part has no rows", () => {
    expect(() => measurePart(classifier, join(corpus, "nowhere"), "dev")).toThrow(`${join(corpus, "nowhere", "dev")}: no corpus rows here`);
  });
});
