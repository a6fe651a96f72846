import { createClassifier } from "../core/index.ts";
import { diffRules, type FixtureChange, type RulesDiff } from "../eval/diff.ts";
import { readFixtures } from "./fixture-dirs.ts";
import { DEFAULT_RULES_DIR } from "../rules/load.ts";
import type { ArgsOf } from "./command.ts";
import type { diffCommand } from "./commands/diff.ts";
import { EXIT } from "./errors.ts";
import { writeOut } from "./io.ts";
import { displayPath } from "../errors.ts";
import { createStyle, fmt, renderTable, type Style } from "./style.ts";
import { renderProblems } from "./validate.ts";

const list = (xs: string[]) => (xs.length ? xs.join(", ") : "(none)");

function renderChange(c: FixtureChange, style: Style): string {
  const verdict = c.passed.from === c.passed.to ? "" : c.passed.to ? style.green("  ✔ now passes") : style.red("  ✖ now fails");
  const lines = [`  ${style.bold(c.id)} ${style.dim(`(${c.at})`)}${verdict}`];
  if (c.primary) lines.push(`      primary domain   ${c.primary.from ?? "abstain"} → ${c.primary.to ?? "abstain"}`);
  if (c.stages) lines.push(`      stages           ${list(c.stages.from)} → ${list(c.stages.to)}`);
  if (c.statedRevenueModels) lines.push(`      stated revenue   ${list(c.statedRevenueModels.from)} → ${list(c.statedRevenueModels.to)}`);
  return lines.join("\n");
}

export function renderDiff(d: RulesDiff, rulesDir: string, againstDir: string, style: Style): string {
  const parts = [`${displayPath(rulesDir)} (rules ${d.after}) against ${displayPath(againstDir)} (rules ${d.before}), on ${d.fixtures} fixtures`];
  const r = d.rules;
  const ruleLines = [
    ...r.changed.map((c) => `  ~ ${c.rule}: ${c.fields.join("; ")}`),
    ...r.added.map((n) => `  + ${n}`),
    ...r.removed.map((n) => `  - ${n}`),
    ...r.data.map((change) => `  ~ ${change}`),
  ];
  parts.push(`Rule changes:\n${ruleLines.length ? ruleLines.join("\n") : "  none"}`);
  parts.push(`Fixtures whose answer changes (${d.changes.length}):\n${d.changes.length ? d.changes.map((c) => renderChange(c, style)).join("\n") : "  none"}`);
  const moved = d.metrics.filter((m) => m.change !== 0 && !(m.before === null && m.after === null));
  const show = (x: number | null, name: string) => (x === null ? "–" : name === "passed" ? String(x) : fmt(x));
  const sign = (x: number | null, name: string) => (x === null ? "–" : `${x > 0 ? "+" : ""}${name === "passed" ? x : x.toFixed(3)}`);
  parts.push(
    `Metrics that change (${moved.length} of ${d.metrics.length}; --format json lists all):\n` +
      (moved.length ? renderTable([["metric", "before", "after", "change"], ...moved.map((m) => [m.metric, show(m.before, m.metric), show(m.after, m.metric), sign(m.change, m.metric)])]) : "  none"),
  );
  const summary = `${d.regressions} fixture${d.regressions === 1 ? "" : "s"} now fail${d.regressions === 1 ? "s" : ""}, ${d.fixed} now pass${d.fixed === 1 ? "es" : ""}`;
  parts.push(d.regressions > 0 ? style.red(`✖ ${summary}`) : style.green(`✔ ${summary}`));
  return `${parts.join("\n\n")}\n`;
}

export async function runDiff({ values }: ArgsOf<typeof diffCommand>): Promise<number> {
  const format = values.format;
  const rulesDir = values.rules ?? DEFAULT_RULES_DIR;
  const after = createClassifier({ rulesDir });
  const before = createClassifier({ rulesDir: values.against });
  const { fixtures, problems } = readFixtures(values.fixtures);
  const d = await diffRules(before, after, fixtures);
  if (format === "json") await writeOut(`${JSON.stringify({ ...d, problems }, null, 2)}\n`);
  else {
    const style = createStyle();
    await writeOut((problems.length ? `Invalid fixtures:\n${renderProblems(problems, style)}\n\n` : "") + renderDiff(d, rulesDir, values.against, style));
  }
  return d.regressions > 0 || problems.length > 0 ? EXIT.failures : EXIT.ok;
}
