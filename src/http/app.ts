import { readFileSync } from "node:fs";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Classifier } from "../core/index.ts";
import { checkJsonContentType, readJsonBody } from "./body.ts";
import { DeadlinePool } from "./deadline-pool.ts";
import { InPlaceQueue } from "./in-place.ts";
import type { FixturesReview } from "./fixtures-review.ts";
import { httpLimits, type HttpLimits } from "./limits.ts";
import { createOpenApiDocument } from "./openapi.ts";
import { HttpProblem, sendProblem, toProblem } from "./problem.ts";
import { logRequest, requestLogger } from "./request-log.ts";
import { Reply, STREAMED, type AnyRoute, type RouteContext } from "./route.ts";
import { ROUTES } from "./routes.ts";
import type { RulesHolder } from "./rules-holder.ts";
import { rowRunner } from "./run-rows.ts";

/** What `createApp` needs: the rules to answer with, and optionally a logger, limits and a worker pool. */
export interface AppDeps {
  rules: RulesHolder;
  /** Structured request logs (pino); none when omitted. */
  logger?: Logger;
  /** Limits and timeouts to change from DEFAULT_LIMITS (see docs/http.md). */
  limits?: Partial<HttpLimits>;
  /** Worker threads for large requests; one is made (and started on first use) when omitted. */
  pool?: DeadlinePool;
  /** Fixtures to review at /v1/fixtures/review (and relabel, when their access allows). */
  fixtures?: FixturesReview;
}

/** The package's version, for the OpenAPI document (package.json sits two levels up from src/http and dist/chunks). */
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

function hasUnreadBody(req: Request): boolean {
  return !req.readableEnded && (Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined);
}

function send(res: Response, answer: unknown): void {
  const reply = answer instanceof Reply ? answer : new Reply(200, answer);
  res.status(reply.status).set(reply.headers).type(reply.type);
  res.send(typeof reply.body === "string" || Buffer.isBuffer(reply.body) ? reply.body : JSON.stringify(reply.body));
}

/** Express's handler for one table entry: body (when the route takes one), then the route's own function. */
function handlerFor(route: AnyRoute, limits: HttpLimits, pool: DeadlinePool, inPlace: InPlaceQueue, shared: Omit<RouteContext, "run" | "exchange">) {
  return async (req: Request, res: Response) => {
    const classifier = res.locals.classifier as Classifier | undefined;
    const request = { ...shared, exchange: { req, res } };
    route.authorize?.(request);
    let body: unknown;
    let offload = false;
    if (route.body) {
      checkJsonContentType(req);
      const json = await readJsonBody(req, limits.bodyBytes, limits.jsonContainers);
      offload = json.bytes > limits.offloadBytes;
      body = route.body.parse(json.value);
    }
    // A streamed body goes to the workers unless it says it is small.
    if (route.stream) offload = !(Number(req.headers["content-length"] ?? Infinity) <= limits.offloadBytes);
    const run = rowRunner(pool, inPlace, {
      classifier,
      offload,
      deadlineMs: route.deadline ? limits[route.deadline] : limits.classifyDeadlineMs,
      retryAfterSeconds: limits.retryAfterSeconds,
    });
    const answer = await route.handle(classifier, body, { ...request, run });
    if (answer !== STREAMED) send(res, answer);
  };
}

/**
 * Builds the HTTP app without listening, so tests and embedders can mount or serve it. Routes come
 * from ROUTES; a known path with another method is a 405 with `Allow`, an unknown path a 404, both
 * before anything looks at the body.
 * @example
 * const app = createApp({ rules: createRulesHolder({}) });
 * app.listen(3000);
 */
export function createApp(deps: AppDeps): express.Express {
  const limits = httpLimits(deps.limits);
  const pool = deps.pool ?? new DeadlinePool(limits.workers, limits.queueLength, limits.workerNiceness);
  const inPlace = new InPlaceQueue(limits.inPlaceTurnMs);
  let openApi: string | undefined;
  const shared: Omit<RouteContext, "run" | "exchange"> = {
    limits,
    routes: ROUTES,
    rejected: () => deps.rules.rejected?.(),
    warmingUp: () => pool.warmingUp,
    fixtures: deps.fixtures,
    openApi: () => (openApi ??= JSON.stringify(createOpenApiDocument(PACKAGE_VERSION, ROUTES, limits))),
  };

  const app = express();
  app.disable("x-powered-by");
  app.disable("etag"); // answers are computed per request; hashing every body costs and caches nothing
  app.set("query parser", "simple");
  if (deps.logger) app.use(requestLogger(deps.logger));
  app.use((_req, res, next) => {
    const classifier = deps.rules.current();
    res.locals.classifier = classifier;
    if (classifier) res.setHeader("X-Rules-Version", classifier.rulesVersion);
    next();
  });

  const allowed = new Map<string, string[]>();
  for (const route of ROUTES) {
    const handler = handlerFor(route, limits, pool, inPlace, shared);
    if (route.method === "GET") app.get(route.path, handler);
    else if (route.method === "PUT") app.put(route.path, handler);
    else app.post(route.path, handler);
    const methods = allowed.get(route.path) ?? [];
    methods.push(...(route.method === "GET" ? ["GET", "HEAD"] : [route.method]));
    allowed.set(route.path, methods);
  }
  for (const [path, methods] of allowed) {
    app.all(path, (req, _res, next) => {
      next(new HttpProblem(405, "method-not-allowed", "Method not allowed", `${req.method} is not allowed on ${path}; use ${methods.join(" or ")}`, [], { Allow: methods.join(", ") }));
    });
  }
  app.use((req, _res, next) => {
    next(new HttpProblem(404, "not-found", "Not found", `No route ${req.method} ${req.path}`));
  });
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const problem = toProblem(err);
    if (problem.status >= 500) logRequest(res, "error", { err }, "request failed");
    // A body left unread would have to be read to its end to reuse the connection: close it instead.
    if (hasUnreadBody(req)) res.setHeader("Connection", "close");
    sendProblem(res, problem, (res.locals.classifier as Classifier | undefined)?.rulesVersion ?? null);
  });
  return app;
}
