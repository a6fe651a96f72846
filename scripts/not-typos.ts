// Writes rules/lexicon.json's notTypos: every English word (npm `word-list`) one typing error away
// from a lexicon word, so that typo correction never turns a real word into a lexicon word ("drains"
// is not "trains"). Run after adding phrases: `npm run rules:not-typos`. tests/extract/typos.test.ts
// fails while the list is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import wordListPath from "word-list";
import { lexiconVocabulary } from "../src/extract/features.ts";
import { phraseGroups } from "../src/extract/phrases.ts";
import { wordsMistakenForTypos } from "../src/extract/typos.ts";
import { Lexicon } from "../src/schemas/rules.ts";

const file = new URL("../rules/lexicon.json", import.meta.url);
const text = readFileSync(file, "utf8");
const lexicon = Lexicon.parse(JSON.parse(text));
const english = readFileSync(wordListPath, "utf8").split("\n");
const notTypos = wordsMistakenForTypos(lexiconVocabulary(phraseGroups(lexicon)), english);
// Only the notTypos line changes, so the file keeps its hand-made layout.
const line = /^ "notTypos": \[.*\],$/m;
if (!line.test(text)) throw new Error(`${file.pathname}: no one-line "notTypos" entry to replace`);
writeFileSync(file, text.replace(line, ` "notTypos": ${JSON.stringify(notTypos).replaceAll('","', '", "')},`));
console.log(`notTypos: ${notTypos.length} English words one typing error from a lexicon word`);
