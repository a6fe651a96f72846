/**
 * The pipeline in one place: parse the input, analyse its text, fire the rules, score and explain.
 * Everything outside src/core/ imports it from here. (The row modules that worker threads load,
 * src/rows/, import bind.ts, row.ts, plain-input.ts and warm-up.ts directly, so that a worker loads
 * zod only when a row needs it.)
 */
export { createClassifier, createClassifierYielding, classify } from "./classifier.ts";
export type { ClassifierOptions } from "./classifier.ts";
export { bindClassifier } from "./bind.ts";
export type { Classifier, EngineKind } from "./bind.ts";
export { parseCompanyInput } from "./parse.ts";
export { plainDescription } from "./plain-input.ts";
export { analyse, classifyWithPipeline, createPipeline, finish, traceRules } from "./pipeline.ts";
export type { Analysis, Pipeline } from "./pipeline.ts";
export { createScoreTables } from "./score.ts";
export { classifyRow, classifyRowSync, rowId } from "./row.ts";
export type { RowInput } from "./row.ts";
export { warmUp } from "./warm-up.ts";
