import { z } from "zod";
import { nearest } from "../did-you-mean.ts";

/**
 * `Unknown field "offering" — did you mean "offerings"?` when a known field is near an unknown key,
 * else `Unknown field: website`. zodIssues passes it on.
 */
export function unknownFieldsMessage(keys: readonly string[], known: readonly string[]): string {
  const s = keys.length > 1 ? "s" : "";
  const near = keys.map((key) => nearest(key, known));
  if (near.every((n) => n === undefined)) return `Unknown field${s}: ${keys.join(", ")}`;
  return `Unknown field${s} ${keys.map((key, i) => (near[i] === undefined ? `"${key}"` : `"${key}" — did you mean "${near[i]}"?`)).join(", ")}`;
}

/** z.strictObject whose unknown-key issues name the nearest known field. */
export function strictObject<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, { error: (issue) => (issue.code === "unrecognized_keys" ? unknownFieldsMessage(issue.keys, known) : undefined) });
}
