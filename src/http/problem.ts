import type { Response } from "express";
import type { Issue } from "../errors.ts";
import type { Problem } from "../schemas/http.ts";

/** An error that becomes an application/problem+json response; the one error shape of the API. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: Issue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

export function sendProblem(res: Response, problem: HttpProblem, rulesVersion: string | null): void {
  const body: Problem = {
    type: `/problems/${problem.slug}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    errors: problem.errors,
    rulesVersion,
  };
  res.status(problem.status).set(problem.headers).type("application/problem+json").send(JSON.stringify(body));
}

/** Maps what Express and body-parser throw to a problem; anything unknown is a 500 with no internals. */
export function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  const e = err as { type?: string; status?: number; message?: string; limit?: number };
  if (e.type === "entity.parse.failed") {
    return new HttpProblem(400, "malformed-json", "Malformed JSON", `The request body is not valid JSON: ${e.message}`, [{ path: "(body)", message: "Not valid JSON" }]);
  }
  if (e.type === "entity.too.large") {
    return new HttpProblem(413, "body-too-large", "Body too large", `The request body is larger than the limit of ${e.limit} bytes`, [{ path: "(body)", message: "Too large" }]);
  }
  if (e.type === "encoding.unsupported" || e.type === "charset.unsupported") {
    return new HttpProblem(415, "unsupported-media-type", "Unsupported media type", e.message ?? "Unsupported encoding", [{ path: "(headers).content-type", message: e.message ?? "Unsupported" }]);
  }
  if (typeof e.status === "number" && e.status >= 400 && e.status < 500) {
    return new HttpProblem(e.status, "bad-request", "Bad request", e.message ?? "Bad request", []);
  }
  return new HttpProblem(500, "internal-error", "Internal error", "The server could not classify this request", []);
}
