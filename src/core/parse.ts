import { InputError, zodIssues } from "../errors.ts";
import { plainDescription } from "./plain-input.ts";
import { CompanyInput } from "../schemas/input.ts";

/** Validates untrusted input once, at the edge; throws an InputError listing every problem. */
export function parseCompanyInput(input: unknown): CompanyInput {
  const plain = plainDescription(input);
  if (plain !== undefined) return plain;
  const result = CompanyInput.safeParse(input);
  if (!result.success) throw new InputError(zodIssues(result.error, input));
  return result.data;
}
