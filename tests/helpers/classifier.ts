import { createClassifier, type Classifier } from "../../src/index.ts";

let shared: Classifier | undefined;
/** One classifier on the shipped rules, shared by a test file (loading takes ~50 ms). */
export function builtIn(): Classifier {
  shared ??= createClassifier();
  return shared;
}
