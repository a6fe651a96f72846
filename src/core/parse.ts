import { formatPath, InputError, zodIssues } from "../errors.ts";
import { plainDescription } from "./plain-input.ts";
import { findTooDeep } from "../schemas/depth.ts";
import { CompanyInput } from "../schemas/input.ts";
import { MAX_INPUT_DEPTH } from "../schemas/limits.ts";

/** Validates untrusted input once, at the edge; throws an InputError listing every problem. */
export function parseCompanyInput(input: unknown): CompanyInput {
  const plain = plainDescription(input);
  if (plain !== undefined) return plain;
  // Before the schema, which recurses (and so does quoting a bad value in a message).
  const deep = findTooDeep(input, MAX_INPUT_DEPTH);
  if (deep !== undefined) throw new InputError([{ path: formatPath(deep), message: `Nested too deeply: an input has at most ${MAX_INPUT_DEPTH} levels of objects and lists` }]);
  const result = CompanyInput.safeParse(input);
  if (!result.success) throw new InputError(zodIssues(result.error, input));
  return result.data;
}
