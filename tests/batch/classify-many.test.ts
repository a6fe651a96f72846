import { describe, expect, it } from "vitest";
import { classifyMany } from "../../src/batch/index.ts";
import type { BatchRow } from "../../src/schemas/batch.ts";
import { builtIn } from "../helpers/classifier.ts";

const inputs = [
  { id: "gpu", description: "GPU cloud billed per GPU hour." },
  { answers: { offerings: ["crypto"] } },
  {},
  { description: "A bakery." },
  ...Array.from({ length: 600 }, (_, i) => ({ id: `r${i}`, description: i % 2 ? "Vector database for LLM apps." : "AI agents for support tickets." })),
];

async function collect(rows: AsyncIterable<BatchRow>): Promise<BatchRow[]> {
  const out: BatchRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe("classifyMany", () => {
  it.each([0, 2])("yields one row per input, in order, with error rows in place (concurrency %i)", async (concurrency) => {
    const rows = await collect(classifyMany(inputs, { concurrency, chunkSize: 50 }));
    expect(rows).toHaveLength(inputs.length);
    expect(rows.map((r) => r.id).slice(0, 5)).toEqual(["gpu", "2", "3", "4", "r0"]);
    expect(rows[1]).toMatchObject({ id: "2", line: 2, error: { code: "invalid_input", issues: [{ path: "answers.offerings[0]" }] } });
    expect(rows[2]).toMatchObject({ id: "3", error: { code: "invalid_input", issues: [{ path: "(root)", message: "Empty input: give a description, answers, or both" }] } });
    const c = builtIn();
    expect(rows[0]).toEqual({ id: "gpu", result: c.classifySync(inputs[0]) });
    expect(rows.at(-1)).toEqual({ id: "r599", result: c.classifySync(inputs.at(-1)) });
  });

  it("accepts an async source", async () => {
    async function* source() {
      yield { description: "vector db for llm apps" };
    }
    const [row] = await collect(classifyMany(source(), { concurrency: 0 }));
    expect(row).toMatchObject({ id: "1", result: { primaryDomain: "rag" } });
  });
});
