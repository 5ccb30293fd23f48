/**
 * The programme page's worker: reads the files it is sent and summarises every cycle, off the
 * page's thread, so the page stays responsive and Cancel can end it at once (the page
 * terminates the worker). See docs/decisions/022-programme-worker.md.
 */
import type { ProgrammeReader } from '../../domain/programme/read-programme';
import { createProgrammeReader } from '../../domain/programme/read-programme';
import { finishLoad } from '../../domain/programme/programme-load';
import type { FromWorker, ToWorker } from '../../domain/programme/programme-load';
import type { Bank } from '../../domain/bank/bank-schema';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let bank: Bank | null = null;
let reader: ProgrammeReader | null = null;
/** Time spent reading files, and summarising at the end, for bench:programme. */
let readMs = 0;

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === 'start') {
      bank = message.bank;
      reader = createProgrammeReader(bank);
    } else if (message.type === 'files' && reader) {
      const start = performance.now();
      for (const file of message.files) reader.add(file);
      readMs += performance.now() - start;
      scope.postMessage({ type: 'progress', read: reader.count });
    } else if (message.type === 'end' && reader && bank) {
      const start = performance.now();
      const loaded = finishLoad(bank, reader);
      const summariseMs = performance.now() - start;
      scope.postMessage({ type: 'done', loaded, timings: { readMs, summariseMs } });
    }
  } catch {
    scope.postMessage({ type: 'error' });
  }
};
