/** The HTTP service as a library: `import { createApp, startServer } from "valuechain/http"`. */
export { createApp } from "./app.ts";
export type { AppDeps } from "./app.ts";
export { createRulesHolder, watchRules } from "./rules-holder.ts";
export type { RulesHolder } from "./rules-holder.ts";
export { startServer, createLogger } from "./server.ts";
export type { RunningServer, ServerOptions } from "./server.ts";
export { createOpenApiDocument } from "./openapi.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
export type { HttpLimits } from "./limits.ts";
export { ROUTES } from "./routes.ts";
export type { Route, RouteContext } from "./route.ts";
export { BatchRequest, BatchResponse, HttpBatchRow, Problem, MAX_BATCH_ITEMS, StreamLine, StreamSummary, StreamError } from "../schemas/http.ts";
