/**
 * Work done in steps: a generator that yields between pieces of a long computation and returns
 * its result, so that a page can let the browser respond between the pieces (src/ui/in-steps.ts)
 * while a script or a test runs it to the end at once with `runToEnd`. Pure.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end, without stopping, and gives its result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
