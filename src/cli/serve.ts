import { startServer } from "../http/server.ts";
import type { ArgsOf } from "./command.ts";
import type { serveCommand } from "./commands/serve.ts";
import { EXIT, UsageError } from "./errors.ts";

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`Port must be a whole number from 0 to 65535 (got "${value}")`);
  return n;
}

export async function runServe({ values }: ArgsOf<typeof serveCommand>): Promise<number> {
  const port = parsePort(values.port ?? process.env.PORT) ?? 3000;
  const host = values.host ?? (process.env.HOST || "127.0.0.1");
  let running;
  try {
    running = await startServer({ port, host, rulesDir: values.rules, watch: values.watch, engine: values.engine });
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
