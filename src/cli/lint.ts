import { parseArgs } from "node:util";
import { displayPath, type RuleIssue } from "../errors.ts";
import { lintRules, type LintReport } from "../rules/lint.ts";
import { EXIT, UsageError } from "./errors.ts";
import { writeOut } from "./io.ts";
import { createStyle, renderTable, type Style } from "./style.ts";
import { parseFormat } from "./validate.ts";

export const lintUsage = `Usage: valuechain lint [--rules DIR] [--format table|json]

Checks a rules directory and lists every problem at once, each with its file and JSON path: schema
errors, unknown facts, operators and ids, duplicate rule names, rules that can never fire, lexicon
phrases claimed by two features, __proto__/constructor keys. These are the loader's own checks: a
rule set that fails lint is never used by classify, batch or serve. Warnings (features no rule reads,
ids no rule scores) are listed too but do not fail.
Exit 0 when the rule set is valid, 1 when it has errors.`;


function issueRows(issues: RuleIssue[], mark: string): string[][] {
  return issues.map((i) => [mark, i.file, i.path, i.message]);
}

export function renderLint(report: LintReport, style: Style): string {
  const parts: string[] = [];
  if (report.errors.length > 0) {
    parts.push(renderTable(issueRows(report.errors, style.red("✖"))));
  }
  if (report.warnings.length > 0) parts.push(renderTable(issueRows(report.warnings, style.yellow("⚠"))));
  const files = new Set(report.errors.map((e) => e.file)).size;
  const n = report.errors.length;
  const warned = report.warnings.length ? `, ${report.warnings.length} warning${report.warnings.length === 1 ? "" : "s"}` : "";
  parts.push(
    n > 0
      ? style.red(`✖ ${n} problem${n === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"} of ${displayPath(report.rulesDir)}: this rule set cannot be used${warned}`)
      : style.green(`✔ ${displayPath(report.rulesDir)}: ${report.rules} rules, version ${report.rulesVersion}, no problems${warned}`),
  );
  return `${parts.join("\n\n")}\n`;
}

export async function runLint(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { rules: { type: "string" }, format: { type: "string" } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
  const format = parseFormat(values.format);
  const report = lintRules(values.rules);
  const ok = report.errors.length === 0;
  await writeOut(format === "json" ? `${JSON.stringify({ ok, ...report }, null, 2)}\n` : renderLint(report, createStyle()));
  return ok ? EXIT.ok : EXIT.failures;
}
