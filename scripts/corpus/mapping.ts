import { readFileSync } from "node:fs";
import { z } from "zod";
import { DomainId } from "../../src/schemas/ids.ts";
import { sectionKey, type ListEntry } from "./entry.ts";

/** A section's label: the accepted primary domains (best first), "abstain", or null (reviewed and skipped). */
export const SectionLabel = z.union([z.array(DomainId).min(1), z.literal("abstain"), z.null()]);
export type SectionLabel = z.infer<typeof SectionLabel>;

/** One source list: where it is, how it is laid out, and what its sections mean. */
export const SourceMapping = z.strictObject({
  /** owner/name on GitHub; the mirror holds it at `<mirror>/<owner>+<name>/repo`. */
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  /** Prefix of its row ids and the name of its files in the corpus. */
  short: z.string().regex(/^[a-z0-9-]+$/),
  licence: z.string().min(1),
  kind: z.enum(["ai", "non-ai"]),
  format: z.enum(["list", "collection-cards", "agent-cards"]),
  file: z.string().min(1),
  /** agent-cards only: the section holding every project. */
  allSection: z.string().optional(),
  /** Translated pages (language code → file), read into the corpus's lang part. */
  translations: z.record(z.string().regex(/^[a-z]{2}$/), z.string()).optional(),
  sections: z.record(z.string(), SectionLabel),
});
export type SourceMapping = z.infer<typeof SourceMapping>;

/** scripts/corpus/mapping.json: every source, in dedupe priority order (the first source keeps a name). */
export const CorpusMapping = z.strictObject({
  $comment: z.string().optional(),
  /** Entries of non-AI sources matching this (case-insensitive) are dropped: they are AI products. */
  aiPattern: z.string().min(1),
  /** Entries of any source matching this (case-insensitive) are dropped: listed sites now serving unrelated spam. */
  spamPattern: z.string().min(1),
  sources: z.array(SourceMapping).min(1),
});
export type CorpusMapping = z.infer<typeof CorpusMapping>;

export const DEFAULT_MAPPING = new URL("./mapping.json", import.meta.url);

/** Reads and checks a mapping file; a bad one throws with every problem and its path. */
export function loadMapping(file: URL | string = DEFAULT_MAPPING): CorpusMapping {
  const parsed = CorpusMapping.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`${String(file)}: invalid corpus mapping\n${lines.join("\n")}`);
}

/** What an entry's row expects: accepted domains ([] = abstain), or a reason it gets no row. */
export type EntryLabel = { domains: DomainId[] } | { skip: "unmapped" | "skipped" | "mentions-ai" | "spam" };

/** The two patterns of a mapping, compiled. */
export interface Patterns {
  ai: RegExp;
  spam: RegExp;
}

/** The mapping's aiPattern and spamPattern as case-insensitive regular expressions. */
export const compilePatterns = (mapping: CorpusMapping): Patterns => ({ ai: new RegExp(mapping.aiPattern, "i"), spam: new RegExp(mapping.spamPattern, "i") });

/** The label of one entry of `source`: from its section's mapping; spam, and non-AI entries that mention AI, are dropped. */
export function labelEntry(source: SourceMapping, entry: ListEntry, patterns: Patterns): EntryLabel {
  const key = sectionKey(entry.section);
  const text = `${entry.name} ${entry.description}`;
  if (!Object.hasOwn(source.sections, key)) return { skip: "unmapped" };
  const label = source.sections[key]!;
  if (label === null) return { skip: "skipped" };
  if (patterns.spam.test(text)) return { skip: "spam" };
  if (label === "abstain") return patterns.ai.test(text) ? { skip: "mentions-ai" } : { domains: [] };
  return { domains: label };
}
