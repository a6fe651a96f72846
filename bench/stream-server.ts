/** The server bench:http streams to: `valuechain serve` as it is, but with no request timeout, so a 200,000-row stream may run to its end. */
import { createLogger, startServer } from "../src/http/server.ts";

const server = await startServer({ port: 0, logger: createLogger("info"), limits: { requestTimeoutMs: 0 } });
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
