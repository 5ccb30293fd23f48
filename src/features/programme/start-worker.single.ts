/**
 * The single-file build's stand-in for start-worker.ts: no worker, so the programme page reads
 * the files on its own thread, a batch at a time (load-programme.ts).
 */
export const startWorker: (() => Worker) | null = null;
