import { InputError } from "../errors.ts";
import type { BatchRow, RowId } from "../schemas/batch.ts";
import type { Classifier } from "./bind.ts";

/** One company to classify as a batch row: its id, its 1-based line (or position) and the input as read. */
export interface RowInput {
  line: number;
  id: RowId;
  input?: unknown;
}

/** The row's own id when it has a usable one, else the fallback (its line number or position); always a string. */
export function rowId(value: unknown, fallback: number): RowId {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const id = (value as { id?: unknown }).id;
    if (typeof id === "string" && id !== "") return id;
    if (typeof id === "number" && Number.isFinite(id)) return String(id);
  }
  return String(fallback);
}

/** `{id, name?}`: a row's name comes second, when its input has one. */
export function rowHead(row: RowInput): { id: RowId; name?: string } {
  const name = (row.input as { name?: unknown } | undefined)?.name;
  return typeof name === "string" ? { id: row.id, name } : { id: row.id };
}

function errorRow(row: RowInput, err: unknown): BatchRow {
  if (err instanceof InputError) return { ...rowHead(row), line: row.line, error: { code: "invalid_input", message: err.message, issues: err.issues } };
  return { ...rowHead(row), line: row.line, error: { code: "internal_error", message: (err as Error).message } };
}

/**
 * Classifies one row: `{ id, name?, result }`, or `{ id, name?, line, error }` when the input is invalid, so a
 * bad row never stops a batch.
 * @example
 * const row = await classifyRow(createClassifier(), { line: 1, id: rowId(input, 1), input });
 */
export async function classifyRow(classifier: Classifier, row: RowInput): Promise<BatchRow> {
  if (classifier.engine === "compiled") return classifyRowSync(classifier, row);
  try {
    return { ...rowHead(row), result: await classifier.classify(row.input) };
  } catch (err) {
    return errorRow(row, err);
  }
}

/** The same on the compiled rules, without a promise per row. */
export function classifyRowSync(classifier: Classifier, row: RowInput): BatchRow {
  try {
    return { ...rowHead(row), result: classifier.classifySync(row.input) };
  } catch (err) {
    return errorRow(row, err);
  }
}
