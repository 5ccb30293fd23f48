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
  /**
   * How many files were read, counting each file inside a zip instead of the zip (and a zip that
   * could not be opened as one file), whether or not it could be read.
   */
  filesRead: number;
};

/**
 * The message behind each reason in `failed`, by its English text, from this thread's memory:
 * a worker that does not lead sends these with its reads, since the lead's memory does not hold
 * the messages it made.
 */
export function reasonsFor(failed: readonly { reason: string }[]): Record<string, Message> {
  const reasons: Record<string, Message> = {};
  for (const f of failed) {
    const message = messageFor(f.reason);
    if (message) reasons[f.reason] = message;
  }
  return reasons;
}

export function finishLoad(
  bank: Bank,
  reader: Pick<ProgrammeReader, 'finish' | 'count'>,
  timed: (step: 'grouped' | 'summarised') => void = () => undefined,
): LoadedProgramme {
  const data = reader.finish();
  timed('grouped');
  const reasons = reasonsFor(data.failed);
  const summaries = summariseProgramme(bank, data);
  timed('summarised');
  return { data, summaries, reasons, filesRead: reader.count };
}
