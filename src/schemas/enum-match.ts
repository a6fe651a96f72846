// No zod here: the CSV reader and the CLI match values against plain id lists.
import { distance } from "fastest-levenshtein";

/** `"Consumer App"`, `"consumer_app"`, `" CONSUMER-app "` → `"consumer-app"`: case, spaces, `_` and `-` alike. */
export function enumKey(value: string): string {
  return value.trim().toLowerCase().replace(/[\s_-]+/g, "-");
}

/**
 * The known value nearest to `value`, if it is close enough to be what was meant: at most a third
 * of the letters differ from the value or from one `-`-separated part of it (so `sass` → `saas`,
 * `vison` → `computer-vision`, but `crypto` suggests nothing).
 */
export function didYouMean(value: string, known: readonly string[]): string | undefined {
  const key = enumKey(value);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    for (const part of [candidate, ...(candidate.includes("-") ? candidate.split("-") : [])]) {
      const d = distance(key, part);
      const score = d / Math.max(1, Math.floor(part.length / 3));
      if (d <= Math.max(1, Math.floor(part.length / 3)) && score < bestScore) [best, bestScore] = [candidate, score];
    }
  }
  return best;
}

export type EnumMatch = { ok: true; value: string } | { ok: false; message: string };

/**
 * Matches a value against an enum's ids as people type them: `SaaS`, `NLP`, `consumer app` and
 * `Consumer_App` are the ids `saas`, `nlp`, `consumer-app`. An unknown value gets a message that
 * names the nearest id when one is close.
 */
export function matchEnum(value: string, known: readonly string[]): EnumMatch {
  const key = enumKey(value);
  if (known.includes(key)) return { ok: true, value: key };
  const near = didYouMean(key, known);
  const hint = near === undefined ? `expected one of ${known.join(", ")}` : `did you mean "${near}"?`;
  return { ok: false, message: `Unknown value ${JSON.stringify(value)}: ${hint}` };
}
