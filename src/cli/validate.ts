import { createClassifier } from "../core/index.ts";
import { evaluate, languageMetrics, metrics, type FixtureOutcome, type LanguageMetrics, type Metrics } from "../eval/evaluate.ts";
import type { FixtureProblem } from "../eval/fixtures.ts";
import { readFixtures } from "./fixture-dirs.ts";
import { DOMAIN_IDS } from "../schemas/ids.ts";
import type { ArgsOf } from "./command.ts";
import type { validateCommand } from "./commands/validate.ts";
import { EXIT } from "./errors.ts";
import { writeOut } from "./io.ts";
import { createStyle, fmt, renderTable, shortId, type Style } from "./style.ts";

export async function runValidate({ values }: ArgsOf<typeof validateCommand>): Promise<number> {
  const format = values.format;
  const classifier = createClassifier({ rulesDir: values.rules, engine: values.engine });
  const { fixtures, problems } = readFixtures(values.fixtures);
  const outcomes = await evaluate(classifier, fixtures);
  const m = metrics(outcomes);
  const languages = languageMetrics(outcomes);
  const failures = outcomes.filter((o) => !o.passed);
  if (format === "json") {
    await writeOut(`${JSON.stringify({ rulesVersion: classifier.rulesVersion, metrics: m, languages, failures: failures.map(failureJson), problems }, null, 2)}\n`);
  } else {
    await writeOut(renderValidation(m, failures, problems, createStyle(), languages));
  }
  return failures.length > 0 || problems.length > 0 ? EXIT.failures : EXIT.ok;
}

function failureJson(o: FixtureOutcome) {
  return {
    id: o.located.fixture.id,
    at: `${o.located.file}:${o.located.line}`,
    expected: o.located.fixture.expect,
    got: {
      primaryDomain: o.result.primaryDomain,
      domains: o.result.domains.map((d) => ({ id: d.id, score: d.score, reasons: d.reasons })),
      stages: o.result.stages.map((s) => s.id),
      statedRevenueModels: o.result.revenueModels.filter((r) => r.source === "stated").map((r) => r.id),
    },
    missingStages: o.missingStages,
    missingRevenueModels: o.missingRevenue,
  };
}

export function renderFailure(o: FixtureOutcome, style: Style): string {
  const e = o.located.fixture.expect;
  const lines = [`${style.red("✖")} ${style.bold(o.located.fixture.id)} ${style.dim(`(${o.located.file}:${o.located.line})`)}`];
  if (!o.primaryOk) {
    const abstain = (reason: string | undefined) => (reason ? `abstain (${reason})` : "abstain");
    lines.push(`    primary domain: expected ${e.domains.length ? e.domains.join(" | ") : abstain(e.abstain)}, got ${o.result.primaryDomain ?? abstain(o.result.abstain?.reason)}`);
    for (const d of o.result.domains.slice(0, 3)) {
      lines.push(`      ${d.id} ${d.score.toFixed(3)}: ${d.reasons.map((r) => `${r.rule} ${JSON.stringify(r.evidence)}`).join("; ")}`);
    }
  }
  if (o.missingStages.length) lines.push(`    stages: missing ${o.missingStages.join(", ")} (got ${o.result.stages.map((s) => s.id).join(", ") || "none"})`);
  if (o.missingRevenue.length) {
    const stated = o.result.revenueModels.filter((r) => r.source === "stated").map((r) => r.id);
    lines.push(`    stated revenue models: missing ${o.missingRevenue.join(", ")} (got ${stated.join(", ") || "none"})`);
  }
  return lines.join("\n");
}

export function renderProblems(problems: FixtureProblem[], style: Style): string {
  return problems.map((p) => `${style.red("✖")} ${p.file}:${p.line}: ${p.message}`).join("\n");
}

export function renderMetrics(m: Metrics): string {
  const perDomain = renderTable([
    ["domain", "precision", "recall", "f1", "support"],
    ...m.domains.map((d) => [d.id, fmt(d.precision), fmt(d.recall), fmt(d.f1), String(d.support)]),
  ]);
  const labels = [...DOMAIN_IDS, "abstain"].filter((id) => m.confusion[id] || Object.values(m.confusion).some((row) => row[id]));
  const confusion = renderTable([
    ["expected \\ got", ...labels.map(shortId)],
    ...labels.map((row) => [row, ...labels.map((col) => String(m.confusion[row]?.[col] ?? (row === col ? 0 : "·")))]),
  ]);
  const c = m.calibration;
  const reliabilityTable = renderTable([
    ["confidence", "predictions", "mean confidence", "accuracy"],
    ...c.buckets.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, String(b.count), fmt(b.meanConfidence), fmt(b.accuracy)]),
  ]);
  const summary = [
    `fixtures ${m.fixtures}, passed ${m.passed}, failed ${m.fixtures - m.passed}`,
    `primary domain accepted (top-1) ${fmt(m.top1)}, accepted in top 3 ${fmt(m.top3)}`,
    `abstain accuracy ${fmt(m.abstainAccuracy)}, stated-revenue recall ${fmt(m.statedRevenueRecall)}, stage recall ${fmt(m.stageRecall)}`,
    `expected calibration error ${fmt(c.ece)}, accuracy at confidence ≥ 0.8 ${fmt(c.accuracyAtLeast80)}`,
  ];
  return `Per domain:\n${perDomain}\n\nConfusion (rows: expected primary, columns: got):\n${confusion}\n\nReliability (named primary domains by confidence):\n${reliabilityTable}\n\n${summary.join("\n")}\n`;
}

/** One row per language the fixtures were read in. */
export function renderLanguages(languages: LanguageMetrics[]): string {
  const rows = languages.map((l) => [l.language, String(l.fixtures), String(l.passed), fmt(l.top1), fmt(l.top3)]);
  return `Per language (as read):\n${renderTable([["language", "fixtures", "passed", "top-1", "top-3"], ...rows])}\n`;
}

export function renderValidation(m: Metrics, failures: FixtureOutcome[], problems: FixtureProblem[], style: Style, languages: LanguageMetrics[] = []): string {
  const parts: string[] = [];
  if (problems.length) parts.push(`Invalid fixtures:\n${renderProblems(problems, style)}\n`);
  if (failures.length) parts.push(`Failing fixtures:\n${failures.map((f) => renderFailure(f, style)).join("\n")}\n`);
  parts.push(renderMetrics(m));
  if (languages.length > 0) parts.push(renderLanguages(languages));
  parts.push(failures.length || problems.length ? style.red(`✖ ${failures.length} failing, ${problems.length} invalid\n`) : style.green("✔ every fixture passes\n"));
  return parts.join("\n");
}
