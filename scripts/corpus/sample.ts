// Prints a seeded random sample of corpus rows for a hand check of their labels:
//   npm run corpus:sample -- --corpus /work/corpus --n 100 --seed 11 [--part dev|test] [--ai-only]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scriptArgs } from "../args.ts";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import { createRandom, shuffled } from "../../src/eval/random.ts";
import type { RowMeta } from "./rows.ts";

const USAGE = "Usage: npm run corpus:sample -- --corpus DIR [--n N] [--seed S] [--part dev|test] [--ai-only]";
const { values } = scriptArgs(
  {
    options: {
      corpus: { type: "string" }, n: { type: "string", default: "100" }, seed: { type: "string", default: "11" },
      part: { type: "string", default: "dev" }, "ai-only": { type: "boolean", default: false },
    },
  },
  USAGE,
);
const n = Number(values.n);
const seed = Number(values.seed);
if (values.corpus === undefined || !Number.isInteger(n) || !Number.isInteger(seed) || (values.part !== "dev" && values.part !== "test")) {
  console.error(USAGE);
  process.exit(2);
}
const meta = new Map<string, RowMeta>();
for (const line of readFileSync(join(values.corpus, "meta.jsonl"), "utf8").split("\n")) {
  if (line.trim() !== "") {
    const m = JSON.parse(line) as RowMeta;
    meta.set(m.id, m);
  }
}
const rows = loadFixtures(join(values.corpus, values.part)).fixtures.filter((f) => !values["ai-only"] || f.fixture.expect.domains.length > 0);
shuffled(rows, createRandom(seed)).slice(0, n).forEach((f, i) => {
  const m = meta.get(f.fixture.id);
  const expect = f.fixture.expect.domains.length === 0 ? "abstain" : f.fixture.expect.domains.join(", ");
  console.log(`${i + 1}. ${f.fixture.id} [${m?.source ?? "?"}: ${m?.category ?? "?"}] → ${expect}`);
  console.log(`   ${f.fixture.input.name ?? ""}: ${f.fixture.input.description ?? ""}`);
});
