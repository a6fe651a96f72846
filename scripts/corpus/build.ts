// Builds the corpus of descriptions written by others from fetched public lists (scripts/corpus/mapping.json):
//   npm run corpus:build -- --mirror /work/.mirror --out /work/corpus
// Writes <out>/{dev,test}/<source>.jsonl, <out>/lang/{dev,test}/<lang>.jsonl, <out>/meta.jsonl and <out>/build.json.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptArgs } from "../args.ts";
import type { ListEntry } from "./entry.ts";
import { compilePatterns, DEFAULT_MAPPING, loadMapping, type SourceMapping } from "./mapping.ts";
import { headCommit, parseSourcePage, readMirrorFile } from "./read-source.ts";
import { englishRows, labelAll, translatedRows, type CorpusRow, type RowMeta } from "./rows.ts";

const USAGE = "Usage: npm run corpus:build -- --mirror DIR --out DIR [--mapping FILE]";
const { values } = scriptArgs({ options: { mirror: { type: "string" }, out: { type: "string" }, mapping: { type: "string" } } }, USAGE);
if (values.mirror === undefined || values.out === undefined) {
  console.error(USAGE);
  process.exit(2);
}
const mirror = values.mirror;
const out = values.out;
const mapping = loadMapping(values.mapping ?? DEFAULT_MAPPING);

const pages = new Map<string, ListEntry[]>();
const entriesOf = (source: SourceMapping) => {
  let entries = pages.get(source.repo);
  if (entries === undefined) pages.set(source.repo, (entries = parseSourcePage(source, readMirrorFile(mirror, source.repo, source.file))));
  return entries;
};
const { labelled, tallies } = labelAll(mapping, entriesOf);
const rows = englishRows(labelled, tallies);
const lang: { row: CorpusRow; meta: RowMeta }[] = [];
for (const source of mapping.sources) {
  for (const [language, file] of Object.entries(source.translations ?? {})) {
    lang.push(...translatedRows(source, entriesOf(source), parseSourcePage(source, readMirrorFile(mirror, source.repo, file)), language, compilePatterns(mapping)));
  }
}

/** Writes rows grouped by `fileOf` into dir/<name>.jsonl. */
function writeGroups(dir: string, list: { row: CorpusRow; meta: RowMeta }[], fileOf: (m: RowMeta) => string) {
  const groups = new Map<string, string[]>();
  for (const { row, meta } of list) {
    const path = join(dir, meta.part, `${fileOf(meta)}.jsonl`);
    const lines = groups.get(path) ?? [];
    lines.push(JSON.stringify(row));
    groups.set(path, lines);
  }
  for (const [path, lines] of groups) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, `${lines.join("\n")}\n`);
  }
}

for (const part of ["dev", "test", "lang"]) rmSync(join(out, part), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const shortOf = new Map(mapping.sources.map((s) => [s.repo, s.short]));
writeGroups(out, rows, (m) => shortOf.get(m.source)!);
writeGroups(join(out, "lang"), lang, (m) => m.language);
writeFileSync(join(out, "meta.jsonl"), `${[...rows, ...lang].map((r) => JSON.stringify(r.meta)).join("\n")}\n`);

const count = (list: { row: CorpusRow; meta: RowMeta }[], part: string, ai: boolean) =>
  list.filter((r) => r.meta.part === part && r.row.expect.domains.length > 0 === ai).length;
const languages = [...new Set(lang.map((r) => r.meta.language))].sort();
const build = {
  mapping: "scripts/corpus/mapping.json",
  sources: mapping.sources.map((s) => ({ repo: s.repo, licence: s.licence, commit: headCommit(mirror, s.repo), file: s.file, kind: s.kind, ...tallies.get(s.repo)! })),
  counts: {
    dev: { ai: count(rows, "dev", true), nonAi: count(rows, "dev", false) },
    test: { ai: count(rows, "test", true), nonAi: count(rows, "test", false) },
    lang: Object.fromEntries(languages.map((l) => {
      const of = lang.filter((r) => r.meta.language === l);
      return [l, { dev: count(of, "dev", true), test: count(of, "test", true) }];
    })),
  },
};
writeFileSync(join(out, "build.json"), `${JSON.stringify(build, null, 2)}\n`);
console.log(`corpus written to ${out}`);
console.log(`  dev:  ${build.counts.dev.ai} AI rows, ${build.counts.dev.nonAi} non-AI rows`);
console.log(`  test: ${build.counts.test.ai} AI rows, ${build.counts.test.nonAi} non-AI rows`);
for (const l of languages) console.log(`  lang ${l}: ${build.counts.lang[l]!.dev} dev, ${build.counts.lang[l]!.test} test`);
for (const s of build.sources) {
  console.log(`  ${s.repo}: ${s.entries} entries → ${s.rows} rows (${s.skipped} in skipped sections, ${s.unmapped} unmapped, ${s.mentionsAi} mention AI, ${s.spam} spam, ${s.duplicates} duplicates)`);
  if (s.unreviewed.length > 0) console.log(`    unreviewed sections: ${s.unreviewed.map((u) => u || "(no heading)").join(" | ")}`);
}
