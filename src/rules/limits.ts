// What a rules directory may hold. The loader (and so lint, which runs it) rejects anything past these
// with an error naming the file and JSON path, so a rule set that lints builds in bounded time.
import { MAX_WORD_LENGTH } from "../extract/bounds.ts";

/** Largest rules file read; a bigger one is an error, not read at all. */
export const MAX_RULES_FILE_BYTES = 4 * 1024 * 1024;
/** Most levels of objects and lists in a rules file, checked before anything walks it. */
export const MAX_RULES_JSON_DEPTH = 40;
/** Most levels of all/any/not in one rule's conditions. */
export const MAX_CONDITION_DEPTH = 16;
/** Longest lexicon phrase (ignore phrases and negation cues too), in characters. */
export const MAX_PHRASE_LENGTH = 80;
/** Most words in one phrase, wildcards included. */
export const MAX_PHRASE_WORDS = 8;
/** Most phrases in a lexicon: its features' phrases and its ignore list together. */
export const MAX_LEXICON_PHRASES = 10_000;
/** Most words in one list of a taskSignal (scoring.json's, a language file's) or of customerCues; each word is a phrase, bounded as above. */
export const MAX_TASK_SIGNAL_WORDS = 1_000;
/** Longest word in a phrase: the extractor neither stems nor corrects longer words (see extract/bounds.ts). */
export const MAX_PHRASE_WORD_LENGTH = MAX_WORD_LENGTH;
