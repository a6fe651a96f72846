/**
 * npm run bench:worst [-- --runs N --budget MS] — the slowest descriptions we know how to write, each
 * within MAX_DESCRIPTION_LENGTH, classified one at a time on one core (the classifier warmed up on the
 * synthetic corpus first, then by warmUp as a server is at start). Prints each case's worst and
 * median time, as wall time (how long the event loop is held) and as the CPU time of the process
 * (which adds what V8's compiler and GC helper threads do beside it), and the worst of each; exits 1
 * when the worst wall time exceeds the budget (docs/limits.md: 20 ms). On a busy machine wall time
 * also measures the wait for a core: run it on an otherwise idle one (the load average is printed).
 *
 * Writes its section of docs/performance.md (bench/report.ts). `--quick` (one run per case) only
 * proves the bench works.
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { createClassifier } from "../src/core/classifier.ts";
import { warmUp } from "../src/core/warm-up.ts";
import { MAX_DESCRIPTION_LENGTH } from "../src/schemas/limits.ts";
import { createRandom, mixedLanguageCorpus, syntheticCorpus } from "./corpus.ts";
import { machineNow, writeSection } from "./report.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, budget: { type: "string", default: "20" }, quick: { type: "boolean", default: false } } });
const machine = machineNow();
const startedAt = new Date();
const runs = values.quick ? 1 : Number(values.runs);
const budget = Number(values.budget);
const MAX = MAX_DESCRIPTION_LENGTH;
const rand = createRandom(17);

/** `unit` repeated up to the length limit (never past it, never splitting a surrogate pair). */
function fill(unit: string | (() => string)): string {
  let text = "";
  for (;;) {
    const next = typeof unit === "string" ? unit : unit();
    if (text.length + next.length > MAX) return text;
    text += next;
  }
}
const letters = (n: number, alphabet = "abcdefghijklmnopqrstuvwxyz") => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
/** Words from {"c0","an"}^k share one word-table hash (31·'c' + '0' = 31·'a' + 'n'). */
const colliding = (k: number) => () => Array.from({ length: k }, () => (rand() < 0.5 ? "c0" : "an")).join("") + " ";
const NFKC_EXPANDERS = ["\uFDFA", "\uFDFB", "\u3300", "\u32FF", "\uFB03", "\u2474", "\u3392", "\u33AF"];

/** Each case builds a fresh description per run, so words met in an earlier run are not memoised. */
const CASES: [string, () => string][] = [
  ["U+FDFA (NFKC ×18) run", () => fill("\uFDFA")],
  ["one run of 'b'", () => fill("b")],
  ["'b' words", () => fill("b ")],
  ["random 40-letter words", () => fill(() => `${letters(40)} `)],
  ["random 41-letter words", () => fill(() => `${letters(41)} `)],
  ["random 8-letter words (typo lookups)", () => fill(() => `${letters(8)} `)],
  ["40-char words of NFKC expanders", () => fill(() => `${letters(40, NFKC_EXPANDERS.join(""))} `)],
  ["CJK without spaces", () => fill(() => letters(1, "人工智能数据模型部署平台服务"))],
  ["apostrophe chain", () => fill("b'")],
  ["digits", () => fill("1")],
  ["hash-colliding words", () => fill(colliding(10))],
  ["lexicon phrases, dense", () => fill(() => `${syntheticCorpus(1, Math.floor(rand() * 1e9))[0]} `)],
  ["negated phrases", () => fill("we do not sell AI agents, GPU cloud or ads; ")],
  ["wildcard phrases", () => fill("per per per per per seat per ")],
  ["use clauses", () => fill("We use AI. ")],
  ["business self-descriptions", () => fill("is a bakery AI ")],
  ["business words with AI", () => fill("our bakery uses AI ")],
  ["punctuation only", () => fill(".,;:!? ")],
  ["one word after spaces", () => " ".repeat(MAX - 10) + "AI agents"],
  ["capitalised dotted run (product names)", () => fill("Aa.")],
  ["customer testimonials", () => fill("We hooked Aa. With Aa I ")],
  ["review stars and own business", () => fill("★ we run our shop ")],
  ["directory labels", () => fill("Remote staffing company: ")],
];

const classifier = createClassifier();
// Warmed up on both corpora, so language detection's one-time load is not charged to the first case,
// and as a server warms up at start (warmUp).
for (const description of [...syntheticCorpus(500), ...mixedLanguageCorpus(500)]) await classifier.classify({ description });
warmUp(classifier);

interface Timing {
  wall: number;
  cpu: number;
}
async function timed(description: string): Promise<Timing> {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  await classifier.classify({ description });
  const c = process.cpuUsage(c0);
  return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (c.user + c.system) / 1e3 };
}
const worstOf = (ts: Timing[], k: keyof Timing) => Math.max(...ts.map((t) => t[k]));
const medianOf = (ts: Timing[], k: keyof Timing) => ts.map((t) => t[k]).sort((a, b) => a - b)[Math.floor(ts.length / 2)]!;

const rows: { name: string; times: Timing[] }[] = [];
for (const [name, make] of CASES) {
  const times: Timing[] = [];
  for (let r = 0; r < runs; r++) times.push(await timed(make()));
  rows.push({ name, times });
}
// Across requests: a long-running server's word memo filled with colliding words must not slow later texts.
for (let r = 0; r < 200; r++) await classifier.classify({ description: fill(colliding(10)) });
rows.push({ name: "hash-colliding words, after 200 such", times: [await timed(fill(colliding(10)))] });

const width = Math.max(...rows.map((r) => r.name.length));
const cell = (n: number) => n.toFixed(2).padStart(9);
console.log(`${"case".padEnd(width)}  wall worst  median   cpu worst  median  (ms; ${runs} runs each, ${MAX.toLocaleString("en-US")} characters)`);
for (const { name, times } of rows) console.log(`${name.padEnd(width)} ${cell(worstOf(times, "wall"))}${cell(medianOf(times, "wall"))}  ${cell(worstOf(times, "cpu"))}${cell(medianOf(times, "cpu"))}`);
for (const k of ["wall", "cpu"] as const) {
  const worst = rows.reduce((a, b) => (worstOf(b.times, k) > worstOf(a.times, k) ? b : a));
  console.log(`worst per-description ${k} time: ${worstOf(worst.times, k).toFixed(2)} ms (${worst.name})`);
}
const wallWorst = Math.max(...rows.map((r) => worstOf(r.times, "wall")));
console.log(`load average when done: ${loadavg()[0]!.toFixed(2)} (${availableParallelism()} cores)`);
console.log(`budget ${budget} ms of wall time: ${wallWorst <= budget ? "met" : "exceeded"}`);
if (wallWorst > budget) process.exitCode = 1;
writeSection("worst", {
  date: startedAt,
  machine,
  mode: `${values.quick ? "--quick, " : ""}${runs} run${runs > 1 ? "s" : ""} a case, ${MAX.toLocaleString("en-US")} characters a description, wall time`,
  figures: rows.map(({ name, times }) => ({ name: `${name}: worst wall time`, value: worstOf(times, "wall"), unit: "ms", target: { op: "<" as const, value: budget } })),
});
