import { isLoopbackHost } from "../http/edit-access.ts";
import { startServer, type ServerOptions } from "../http/server.ts";
import { readFixtures } from "./fixture-dirs.ts";
import type { ArgsOf } from "./command.ts";
import type { serveCommand } from "./commands/serve.ts";
import { EXIT, UsageError } from "./errors.ts";

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`Port must be a whole number from 0 to 65535 (got "${value}")`);
  return n;
}

/** What `--fixtures`, `--allow-edit` and `--edit-token` ask for, checked before anything starts. */
function fixturesToReview(values: ArgsOf<typeof serveCommand>["values"], host: string): ServerOptions["fixtures"] {
  const token = values["edit-token"] ?? (process.env.VALUECHAIN_EDIT_TOKEN || undefined);
  if (values.fixtures === undefined) {
    if (values["allow-edit"]) throw new UsageError("--allow-edit needs --fixtures PATH: the fixtures to edit");
    if (values["edit-token"] !== undefined) throw new UsageError("--edit-token needs --fixtures PATH and --allow-edit");
    return undefined;
  }
  if (values["edit-token"] !== undefined && !values["allow-edit"]) throw new UsageError("--edit-token needs --allow-edit: without it nothing can be edited");
  if (token !== undefined && token.trim().length < 8) throw new UsageError("The edit token is too short: use at least 8 characters (e.g. openssl rand -hex 16)");
  if (values["allow-edit"] && token === undefined && !isLoopbackHost(host)) {
    throw new UsageError(`--allow-edit on ${host}, which is not loopback, needs --edit-token TOKEN (or $VALUECHAIN_EDIT_TOKEN): anyone who can reach the server could rewrite the fixtures`);
  }
  readFixtures(values.fixtures); // a path with no fixture file is a usage error now, not an empty review later
  return { path: values.fixtures, allowEdit: values["allow-edit"], editToken: values["allow-edit"] ? token : undefined };
}

export async function runServe({ values }: ArgsOf<typeof serveCommand>): Promise<number> {
  const port = parsePort(values.port ?? process.env.PORT) ?? 3000;
  const host = values.host ?? (process.env.HOST || "127.0.0.1");
  const fixtures = fixturesToReview(values, host);
  let running;
  try {
    running = await startServer({ port, host, rulesDir: values.rules, watch: values.watch, engine: values.engine, fixtures });
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
