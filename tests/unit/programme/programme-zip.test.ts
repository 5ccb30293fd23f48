/**
 * Zips of files on the programme page (programme-zip.ts): every .json file in a zip is read as
 * if it had been chosen on its own, whatever else the zip holds, and a zip that is damaged or
 * too large is one failed file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unzipEntry, zipDirectory, zipFiles } from '../../../src/domain/deflate';
import {
  MAX_ZIP_BYTES,
  addZip,
  addZipPart,
  isZipName,
  openProgrammeZip,
} from '../../../src/domain/programme/programme-zip';
import {
  createProgrammeReader,
  finishReads,
  mergeReads,
  readProgramme,
} from '../../../src/domain/programme/read-programme';
import type { ProgrammeFile } from '../../../src/domain/programme/read-programme';
import type { ProgrammeData } from '../../../src/domain/programme/programme-model';
import {
  bank,
  looseResponseArb,
  response,
  responseFile,
  sessionFileArb,
} from './programme-helpers';

const MODIFIED = new Date('2026-11-30T09:00:00Z');
const NOT_JSON = 'Only .json files are read from a zip, so this file was left out.';
const NOT_A_ZIP =
  'The file could not be opened as a zip. It may be damaged, or it may not be a zip file.';
const TOO_LARGE =
  'The zip is too large to open. Rally opens zips that hold up to 100,000 files and up to 1 GB once unpacked. Split the files into smaller zips.';
const DAMAGED = 'The file could not be unpacked from the zip. The zip may be damaged.';

const looseArb = looseResponseArb();
const sessionArb = sessionFileArb(fc.constantFrom('Leeds', 'York', 'Hull'));
/** Generated files, each a text a Rally reader may or may not accept, under unique paths. */
const filesArb = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: looseArb.map((e) => responseFile('', e).text) },
        { weight: 2, arbitrary: sessionArb.map((f) => f.text) },
        { weight: 1, arbitrary: fc.constant('Meeting notes') },
      ),
      fc.constantFrom('', 'north/', 'north/leeds/'),
    ),
    { maxLength: 25 },
  )
  .map((list) =>
    list.map(([text, folder], i): ProgrammeFile => ({ name: `${folder}file-${i}.json`, text })),
  );

/** The data with the zip's name taken out of every file name and reason. */
function withoutZipName(data: ProgrammeData, zipName: string): ProgrammeData {
  return JSON.parse(JSON.stringify(data).replaceAll(`${zipName} › `, '')) as ProgrammeData;
}

const zipOf = (files: readonly ProgrammeFile[], level: 'stored' | 'deflated' = 'deflated') =>
  zipFiles(
    files.map((f) => ({ path: f.name, data: f.text, compress: level === 'deflated' })),
    MODIFIED,
  );

/**
 * The zip (made with no comment) with a zip64 end record giving `count` entries, as tools write
 * for more than 65,535 files, and its own end record's fields at their maximum.
 */
function toZip64(bytes: Uint8Array, count: number): Uint8Array {
  const end = bytes.length - 22;
  const old = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = old.getUint32(end + 12, true);
  const offset = old.getUint32(end + 16, true);
  const out = new Uint8Array(end + 56 + 20 + 22);
  out.set(bytes.subarray(0, end));
  const view = new DataView(out.buffer);
  view.setUint32(end, 0x06064b50, true);
  view.setBigUint64(end + 4, 44n, true);
  view.setUint16(end + 12, 45, true);
  view.setUint16(end + 14, 45, true);
  view.setBigUint64(end + 24, BigInt(count), true);
  view.setBigUint64(end + 32, BigInt(count), true);
  view.setBigUint64(end + 40, BigInt(size), true);
  view.setBigUint64(end + 48, BigInt(offset), true);
  const locator = end + 56;
  view.setUint32(locator, 0x07064b50, true);
  view.setBigUint64(locator + 8, BigInt(end), true);
  view.setUint32(locator + 16, 1, true);
  const record = locator + 20;
  view.setUint32(record, 0x06054b50, true);
  view.setUint16(record + 8, 0xffff, true);
  view.setUint16(record + 10, 0xffff, true);
  view.setUint32(record + 12, 0xffffffff, true);
  view.setUint32(record + 16, 0xffffffff, true);
  return out;
}

