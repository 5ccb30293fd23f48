// @vitest-environment node
/** Reading files and codes for "add responses": nothing is dropped without a word. */
import { describe, expect, it } from 'vitest';
import { mergeResponses } from '../../../src/domain/group/session';
import { encodeResponseCode } from '../../../src/domain/response/response-code';
import { serializeResponse } from '../../../src/domain/response/response-file';
import {
  FILE_NOT_READ,
  MAX_FILES_AT_ONCE,
  codesLeftOver,
  readCodes,
  readResponseFiles,
} from '../../../src/features/group/read-responses';
import { makeGroupBank, respond } from './group-helpers';

const bank = makeGroupBank();

const file = (name: string, text: string | null) =>
  ({
    name,
    size: text?.length ?? 10,
    text: () =>
      text === null
        ? Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'))
        : Promise.resolve(text),
  }) as unknown as File;

describe('readResponseFiles', () => {
  it('lists a file that cannot be read, with the reason, and reads the rest', async () => {
    const read = await readResponseFiles(bank, [
      file('gone.json', null),
      file('a.json', serializeResponse(respond(bank, 'a', { g1: 3 }))),
    ]);
    expect(read.notRead).toEqual([]);
    expect(read.incoming.map((i) => [i.source, i.result.ok])).toEqual([
      ['gone.json', false],
      ['a.json', true],
    ]);
    expect(read.incoming[0]!.result).toEqual({ ok: false, message: FILE_NOT_READ });
  });

  it('names every file past the limit instead of dropping it', async () => {
    const files = Array.from({ length: MAX_FILES_AT_ONCE + 2 }, (_, i) => file(`f${i}.json`, 'x'));
    const read = await readResponseFiles(bank, files);
    expect(read.incoming).toHaveLength(MAX_FILES_AT_ONCE);
    expect(read.notRead).toEqual(['f600.json', 'f601.json']);
  });
});

describe('codes', () => {
  it('leave in the box only those that were not added', () => {
    const good = encodeResponseCode(bank, respond(bank, 'p', { g1: 4 }));
    const text = `\n${good}\n  not a code  \n\n${good}\n`;
    const read = readCodes(bank, text);
    expect(read.lines).toEqual([good, 'not a code', good]);
    const result = mergeResponses([], read.incoming);
    expect(result.added.map((a) => a.source)).toEqual(['The code on line 2']);
    expect(result.duplicates.map((a) => a.source)).toEqual(['The code on line 5']);
    expect(codesLeftOver(read, result, read.notRead)).toBe('not a code');
    // With no session, every code stays.
    expect(codesLeftOver(read, null, [])).toBe(read.lines.join('\n'));
  });

  it('past the limit are named and stay in the box', () => {
    const read = readCodes(
      bank,
      Array.from({ length: MAX_FILES_AT_ONCE + 1 }, () => 'X').join('\n'),
    );
    expect(read.incoming).toHaveLength(MAX_FILES_AT_ONCE);
    expect(read.notRead).toEqual([`The code on line ${MAX_FILES_AT_ONCE + 1}`]);
    const left = codesLeftOver(read, mergeResponses([], read.incoming), read.notRead);
    expect(left.split('\n')).toHaveLength(MAX_FILES_AT_ONCE + 1);
  });
});
