/**
 * Starts the programme page's worker. The single-file build swaps this module for
 * start-worker.single.ts (vite.single.config.ts), so that it holds no worker file of its own:
 * a page opened from disk may not start one (docs/decisions/022-programme-worker.md).
 */
export const startWorker: (() => Worker) | null = () =>
  new Worker(new URL('./programme-worker.ts', import.meta.url), { type: 'module' });