function readZip(bytes: Uint8Array, label: string) {
  const reader = createProgrammeReader(bank);
  addZip(reader, bytes, label, 0);
  return reader.finish();
}

describe('a zip of files', () => {
  it('reads to what the same files give loose, stored or deflated', () => {
    fc.assert(
      fc.property(filesArb, fc.constantFrom('stored', 'deflated'), (files, level) => {
        const loose = readProgramme(files, bank);
        const zipped = readZip(zipOf(files, level as 'stored'), 'programme.zip');
        expect(withoutZipName(zipped, 'programme.zip')).toEqual(loose);
        // Every name read from the zip says where it came from.
        for (const name of zipped.failed.map((f) => f.fileName))
          expect(name.startsWith('programme.zip › ')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('gives one reader’s result when workers share it, beside loose files chosen around it', () => {
    fc.assert(
      fc.property(filesArb, filesArb, fc.integer({ min: 1, max: 4 }), (inZip, outside, count) => {
        // The zip is chosen between two loose halves: the order is loose, zip, loose.
        const before = outside.slice(0, Math.ceil(outside.length / 2));
        const after = outside.slice(before.length);
        const bytes = zipOf(inZip);
        const zipAt = before.length;
        const expected = readProgramme(
          [...before, ...inZip.map((f) => ({ ...f, name: `in › ${f.name}` })), ...after],
          bank,
        );
        const readers = Array.from({ length: count }, () => createProgrammeReader(bank));
        before.forEach((f, at) => readers[at % count]!.add(f, at));
        after.forEach((f, i) => readers[(zipAt + 1 + i) % count]!.add(f, zipAt + 1 + i));
        readers.forEach((reader, index) => {
          const opened = openProgrammeZip(bytes, 'in');
          if (!opened.ok) throw new Error(opened.reason);
          for (let i = index; i < opened.zip.parts.length; i += count)
            addZipPart(reader, opened.zip, i, zipAt);
        });
        const merged = finishReads(mergeReads(readers.map((r) => r.reads())));
        expect(merged).toEqual(expected);
        expect(readers.reduce((n, r) => n + r.count, 0)).toBe(outside.length + inZip.length);
      }),
      { numRuns: 40 },
    );
  });

  it('ignores folders, macOS copies and hidden files, and lists other files with a reason', () => {
    const good = responseFile('', response('r1', {}, 'Leeds')).text;
    const bytes = zipFiles(
      [
        { path: 'responses/', data: '' },
        { path: 'responses/one.JSON', data: good },
        { path: '__MACOSX/responses/._one.JSON', data: 'junk' },
        { path: 'responses/.DS_Store', data: 'junk' },
        { path: '.hidden/two.json', data: good },
        { path: 'responses/notes.txt', data: 'Meeting notes' },
        { path: 'responses/more.zip', data: new Uint8Array([1, 2, 3]) },
      ],
      MODIFIED,
    );
    const data = readZip(bytes, 'box/archive.zip');
    expect(data.partnerships.map((p) => p.name)).toEqual(['Leeds']);
    expect(data.partnerships[0]!.cycles[0]!.fileNames).toEqual([
      'box/archive.zip › responses/one.JSON',
    ]);
    expect(data.failed).toEqual([
      { fileName: 'box/archive.zip › responses/more.zip', reason: NOT_JSON },
      { fileName: 'box/archive.zip › responses/notes.txt', reason: NOT_JSON },
    ]);
  });

  it('is one failed file when it is not a zip or is cut short', () => {
    const bytes = zipOf([responseFile('a.json', response('r1', {}, 'Leeds'))]);
    for (const broken of [
      new TextEncoder().encode('{"format": "not a zip"}'),
      bytes.slice(0, bytes.length - 10),
      new Uint8Array(0),
    ]) {
      const reader = createProgrammeReader(bank);
      expect(addZip(reader, broken, 'archive.zip', 0)).toBe(1);
      expect(reader.finish()).toEqual({
        partnerships: [],
        failed: [{ fileName: 'archive.zip', reason: NOT_A_ZIP }],
      });
    }
  });

  it('lists a file whose packed data is damaged and reads the rest', () => {
    const a = responseFile('a.json', response('r1', {}, 'Leeds'));
    const b = responseFile('b.json', response('r2', {}, 'York'));
    const bytes = zipOf([a, b]);
    // The first entry's data starts after its 30-byte header and its name.
    const start = 30 + 'a.json'.length;
    const damaged = bytes.slice();
    damaged.fill(0xff, start, start + 8);
    const data = readZip(damaged, 'archive.zip');
    expect(data.partnerships.map((p) => p.name)).toEqual(['York']);
    expect(data.failed).toEqual([{ fileName: 'archive.zip › a.json', reason: DAMAGED }]);
  });

  it('refuses a zip whose files unpack past the cap before unpacking any, and one that lies', () => {
    const a = responseFile('a.json', response('r1', {}, 'Leeds'));
    const bytes = zipOf([a]);
    // The size the central directory gives the entry (at +24 in its header) made 2 GB.
    const directory = bytes.length - 22 - (46 + 'a.json'.length);
    const view = new DataView(bytes.buffer.slice(0));
    const huge = new Uint8Array(view.buffer);
    view.setUint32(directory + 24, 2_000_000_000, true);
    expect(readZip(huge, 'bomb.zip').failed).toEqual([{ fileName: 'bomb.zip', reason: TOO_LARGE }]);
    expect(MAX_ZIP_BYTES).toBe(1_000_000_000);
    // A size smaller than the data really unpacks to: unpacking stops there, the file is listed.
    const lying = new Uint8Array(bytes);
    new DataView(lying.buffer).setUint32(directory + 24, 100, true);
    expect(readZip(lying, 'lying.zip').failed).toEqual([
      { fileName: 'lying.zip › a.json', reason: DAMAGED },
    ]);
  });

  it('reads a zip64 directory, and refuses a zip that lists more than 100,000 files', () => {
    const few = [
      responseFile('a.json', response('r1', {}, 'Leeds')),
      responseFile('b.json', response('r2', {}, 'York')),
    ];
    expect(readZip(toZip64(zipOf(few), few.length), 'z.zip')).toEqual(readZip(zipOf(few), 'z.zip'));
    const files = Array.from({ length: 100_001 }, (_, i) => ({
      path: `f${i}.json`,
      data: '',
      compress: false,
    }));
    const many = toZip64(zipFiles(files, MODIFIED), files.length);
    expect(readZip(many, 'many.zip').failed).toEqual([{ fileName: 'many.zip', reason: TOO_LARGE }]);
  });

  it('unpacks a large file in steps, and stops one that unpacks past its size', () => {
    // About 400 KB that hardly compresses: packed, it is well over one 64 KB step.
    let seed = 7;
    const noise = Array.from({ length: 300_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 'abcdefghijklmnopqrstuvwxyz0123456789'[(seed >>> 16) % 36];
    }).join('');
    const text = JSON.stringify({ noise });
    const bytes = zipFiles([{ path: 'big.json', data: text }], MODIFIED);
    const [entry] = zipDirectory(bytes)!;
    expect(entry!.compressedSize).toBeGreaterThan(65_536);
    expect(new TextDecoder().decode(unzipEntry(bytes, entry!)!)).toBe(text);
    expect(unzipEntry(bytes, { ...entry!, size: 1000 })).toBeNull();
    expect(unzipEntry(bytes, { ...entry!, size: entry!.size + 1 })).toBeNull();
  });

  it('is known by its name', () => {
    expect(isZipName('Programme.ZIP')).toBe(true);
    expect(isZipName('zip.json')).toBe(false);
  });
});
