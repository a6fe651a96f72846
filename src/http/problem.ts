import type { Response } from "express";
import type { Classifier } from "../core/index.ts";
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

/** A 400 listing every problem with the body, `what` naming the body ("company input"). */
export function invalidInput(issues: Issue[], what: string): HttpProblem {
  return new HttpProblem(400, "invalid-input", "Invalid input", `${issues.length} problem${issues.length === 1 ? "" : "s"} with the ${what}`, issues);
}

/** The classifier a request runs on (taken once per request, so a reload never changes it midway); 503 while none is loaded. */
export function requireRules(classifier: Classifier | undefined): Classifier {
  if (classifier === undefined) throw new HttpProblem(503, "not-ready", "Not ready", "No valid rule set is loaded");
  return classifier;
}

/** The application/problem+json body of a problem. */
export function problemBody(problem: HttpProblem, rulesVersion: string | null): Problem {
  return { type: `/problems/${problem.slug}`, title: problem.title, status: problem.status, detail: problem.detail, errors: problem.errors, rulesVersion };
}

export function sendProblem(res: Response, problem: HttpProblem, rulesVersion: string | null): void {
  res.status(problem.status).set(problem.headers).type("application/problem+json").send(JSON.stringify(problemBody(problem, rulesVersion)));
}

/** Maps what Express throws to a problem; anything unknown is a 500 with no internals. */
export function toProblem(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  const e = err as { status?: number; message?: string };
  if (typeof e.status === "number" && e.status >= 400 && e.status < 500) {
    return new HttpProblem(e.status, "bad-request", "Bad request", e.message ?? "Bad request", []);
  }
  return new HttpProblem(500, "internal-error", "Internal error", "The server could not classify this request", []);
}
