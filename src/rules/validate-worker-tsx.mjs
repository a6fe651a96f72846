// Starts the TypeScript validation worker when valuechain runs from source: Node 20 does not apply
// `--import tsx` to worker threads, so the worker registers tsx itself, then loads validate-worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./validate-worker.ts");
