import { z } from "zod";
import { Issue } from "./issue.ts";
import { Classification } from "./result.ts";

export const RowErrorCode = z.enum(["invalid_json", "invalid_input", "invalid_csv_row", "invalid_encoding", "line_too_long", "internal_error"]);
export type RowErrorCode = z.infer<typeof RowErrorCode>;

/** Why a batch row has no classification, as data: a code, a message and, for invalid input, every issue. */
export const RowError = z.object({
  code: RowErrorCode,
  message: z.string(),
  issues: z.array(Issue).optional(),
});
export type RowError = z.infer<typeof RowError>;

/** A row's id, always a string: its own `id` (a number given as `5` becomes `"5"`), else its 1-based line number (in a file) or index (in a request), as a string. */
export const RowId = z.string();
export type RowId = z.infer<typeof RowId>;

/** The input's `name`, when it has one, so a row can be read without its input beside it. */
const RowName = z.string().optional();
export const ResultRow = z.object({ id: RowId, name: RowName, result: Classification });
export const ErrorRow = z.object({ id: RowId, name: RowName, line: z.number().int().optional(), error: RowError });
/** One line of batch output: a classification or an error, never both. */
export const BatchRow = z.union([ResultRow, ErrorRow]);
export type BatchRow = z.infer<typeof BatchRow>;
