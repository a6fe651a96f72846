import { z } from "zod";
import { ErrorRow, ResultRow } from "./batch.ts";
import { Taxonomy } from "./rules.ts";

/** Most items one POST /v1/classify/batch takes. */
export const MAX_BATCH_ITEMS = 1000;

/** The batch request: each item is validated on its own, so one bad item never fails the request. */
export const BatchRequest = z.strictObject({
  items: z.array(z.unknown()).max(MAX_BATCH_ITEMS, `Too many items: at most ${MAX_BATCH_ITEMS} per request`),
});
export type BatchRequest = z.infer<typeof BatchRequest>;

/** A batch row as HTTP answers it: the id is always a string (the item's own id, else its 1-based position). */
export const HttpBatchRow = z.union([ResultRow.extend({ id: z.string() }), ErrorRow.extend({ id: z.string() })]);
export type HttpBatchRow = z.infer<typeof HttpBatchRow>;

/** The batch response: one row per request item, in order, and the rules version that answered them all. */
export const BatchResponse = z.object({ results: z.array(HttpBatchRow), rulesVersion: z.string() });
export type BatchResponse = z.infer<typeof BatchResponse>;

export const TaxonomyResponse = Taxonomy.extend({ rulesVersion: z.string() });

export const Health = z.object({
  status: z.enum(["ok", "ready", "not ready"]),
  rulesVersion: z.string().nullable(),
  /** /readyz after a rejected reload: why (the last good rule set, rulesVersion, still answers). */
  reloadErrors: z.array(z.object({ file: z.string(), path: z.string(), message: z.string() })).optional(),
  /** /readyz while the server's worker threads (which classify large requests) start and none is ready yet. */
  warmingUp: z.literal(true).optional(),
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

/** The last line of a complete POST /v1/classify/stream answer: the counts of the rows above it. */
export const StreamSummary = z.object({
  summary: z.object({
    rows: z.number().int(),
    classified: z.number().int(),
    abstained: z.number().int(),
    errors: z.number().int(),
    /** primary domain → rows */
    domains: z.record(z.string(), z.number().int()),
    complete: z.literal(true),
  }),
});
export type StreamSummary = z.infer<typeof StreamSummary>;

/** The last line of a stream that could not be finished (a body over the limit, a failure): no summary follows. */
export const StreamError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type StreamError = z.infer<typeof StreamError>;

/** One line of POST /v1/classify/stream: a batch row, in input order, then the summary (or an error line). */
export const StreamLine = z.union([HttpBatchRow, StreamSummary, StreamError]);
export type StreamLine = z.infer<typeof StreamLine>;
