import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";

/** What every log line of one request carries: its id (X-Request-Id), method and path. */
export interface RequestFields {
  id: string;
  method: string;
  url: string;
}

/** The longest X-Request-Id taken from a client; a longer one is cut. */
const MAX_REQUEST_ID = 100;

/**
 * Logs a line about the request `res` answers ("request failed", "stream stopped: …"), carrying the
 * request's fields as its `req`; nothing when the app was made without a logger.
 */
export function logRequest(res: ServerResponse, level: "info" | "warn" | "error", fields: object, message: string): void {
  const { locals } = res as Response;
  (locals.logger as Logger | undefined)?.[level]({ req: locals.requestFields as RequestFields, ...fields }, message);
}

/**
 * One log line per request, when its connection is done with it: "request completed" (info), or for
 * a 5xx "request errored" (error), or "request aborted" (warn) when the answer never finished. The
 * request id is the client's X-Request-Id (cut to 100 characters) or a new UUID, and is echoed in
 * the answer's X-Request-Id. Headers and bodies stay out of the logs. Nothing is allocated per request
 * beyond the line's fields, so logging adds little to a busy server's garbage.
 */
export function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const start = performance.now();
    const fields: RequestFields = { id: (req.headers["x-request-id"] as string | undefined)?.slice(0, MAX_REQUEST_ID) || randomUUID(), method: req.method, url: req.originalUrl };
    res.locals.requestFields = fields;
    res.locals.logger = logger;
    res.setHeader("X-Request-Id", fields.id);
    res.once("close", () => {
      const line = { req: fields, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - start) };
      if (!res.writableFinished) logger.warn(line, "request aborted");
      else if (res.statusCode >= 500) logger.error(line, "request errored");
      else logger.info(line, "request completed");
    });
    next();
  };
}
