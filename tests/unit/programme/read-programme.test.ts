import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgrammeReader,
  mergePartnerships,
  normaliseName,
  readProgramme,
} from '../../../src/domain/programme/read-programme';
import type { ProgrammeFile } from '../../../src/domain/programme/read-programme';
import { answersArb } from '../group/group-helpers';
import { answers, bank, response, responseFile, sessionFile } from './programme-helpers';

describe('readProgramme: a worked example', () => {
  const files: ProgrammeFile[] = [
    sessionFile('leeds-2025.json', 'leeds-one', 'Leeds CPP', '2025-03-01', [
      response('rid-a1', answers(4)),
      response('rid-a2', answers(5)),
      response('rid-a3', answers(3)),
    ]),
    sessionFile('leeds-2026.json', 'leeds-two', 'leeds  cpp ', '2026-03-01', [
      response('rid-b1', answers(5)),
      response('rid-b2', answers(5)),
      response('rid-b3', answers(4)),
    ]),
    responseFile(
      'york-1.json',
      response('rid-y1', answers(2), 'York Together', '2025-05-02T10:00:00.000Z'),
    ),
    responseFile(
      'york-2.json',
      response('rid-y2', answers(3), ' york together', '2025-05-04T10:00:00.000Z'),
    ),
    responseFile(
      'york-2-copy.json',
      response('rid-y2', answers(3), ' york together', '2025-05-04T10:00:00.000Z'),
    ),
    responseFile('c.json', response('rid-c1', answers(3), 'leeds c.p.p.')),
    responseFile('anon.json', response('rid-n1', answers(1))),
    { name: 'notes.txt', text: 'Meeting notes' },
    {
      name: 'other-bank.json',
      text: responseFile('x', { ...response('x1', {}), bankId: 'another-bank' }).text,
    },
    sessionFile('leeds-2025-again.json', 'leeds-one', 'Leeds CPP', '2025-03-01', []),
  ];
  const data = readProgramme(files, bank);

  it('makes each session a cycle and groups sessions and loose files by name', () => {
    expect(
      data.partnerships.map((p) => [
        p.key,
        p.name,
        p.cycles.map((c) => [c.source, c.date, c.responses.length]),
      ]),
    ).toEqual([
      ['P001', '', [['responses', '2025-03-01', 1]]],
      ['P002', 'leeds c.p.p.', [['responses', '2025-03-01', 1]]],
      [
        'P003',
        'Leeds CPP',
        [
          ['session', '2025-03-01', 3],
          ['session', '2026-03-01', 3],
        ],
      ],
      ['P004', 'York Together', [['responses', '2025-05-04', 2]]],
    ]);
  });

  it('gives pseudonyms in order made, never the response ids', () => {
    const leeds = data.partnerships[2]!;
    expect(leeds.cycles.flatMap((c) => c.responses.map((r) => r.pseudonym))).toEqual([
      'P003-R001',
      'P003-R002',
      'P003-R003',
      'P003-R004',
      'P003-R005',
      'P003-R006',
    ]);
    expect(JSON.stringify(data)).not.toMatch(/rid-/);
  });

  it('lists every file that failed with a plain reason, and keeps going', () => {
    expect(data.failed.map((f) => f.fileName)).toEqual([
      'leeds-2025-again.json',
      'notes.txt',
      'other-bank.json',
      'york-2-copy.json',
    ]);
    const reason = (name: string) => data.failed.find((f) => f.fileName === name)!.reason;
    expect(reason('notes.txt')).toBe(
      'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
    );
    expect(reason('other-bank.json')).toContain('the question bank "another-bank"');
    expect(reason('york-2-copy.json')).toBe(
      'The same response was already read from york-2.json, so this copy was left out.',
    );
    expect(reason('leeds-2025-again.json')).toBe(
      'The same file was already read from leeds-2025.json, so this copy was left out.',
    );
  });

  it('lets the user put two partnerships together', () => {
    const merged = mergePartnerships(data, ['P003', 'P002']);
    expect(merged.partnerships.map((p) => p.key)).toEqual(['P001', 'P003', 'P004']);
    const leeds = merged.partnerships[1]!;
    expect(leeds.name).toBe('Leeds CPP');
    expect(leeds.cycles.map((c) => [c.source, c.date])).toEqual([
      ['responses', '2025-03-01'],
      ['session', '2025-03-01'],
      ['session', '2026-03-01'],
    ]);
    expect(mergePartnerships(data, ['P003'])).toBe(data);
  });

  it('puts the loose responses of merged partnerships into one cycle', () => {
    const merged = mergePartnerships(data, ['P004', 'P001', 'P002'], 'North');
    const north = merged.partnerships.find((p) => p.key === 'P004')!;
    expect(north.name).toBe('North');
    expect(north.cycles).toHaveLength(1);
    expect(north.cycles[0]!.responses).toHaveLength(4);
    expect(north.cycles[0]!.date).toBe('2025-05-04');
  });

  it('lists a bad response inside a session and reads the rest', () => {
    const good = sessionFile('s.json', 's1', 'Hull', '2025-01-01', [response('h1', answers(4))]);
    const raw = JSON.parse(good.text) as { responses: unknown[] };
    raw.responses.push({ format: 'rally-response', nonsense: true });
    const read = readProgramme([{ name: 's.json', text: JSON.stringify(raw) }], bank);
    expect(read.partnerships[0]!.cycles[0]!.responses).toHaveLength(1);
    expect(read.failed).toHaveLength(1);
    expect(read.failed[0]!.reason).toMatch(/^Response 2 in this file could not be read/);
  });
});

