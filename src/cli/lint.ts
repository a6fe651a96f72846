import { displayPath, type RuleIssue } from "../errors.ts";
import { lintRules, type LintReport } from "../rules/lint.ts";
import type { ArgsOf } from "./command.ts";
import type { lintCommand } from "./commands/lint.ts";
import { EXIT } from "./errors.ts";
import { writeOut } from "./io.ts";
import { createStyle, renderTable, type Style } from "./style.ts";

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

export async function runLint({ values }: ArgsOf<typeof lintCommand>): Promise<number> {
  const format = values.format;
  const report = lintRules(values.rules);
  const ok = report.errors.length === 0;
  await writeOut(format === "json" ? `${JSON.stringify({ ok, ...report }, null, 2)}\n` : renderLint(report, createStyle()));
  return ok ? EXIT.ok : EXIT.failures;
}
