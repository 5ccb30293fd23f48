/**
 * Loading many files for the programme page. The chosen files are handed to workers as they
 * are (a File posts cheaply: only a handle to it is copied), in batches dealt out in turn, so
 * the page's thread does nothing per file and stays free to draw the progress bar and hear
 * Cancel. Each worker opens, reads and checks its files (programme-worker.ts); at the end the
 * others send their reads to the first, which merges them, groups and summarises, and sends
 * the page the result. Cancel terminates every worker. Where no module worker can run (the
 * single-file build opened from disk, whose policy allows no worker, or a browser without
 * workers), or a worker fails, the same code runs on the page's thread a batch at a time,
 * giving way between batches so that the progress bar moves and Cancel is heard. A zip
 * (programme-zip.ts) is sent to every worker, each reading its share of the files in it; on the
 * page's thread it is read a batch of its files at a time. See
 * docs/decisions/022-programme-worker.md.
 */
import type { Bank } from '../../domain/bank/bank-schema';
import type { LoadedProgramme } from '../../domain/programme/programme-load';
import { finishLoad } from '../../domain/programme/programme-load';
import { createProgrammeReader } from '../../domain/programme/read-programme';
import { addZipPart, isZipName, openProgrammeZip } from '../../domain/programme/programme-zip';
import { openFile, openZipFile } from './open-file';
import { BATCH, type FromWorker, type PlacedFile, type ToWorker } from './worker-messages';

declare const __RALLY_SINGLE_FILE__: boolean | undefined;

export { BATCH };

/** The most workers started: beyond this, more threads mostly add copying. */
export const MAX_WORKERS = 4;

export type LoadHandle = {
  /** The result, or null once cancelled. Never rejects: a failed load gives `failed`. */
  done: Promise<LoadedProgramme | null>;
  cancel(): void;
};

/** A chosen or dropped file, and the name it is listed under (its path within a folder). */
export type ChosenFile = { file: File; label: string };

/** A chosen file's label: its path within a chosen folder, or its name. */
export function chosen(file: File): ChosenFile {
  return { file, label: file.webkitRelativePath || file.name };
}

/** Whether a module worker may be started here. */
export function workerAvailable(): boolean {
  if (typeof __RALLY_SINGLE_FILE__ !== 'undefined' && __RALLY_SINGLE_FILE__) return false;
  return typeof Worker !== 'undefined';
}

/**
 * How many workers to start for `files` files: one per processor the browser reports, at most
 * MAX_WORKERS, and never more than there are batches.
 */
export function workerCount(files: number, processors: number | undefined): number {
  const cores = Number.isInteger(processors) && processors! > 0 ? processors! : 2;
  return Math.max(1, Math.min(MAX_WORKERS, cores, Math.ceil(files / BATCH)));
}

/** Gives the page's thread a turn, so it can draw and hear a click. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether a chosen file is read as a zip of files. */
export const isZip = (f: ChosenFile) => isZipName(f.file.name);

/**
 * Loads `files` against `bank`, calling `progress` with the number of files read so far and
 * the number there are to read: a zip counts as one until it is opened, then as the files in it.
 * `makeWorker` starts a worker, or is null to read on the page's thread.
 */