describe('normaliseName', () => {
  it('ignores case, spaces at the ends and runs of spaces', () => {
    expect(normaliseName('  Leeds\t CPP ')).toBe('leeds cpp');
    expect(normaliseName('leeds c.p.p.')).not.toBe(normaliseName('Leeds CPP'));
  });
});

describe('readProgramme: properties', () => {
  const names = fc.constantFrom('Leeds', 'leeds ', 'York', 'Hull', '');
  const fileArb = fc
    .tuple(fc.uuid(), names, answersArb(bank), fc.boolean())
    .map(([id, name, map, damaged]): ProgrammeFile => {
      const file = responseFile(`${id}.json`, response(id.replaceAll('-', ''), map, name));
      return damaged ? { name: file.name, text: file.text.slice(0, 40) } : file;
    });
  const filesArb = fc.uniqueArray(fileArb, { maxLength: 25, selector: (f) => f.name });

  it('accounts for every file: read into a cycle or listed as failed', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const data = readProgramme(files, bank);
        const read = data.partnerships.flatMap((p) => p.cycles.flatMap((c) => c.fileNames));
        const failed = data.failed.map((f) => f.fileName);
        expect([...read, ...failed].sort()).toEqual(files.map((f) => f.name).sort());
        for (const f of data.failed) expect(f.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 40 },
    );
  });

  it('does not depend on the order the files come in', () => {
    fc.assert(
      fc.property(
        filesArb.chain((files) =>
          fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length })),
        ),
        ([files, shuffled]) => {
          expect(readProgramme(shuffled, bank)).toEqual(readProgramme(files, bank));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('gives unique pseudonyms and one partnership per name', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const data = readProgramme(files, bank);
        const pseudonyms = data.partnerships.flatMap((p) =>
          p.cycles.flatMap((c) => c.responses.map((r) => r.pseudonym)),
        );
        expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
        for (const p of data.partnerships)
          for (const r of p.cycles.flatMap((c) => c.responses))
            expect(r.pseudonym.startsWith(`${p.key}-R`)).toBe(true);
        const normals = data.partnerships.map((p) => normaliseName(p.name));
        expect(new Set(normals).size).toBe(normals.length);
      }),
      { numRuns: 40 },
    );
  });

  it('reads the same in batches as all at once', () => {
    fc.assert(
      fc.property(filesArb, (files) => {
        const reader = createProgrammeReader(bank);
        for (const f of files) reader.add(f);
        expect(reader.count).toBe(files.length);
        expect(reader.finish()).toEqual(readProgramme(files, bank));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps every response when partnerships are merged', () => {
    fc.assert(
      fc.property(filesArb, fc.array(fc.nat(6), { maxLength: 4 }), (files, picks) => {
        const data = readProgramme(files, bank);
        const keys = picks.map(
          (i) => data.partnerships[i % Math.max(1, data.partnerships.length)]?.key ?? 'none',
        );
        const merged = mergePartnerships(data, keys);
        const all = (d: typeof data) =>
          d.partnerships
            .flatMap((p) => p.cycles.flatMap((c) => c.responses.map((r) => r.pseudonym)))
            .sort();
        expect(all(merged)).toEqual(all(data));
        expect(merged.failed).toEqual(data.failed);
      }),
      { numRuns: 40 },
    );
  });
});
