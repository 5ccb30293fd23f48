/**
 * Several readers, one programme: the programme page deals its files out to workers, each with
 * its own reader, and merges their reads at the end (decision 022). Whatever the split and the
 * order each reader is given its files in, the merged result must be the one reader's that is
 * given every file in the order chosen: the same partnerships, keys, pseudonyms, cycles and
 * failures, copies included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgrammeReader,
  finishReads,
  mergeReads,
  readProgramme,
} from '../../../src/domain/programme/read-programme';
import type { ProgrammeFile } from '../../../src/domain/programme/read-programme';
import { reasonsFor } from '../../../src/domain/programme/programme-load';
import { messageFor } from '../../../src/domain/said';
import {
  bank,
  looseResponseArb,
  response,
  responseFile,
  sessionFileArb,
} from './programme-helpers';

const looseArb = looseResponseArb().map((envelope) => responseFile('', envelope));
const sessionArb = sessionFileArb(fc.constantFrom('Leeds', 'leeds ', 'York', 'Hull'));
const damagedArb = fc.oneof(
  looseArb.map((f) => ({ ...f, text: f.text.slice(0, 60) })),
  fc.constant({ name: '', text: 'Meeting notes' }),
  // A session whose first response is broken: read without it, and the file listed.
  sessionArb.map((f) => ({ ...f, text: f.text.replace('"responseId": "', '"responseId": "!') })),
);
/** A file that could not be opened: listed with this reason, as the page's readers do. */
const UNOPENED = 'The file could not be opened.';
const kindArb = fc.oneof(
  { weight: 4, arbitrary: looseArb },
  { weight: 2, arbitrary: sessionArb },
  { weight: 1, arbitrary: damagedArb },
  { weight: 1, arbitrary: fc.constant(null) },
);
/** Files in the order chosen; names (some repeated, as in two folders) from a small set. */
const filesArb = fc
  .array(fc.tuple(kindArb, fc.constantFrom('a.json', 'b.json', 'c/a.json', 'd.json')), {
    maxLength: 30,
  })
  .map((list) =>
    list.map(([file, name]): ProgrammeFile | { name: string; text: null } =>
      file ? { name, text: file.text } : { name, text: null },
    ),
  );

/** One reader given every file in order: what the page's thread does with no worker. */
function oneReader(files: readonly (ProgrammeFile | { name: string; text: null })[]) {
  const reader = createProgrammeReader(bank);
  for (const f of files)
    if (f.text === null) reader.refuse(f.name, UNOPENED);
    else reader.add({ name: f.name, text: f.text });
  return reader.finish();
}

describe('mergeReads and finishReads', () => {
  it('give what one reader gives, whatever the split and each reader’s order', () => {
    fc.assert(
      fc.property(
        filesArb.chain((files) =>
          fc.tuple(
            fc.constant(files),
            // Which reader each file goes to, and the order each reader is given them in.
            fc.array(fc.nat(2), { minLength: files.length, maxLength: files.length }),
            fc.array(fc.nat(), { minLength: files.length, maxLength: files.length }),
          ),
        ),
        ([files, split, order]) => {
          const readers = [0, 1, 2].map(() => createProgrammeReader(bank));
          const placed = files.map((file, at) => ({
            file,
            at,
            reader: split[at]!,
            key: order[at]!,
          }));
          placed.sort((a, b) => a.key - b.key);
          for (const { file, at, reader } of placed)
            if (file.text === null) readers[reader]!.refuse(file.name, UNOPENED, at);
            else readers[reader]!.add({ name: file.name, text: file.text }, at);
          const merged = finishReads(mergeReads(readers.map((r) => r.reads())));
          expect(merged).toEqual(oneReader(files));
          expect(readers.reduce((n, r) => n + r.count, 0)).toBe(files.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keep the first copy in the order chosen and list each later one by name', () => {
    const first = responseFile('first.json', response('r1', {}, 'Leeds'));
    const later = responseFile('later.json', response('r1', {}, 'Leeds'));
    const readers = [createProgrammeReader(bank), createProgrammeReader(bank)];
    // The later file reaches its reader first.
    readers[1]!.add(later, 1);
    readers[0]!.add(first, 0);
    const data = finishReads(mergeReads(readers.map((r) => r.reads())));
    expect(data.partnerships.flatMap((p) => p.cycles.flatMap((c) => c.fileNames))).toEqual([
      'first.json',
    ]);
    expect(data.failed).toEqual([
      {
        fileName: 'later.json',
        reason: 'The same response was already read from first.json, so this copy was left out.',
      },
    ]);
    expect(data).toEqual(readProgramme([first, later], bank));
  });

  it('count a file that could not be opened, and list it with its reason', () => {
    const reader = createProgrammeReader(bank);
    reader.refuse('gone.json', UNOPENED);
    reader.add(responseFile('here.json', response('r1', {}, 'York')));
    expect(reader.count).toBe(2);
    expect(reader.finish().failed).toEqual([{ fileName: 'gone.json', reason: UNOPENED }]);
  });
});

describe('reasonsFor', () => {
  it('gives the message behind every reason a reader gave, so another thread can show it in Welsh', () => {
    const reader = createProgrammeReader(bank);
    reader.add({ name: 'not-json.json', text: '{ not json' }, 0);
    reader.add({ name: 'other.json', text: JSON.stringify({ format: 'something-else' }) }, 1);
    reader.refuse('gone.json', 'The file could not be opened.', 2);
    const { failed } = reader.reads();
    const reasons = reasonsFor(failed);
    const made = failed.filter((f) => f.fileName !== 'gone.json');
    expect(made).toHaveLength(2);
    for (const f of made) expect(reasons[f.reason]).toEqual(messageFor(f.reason));
    for (const f of made) expect(reasons[f.reason]).toBeDefined();
    // Text no message is known for is left out, not guessed.
    expect(reasons['The file could not be opened.']).toBeUndefined();
  });
});
