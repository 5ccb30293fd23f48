/**
 * A programme page's worker: opens, reads and checks the files it is sent, off the page's
 * thread, so the page stays responsive and Cancel can end it at once (the page terminates the
 * workers). Several run side by side, each with its own reader. At the end each other worker
 * sends its reads to the lead (worker 0) down a port; the lead merges them with its own
 * (mergeReads: the same as one reader given every file), groups and summarises, and sends the
 * page the result. A zip is sent to every worker, and each reads its share of the files in it
 * (every count-th, from its own index). See docs/decisions/022-programme-worker.md.
 */
import type { ProgrammeReader } from '../../domain/programme/read-programme';
import {
  createProgrammeReader,
  finishReads,
  mergeReads,
} from '../../domain/programme/read-programme';
import { finishLoad, reasonsFor } from '../../domain/programme/programme-load';
import { addZipPart, openProgrammeZip } from '../../domain/programme/programme-zip';
import type { Bank } from '../../domain/bank/bank-schema';
import { openFile, openZipFile, type Opened, type OpenedZip } from './open-file';
import { type FromWorker, type PlacedFile, type ToLead, type ToWorker } from './worker-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let bank: Bank | null = null;
let reader: ProgrammeReader | null = null;
let lead = false;
/** This worker's index among the `count` started, for its share of each zip. */
let index = 0;
let count = 1;
let ports: MessagePort[] = [];
/** Time spent opening and reading files, for bench:programme. */
let readMs = 0;
/** The other workers' reads, as they arrive (the lead's). */
const theirs: Promise<ToLead>[] = [];

const failed = () => scope.postMessage({ type: 'error' });

/**
 * Files are opened one batch after another, as soon as each arrives, while earlier batches are
 * still being read and checked: opening is mostly waiting for the browser to hand the bytes
 * over, so the two overlap.
 */
let opening: Promise<unknown> = Promise.resolve();
function open(files: readonly PlacedFile[]): Promise<Opened[]> {
  const opened = opening.then(() => Promise.all(files.map(({ file }) => openFile(file))));
  opening = opened;
  return opened;
}
function openZip(file: PlacedFile): Promise<OpenedZip> {
  const opened = opening.then(() => openZipFile(file.file));
  opening = opened;
  return opened;
}

/**
 * This worker's share of a zip: every count-th file in it, from its index. The worker whose
 * turn the zip's place makes it lists a zip that cannot be opened, and tells the page how many
 * files the zip holds, so the progress bar counts them.
 */
async function readZip(placed: PlacedFile, opening: Promise<OpenedZip>, into: ProgrammeReader) {
  const opened = await opening;
  const start = performance.now();
  const owner = placed.at % count === index;
  const zip =
    opened.bytes === null
      ? { ok: false as const, reason: opened.why }
      : openProgrammeZip(opened.bytes, placed.label);
  if (!zip.ok) {
    if (owner) into.refuse(placed.label, zip.reason, placed.at);
  } else {
    const parts = zip.zip.parts.length;
    if (owner) scope.postMessage({ type: 'found', more: parts - 1 });
    // Every tenth of a second the worker says how far it has got and gives way, so that the
    // page's Cancel (terminate) ends it at once: Chromium waits up to 2 s for a worker that
    // does not give way before it stops it by force.
    let turn = performance.now();
    for (let i = index; i < parts; i += count) {
      addZipPart(into, zip.zip, i, placed.at);
      if (performance.now() - turn > 100) {
        scope.postMessage({ type: 'progress', read: into.count });
        await new Promise((resolve) => setTimeout(resolve, 0));
        turn = performance.now();
      }
    }
  }
  readMs += performance.now() - start;
  scope.postMessage({ type: 'progress', read: into.count });
}

async function readFiles(
  files: readonly PlacedFile[],
  opening: Promise<Opened[]>,
  into: ProgrammeReader,
) {
  const opened = await opening;
  const start = performance.now();
  opened.forEach((o, i) => {
    const { label, at } = files[i]!;
    if (o.text === null) into.refuse(label, o.why, at);
    else into.add({ name: label, text: o.text }, at);
  });
  readMs += performance.now() - start;
  scope.postMessage({ type: 'progress', read: into.count });
}

async function end(into: ProgrammeReader, using: Bank) {
  if (!lead) {
    const reads = into.reads();
    const message: ToLead = { type: 'reads', reads, reasons: reasonsFor(reads.failed) };
    ports[0]!.postMessage(message);
    return;
  }
  const start = performance.now();
  const others = await Promise.all(theirs);
  const all = mergeReads([into.reads(), ...others.map((o) => o.reads)]);
  const merged = performance.now();
  const own = finishLoad(using, { finish: () => finishReads(all), count: all.count });
  // A reason the lead did not make itself is shown through the message its maker sent.
  const loaded = {
    ...own,
    reasons: Object.assign({}, ...others.map((o) => o.reasons), own.reasons),
  };
  scope.postMessage({
    type: 'done',
    loaded,
    timings: { readMs, mergeMs: merged - start, summariseMs: performance.now() - merged },
  });
}

/** Messages are handled one after another, each once the one before has finished. */
let queue = Promise.resolve();

scope.onmessage = (event) => {
  const message = event.data;
  const opened = message.type === 'files' ? open(message.files) : null;
  const zipOpened = message.type === 'zip' ? openZip(message.file) : null;
  queue = queue
    .then(async () => {
      if (message.type === 'start') {
        bank = message.bank;
        reader = createProgrammeReader(bank);
        lead = message.lead;
        index = message.index;
        count = message.count;
        ports = message.ports;
        if (lead)
          for (const port of ports)
            theirs.push(
              new Promise<ToLead>((resolve) => {
                port.onmessage = (e: MessageEvent<ToLead>) => resolve(e.data);
              }),
            );
      } else if (message.type === 'files' && reader && opened)
        await readFiles(message.files, opened, reader);
      else if (message.type === 'zip' && reader && zipOpened)
        await readZip(message.file, zipOpened, reader);
      else if (message.type === 'end' && reader && bank) await end(reader, bank);
    })
    .catch(failed);
};
