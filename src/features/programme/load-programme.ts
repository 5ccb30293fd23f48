/**
 * Loading many files for the programme page: the files are read in batches and their texts
 * posted to a worker, which reads and summarises them (programme-worker.ts) and reports how many
 * it has read. Cancel terminates the worker. Where no module worker can run (the single-file
 * build opened from disk, whose policy allows no worker, or a browser without workers), the
 * same code runs on the page's thread a batch at a time, giving way between batches so that
 * the progress bar moves and Cancel is heard. See docs/decisions/022-programme-worker.md.
 */
import type { Bank } from '../../domain/bank/bank-schema';
import type { ProgrammeFailure } from '../../domain/programme/programme-model';
import type { FromWorker, LoadedProgramme, ToWorker } from '../../domain/programme/programme-load';
import { finishLoad } from '../../domain/programme/programme-load';
import { createProgrammeReader } from '../../domain/programme/read-programme';
import { MAX_SESSION_FILE_CHARS } from '../../domain/group/session';
import { english } from '../../domain/said';

declare const __RALLY_SINGLE_FILE__: boolean | undefined;

/** Files read from disk at once, and posted to the worker together. */
export const BATCH = 250;

export type LoadHandle = {
  /** The result, or null once cancelled. Never rejects: a failed load gives `failed`. */
  done: Promise<LoadedProgramme | null>;
  cancel(): void;
};

type Batch = { files: { name: string; text: string }[]; unread: ProgrammeFailure[] };

/** A chosen or dropped file, and the name it is listed under (its path within a folder). */
export type ChosenFile = { file: File; label: string };

/** A chosen file's label: its path within a chosen folder, or its name. */
export function chosen(file: File): ChosenFile {
  return { file, label: file.webkitRelativePath || file.name };
}

const notOpened = () =>
  english(
    /*i18n*/ {
      id: 'The file could not be opened. It may have been moved, renamed or deleted since it was chosen.',
      message:
        'The file could not be opened. It may have been moved, renamed or deleted since it was chosen.',
    },
  );
const tooLarge = () =>
  english(
    /*i18n*/ {
      id: 'The file is too large to be a Rally response or session file.',
      message: 'The file is too large to be a Rally response or session file.',
    },
  );

async function readBatch(files: readonly ChosenFile[]): Promise<Batch> {
  const batch: Batch = { files: [], unread: [] };
  const texts = await Promise.all(
    files.map(async ({ file, label }) => {
      // A character is at most 4 bytes: a larger file cannot be within the readers' limit.
      if (file.size > MAX_SESSION_FILE_CHARS * 4) return { label, text: null, why: tooLarge() };
      try {
        return { label, text: await file.text(), why: '' };
      } catch {
        return { label, text: null, why: notOpened() };
      }
    }),
  );
  for (const t of texts)
    if (t.text === null) batch.unread.push({ fileName: t.label, reason: t.why });
    else batch.files.push({ name: t.label, text: t.text });
  return batch;
}

/**
 * Adds the files that could not be opened to the result. Their reasons were made on this
 * thread, so the page finds their messages without the worker's help.
 */
function withUnread(loaded: LoadedProgramme, unread: readonly ProgrammeFailure[]): LoadedProgramme {
  if (!unread.length) return loaded;
  const failed = [...loaded.data.failed, ...unread].sort((a, b) =>
    a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0,
  );
  return { ...loaded, data: { ...loaded.data, failed } };
}

/** Whether a module worker may be started here. */
export function workerAvailable(): boolean {
  if (typeof __RALLY_SINGLE_FILE__ !== 'undefined' && __RALLY_SINGLE_FILE__) return false;
  return typeof Worker !== 'undefined';
}

/** Gives the page's thread a turn, so it can draw and hear a click. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Loads `files` against `bank`, calling `progress` with the number of files read so far.
 * `makeWorker` is the worker to use, or null to read on the page's thread.
 */
export function loadProgramme(
  bank: Bank,
  files: readonly ChosenFile[],
  progress: (read: number) => void,
  makeWorker: (() => Worker) | null,
): LoadHandle {
  let cancelled = false;
  let worker: Worker | null = null;
  let settle: (value: LoadedProgramme | null) => void = () => undefined;
  const done = new Promise<LoadedProgramme | null>((resolve) => (settle = resolve));
  const unread: ProgrammeFailure[] = [];

  async function onThisThread() {
    const reader = createProgrammeReader(bank);
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = await readBatch(files.slice(i, i + BATCH));
      if (cancelled) return;
      unread.push(...batch.unread);
      for (const file of batch.files) reader.add(file);
      progress(Math.min(files.length, i + BATCH));
      await nextTurn();
      if (cancelled) return;
    }
    settle(withUnread(finishLoad(bank, reader), unread));
  }

  async function inWorker(make: () => Worker) {
    const w = make();
    worker = w;
    let opened = 0;
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') progress(message.read + opened);
      else if (message.type === 'done') {
        w.terminate();
        // For bench:programme: how long the worker read, and summarised, and when it ended.
        performance.mark('rally-programme-worker-done', { detail: message.timings });
        settle(withUnread(message.loaded, unread));
      } else {
        w.terminate();
        // The worker could not finish: read on this thread instead, from the start.
        if (!cancelled) void onThisThread();
      }
    };
    w.onerror = () => {
      w.terminate();
      if (!cancelled) void onThisThread();
    };
    const post = (m: ToWorker) => w.postMessage(m);
    post({ type: 'start', bank });
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = await readBatch(files.slice(i, i + BATCH));
      if (cancelled) return;
      unread.push(...batch.unread);
      opened = unread.length;
      post({ type: 'files', files: batch.files });
    }
    post({ type: 'end' });
    performance.mark('rally-programme-files-posted');
  }

  void (makeWorker ? inWorker(makeWorker) : onThisThread()).catch(() => {
    if (!cancelled) void onThisThread();
  });

  return {
    done,
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle(null);
    },
  };
}
