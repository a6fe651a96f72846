import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { classifyRow, rowId, type Classifier } from "../core/index.ts";
import { InputError, zodIssues } from "../errors.ts";
import { BatchRequest } from "../schemas/http.ts";
import { createOpenApiDocument } from "./openapi.ts";
import { HttpProblem, sendProblem, toProblem } from "./problem.ts";
import type { RulesHolder } from "./rules-holder.ts";

/** What `createApp` needs: the rules to answer with, and optionally a logger and a body size limit. */
export interface AppDeps {
  rules: RulesHolder;
  /** Structured request logs (pino); none when omitted. */
  logger?: Logger;
  /** Largest accepted body. */
  bodyLimit?: string;
}

/** The package's version, for the OpenAPI document (package.json sits two levels up from src/http and dist/chunks). */
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

const ROUTES: Record<string, string[]> = {
  "/v1/classify": ["POST"],
  "/v1/classify/batch": ["POST"],
  "/v1/taxonomy": ["GET", "HEAD"],
  "/healthz": ["GET", "HEAD"],
  "/readyz": ["GET", "HEAD"],
  "/openapi.json": ["GET", "HEAD"],
};

/** The classifier a request runs on: taken once per request, so a reload never changes it midway. */
function classifierOf(res: Response): Classifier {
  const c = res.locals.classifier as Classifier | undefined;
  if (c === undefined) throw new HttpProblem(503, "not-ready", "Not ready", "No valid rule set is loaded");
  return c;
}

/**
 * Builds the HTTP app without listening, so tests and embedders can mount or serve it.
 * @example
 * const app = createApp({ rules: createRulesHolder({}) });
 * app.listen(3000);
 */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag"); // answers are computed per request; hashing every body costs and caches nothing
  app.set("query parser", "simple");
  if (deps.logger) {
    app.use(
      pinoHttp({
        logger: deps.logger,
        // One short line per request: headers and bodies stay out of the logs.
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
        genReqId: (req, res) => {
          const id = (req.headers["x-request-id"] as string | undefined)?.slice(0, 100) || randomUUID();
          res.setHeader("X-Request-Id", id);
          return id;
        },
      }),
    );
  }
  app.use((_req, res, next) => {
    const classifier = deps.rules.current();
    res.locals.classifier = classifier;
    if (classifier) res.setHeader("X-Rules-Version", classifier.rulesVersion);
    next();
  });
  app.use((req, _res, next) => {
    if (req.method !== "POST") return next();
    if (!req.is(["application/json", "application/*+json"])) {
      const got = req.headers["content-type"] ?? "none";
      return next(new HttpProblem(415, "unsupported-media-type", "Unsupported media type", `Send JSON with content-type application/json (got ${got})`, [{ path: "(headers).content-type", message: `Expected application/json, got ${got}` }]));
    }
    next();
  });
  app.use(express.json({ limit: deps.bodyLimit ?? "1mb", type: ["application/json", "application/*+json"] }));

  app.post("/v1/classify", async (req, res) => {
    const classifier = classifierOf(res);
    try {
      res.json(await classifier.classify(req.body));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      throw new HttpProblem(400, "invalid-input", "Invalid input", `${err.issues.length} problem${err.issues.length === 1 ? "" : "s"} with the company input`, err.issues);
    }
  });

  app.post("/v1/classify/batch", async (req, res) => {
    const classifier = classifierOf(res);
    const parsed = BatchRequest.safeParse(req.body);
    if (!parsed.success) {
      const issues = zodIssues(parsed.error, req.body);
      throw new HttpProblem(400, "invalid-input", "Invalid input", `${issues.length} problem${issues.length === 1 ? "" : "s"} with the batch request`, issues);
    }
    const results = [];
    for (const [i, item] of parsed.data.items.entries()) {
      results.push(await classifyRow(classifier, { line: i + 1, id: rowId(item, i + 1), input: item }));
    }
    res.json({ results, rulesVersion: classifier.rulesVersion });
  });

  app.get("/v1/taxonomy", (_req, res) => {
    const classifier = classifierOf(res);
    res.json({ ...classifier.taxonomy, rulesVersion: classifier.rulesVersion });
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", rulesVersion: deps.rules.current()?.rulesVersion ?? null });
  });

  app.get("/readyz", (_req, res) => {
    const classifier = deps.rules.current();
    // A rejected reload makes the server not ready (it serves a stale set) until a reload succeeds.
    const rejected = deps.rules.rejected?.();
    const ready = classifier !== undefined && rejected === undefined;
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", rulesVersion: classifier?.rulesVersion ?? null, ...(rejected && { reloadErrors: rejected }) });
  });

  let openApi: string | undefined;
  app.get("/openapi.json", (_req, res) => {
    openApi ??= JSON.stringify(createOpenApiDocument(PACKAGE_VERSION));
    res.type("application/json").send(openApi);
  });

  for (const [path, methods] of Object.entries(ROUTES)) {
    app.all(path, (req, _res, next) => {
      next(new HttpProblem(405, "method-not-allowed", "Method not allowed", `${req.method} is not allowed on ${path}; use ${methods.join(" or ")}`, [], { Allow: methods.join(", ") }));
    });
  }
  app.use((req, _res, next) => {
    next(new HttpProblem(404, "not-found", "Not found", `No route ${req.method} ${req.path}`));
  });
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const problem = toProblem(err);
    if (problem.status >= 500) (req as Request & { log?: Logger }).log?.error({ err }, "request failed");
    sendProblem(res, problem, (res.locals.classifier as Classifier | undefined)?.rulesVersion ?? null);
  });
  return app;
}