export function loadProgramme(
  bank: Bank,
  files: readonly ChosenFile[],
  progress: (read: number, total: number) => void,
  makeWorker: (() => Worker) | null,
): LoadHandle {
  let cancelled = false;
  let workers: Worker[] = [];
  let settle: (value: LoadedProgramme | null) => void = () => undefined;
  const done = new Promise<LoadedProgramme | null>((resolve) => (settle = resolve));
  const stopWorkers = () => {
    for (const w of workers) w.terminate();
    workers = [];
  };

  let total = files.length;

  async function onThisThread() {
    total = files.length;
    const reader = createProgrammeReader(bank);
    const loose = files.map((f, at) => ({ ...f, at })).filter((f) => !isZip(f));
    for (let i = 0; i < loose.length; i += BATCH) {
      const batch = loose.slice(i, i + BATCH);
      const opened = await Promise.all(batch.map(({ file }) => openFile(file)));
      if (cancelled) return;
      opened.forEach((o, j) => {
        const { label, at } = batch[j]!;
        if (o.text === null) reader.refuse(label, o.why, at);
        else reader.add({ name: label, text: o.text }, at);
      });
      progress(reader.count, total);
      await nextTurn();
      if (cancelled) return;
    }
    for (const [at, chosenZip] of files.entries()) {
      if (!isZip(chosenZip)) continue;
      const opened = await openZipFile(chosenZip.file);
      if (cancelled) return;
      const zip =
        opened.bytes === null
          ? { ok: false as const, reason: opened.why }
          : openProgrammeZip(opened.bytes, chosenZip.label);
      if (!zip.ok) {
        reader.refuse(chosenZip.label, zip.reason, at);
        progress(reader.count, total);
        continue;
      }
      const parts = zip.zip.parts.length;
      total += parts - 1;
      for (let i = 0; i < parts; i += BATCH) {
        for (let j = i; j < Math.min(parts, i + BATCH); j += 1) addZipPart(reader, zip.zip, j, at);
        progress(reader.count, total);
        await nextTurn();
        if (cancelled) return;
      }
    }
    settle(finishLoad(bank, reader));
  }

  /** A worker failed: read everything on this thread instead, from the start. */
  function fallBack() {
    if (cancelled || !workers.length) return;
    stopWorkers();
    void onThisThread();
  }

  function inWorkers(make: () => Worker) {
    const placed: PlacedFile[] = files.map(({ file, label }, at) => ({ file, label, at }));
    const zips = placed.filter(isZip);
    const loose = placed.filter((f) => !isZip(f));
    // A zip may hold thousands of files, shared by every worker.
    const count = workerCount(
      loose.length + zips.length * MAX_WORKERS * BATCH,
      globalThis.navigator?.hardwareConcurrency,
    );
    workers = Array.from({ length: count }, make);
    const read = workers.map(() => 0);
    workers.forEach((w, i) => {
      w.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        if (message.type === 'progress' || message.type === 'found') {
          if (message.type === 'progress') read[i] = message.read;
          else total += message.more;
          progress(
            read.reduce((a, b) => a + b, 0),
            total,
          );
        } else if (message.type === 'done') {
          stopWorkers();
          // For bench:programme: how long the lead read, merged and summarised, and when.
          performance.mark('rally-programme-worker-done', { detail: message.timings });
          settle(message.loaded);
        } else fallBack();
      };
      w.onerror = fallBack;
    });
    // Each other worker gets a port to the lead, for its reads at the end.
    const channels = workers.slice(1).map(() => new MessageChannel());
    const post = (w: Worker, m: ToWorker, transfer: Transferable[] = []) =>
      w.postMessage(m, transfer);
    const leadPorts = channels.map((c) => c.port1);
    post(
      workers[0]!,
      { type: 'start', bank, ports: leadPorts, lead: true, index: 0, count },
      leadPorts,
    );
    channels.forEach((c, i) =>
      post(
        workers[i + 1]!,
        { type: 'start', bank, ports: [c.port2], lead: false, index: i + 1, count },
        [c.port2],
      ),
    );
    for (const zip of zips) for (const w of workers) post(w, { type: 'zip', file: zip });
    for (let i = 0, n = 0; i < loose.length; i += BATCH, n += 1)
      post(workers[n % count]!, { type: 'files', files: loose.slice(i, i + BATCH) });
    for (const w of workers) post(w, { type: 'end' });
    performance.mark('rally-programme-files-posted');
  }

  try {
    if (makeWorker) inWorkers(makeWorker);
    else void onThisThread();
  } catch {
    // A worker could not be started or sent the files.
    if (workers.length) fallBack();
    else void onThisThread();
  }

  return {
    done,
    cancel() {
      cancelled = true;
      stopWorkers();
      settle(null);
    },
  };
}
