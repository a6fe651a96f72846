import { formatPath } from "./errors.ts";

/** A key written twice in one JSON object: JSON.parse would silently keep the last. */
export interface DuplicateKey {
  /** JSON path of the second occurrence, e.g. `features.model-hub`. */
  path: string;
  /** 1-based lines of the first and the second occurrence. */
  lines: [number, number];
  /** `Duplicate key "model-hub": only the last would be kept`. */
  message: string;
}

export type StrictJson = { ok: true; value: unknown; duplicates: DuplicateKey[] } | { ok: false; message: string };

type Container = { kind: "object"; keys: Map<string, number>; key: string | undefined; expectKey: boolean } | { kind: "array"; index: number };

const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/** The path to the value being read: the key or index in each open container. */
function pathOf(stack: Container[]): PropertyKey[] {
  return stack.map((c) => (c.kind === "array" ? c.index : c.key!));
}

/**
 * Keys written twice in one object, with path and line. Scans text that JSON.parse has accepted, so
 * it only tracks strings, brackets, colons and commas.
 */
export function duplicateKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Container[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) line++;
    else if (c === QUOTE) {
      const start = i;
      let escaped = false;
      for (i++; text.charCodeAt(i) !== QUOTE; i++) if (text.charCodeAt(i) === BACKSLASH) (escaped = true), i++;
      const top = stack.at(-1);
      if (top?.kind !== "object" || !top.expectKey) continue;
      const raw = text.slice(start + 1, i);
      const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
      const first = top.keys.get(key);
      top.key = key;
      top.expectKey = false;
      if (first === undefined) top.keys.set(key, line);
      else out.push({ path: formatPath(pathOf(stack)), lines: [first, line], message: `Duplicate key "${key}": only the last would be kept` });
    } else if (c === 123 /* { */) stack.push({ kind: "object", keys: new Map(), key: undefined, expectKey: true });
    else if (c === 91 /* [ */) stack.push({ kind: "array", index: 0 });
    else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
    else if (c === 44 /* , */) {
      const top = stack.at(-1)!;
      if (top.kind === "array") top.index++;
      else top.expectKey = true;
    }
  }
  return out;
}

/** JSON.parse that also reports keys written twice in one object. Syntax errors keep JSON.parse's message. */
export function parseStrictJson(text: string): StrictJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `Not valid JSON: ${(err as Error).message}` };
  }
  return { ok: true, value, duplicates: value !== null && typeof value === "object" ? duplicateKeys(text) : [] };
}
