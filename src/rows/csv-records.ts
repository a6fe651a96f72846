/**
 * CSV records from decoded text, with the physical line each starts on. Never adds or drops a row:
 *
 * - a quoted field may hold delimiters, `""` and line breaks; a quote inside an unquoted field is
 *   an ordinary character (`a "b" c` is read as it stands, as spreadsheets read it);
 * - a quoted field that is malformed (its closing quote followed by anything but a delimiter or a
 *   line break, or no closing quote before the end of the input or within MAX_RECORD_CHARS) makes
 *   one error for the line the record starts on, and reading starts again on the next line;
 * - `\r\n`, `\n` and a lone `\r` each end a line; blank lines are skipped (and counted).
 */

/** A record longer than this (in characters) is an error, never buffered further. */
export const MAX_RECORD_CHARS = 1 << 20;

export type CsvRecord = { line: number; cells: string[] } | { line: number; error: string };

export const DELIMITERS = [",", ";", "\t", "|"] as const;

/** The delimiter of a CSV whose text starts with `head`: the candidate found most often on its first line (`,` on a tie). */
export function sniffDelimiter(head: string): string {
  const end = head.search(/[\r\n]/);
  const first = end < 0 ? head : head.slice(0, end);
  let best: string = ",";
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = first.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

const NEED_MORE = Symbol("need more text");
type Step = { cells: string[]; end: number; breaks: number } | { malformed: string } | typeof NEED_MORE;

const isBreak = (c: string | undefined) => c === "\n" || c === "\r";

/** Index just past the line break at text[i] (`\r\n` is one), or NEED_MORE when a `\r` ends the text so far. */
function pastBreak(text: string, i: number, final: boolean): number | typeof NEED_MORE {
  if (text[i] === "\r") {
    if (i + 1 >= text.length && !final) return NEED_MORE;
    return text[i + 1] === "\n" ? i + 2 : i + 1;
  }
  return i + 1;
}

const countBreaks = (s: string) => (s.match(/\r\n|\n|\r/g)?.length ?? 0);

function describe(c: string): string {
  return c === " " ? "a space" : c === "\t" ? "a tab" : JSON.stringify(c);
}

/** Reads one record starting at `at`. */
function parseRecord(text: string, at: number, delimiter: string, unquoted: RegExp, final: boolean): Step {
  const cells: string[] = [];
  let i = at;
  let breaks = 0;
  for (;;) {
    // A quoted field may follow spaces ( `1, "a, b"` ), as people type it.
    let q = i;
    while (text[q] === " " || (text[q] === "\t" && delimiter !== "\t")) q++;
    if (text[q] === '"') {
      let value = "";
      let from = q + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          if (!final && text.length - at <= MAX_RECORD_CHARS) return NEED_MORE;
          return { malformed: text.length - at > MAX_RECORD_CHARS ? `a quoted field runs past ${MAX_RECORD_CHARS} characters without its closing quote` : "a quoted field has no closing quote" };
        }
        if (close - at > MAX_RECORD_CHARS) return { malformed: `a quoted field runs past ${MAX_RECORD_CHARS} characters without its closing quote` };
        value += text.slice(from, close);
        // Spaces may follow the closing quote, as they may precede the opening one.
        let after = close + 1;
        while (text[after] === " ") after++;
        if (after >= text.length && !final) return NEED_MORE;
        const next = text[after];
        if (next === '"' && after === close + 1) {
          value += '"';
          from = close + 2;
          continue;
        }
        breaks += countBreaks(value);
        cells.push(value);
        if (next === delimiter) {
          i = after + 1;
          break;
        }
        if (next === undefined) return { cells, end: after, breaks };
        if (isBreak(next)) {
          const end = pastBreak(text, after, final);
          return end === NEED_MORE ? NEED_MORE : { cells, end, breaks: breaks + 1 };
        }
        return { malformed: `a quoted field's closing quote is followed by ${describe(next)}, not by the delimiter or the end of the line` };
      }
      continue;
    }
    unquoted.lastIndex = i;
    const found = unquoted.exec(text);
    if (found === null) {
      if (!final) return text.length - at > MAX_RECORD_CHARS ? { malformed: `the line is longer than ${MAX_RECORD_CHARS} characters` } : NEED_MORE;
      cells.push(text.slice(i));
      return { cells, end: text.length, breaks };
    }
    if (found.index - at > MAX_RECORD_CHARS) return { malformed: `the line is longer than ${MAX_RECORD_CHARS} characters` };
    cells.push(text.slice(i, found.index));
    if (found[0] === delimiter) {
      i = found.index + 1;
      continue;
    }
    const end = pastBreak(text, found.index, final);
    return end === NEED_MORE ? NEED_MORE : { cells, end, breaks: breaks + 1 };
  }
}

const escapeRegExp = (s: string) => s.replace(/[|\\^$.*+?()[\]{}]/g, "\\$&");

/** Reads CSV records from text pieces (see the top of this file for how broken input is handled). */
export async function* readCsvRecords(pieces: AsyncIterable<string>, delimiter: string): AsyncIterable<CsvRecord> {
  const unquoted = new RegExp(`${escapeRegExp(delimiter)}|\\r|\\n`, "g");
  let text = "";
  let at = 0;
  let line = 1;
  /** After an over-long line: its rest is dropped up to the next line break. */
  let skipping = false;

  /** Moves past the line break after `from` (if the text so far has one), else drops what there is and skips on. */
  const nextLine = (from: number, final: boolean) => {
    const rest = text.slice(from).search(/[\r\n]/);
    if (rest < 0) {
      text = "";
      at = 0;
      skipping = !final;
      return;
    }
    const end = pastBreak(text, from + rest, final);
    if (end === NEED_MORE) {
      at = from + rest; // the "\r" is read again with the next piece
      skipping = true;
      return;
    }
    at = end;
    skipping = false;
  };

  function* drain(final: boolean): Generator<CsvRecord> {
    if (skipping) {
      nextLine(at, final);
      if (skipping) return;
    }
    while (at < text.length) {
      const start = line;
      const step = parseRecord(text, at, delimiter, unquoted, final);
      if (step === NEED_MORE) break;
      if ("malformed" in step) {
        yield { line: start, error: `Line ${start} cannot be read as CSV: ${step.malformed}; reading goes on at line ${start + 1}` };
        line = start + 1;
        nextLine(at, final);
        if (skipping) return;
        continue;
      }
      at = step.end;
      line += step.breaks;
      const { cells } = step;
      if (cells.length === 1 && cells[0]!.trim() === "") continue; // a blank line
      yield { line: start, cells };
    }
    if (at > 0) {
      text = text.slice(at);
      at = 0;
    }
  }

  for await (const piece of pieces) {
    text += piece;
    yield* drain(false);
  }
  yield* drain(true);
}
