import type { DomainId } from "../../src/schemas/ids.ts";
import { sectionKey, type ListEntry } from "./entry.ts";
import { compilePatterns, labelEntry, type CorpusMapping, type Patterns, type SourceMapping } from "./mapping.ts";
import { dedupeByName, normaliseName, partOf } from "./split.ts";

/** A corpus row as written: a fixture (id, input, expect) in the format of fixtures/*.jsonl. */
export interface CorpusRow {
  id: string;
  input: { id: string; name: string; description: string };
  expect: { domains: DomainId[] };
}

/** Where a row came from, written beside the rows (meta.jsonl): fixtures hold no extra fields. */
export interface RowMeta {
  id: string;
  source: string;
  /** The source's own category: its section headings joined by " / ". */
  category: string;
  url: string;
  part: "dev" | "test";
  language: string;
}

/** A labelled entry of one source, before ids are given. */
export interface Labelled {
  source: SourceMapping;
  entry: ListEntry;
  domains: DomainId[];
}

/** Per source: how many entries were read and why some became no row. */
export interface SourceTally {
  entries: number;
  unmapped: number;
  skipped: number;
  mentionsAi: number;
  spam: number;
  duplicates: number;
  rows: number;
  /** Section keys with entries that mapping.json does not list. */
  unreviewed: string[];
}

/** A row id from a prefix and a name: lower-case ASCII words joined by "-", made unique with "-2", "-3"… */
export function rowIdMaker(): (prefix: string, name: string) => string {
  const used = new Set<string>();
  return (prefix, name) => {
    const slug = name.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
    let id = `${prefix}-${slug}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}-${slug}-${n}`;
    used.add(id);
    return id;
  };
}

/** Labels every source's entries (sources in mapping order) and tallies what was dropped and why. */
export function labelAll(mapping: CorpusMapping, entriesOf: (source: SourceMapping) => ListEntry[]): { labelled: Labelled[]; tallies: Map<string, SourceTally> } {
  const patterns = compilePatterns(mapping);
  const labelled: Labelled[] = [];
  const tallies = new Map<string, SourceTally>();
  for (const source of mapping.sources) {
    const tally: SourceTally = { entries: 0, unmapped: 0, skipped: 0, mentionsAi: 0, spam: 0, duplicates: 0, rows: 0, unreviewed: [] };
    const unreviewed = new Set<string>();
    for (const entry of entriesOf(source)) {
      tally.entries++;
      const label = labelEntry(source, entry, patterns);
      if ("domains" in label) labelled.push({ source, entry, domains: label.domains });
      else if (label.skip === "unmapped") {
        tally.unmapped++;
        unreviewed.add(sectionKey(entry.section));
      } else if (label.skip === "skipped") tally.skipped++;
      else if (label.skip === "spam") tally.spam++;
      else tally.mentionsAi++;
    }
    tally.unreviewed = [...unreviewed];
    tallies.set(source.repo, tally);
  }
  return { labelled, tallies };
}

/** One row and its meta from a labelled entry. */
function toRow(l: Labelled, id: string, part: "dev" | "test", language: string): { row: CorpusRow; meta: RowMeta } {
  return {
    row: { id, input: { id, name: l.entry.name, description: l.entry.description }, expect: { domains: l.domains } },
    meta: { id, source: l.source.repo, category: sectionKey(l.entry.section), url: l.entry.url, part, language },
  };
}

/** The English rows: labelled entries deduped by name across sources (the first listing wins), split by name. */
export function englishRows(labelled: Labelled[], tallies: Map<string, SourceTally>): { row: CorpusRow; meta: RowMeta }[] {
  const { kept, dropped } = dedupeByName(labelled, (l) => l.entry.name);
  for (const d of dropped) tallies.get(d.source.repo)!.duplicates++;
  const makeId = rowIdMaker();
  return kept.map((l) => {
    tallies.get(l.source.repo)!.rows++;
    return toRow(l, makeId(l.source.short, l.entry.name), partOf(l.entry.name), "en");
  });
}

/**
 * Rows of a translated page: each translated entry is matched to the English entry with the same url,
 * takes its label, and goes to the part of the English name, so a product is never in both parts.
 */
export function translatedRows(source: SourceMapping, english: ListEntry[], translated: ListEntry[], language: string, patterns: Patterns): { row: CorpusRow; meta: RowMeta }[] {
  const byUrl = new Map(english.map((e) => [e.url, e]));
  const seen = new Set<string>();
  const makeId = rowIdMaker();
  const out: { row: CorpusRow; meta: RowMeta }[] = [];
  for (const t of translated) {
    const en = byUrl.get(t.url);
    if (en === undefined || seen.has(t.url)) continue;
    seen.add(t.url);
    const label = labelEntry(source, en, patterns);
    if (!("domains" in label) || label.domains.length === 0 || patterns.spam.test(t.description)) continue;
    const l: Labelled = { source, entry: { ...t, section: en.section }, domains: label.domains };
    out.push(toRow(l, makeId(`${source.short}-${language}`, normaliseName(en.name) || en.name), partOf(en.name), language));
  }
  return out;
}
