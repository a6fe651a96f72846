import { createClassifier } from "../core/index.ts";
import { evaluate, type FixtureOutcome } from "../eval/evaluate.ts";
import { readFixtures } from "./fixture-dirs.ts";
import { GENERIC } from "../eval/phrases.ts";
import { ruleReport, type RuleReport } from "../eval/report.ts";
import { loadRuleSet } from "../rules/load.ts";
import { DOMAIN_IDS } from "../schemas/ids.ts";
import type { ArgsOf } from "./command.ts";
import type { reportCommand } from "./commands/report.ts";
import { EXIT } from "./errors.ts";
import { writeOut } from "./io.ts";
import { createStyle, fmt, renderTable, shortId, type Style } from "./style.ts";
import { renderProblems } from "./validate.ts";

const KIND: Record<string, string> = { domain: "domain", stage: "stage", revenueModel: "revenue" };

export function renderReport(r: RuleReport, style: Style): string {
  const rules = renderTable([
    ["rule", "target", "weight", "fires", "coverage", "correct", "incorrect", "precision", "overlaps", "conflicts"],
    ...r.rules.map((s) => [
      s.rule,
      `${KIND[s.target.kind]} ${s.target.id}`,
      String(s.target.weight),
      String(s.fires),
      fmt(s.coverage),
      String(s.correct),
      String(s.incorrect),
      fmt(s.precision),
      fmt(s.overlaps),
      s.target.kind === "domain" ? fmt(s.conflicts) : "–",
    ]),
  ]);
  const pairs = renderTable([
    ["", ...DOMAIN_IDS.map(shortId)],
    ...DOMAIN_IDS.map((a) => [a, ...DOMAIN_IDS.map((b) => (a === b ? "·" : String(r.domainPairs[a][b])))]),
  ]);
  const parts = [
    `Rules on ${r.fixtures} fixtures (rules ${r.rulesVersion}). Precision counts firings the labels agree with; stage and revenue labels list only some, so their precision is a lower bound.\n${rules}`,
    `Domain pairs: fixtures on which rules for both domains fire\n${pairs}`,
  ];
  const list = (title: string, rows: string[]) => parts.push(`${title}\n${rows.length ? rows.join("\n") : style.green("  none")}`);
  list("Fixtures no domain rule covers:", r.uncovered.map((u) => `  ${style.red("✖")} ${u.id} (${u.at}) labelled ${u.labelled.join(" | ")}`));
  list("Rules no fixture exercises (add a fixture that shows each working):", r.unexercised.map((name) => `  ${style.red("✖")} ${name}`));
  list(
    "Suspected mislabels (the classifier and rules precise elsewhere disagree with the label):",
    r.suspects.map(
      (s) =>
        `  ${style.yellow("?")} ${s.id} (${s.at}) labelled ${s.labelled.join(" | ") || "abstain"}, classifier says ${s.classifierSays ?? "abstain"}, rules say ${s.rulesSay}: ` +
        s.rules.map((x) => `${x.rule} (precision ${fmt(x.precisionElsewhere)} on ${x.firesElsewhere} others)`).join(", "),
    ),
  );
  const { phrases, generic, silent } = r.phrases;
  list(
    `Generic phrases (found in fixtures of ${GENERIC.domains}+ domains, or precision under ${GENERIC.precision} over ${GENERIC.minFires}+ fixtures):`,
    generic.map((p) => `  ${style.yellow("?")} ${p.feature}: ${JSON.stringify(p.phrase)}  fires ${p.fires}, ${p.domains} domains, precision ${fmt(p.precision)}: ${p.generic}`),
  );
  parts.push(`Phrases found in no fixture: ${silent.length} of ${phrases.length} (--format json lists them, with every phrase's fires, domains and precision)`);
  return `${parts.join("\n\n")}\n`;
}

/** A failing fixture in one line: where it is and what differs (validate shows the reasons). */
export function failureLine(o: FixtureOutcome): { id: string; at: string; problem: string } {
  const e = o.located.fixture.expect;
  const problems: string[] = [];
  if (!o.primaryOk) problems.push(`primary domain: expected ${e.domains.join(" | ") || "abstain"}, got ${o.result.primaryDomain ?? "abstain"}`);
  if (o.missingStages.length) problems.push(`stages: missing ${o.missingStages.join(", ")}`);
  if (o.missingRevenue.length) problems.push(`stated revenue models: missing ${o.missingRevenue.join(", ")}`);
  return { id: o.located.fixture.id, at: `${o.located.file}:${o.located.line}`, problem: problems.join("; ") };
}

export async function runReport({ values }: ArgsOf<typeof reportCommand>): Promise<number> {
  const format = values.format;
  const ruleSet = loadRuleSet(values.rules);
  const { fixtures, problems } = readFixtures(values.fixtures);
  const report = ruleReport(ruleSet, fixtures);
  const failures = (await evaluate(createClassifier({ ruleSet }), fixtures)).filter((o) => !o.passed).map(failureLine);
  const clean =
    problems.length === 0 && failures.length === 0 && report.uncovered.length === 0 && report.unexercised.length === 0 && report.suspects.length === 0;
  if (format === "json") await writeOut(`${JSON.stringify({ ...report, failures, problems }, null, 2)}\n`);
  else {
    const style = createStyle();
    const invalid = problems.length ? `Invalid fixtures:\n${renderProblems(problems, style)}\n\n` : "";
    const failing = failures.map((f) => `  ${style.red("✖")} ${f.id} (${f.at}) ${f.problem}`);
    const listed = `Failing fixtures (validate shows why):\n${failing.length ? failing.join("\n") : style.green("  none")}\n\n`;
    await writeOut(invalid + listed + renderReport(report, style) + (clean ? style.green("\n✔ nothing to look at\n") : style.red("\n✖ see above\n")));
  }
  return clean ? EXIT.ok : EXIT.failures;
}
