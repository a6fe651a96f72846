import { parseCompanyInput, rowId, type Classifier } from "../core/index.ts";
import { formatPath, InputError, zodIssues, type Issue } from "../errors.ts";
import { BatchRequest } from "../schemas/http.ts";
import type { CompanyInput } from "../schemas/input.ts";
import type { RawRow } from "../rows/index.ts";
import { MAX_INPUT_DEPTH } from "../schemas/limits.ts";
import type { QuestionsResponse } from "../schemas/questions.ts";
import type { Classification } from "../schemas/result.ts";
import { findTooDeep } from "../schemas/depth.ts";
import { invalidInput, requireRules } from "./problem.ts";
import { Reply, type RouteContext } from "./route.ts";

const invalid = invalidInput;

/** The first value of an input nested past MAX_INPUT_DEPTH, as an issue; found without recursion. */
function tooDeep(value: unknown): Issue | undefined {
  const path = findTooDeep(value, MAX_INPUT_DEPTH);
  return path && { path: formatPath(path), message: `Nested too deeply: an input has at most ${MAX_INPUT_DEPTH} levels of objects and lists` };
}

export function parseClassifyBody(value: unknown): CompanyInput {
  try {
    return parseCompanyInput(value);
  } catch (err) {
    if (err instanceof InputError) throw invalid(err.issues, "company input");
    throw err;
  }
}

export function parseBatchBody(value: unknown): BatchRequest {
  const parsed = BatchRequest.safeParse(value);
  if (!parsed.success) throw invalid(zodIssues(parsed.error, value), "batch request");
  return parsed.data;
}

export async function classifyOne(classifier: Classifier | undefined, input: CompanyInput, ctx: RouteContext): Promise<Classification> {
  requireRules(classifier);
  const [row] = await ctx.run.rows([{ line: 1, id: "1", input }]);
  if (row !== undefined && "result" in row) return row.result;
  if (row?.error.code === "invalid_input") throw invalid(row.error.issues ?? [], "company input");
  throw new Error(row?.error.message ?? "No row came back");
}

/** The questions whose answers would most change the company's classification ([] when it is clear). */
export async function askQuestions(classifier: Classifier | undefined, input: CompanyInput): Promise<QuestionsResponse> {
  const ready = requireRules(classifier);
  return { questions: await ready.questions(input), rulesVersion: ready.rulesVersion };
}

/** Each item becomes one row, in order; an item too deeply nested is an error row without being classified. */
export async function classifyBatch(classifier: Classifier | undefined, body: BatchRequest, ctx: RouteContext): Promise<Reply> {
  const { rulesVersion } = requireRules(classifier);
  const rows = body.items.map((item, i): RawRow => {
    const line = i + 1;
    const id = rowId(item, line);
    // Checked here, before the item is cloned to a worker (cloning recurses too).
    const deep = tooDeep(item);
    if (deep) return { line, id, error: { code: "invalid_input", message: `Invalid input: ${deep.path}: ${deep.message}`, issues: [deep] } };
    return { line, id, input: item };
  });
  // The rows come serialised (ids already strings): the answer is assembled from their bytes, not re-encoded.
  const lines = Buffer.from(await ctx.run.jsonl(rows));
  for (let at = lines.indexOf(10); at >= 0; at = lines.indexOf(10, at + 1)) lines[at] = 44; // "\n" → ","
  const list = lines.subarray(0, Math.max(0, lines.length - 1));
  return new Reply(200, Buffer.concat([Buffer.from('{"results":['), list, Buffer.from(`],"rulesVersion":${JSON.stringify(rulesVersion)}}`)]));
}

export function taxonomy(classifier: Classifier | undefined) {
  const { taxonomy: t, rulesVersion } = requireRules(classifier);
  return { ...t, rulesVersion };
}

export function health(classifier: Classifier | undefined) {
  return { status: "ok", rulesVersion: classifier?.rulesVersion ?? null };
}

/**
 * Ready while a rule set is loaded, the last reload was not rejected (a rejected one leaves a stale
 * set serving) and, once the server has started its worker threads, one of them is ready (before,
 * a large request would wait for it).
 */
export function readiness(classifier: Classifier | undefined, _body: undefined, ctx: RouteContext): Reply {
  const rejected = ctx.rejected();
  const warmingUp = ctx.warmingUp();
  const ready = classifier !== undefined && rejected === undefined && !warmingUp;
  return new Reply(ready ? 200 : 503, { status: ready ? "ready" : "not ready", rulesVersion: classifier?.rulesVersion ?? null, ...(rejected && { reloadErrors: rejected }), ...(warmingUp && { warmingUp: true }) });
}

export function openApiDocument(_classifier: Classifier | undefined, _body: undefined, ctx: RouteContext): Reply {
  return new Reply(200, ctx.openApi());
}
