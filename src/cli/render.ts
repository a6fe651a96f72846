import type { Classification, Reason } from "../schemas/result.ts";

const pct = (x: number) => x.toFixed(2);
const quote = (r: Reason[]) => {
  const words = [...new Set(r.flatMap((x) => x.evidence))].slice(0, 4);
  return words.length ? `  ← ${words.map((w) => JSON.stringify(w)).join(", ")}` : "";
};
const pad = (s: string, n: number) => s.padEnd(n);

/** The readable summary of one Classification printed by `classify` without --json. */
export function renderClassification(c: Classification, name?: string): string {
  const lines: string[] = [];
  if (name !== undefined) lines.push(`Company: ${name}`);
  const primary = c.domains.find((d) => d.id === c.primaryDomain);
  lines.push(
    primary
      ? `Primary domain: ${primary.name} [${primary.id}]  confidence ${pct(c.confidence)}`
      : `Primary domain: none — abstain (${c.abstain?.reason ?? "no-ai-signal"}): ${c.abstain?.message ?? "no AI business recognised"}`,
  );
  lines.push("", "Domains:");
  if (c.domains.length === 0) lines.push("  (no evidence for any domain)");
  for (const d of c.domains) {
    lines.push(`  ${pad(d.id, 19)} ${pct(d.score)}  ${d.reasons[0]?.message ?? ""}${quote(d.reasons)}`);
  }
  lines.push("", "Value-chain stages:");
  if (c.stages.length === 0) lines.push("  (none)");
  for (const s of c.stages) lines.push(`  ${pad(s.id, 19)} ${pct(s.score)}  ${s.reasons[0]?.message ?? ""}${quote(s.reasons)}`);
  lines.push("", "Revenue models:");
  if (c.revenueModels.length === 0) lines.push("  (none)");
  for (const m of c.revenueModels) lines.push(`  ${pad(m.source, 9)} ${pad(m.id, 23)} ${m.reasons[0]?.message ?? ""}${quote(m.reasons)}`);
  if (c.keywords.length > 0) {
    lines.push("", "Evidence found:");
    lines.push(`  ${c.keywords.slice(0, 20).map((k) => `${JSON.stringify(k.term)} (${k.feature})`).join(", ")}${c.keywords.length > 20 ? ", …" : ""}`);
  }
  lines.push("", `language ${c.language}, rules ${c.rulesVersion}`);
  return lines.join("\n") + "\n";
}
