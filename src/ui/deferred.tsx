/**
 * Parts of a long page drawn after the part above them has been painted: the page's first
 * paint holds only what matters most, and the rest follows one part at a time, each in a
 * low-priority render that gives way to the user's typing and clicks. Deferred parts appear in
 * the order they were first drawn (top to bottom), each after a paint. Put them below what is
 * already on screen, so that nothing the user is reading moves; a `placeholder` holds the place
 * meanwhile.
 *
 * Printing shows every part at once.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

type Entry = { reveal: () => void; revealNow: () => void };

const waiting: Entry[] = [];
let current: Entry | null = null;

function afterPaint(next: () => void) {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => window.setTimeout(next, 0));
  else window.setTimeout(next, 16);
}

function revealNext() {
  if (current) return;
  const entry = waiting.shift();
  if (!entry) return;
  current = entry;
  afterPaint(() => {
    if (current === entry) entry.reveal();
  });
}

function finished(entry: Entry) {
  if (current !== entry) return;
  current = null;
  revealNext();
}

function printEverything() {
  const all = [...(current ? [current] : []), ...waiting.splice(0)];
  current = null;
  flushSync(() => {
    for (const entry of all) entry.revealNow();
  });
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', printEverything);

/** Whether some deferred part has yet to be drawn (for tests that look at a whole page). */
export function deferredPending(): boolean {
  return current !== null || waiting.length > 0;
}

export function Deferred({
  children,
  placeholder = null,
}: {
  children: ReactNode;
  placeholder?: ReactNode;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    const entry: Entry = {
      reveal: () => startTransition(() => setShown(true)),
      revealNow: () => setShown(true),
    };
    waiting.push(entry);
    revealNext();
    return () => {
      const at = waiting.indexOf(entry);
      if (at >= 0) waiting.splice(at, 1);
      // Drawn, or gone before it was: either way the next part's turn has come.
      finished(entry);
    };
  }, [shown]);
  return shown ? children : placeholder;
}
