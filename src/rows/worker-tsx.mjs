// Starts the TypeScript batch worker when valuechain runs from source: Node 20 does not apply
// `--import tsx` to worker threads, so the worker registers tsx itself, then loads worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
