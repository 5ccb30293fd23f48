/**
 * The messages between the programme page and its workers (load-programme.ts,
 * programme-worker.ts; docs/decisions/022-programme-worker.md).
 */
import type { Bank } from '../../domain/bank/bank-schema';
import type { LoadedProgramme } from '../../domain/programme/programme-load';
import type { ProgrammeReads } from '../../domain/programme/read-programme';
import type { Message } from '../../domain/said';

/** Files posted to a worker (or read on the page's thread) at once; on the page's thread, files in a zip read between turns. */
export const BATCH = 100;

/** A chosen file, the name it is listed under, and its place in the whole load. */
export type PlacedFile = { file: File; label: string; at: number };

/** Each worker's share of the time, for bench:programme. */
export type WorkerTimings = {
  /** Opening and reading files (the lead's own share). */
  readMs: number;
  /** Waiting for the other workers' reads, and merging them. */
  mergeMs: number;
  /** Grouping into partnerships and summarising every cycle. */
  summariseMs: number;
};

/**
 * What the page sends each worker, in order: the start, batches of files, then the end. Worker
 * 0 leads: it is given a port from each other worker, receives their reads at the end, and
 * sends the page the result. Every other worker sends its reads down its port instead.
 */
export type ToWorker =
  | { type: 'start'; bank: Bank; ports: MessagePort[]; lead: boolean; index: number; count: number }
  | { type: 'files'; files: PlacedFile[] }
  /** A zip, sent to every worker: each reads its share of the files in it (every count-th). */
  | { type: 'zip'; file: PlacedFile }
  | { type: 'end' };

/**
 * What a worker sends the page: how many files it has read so far (a file in a zip counts as
 * one), how many more files than the one a zip counted as at first (sent once per zip, by the
 * worker whose turn the zip's place makes it), then (the lead) the result.
 */
export type FromWorker =
  | { type: 'progress'; read: number }
  | { type: 'found'; more: number }
  | { type: 'done'; loaded: LoadedProgramme; timings: WorkerTimings }
  | { type: 'error' };

/**
 * What a worker that does not lead sends the lead down its port: everything it read, and the
 * message behind each reason it gave a file (the lead's memory does not hold them).
 */
export type ToLead = { type: 'reads'; reads: ProgrammeReads; reasons: Record<string, Message> };
