import type { IncomingMessage, ServerResponse } from "node:http";
import type { Classifier } from "../core/index.ts";
import type { RuleIssue } from "../errors.ts";
import type { FixturesReview } from "./fixtures-review.ts";
import type { HttpLimits } from "./limits.ts";
import type { RowRunner } from "./run-rows.ts";

/** An answer other than 200 JSON: another status, media type or headers. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly type = "application/json",
    readonly headers: Record<string, string> = {},
  ) {}
}

/** What a handler may use besides the classifier and the body. */
export interface RouteContext {
  limits: HttpLimits;
  /** Classifies rows in this thread or on a worker, as the request's size demands. */
  run: RowRunner;
  /** The OpenAPI document, serialised once. */
  openApi(): string;
  routes: readonly AnyRoute[];
  /** Why the last reload was rejected (the server then serves a stale set); undefined when it was not. */
  rejected(): RuleIssue[] | undefined;
  /** Whether the server's worker threads are starting and none is ready yet (DeadlinePool.warmingUp). */
  warmingUp(): boolean;
  /** The fixtures under review (`serve --fixtures`); undefined when the server has none. */
  fixtures?: FixturesReview;
  /** The request and response themselves, for a route that reads its own body and streams its answer. */
  exchange: { req: IncomingMessage; res: ServerResponse };
}

/** What a streaming route's handler returns once it has answered itself. */
export const STREAMED = Symbol("streamed");

/** One response in the OpenAPI document: a component schema by name, or a media type of its own. */
export interface ResponseDoc {
  description: string;
  component?: string;
  media?: string;
  headers?: Record<string, { description: string; schema: Record<string, unknown> }>;
}

/**
 * One endpoint: registration, the 405 `Allow` lists and the OpenAPI paths all come from a list of these.
 * `handle` is a plain function of the classifier (undefined while no rule set is loaded) and the
 * validated body: it returns the 200 JSON data, a Reply, or throws an HttpProblem.
 */
export interface Route<B = unknown> {
  method: "GET" | "POST" | "PUT";
  path: string;
  summary: string;
  description?: string;
  /** Served but left out of the OpenAPI document (a page's script or style). */
  internal?: boolean;
  /** A JSON body: its component name in the document, and its parser (throws an HttpProblem). */
  body?: { component: string; parse(value: unknown): B };
  /** Refuses the request (throws an HttpProblem) before its body is read. */
  authorize?(ctx: Omit<RouteContext, "run">): void;
  /** A body the handler reads itself, as a stream (then it returns STREAMED): its media types, for the document. */
  stream?: { media: readonly string[]; description: string };
  /** What each problem status means for this route, where it differs from the common text. */
  problemText?: (limits: HttpLimits) => Partial<Record<number, string>>;
  /** Which limit bounds the request's time when it runs on a worker. */
  deadline?: "classifyDeadlineMs" | "batchDeadlineMs";
  responses: Record<string, ResponseDoc>;
  /** Problem statuses this route can answer besides those in `responses`. */
  problems: number[];
  handle(classifier: Classifier | undefined, body: B, ctx: RouteContext): unknown;
}

/** Lets each table entry infer its own body type. */
export function defineRoute<B>(route: Route<B>): Route<B> {
  return route;
}

/** A table entry whatever its body type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = Route<any>;
