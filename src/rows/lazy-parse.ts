import { plainDescription } from "../core/plain-input.ts";
import type { CompanyInput } from "../schemas/input.ts";

/** Validates untrusted input, throwing an InputError; `ready` says what to await before it can take an input. */
export interface LazyInputParser {
  (input: unknown): CompanyInput;
  /** A promise to await before parsing this input (the schema is still loading), else undefined. */
  ready(input: unknown): Promise<void> | undefined;
}

/**
 * A batch worker's input parser. A plain row (see plainDescription) is taken as it is; any other
 * needs CompanyInput's schema, and so zod, which load on the first such row (`ready` gives the
 * promise to await first). A worker whose rows are all plain never loads zod: ~45 ms less start-up
 * per worker.
 */
export function lazyInputParser(): LazyInputParser {
  let full: ((input: unknown) => CompanyInput) | undefined;
  let loading: Promise<void> | undefined;
  // ready(input) and then parse(input) run for every row: the plain check is made once for both.
  let checked: unknown;
  let checkedPlain: CompanyInput | undefined;
  const plainOf = (input: unknown): CompanyInput | undefined => {
    if (input !== checked || checked === undefined) {
      checked = input;
      checkedPlain = plainDescription(input);
    }
    return checkedPlain;
  };
  const parse = (input: unknown): CompanyInput => {
    const plain = plainOf(input);
    if (plain !== undefined) return plain;
    if (full === undefined) throw new Error("Await ready(input) before parsing this input: CompanyInput's schema is not loaded yet");
    return full(input);
  };
  parse.ready = (input: unknown): Promise<void> | undefined => {
    if (full !== undefined || plainOf(input) !== undefined) return undefined;
    return (loading ??= import("../core/parse.ts").then((m) => {
      full = m.parseCompanyInput;
    }));
  };
  return parse;
}
