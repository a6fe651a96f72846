/**
 * One core, one process: the whole pipeline's best rate (CPU time) on the English synthetic corpus,
 * with the language detected or (`--lang en`) every row read as English. bench/batch.ts runs it in
 * alternating processes, so each pipeline is compiled and measured on its own and neither inherits
 * the other's type feedback: `tsx bench/language-core.ts --rows N --rounds K [--lang en]` prints
 * `{"rate": rows per CPU second}`.
 */
import { parseArgs } from "node:util";
import { analyse, createPipeline, finish } from "../src/core/index.ts";
import { runCompiled } from "../src/rules/compile.ts";
import { loadRuleSet } from "../src/rules/load.ts";
import { ByteWriter } from "../src/rows/bytes.ts";
import { JsonRowWriter } from "../src/rows/json-row.ts";
import { syntheticCorpus } from "./corpus.ts";

const { values } = parseArgs({ options: { rows: { type: "string", default: "20000" }, rounds: { type: "string", default: "3" }, lang: { type: "string" } } });
const rows = Number(values.rows);
const pipeline = createPipeline(loadRuleSet(), values.lang);
const inputs = syntheticCorpus(rows).map((description) => ({ description }));
const out = new ByteWriter();
const jsonRows = new JsonRowWriter();

/** CPU seconds of this process for one pass over the corpus, rows written as the batch writes them. */
function pass(): number {
  const before = process.cpuUsage();
  for (let i = 0; i < rows; i++) {
    const a = analyse(pipeline, inputs[i]!);
    jsonRows.write(out, { id: `c${i}`, result: finish(pipeline, a, a.abstain === undefined ? runCompiled(pipeline.compiled, a.facts) : []) });
    if (i % 250 === 249) out.take();
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

let best = 0;
for (let round = 0; round < Number(values.rounds); round++) best = Math.max(best, rows / pass());
console.log(JSON.stringify({ rate: best }));
