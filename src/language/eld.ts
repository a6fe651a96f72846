// The only module that imports `eld` (the language detector). It is an ES module with a ~1 MB table
// of n-grams: required on first need, synchronously (classifySync runs in batch workers), so a run
// whose texts are all plainly English never loads it.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

interface Eld {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

/** What the detector says of a text: an ISO 639-1 code ("" when it cannot tell), and whether it is sure. */
export interface Guess {
  language: string;
  reliable: boolean;
  /** How far the guess's score (0–1) is ahead of the best of `read` languages (0 when the guess is one of them). */
  margin: number;
}

let eld: Eld | null | undefined; // null: this Node cannot require an ES module (before 20.19)

function load(): Eld | null {
  try {
    return (require(fileURLToPath(import.meta.resolve("eld/extrasmall"))) as { eld: Eld }).eld;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_REQUIRE_ESM") return null;
    throw err;
  }
}

/** Loads eld now rather than on the first text that needs it: a server does this at start, so no request pays the load on its event loop. */
export function loadLanguageDetector(): boolean {
  eld ??= load();
  return eld !== null;
}

/** Whether eld has been loaded (or found unloadable) in this thread. */
export function languageDetectorLoaded(): boolean {
  return eld !== undefined;
}

/** eld's guess for a text, with its lead over the languages in `read`; undefined where eld cannot be loaded (Node before 20.19). */
export function guessLanguage(text: string, read: readonly string[] = []): Guess | undefined {
  eld ??= load();
  if (eld === null) return undefined;
  const result = eld.detect(text);
  const language = result.language;
  if (language === "" || read.includes(language)) return { language, reliable: result.isReliable(), margin: 0 };
  const scores = result.getScores();
  let best = 0;
  for (const code of read) best = Math.max(best, scores[code] ?? 0);
  return { language, reliable: result.isReliable(), margin: (scores[language] ?? 0) - best };
}
