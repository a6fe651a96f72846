import { parseArgs } from "node:util";
import { startServer } from "../http/server.ts";
import { parseEngine } from "./classify.ts";
import { EXIT, UsageError } from "./errors.ts";

export const serveUsage = `Usage: valuechain serve [--port N] [--host H] [--rules DIR] [--watch] [--engine compiled|reference]

Serves the HTTP API (POST /v1/classify, POST /v1/classify/batch, GET /v1/taxonomy, /healthz, /readyz,
/openapi.json). --port and --host default to $PORT and $HOST, else 3000 and 127.0.0.1 (use --host 0.0.0.0
to listen on every interface). --watch reloads the rules when a file under DIR changes; a broken file is
logged and the last good rule set keeps serving. JSON logs go to stderr (level from $LOG_LEVEL).
SIGTERM or Ctrl-C stops accepting, finishes requests in flight and exits 0.`;

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`Port must be a whole number from 0 to 65535 (got "${value}")`);
  return n;
}

export async function runServe(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      rules: { type: "string" },
      watch: { type: "boolean", default: false },
      engine: { type: "string" },
    },
  });
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments (got "${positionals[0]}")`);
  const port = parsePort(values.port ?? process.env.PORT) ?? 3000;
  const host = values.host ?? (process.env.HOST || "127.0.0.1");
  let running;
  try {
    running = await startServer({ port, host, rulesDir: values.rules, watch: values.watch, engine: parseEngine(values.engine) });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== "EADDRINUSE" && code !== "EACCES" && code !== "EADDRNOTAVAIL") throw err;
    process.stderr.write(`Cannot listen on ${host}:${port}: ${code === "EADDRINUSE" ? "the port is already in use" : (err as Error).message}\n`);
    return EXIT.failures;
  }
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      void running.close().then(resolve);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  return EXIT.ok;
}
