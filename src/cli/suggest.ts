import { parseArgs } from "node:util";
import { DEFAULT_FIXTURES_DIR } from "../eval/fixtures.ts";
import { SUGGEST_DEFAULTS, suggestPhrases, type Suggestion } from "../eval/suggest.ts";
import { loadRuleSet } from "../rules/load.ts";
import { DOMAIN_IDS, type DomainId } from "../schemas/ids.ts";
import { EXIT, UsageError } from "./errors.ts";
import { parseCount, readFixtureDirs } from "./fixture-dirs.ts";
import { writeOut } from "./io.ts";
import { createStyle, fmt, type Style } from "./style.ts";
import { parseFormat, renderProblems } from "./validate.ts";

export const suggestUsage = `Usage: valuechain suggest [--fixtures DIR]... [--rules DIR] [--domain ID] [--top 5] [--format table|json]

Proposes lexicon phrases from the labelled fixtures: 1- to 3-word n-grams, stemmed as the matcher stems
them, ranked per domain by Fightin' Words (Monroe, Colaresi & Quinn 2008: the log-odds of occurring in a
fixture of the domain against the other domains, smoothed by an informative Dirichlet prior, as a z-score).
Fixtures the rules miss count twice, and phrases already in the lexicon are left out. For each: support,
precision on the fixtures, the feature it would join or a new one, example fixture ids, and JSON to paste
into lexicon.json (and, for a new feature, a rule with weight 2 for "valuechain tune" to fit).
It never edits a file. --fixtures may be given more than once.
Exit 0 on success, 1 when a fixture file is invalid or the rules do not load, 2 on a usage error.`;

export function parseDomain(value: string): DomainId {
  if ((DOMAIN_IDS as readonly string[]).includes(value)) return value as DomainId;
  throw new UsageError(`Unknown --domain "${value}": expected one of ${DOMAIN_IDS.join(", ")}`);
}

function renderSuggestion(s: Suggestion, rank: number, style: Style): string {
  const target = s.newFeature ? `new feature ${s.feature}` : `joins ${s.feature} (read by ${s.scoredBy.length} domain rule${s.scoredBy.length === 1 ? "" : "s"})`;
  const lines = [
    `  ${rank}. ${style.bold(JSON.stringify(s.phrase))}  z ${s.z.toFixed(2)}  support ${s.support}  precision ${fmt(s.precision)}  misses ${s.misses}  → ${target}`,
    `     examples: ${s.examples.join(", ")}`,
    `     lexicon.json, into ${s.lexicon.pasteInto}:  ${s.lexicon.snippet}`,
  ];
  if (s.rule) lines.push(`     domains/${s.domain}.json, a new rule:  ${JSON.stringify(s.rule)}`);
  return lines.join("\n");
}

export function renderSuggestions(list: Suggestion[], domains: readonly DomainId[], fixtures: number, style: Style): string {
  const parts = [`Phrases for ${domains.length === 1 ? domains[0] : `${domains.length} domains`} from ${fixtures} fixtures (Fightin' Words z against the other domains; fixtures the rules miss count twice):`];
  for (const domain of domains) {
    const mine = list.filter((s) => s.domain === domain);
    parts.push(`${style.bold(domain)}\n${mine.length ? mine.map((s, k) => renderSuggestion(s, k + 1, style)).join("\n") : "  none"}`);
  }
  return `${parts.join("\n\n")}\n`;
}

export async function runSuggest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { fixtures: { type: "string", multiple: true }, rules: { type: "string" }, domain: { type: "string" }, top: { type: "string" }, format: { type: "string" } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}"`);
  const format = parseFormat(values.format);
  const domains = values.domain === undefined ? DOMAIN_IDS : [parseDomain(values.domain)];
  const top = parseCount("top", values.top, SUGGEST_DEFAULTS.top, 1);
  const ruleSet = loadRuleSet(values.rules);
  const { fixtures, problems } = readFixtureDirs(values.fixtures ?? [DEFAULT_FIXTURES_DIR]);
  if (problems.length > 0) {
    process.stderr.write(`Invalid fixtures:\n${renderProblems(problems, createStyle(process.stderr))}\n`);
    return EXIT.failures;
  }
  const list = suggestPhrases(ruleSet, fixtures, { ...SUGGEST_DEFAULTS, domains, top });
  if (format === "json") await writeOut(`${JSON.stringify({ fixtures: fixtures.length, suggestions: list }, null, 2)}\n`);
  else await writeOut(renderSuggestions(list, domains, fixtures.length, createStyle()));
  return EXIT.ok;
}
