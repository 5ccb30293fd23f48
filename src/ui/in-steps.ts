import { startTransition, useEffect, useMemo, useState } from 'react';
import { nextTask } from '../lib/next-task';

/** How long one piece of the work may take before the browser gets its turn (ms). */
const SLICE_MS = 12;

/** Work in steps: yields between pieces and returns its result (as src/domain/steps.ts). */
type Steps<T> = Generator<void, T, void>;

function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

/**
 * The result of `make()`'s steps for `inputs`: worked out at once when
 * `atOnce` (small work), otherwise a slice at a time between the browser's other tasks, and
 * null until it is done. Worked out again when `inputs` change; work for old inputs is dropped.
 */
export function useInSteps<T>(
  make: () => Steps<T>,
  inputs: readonly unknown[],
  atOnce: boolean,
): T | null {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `inputs` are make()'s inputs
  const now = useMemo(() => (atOnce ? { value: runToEnd(make()) } : null), [atOnce, ...inputs]);
  const [later, setLater] = useState<{ inputs: readonly unknown[]; value: T } | null>(null);
  useEffect(() => {
    if (atOnce) return;
    let stopped = false;
    const steps = make();
    void (async () => {
      // The page is drawn without the result first, then the work starts.
      await nextTask();
      if (stopped) return;
      let sliceStart = performance.now();
      for (;;) {
        const next = steps.next();
        if (next.done) {
          // Drawing the result is a low-priority render too: React draws it a few
          // milliseconds at a time, so a tap while a large page is being drawn is heard.
          if (!stopped) startTransition(() => setLater({ inputs, value: next.value }));
          return;
        }
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTask();
          if (stopped) return;
          sliceStart = performance.now();
        }
      }
    })();
    return () => {
      stopped = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `inputs` are make()'s inputs
  }, [atOnce, ...inputs]);
  if (now) return now.value;
  return later && same(later.inputs, inputs) ? later.value : null;
}
