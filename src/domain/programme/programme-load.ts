/**
 * The end of a load: what the worker (or the page, where no worker can run) hands back once
 * every file is read. Pure.
 *
 * A failure's reason is English text made by the domain (src/domain/said.ts), which remembers
 * the message behind each text so that a page can show it in the language in use. A worker has
 * its own memory, so the messages go back with the data, keyed by their English.
 */
import type { Bank } from '../bank/bank-schema';
import { messageFor, type Message } from '../said';
import type { ProgrammeData } from './programme-model';
import { summariseProgramme, type CycleSummaries } from './programme-views';
import type { ProgrammeReader } from './read-programme';

export type LoadedProgramme = {
  data: ProgrammeData;
  summaries: CycleSummaries;
  /** The message behind each failure's reason, by its English text. */
  reasons: Record<string, Message>;
};

export function finishLoad(
  bank: Bank,
  reader: Pick<ProgrammeReader, 'finish'>,
  timed: (step: 'grouped' | 'summarised') => void = () => undefined,
): LoadedProgramme {
  const data = reader.finish();
  timed('grouped');
  const reasons: Record<string, Message> = {};
  for (const f of data.failed) {
    const message = messageFor(f.reason);
    if (message) reasons[f.reason] = message;
  }
  const summaries = summariseProgramme(bank, data);
  timed('summarised');
  return { data, summaries, reasons };
}
