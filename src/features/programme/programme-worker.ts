/**
 * A programme page's worker: opens, reads and checks the files it is sent, off the page's
 * thread, so the page stays responsive and Cancel can end it at once (the page terminates the
 * workers). Several run side by side, each with its own reader. At the end each other worker
 * sends its reads to the lead (worker 0) down a port; the lead merges them with its own
 * (mergeReads: the same as one reader given every file), groups and summarises, and sends the
 * page the result. See docs/decisions/022-programme-worker.md.
 */
import type { ProgrammeReader } from '../../domain/programme/read-programme';
import {
  createProgrammeReader,
  finishReads,
  mergeReads,
} from '../../domain/programme/read-programme';
import { finishLoad, reasonsFor } from '../../domain/programme/programme-load';
import type { Bank } from '../../domain/bank/bank-schema';
import { openFile, type Opened } from './open-file';
import type { FromWorker, PlacedFile, ToLead, ToWorker } from './worker-messages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let bank: Bank | null = null;
let reader: ProgrammeReader | null = null;
let lead = false;
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
  const own = finishLoad(using, { finish: () => finishReads(all) });
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
  queue = queue
    .then(async () => {
      if (message.type === 'start') {
        bank = message.bank;
        reader = createProgrammeReader(bank);
        lead = message.lead;
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
      else if (message.type === 'end' && reader && bank) await end(reader, bank);
    })
    .catch(failed);
};
