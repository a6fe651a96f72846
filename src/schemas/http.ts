import { z } from "zod";
import { BatchRow } from "./batch.ts";
import { Taxonomy } from "./rules.ts";

/** Most items one POST /v1/classify/batch takes. */
export const MAX_BATCH_ITEMS = 1000;

/** The batch request: each item is validated on its own, so one bad item never fails the request. */
export const BatchRequest = z.strictObject({
  items: z.array(z.unknown()).max(MAX_BATCH_ITEMS, `Too many items: at most ${MAX_BATCH_ITEMS} per request`),
});
export type BatchRequest = z.infer<typeof BatchRequest>;

/** The batch response: one row per request item, in order, and the rules version that answered them all. */
export const BatchResponse = z.object({ results: z.array(BatchRow), rulesVersion: z.string() });
export type BatchResponse = z.infer<typeof BatchResponse>;

export const TaxonomyResponse = Taxonomy.extend({ rulesVersion: z.string() });

export const Health = z.object({
  status: z.enum(["ok", "ready", "not ready"]),
  rulesVersion: z.string().nullable(),
  /** /readyz after a rejected reload: why (the last good rule set, rulesVersion, still answers). */
  reloadErrors: z.array(z.object({ file: z.string(), path: z.string(), message: z.string() })).optional(),
});

/** RFC 9457 problem details, with every problem listed in `errors`. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
  rulesVersion: z.string().nullable(),
});
export type Problem = z.infer<typeof Problem>;
