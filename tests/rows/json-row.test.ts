import { describe, expect, it } from "vitest";
import { ByteWriter } from "../../src/rows/bytes.ts";
import { JsonRowWriter } from "../../src/rows/json-row.ts";
import { loadFixtures } from "../../src/eval/fixtures.ts";
import type { BatchRow } from "../../src/schemas/batch.ts";
import { builtIn } from "../helpers/classifier.ts";

/** What the writer gives for some rows, as text. */
function written(rows: BatchRow[], writer = new JsonRowWriter()): string {
  const w = new ByteWriter(64); // small, so the buffer has to grow
  for (const row of rows) writer.write(w, row);
  return Buffer.from(w.take()).toString("utf8");
}
const expected = (rows: BatchRow[]) => rows.map((row) => `${JSON.stringify(row)}\n`).join("");

describe("JsonRowWriter", () => {
  it("writes every fixture's result exactly as JSON.stringify does", () => {
    const rows: BatchRow[] = loadFixtures().fixtures.map(({ fixture }, i) => ({ id: i % 2 ? fixture.id : String(i), result: builtIn().classifySync(fixture.input) }));
    expect(rows.length).toBeGreaterThan(800);
    expect(rows.filter((r) => "result" in r && r.result.abstain?.reason === "ai-used-internally").length).toBeGreaterThan(0);
    expect(written(rows)).toBe(expected(rows));
  });

  it("escapes and encodes the company's own words (keywords, evidence, its name) as JSON.stringify does: quotes, backslashes, control characters, non-ASCII, lone surrogates", () => {
    const description = 'We say "AI" \\ ship\ttools\nfor cafés → 😀 teams \u007f \ud800 with AI agents that take actions.';
    const result = builtIn().classifySync({ description });
    // One special character per string, so that none hides another.
    const odd = ["back\\slash", 'say "hi"', "tab\there", "new\nline", "ctrl\u0001", "del\u007f", "café", "→", "😀", "lone \ud800", ""];
    const { rulesVersion, ...withoutVersion } = result;
    const rows: BatchRow[] = [
      { id: 'row "1"', result },
      { id: "7", result: { ...result, keywords: odd.map((term) => ({ term, feature: "agent", start: 0, end: 3 })), domains: result.domains.map((d) => ({ ...d, reasons: d.reasons.map((r) => ({ ...r, evidence: odd })) })) } },
      // abstain sits before rulesVersion, as the classifier writes it
      { id: "8", result: { ...withoutVersion, primaryDomain: null, abstain: { reason: "too-little-evidence", message: odd.join(" ") }, rulesVersion } },
      { id: "3", line: 3, error: { code: "invalid_json", message: 'Line 3 is not valid JSON: "x"' } },
      ...odd.map((name, i): BatchRow => ({ id: `n${i}`, name, result })),
      { id: "9", name: "Acme", line: 9, error: { code: "invalid_input", message: "Invalid input: (root): Empty input" } },
    ];
    expect(result.keywords.map((k) => k.term)).toContain("AI agents");
    expect(written(rows)).toBe(expected(rows));
  });

  it("notices when a repeated part changed (another rule set, same ids)", () => {
    const result = builtIn().classifySync({ description: "We run AI agents that resolve support tickets." });
    const renamed: BatchRow = {
      id: "b",
      result: { ...result, domains: result.domains.map((d) => ({ ...d, name: `${d.name}!`, reasons: d.reasons.map((r) => ({ ...r, message: `${r.message}?` })) })) },
    };
    const rows: BatchRow[] = [{ id: "a", result }, renamed, { id: "c", result }];
    expect(written(rows)).toBe(expected(rows));
  });

  it("writes the language and an abstain as JSON.stringify does, the abstain only when there is one", () => {
    const japanese = builtIn().classifySync({ description: "当社は生成AIを活用して、ECサイト向けの商品説明文を自動で作成するサービスを提供しています。" });
    const spanish = builtIn().classifySync({ description: "Alquilamos GPUs H100 por horas para entrenar modelos de IA." });
    const rows: BatchRow[] = [
      { id: "ja", result: japanese },
      { id: "es", result: spanish },
      { id: "ar", result: builtIn().classifySync({ description: "نحن شركة ناشئة تطور نماذج ذكاء اصطناعي لفهم اللغة العربية وتقدمها للشركات عبر واجهة برمجة تطبيقات" }) },
    ];
    expect(japanese.abstain?.reason).toBe("unsupported-language");
    expect(spanish.language).toBe("es");
    expect(spanish.abstain).toBeUndefined();
    const text = written(rows);
    expect(text).toBe(expected(rows));
    expect(text).toContain('"language":"ja","abstain":{"reason":"unsupported-language","message":"Language not supported: detected Japanese (ja); the rules read English, German, Spanish, French and Portuguese"}');
  });
});
