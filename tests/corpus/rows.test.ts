import { describe, expect, it } from "vitest";
import type { ListEntry } from "../../scripts/corpus/entry.ts";
import { compilePatterns, type CorpusMapping, type SourceMapping } from "../../scripts/corpus/mapping.ts";
import { englishRows, labelAll, translatedRows } from "../../scripts/corpus/rows.ts";
import { partOf } from "../../scripts/corpus/split.ts";

const src = (short: string, sections: SourceMapping["sections"]): SourceMapping =>
  ({ repo: `o/${short}`, short, licence: "MIT", kind: "ai", format: "list", file: "README.md", sections });
const agents = src("agents", { Agents: ["ai-agents"], Misc: null });
const tools = src("tools", { Image: ["generative-ai"] });
const mapping: CorpusMapping = { aiPattern: "\\bAI\\b", spamPattern: "\\btogel\\b", sources: [agents, tools] };
const e = (section: string, name: string, url = `https://${name}`): ListEntry => ({ section: [section], name, url, description: `${name} does things.` });
const pages: Record<string, ListEntry[]> = {
  "o/agents": [e("Agents", "Genspark.ai"), e("Misc", "Other"), e("Unlisted", "Lost")],
  "o/tools": [e("Image", "Genspark"), e("Image", "Pika")],
};

describe("labelAll and englishRows", () => {
  it("labels by section, keeps a product once (first source wins) and tallies why entries gave no row", () => {
    const { labelled, tallies } = labelAll(mapping, (s) => pages[s.repo]!);
    const rows = englishRows(labelled, tallies);
    expect(rows.map((r) => [r.row.id, r.row.expect.domains, r.meta.category, r.meta.part])).toEqual([
      ["agents-genspark-ai", ["ai-agents"], "Agents", partOf("Genspark.ai")],
      ["tools-pika", ["generative-ai"], "Image", partOf("Pika")],
    ]);
    expect(tallies.get("o/agents")).toEqual({ entries: 3, unmapped: 1, skipped: 1, mentionsAi: 0, spam: 0, duplicates: 0, rows: 1, unreviewed: ["Unlisted"] });
    expect(tallies.get("o/tools")).toMatchObject({ entries: 2, duplicates: 1, rows: 1 });
  });
});

describe("translatedRows", () => {
  it("matches translated entries to English ones by url, takes their label and the English name's part", () => {
    const english = [e("Agents", "Genspark.ai", "https://r/genspark"), e("Misc", "Other", "https://r/other")];
    const spanish: ListEntry[] = [
      { section: ["Agentes de IA"], name: "Genspark.ai", url: "https://r/genspark", description: "Un motor de agentes de IA." },
      { section: ["Varios"], name: "Other", url: "https://r/other", description: "Otra cosa." },
      { section: ["Agentes de IA"], name: "Nuevo", url: "https://r/new", description: "Sin equivalente en inglés." },
    ];
    const rows = translatedRows(agents, english, spanish, "es", compilePatterns(mapping));
    expect(rows).toEqual([
      {
        row: { id: "agents-es-genspark", input: { id: "agents-es-genspark", name: "Genspark.ai", description: "Un motor de agentes de IA." }, expect: { domains: ["ai-agents"] } },
        meta: { id: "agents-es-genspark", source: "o/agents", category: "Agents", url: "https://r/genspark", part: partOf("Genspark.ai"), language: "es" },
      },
    ]);
  });
});
