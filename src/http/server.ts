import type { AddressInfo } from "node:net";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pino, type Logger } from "pino";
import { createClassifier, warmUp, type EngineKind } from "../core/index.ts";
import { formatRuleIssue } from "../errors.ts";
import { DEFAULT_RULES_DIR, loadRuleSet } from "../rules/load.ts";
import { createApp } from "./app.ts";
import { DeadlinePool } from "./deadline-pool.ts";
import { isLoopbackHost } from "./edit-access.ts";
import { createFixturesReview } from "./fixtures-review.ts";
import { httpLimits, type HttpLimits } from "./limits.ts";
import { armRequestTimeout } from "./request-timeout.ts";
import { loadLanguageDetector } from "../language/eld.ts";
import type { RulesWatcher, WatchOptions } from "../rules/watch.ts";
import { createRulesHolder, watchRules, type RulesHolder } from "./rules-holder.ts";

/** How `startServer` listens, which rules it serves and how it logs and shuts down. */
export interface ServerOptions {
  port?: number;
  host?: string;
  rulesDir?: string;
  engine?: EngineKind;
  /** Reload the rules when a file under rulesDir changes. */
  watch?: boolean;
  /** Timings of the watch (see docs/limits.md). */
  watchOptions?: WatchOptions;
  logger?: Logger;
  /** How long shutdown waits for requests in flight before closing their connections. */
  shutdownTimeoutMs?: number;
  /** Limits and timeouts to change from DEFAULT_LIMITS (see docs/http.md). */
  limits?: Partial<HttpLimits>;
  /** Fixtures to review at /v1/fixtures/review, and whether they may be relabelled (see docs/review.md). */
  fixtures?: { path: string; allowEdit?: boolean; editToken?: string };
}

/** A started server: its URL, the Node server, the rules it answers with, and a graceful `close`. */
export interface RunningServer {
  url: string;
  server: Server;
  rules: RulesHolder;
  /** Stops accepting, lets requests in flight finish (up to the timeout), then resolves. */
  close(): Promise<void>;
}

/** Structured logs to stderr, so stdout stays free for data. */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}

/**
 * Loads the rules (throwing a RuleSetError when they are invalid: a server never starts on a broken
 * set), warms the classifier up (warmUp: no early request pays the compilation of a path), builds the
 * app and listens.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const loopback = isLoopbackHost(host);
  const fx = options.fixtures;
  if (fx?.allowEdit && !loopback && !fx.editToken) throw new Error(`Editing fixtures on ${host}, which is not loopback, needs an edit token (--edit-token or $VALUECHAIN_EDIT_TOKEN)`);
  const fixtures = fx && createFixturesReview({ ...fx, loopback });
  const logger = options.logger ?? createLogger();
  const rulesDir = options.rulesDir ?? DEFAULT_RULES_DIR;
  const classifier = createClassifier({ ruleSet: loadRuleSet(rulesDir), engine: options.engine });
  loadLanguageDetector();
  warmUp(classifier);
  const rules = createRulesHolder({ rulesDir, engine: options.engine, classifier });
  const limits = httpLimits(options.limits);
  const pool = new DeadlinePool(limits.workers, limits.queueLength, limits.workerNiceness);
  pool.warm(classifier);
  const app = createApp({ rules, logger, limits, pool, fixtures });

  const server = createServer(
    // requestTimeout is ours (armRequestTimeout), so that a stream can be exempt from it.
    { headersTimeout: limits.headersTimeoutMs, requestTimeout: 0, connectionsCheckingInterval: limits.timeoutCheckMs },
    app,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.listen(options.port ?? 3000, host);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  // Responses in flight; at shutdown they are told to close their connection instead of keeping it alive.
  const inFlight = new Set<ServerResponse>();
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    armRequestTimeout(req, res, limits.requestTimeoutMs);
    inFlight.add(res);
    res.on("close", () => inFlight.delete(res));
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  logger.info({ url, rulesVersion: classifier.rulesVersion, rulesDir, engine: classifier.engine }, "listening");
  if (fx) logger.info({ fixtures: fx.path, editing: fx.allowEdit === true, tokenRequired: fx.editToken !== undefined }, "reviewing fixtures");

  let watcher: RulesWatcher | undefined;
  if (options.watch) {
    watcher = watchRules(rulesDir, rules, (outcome) => {
      if (outcome.ok) logger.info({ rulesVersion: outcome.version }, "rules reloaded");
      else {
        for (const issue of outcome.issues) logger.error({ file: issue.file, path: issue.path }, `rules reload rejected: ${formatRuleIssue(issue)}`);
        logger.warn({ rulesVersion: rules.current()?.rulesVersion }, "still serving the last good rule set");
      }
    }, options.watchOptions);
    logger.info({ rulesDir }, "watching rules");
  }

  const timeout = options.shutdownTimeoutMs ?? 10_000;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      void watcher?.close();
      for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
      const timer = setTimeout(() => {
        logger.warn({ timeoutMs: timeout }, "requests still in flight at the shutdown deadline; closing their connections");
        server.closeAllConnections();
      }, timeout);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        void pool.close();
        logger.info("stopped");
        resolve();
      });
      server.closeIdleConnections();
    }));
  return { url, server, rules, close };
}
