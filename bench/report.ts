/**
 * Writes a benchmark's figures into docs/performance.md: each bench replaces its own section (between
 * `<!-- bench:ID -->` and `<!-- /bench:ID -->`) with a dated table, the machine it ran on and its
 * figures beside their targets, and leaves the other sections as they are.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

export const PERFORMANCE_DOC = fileURLToPath(new URL("../docs/performance.md", import.meta.url));

/** The sections, in the order the document lists them. */
export const SECTIONS = {
  batch: { title: "Batch", command: "npm run bench" },
  http: { title: "HTTP", command: "npm run bench:http" },
  worst: { title: "Worst-case descriptions", command: "npm run bench:worst" },
} as const;
export type SectionId = keyof typeof SECTIONS;

/** The machine a run is on; take it when the bench starts, so the load average is the one it met. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  load: [number, number, number];
}

export function machineNow(): Machine {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return { cpu: cpus()[0]?.model.trim() ?? "unknown", cores: availableParallelism(), memoryGb: totalmem() / 2 ** 30, node: process.version, load: [one, five, fifteen] };
}

/** One measured figure; `target` is met when the value is at least (`≥`) or below (`<`) it. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: { op: "≥" | "<"; value: number };
}

export interface Run {
  date: Date;
  machine: Machine;
  /** How it was run (the flags), e.g. "--quick: 2,000 rows, 1 run". */
  mode: string;
  figures: Figure[];
}

const num = (n: number) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString("en-US") : Number(n.toPrecision(3)).toLocaleString("en-US"));

/** value / target for "at least" targets, target / value for "below" ones: above 1 is met either way. */
function ratio(f: Figure): string {
  if (!f.target) return "";
  const r = f.target.op === "≥" ? f.value / f.target.value : f.target.value / f.value;
  return Number.isFinite(r) ? r.toFixed(2) : "";
}

/** The section's Markdown, markers included. */
export function renderSection(id: SectionId, run: Run): string {
  const { title, command } = SECTIONS[id];
  const m = run.machine;
  return [
    `<!-- bench:${id} -->`,
    `## ${title} (\`${command}\`)`,
    "",
    `Date: ${run.date.toISOString().slice(0, 16).replace("T", " ")} UTC. Run: ${run.mode}.`,
    "",
    "| CPU | cores | memory | Node | load average at start (1, 5, 15 min) |",
    "| --- | --- | --- | --- | --- |",
    `| ${m.cpu} | ${m.cores} | ${m.memoryGb.toFixed(1)} GB | ${m.node} | ${m.load.map((l) => l.toFixed(2)).join(", ")} |`,
    "",
    "| figure | value | target | ratio |",
    "| --- | --- | --- | --- |",
    ...run.figures.map((f) => `| ${f.name} | ${num(f.value)} ${f.unit} | ${f.target ? `${f.target.op} ${num(f.target.value)} ${f.unit}` : ""} | ${ratio(f)} |`),
    `<!-- /bench:${id} -->`,
  ].join("\n");
}

const HEADER = `# Performance

Written by the benchmarks, not by hand: each of \`npm run bench\`, \`npm run bench:http\` and
\`npm run bench:worst\` replaces its own section below (bench/report.ts). A ratio above 1 meets its
target. Figures depend on the machine and on its load at the time, both stated with each section.
`;

/** The document with section `id` replaced by `section` (or put in its place among the sections, when absent). */
export function replaceSection(doc: string, id: SectionId, section: string): string {
  const base = doc.trim() === "" ? HEADER : doc;
  const pattern = new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->`);
  if (pattern.test(base)) return base.replace(pattern, () => section);
  const ids = Object.keys(SECTIONS) as SectionId[];
  const next = ids.slice(ids.indexOf(id) + 1).find((later) => base.includes(`<!-- bench:${later} -->`));
  if (next) return base.replace(`<!-- bench:${next} -->`, () => `${section}\n\n<!-- bench:${next} -->`);
  return `${base.trimEnd()}\n\n${section}\n`;
}

/** Replaces this bench's section of docs/performance.md with the run's table. */
export function writeSection(id: SectionId, run: Run, file = PERFORMANCE_DOC): void {
  const doc = existsSync(file) ? readFileSync(file, "utf8") : "";
  writeFileSync(file, replaceSection(doc, id, renderSection(id, run)));
  console.log(`\n${file}: section "${SECTIONS[id].title}" written`);
}
