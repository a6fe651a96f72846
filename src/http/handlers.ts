import type { RawRow } from "../batch/rows.ts";
import { parseCompanyInput, rowId, type Classifier } from "../core/index.ts";
import { InputError, zodIssues, type Issue } from "../errors.ts";
import { BatchRequest } from "../schemas/http.ts";
import type { CompanyInput } from "../schemas/input.ts";
import { MAX_INPUT_DEPTH } from "../schemas/limits.ts";
import type { Classification } from "../schemas/result.ts";
import { homePage } from "./home.ts";
import { findTooDeep } from "./json-depth.ts";
import { HttpProblem, requireRules } from "./problem.ts";
import { Reply, type RouteContext } from "./route.ts";

function invalid(issues: Issue[], what: string): HttpProblem {
  return new HttpProblem(400, "invalid-input", "Invalid input", `${issues.length} problem${issues.length === 1 ? "" : "s"} with the ${what}`, issues);
}

export function parseClassifyBody(value: unknown): CompanyInput {
  const deep = findTooDeep(value, MAX_INPUT_DEPTH);
  if (deep) throw invalid([deep], "company input");
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

/** Each item becomes one row, in order; an item too deeply nested is an error row without being classified. */
export async function classifyBatch(classifier: Classifier | undefined, body: BatchRequest, ctx: RouteContext): Promise<Reply> {
  const { rulesVersion } = requireRules(classifier);
  const rows = body.items.map((item, i): RawRow => {
    const line = i + 1;
    const id = String(rowId(item, line));
    const deep = findTooDeep(item, MAX_INPUT_DEPTH);
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

export function readiness(classifier: Classifier | undefined): Reply {
  return new Reply(classifier ? 200 : 503, { status: classifier ? "ready" : "not ready", rulesVersion: classifier?.rulesVersion ?? null });
}

export function openApiDocument(_classifier: Classifier | undefined, _body: undefined, ctx: RouteContext): Reply {
  return new Reply(200, ctx.openApi());
}

/** A small page for people who open the server in a browser; no script, so the strictest policy fits. */
export function home(_classifier: Classifier | undefined, _body: undefined, ctx: RouteContext): Reply {
  return new Reply(200, homePage(ctx.routes), "text/html", { "Content-Security-Policy": "default-src 'self'", "X-Content-Type-Options": "nosniff" });
}
