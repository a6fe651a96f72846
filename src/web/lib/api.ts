/** The public HTTP API as the pages use it: JSON in and out, problem+json turned into a message. */
import type { Problem } from "../../schemas/http.ts";

/** A request that failed: the server's problem (its detail and each error with its path), or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: Problem["errors"] = [],
  ) {
    super(message);
  }
}

/** The error a failed response stands for: its problem+json detail and errors, else its status. */
export async function readProblem(res: Response): Promise<ApiError> {
  const type = res.headers.get("content-type") ?? "";
  if (type.startsWith("application/problem+json")) {
    const problem = (await res.json()) as Problem;
    const detail = [problem.detail, ...problem.errors.filter((e) => e.message !== problem.detail).map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))];
    return new ApiError(detail.join(" — "), res.status, problem.errors);
  }
  return new ApiError(`The server answered ${res.status} ${res.statusText}`, res.status);
}

async function answer<T>(res: Response): Promise<T> {
  if (res.ok) return (await res.json()) as T;
  throw await readProblem(res);
}

/** GET a JSON document. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(path, { headers: { accept: "application/json" }, signal }));
}

/** POST a JSON body, answer JSON. */
export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(path, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body), signal }));
}
