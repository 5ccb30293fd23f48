/**
 * Runs `next` once the browser has painted the page as it is now: an animation frame callback
 * runs just before its frame is painted, and a task queued from it runs after. Where there are
 * no animation frames (a test environment), about a frame later.
 *
 * (The early script waits for the first paint its own way, for the browser's paint entry:
 * src/app/boot/boot.ts.)
 */
export function afterPaint(next: () => void): void {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => window.setTimeout(next, 0));
  else window.setTimeout(next, 16);
}

/** `afterPaint` as a promise. */
export function painted(): Promise<void> {
  return new Promise((resolve) => afterPaint(resolve));
}
