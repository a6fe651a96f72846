import { parseArgs } from "node:util";
import { DEFAULT_FIXTURES_DIR } from "../eval/fixtures.ts";
import { GENERIC } from "../eval/phrases.ts";
import { ruleReport, type RuleReport } from "../eval/report.ts";
import { loadRuleSet } from "../rules/load.ts";
import { DOMAIN_IDS } from "../schemas/ids.ts";
import { EXIT, UsageError } from "./errors.ts";
import { writeOut } from "./io.ts";
import { createStyle, fmt, renderTable, shortId, type Style } from "./style.ts";
import { parseFormat, readFixtures, renderProblems } from "./validate.ts";

export const reportUsage = `Usage: valuechain report [--fixtures DIR] [--rules DIR] [--format table|json]

How each rule behaves on the labelled fixtures (Snorkel's labelling-function analysis): coverage (share of
fixtures it fires on), correct and incorrect firings against the labels, precision, overlaps and conflicts
with other rules; per domain pair, how often their rules fire on the same fixture; fixtures no domain rule
covers; rules no fixture exercises; and suspected mislabels — failing fixtures whose label is contradicted by
rules that are precise on every other fixture.
Exit 0 when there is nothing to look at, 1 when there are uncovered fixtures, unexercised rules, suspected
mislabels or invalid fixtures.`;

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

export async function runReport(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { fixtures: { type: "string" }, rules: { type: "string" }, format: { type: "string" } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
  const format = parseFormat(values.format);
  const ruleSet = loadRuleSet(values.rules);
  const { fixtures, problems } = readFixtures(values.fixtures ?? DEFAULT_FIXTURES_DIR);
  const report = ruleReport(ruleSet, fixtures);
  const clean = problems.length === 0 && report.uncovered.length === 0 && report.unexercised.length === 0 && report.suspects.length === 0;
  if (format === "json") await writeOut(`${JSON.stringify({ ...report, problems }, null, 2)}\n`);
  else {
    const style = createStyle();
    const invalid = problems.length ? `Invalid fixtures:\n${renderProblems(problems, style)}\n\n` : "";
    await writeOut(invalid + renderReport(report, style) + (clean ? style.green("\n✔ nothing to look at\n") : style.red("\n✖ see above\n")));
  }
  return clean ? EXIT.ok : EXIT.failures;
}
