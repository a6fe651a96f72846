// Loaded with `node --import`: appends every module specifier resolved (by any thread) to the file
// named by TRACE_IMPORTS, so a test can tell which modules a run loaded.
import { register } from "node:module";

register("./trace-imports-hooks.mjs", import.meta.url, { data: { file: process.env.TRACE_IMPORTS } });
