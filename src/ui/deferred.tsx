/**
 * Parts of a long page drawn after the part above them has been painted: the page's first
 * paint holds only what matters most, and the rest follows one part at a time, each in a
 * low-priority render that gives way to the user's typing and clicks. Deferred parts appear in
 * the order they were first drawn (top to bottom), each after a paint. Put them below what is
 * already on screen, so that nothing the user is reading moves; a `placeholder` holds the place
 * meanwhile.
 *
 * A part whose drawing first works something out can hand that work over as `prepare`: each
 * step runs in a task of its own, in order, before the part is drawn, so that no one task both
 * works out and draws (a long task holds up a tap). Whatever a step works out must be
 * remembered where the part will read it.
 *
 * Printing shows every part at once (its steps are then left to the drawing).
 */
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from '../lib/after-paint';

type Entry = { prepare: readonly (() => unknown)[]; reveal: () => void; revealNow: () => void };

const waiting: Entry[] = [];
let current: Entry | null = null;

function revealNext() {
  if (current) return;
  const entry = waiting.shift();
  if (!entry) return;
  current = entry;
  afterPaint(() => step(entry, 0));
}

/** Runs `entry`'s steps from `at`, one per task, then draws it (unless it has gone meanwhile). */
function step(entry: Entry, at: number) {
  if (current !== entry) return;
  const next = entry.prepare[at];
  if (!next) {
    entry.reveal();
    return;
  }
  next();
  window.setTimeout(() => step(entry, at + 1), 0);
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
  prepare = [],
}: {
  children: ReactNode;
  placeholder?: ReactNode;
  /** Work the part's drawing needs, each step in a task of its own before it is drawn. */
  prepare?: readonly (() => unknown)[];
}) {
  const [shown, setShown] = useState(false);
  // The latest steps, read when their turn comes.
  const steps = useRef(prepare);
  useEffect(() => {
    steps.current = prepare;
  });
  useEffect(() => {
    if (shown) return;
    const entry: Entry = {
      get prepare() {
        return steps.current;
      },
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
