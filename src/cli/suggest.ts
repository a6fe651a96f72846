import { DEFAULT_FIXTURES_DIR } from "../eval/fixtures.ts";
import { SUGGEST_DEFAULTS, suggestPhrases, type Suggestion } from "../eval/suggest.ts";
import { loadRuleSet } from "../rules/load.ts";
import { DOMAIN_IDS, type DomainId } from "../schemas/ids.ts";
import { EXIT, UsageError } from "./errors.ts";
import { parseCount, readFixtureDirs } from "./fixture-dirs.ts";
import { writeOut } from "./io.ts";
import { createStyle, fmt, type Style } from "./style.ts";
import { renderProblems } from "./validate.ts";
import type { ArgsOf } from "./command.ts";
import type { suggestCommand } from "./commands/suggest.ts";

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

export async function runSuggest({ values }: ArgsOf<typeof suggestCommand>): Promise<number> {
  const format = values.format;
  const domains = values.domain === undefined ? DOMAIN_IDS : [parseDomain(values.domain)];
  const top = parseCount("top", values.top, SUGGEST_DEFAULTS.top, 1);
  const ruleSet = loadRuleSet(values.rules);
  const { fixtures, problems } = readFixtureDirs(values.fixtures.length > 0 ? values.fixtures : [DEFAULT_FIXTURES_DIR]);
  if (problems.length > 0) {
    process.stderr.write(`Invalid fixtures:\n${renderProblems(problems, createStyle(process.stderr))}\n`);
    return EXIT.failures;
  }
  const list = suggestPhrases(ruleSet, fixtures, { ...SUGGEST_DEFAULTS, domains, top });
  if (format === "json") await writeOut(`${JSON.stringify({ fixtures: fixtures.length, suggestions: list }, null, 2)}\n`);
  else await writeOut(renderSuggestions(list, domains, fixtures.length, createStyle()));
  return EXIT.ok;
}
