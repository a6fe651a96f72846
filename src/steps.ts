/**
 * Work split into steps: a generator that yields between steps and returns its result. Run at once
 * (runSteps), or with the event loop let through between steps (runStepsYielding), so that a server
 * rebuilding its classifier on a reload answers other requests meanwhile.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** Runs the steps one per turn of the event loop (setImmediate between them). */
export async function runStepsYielding<T>(steps: Steps<T>): Promise<T> {
  let step = steps.next();
  while (step.done !== true) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    step = steps.next();
  }
  return step.value;
}
