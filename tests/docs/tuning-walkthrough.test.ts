import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DOC = readFileSync(join(ROOT, "docs/tuning.md"), "utf8");

/** One step of the walk-through: a shell command with the output shown under it, or JSON to paste into a file. */
type Step = { kind: "run"; command: string; shown: string } | { kind: "paste"; file: string; at: string; json: string };

/** The doc's steps in order: `$ ` lines of ```sh blocks (output until the next `$ `), and ```json blocks after a `<!-- paste into FILE at PLACE -->` note. */
export function stepsOf(doc: string): Step[] {
  const steps: Step[] = [];
  const block = /(?:<!-- paste into (\S+) at (\S+) -->\n)?```(sh|json)\n([\s\S]*?)```/g;
  for (const [, file, at, lang, body] of doc.matchAll(block)) {
    if (lang === "json") {
      if (file !== undefined) steps.push({ kind: "paste", file, at: at!, json: body!.trim() });
      continue;
    }
    for (const chunk of body!.split(/^\$ /m).slice(1)) {
      const [command, ...output] = chunk.split("\n");
      steps.push({ kind: "run", command: command!, shown: output.join("\n").replace(/\n+$/, "") });
    }
  }
  return steps;
}

/** The shown output as a pattern: "…" stands for anything (on one line or across lines). */
function pattern(shown: string): RegExp {
  const escaped = shown.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join("[\\s\\S]*?")}$`);
}

function paste(dir: string, step: Extract<Step, { kind: "paste" }>): void {
  const path = join(dir, step.file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  if (step.at === "features") Object.assign(json.features, JSON.parse(`{${step.json}}`));
  else if (step.at === "end") json.push(JSON.parse(step.json));
  else throw new Error(`Unknown paste place ${step.at}`);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

describe("docs/tuning.md", () => {
  const steps = stepsOf(DOC);

  it("has the walk-through's steps", () => {
    expect(steps.filter((s) => s.kind === "run").map((s) => (s as { command: string }).command.split(" ").slice(0, 2).join(" "))).toEqual([
      "cp -r",
      "rm my-rules/domain-prior.json",
      "valuechain report",
      "valuechain suggest",
      "valuechain lint",
      "valuechain validate",
      "valuechain tune",
      "valuechain diff",
      "valuechain validate",
      "valuechain validate",
    ]);
    expect(steps.filter((s) => s.kind === "paste")).toHaveLength(2);
  });

  it("runs as written, each command printing what the doc shows", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "vc-walkthrough-"));
    for (const part of ["rules", "fixtures", "docs/tuning"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    for (const step of steps) {
      if (step.kind === "paste") {
        paste(dir, step);
        continue;
      }
      const args = step.command.split(" ");
      const stdout = args[0] === "valuechain" ? (await runCli(args.slice(1), { cwd: dir })).stdout : execFileSync("bash", ["-c", step.command], { cwd: dir, encoding: "utf8" });
      expect(stdout.replace(/\n+$/, ""), step.command).toMatch(pattern(step.shown));
    }
  });
});
