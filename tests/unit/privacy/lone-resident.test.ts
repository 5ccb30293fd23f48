// @vitest-environment node
/**
 * A lone resident (or any sector or role group of 1 or 2) through the routes that landed with
 * issues 13 and 14, as properties over group make-ups (privacy-sessions.ts: lone, paired and
 * larger sector and role groups, people who gave none, free text made of unique markers):
 *
 * - Scanned: each person's response goes through the QR codes their hand-in page shows (the
 *   app's encoder, parts in any order), the scan reader and the merge, as on Add responses.
 *   Nothing is lost (the session ends with every person, free text included), every output
 *   the facilitator can export afterwards passes privacy-check.ts, and nothing the scanner
 *   says names a sector or role.
 * - The programme page: its views, the tables the page and its PDF and CSV are made from, the
 *   CSV and the PDF (read back) name no sector or role, no free text and no person.
 * - The programme data zip, read back by DuckDB: within each cycle, a sector or role is given
 *   only for groups of 3 or more, the people left without one are 0 or 3 or more, and every mix
 *   of sector and role given has 3 or more people. The partnerships table has no sector or
 *   role at all.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { mergeResponses, serializeSession } from '../../../src/domain/group/session';
import type { IncomingResponse, SessionFile } from '../../../src/domain/group/session';
import { readProgramme } from '../../../src/domain/programme/read-programme';
import {
  buildProgrammeViews,
  summariseProgramme,
} from '../../../src/domain/programme/programme-views';
import { encodeResponseQr } from '../../../src/domain/response/qr-payload';
import { parseResponseFile } from '../../../src/domain/response/response-file';
import { createScanReader, STILL_IN_VIEW_MS } from '../../../src/domain/scan/scan-reader';
import { translated } from '../../../src/domain/said';
import { serializeProgrammeCsv } from '../../../src/export/csv/serialize-programme-csv';
import { pdfBytes } from '../../../src/export/pdf/build-pdf';
import { buildProgrammePdf } from '../../../src/export/pdf/build-programme-pdf';
import {
  buildProgrammeZipDetailed,
  ZIP_ROOT,
} from '../../../src/export/programme-data/build-programme-zip';
import { programmeTables } from '../../../src/features/programme/programme-tables';
import { i18n } from '../../../src/i18n';
import { loadRealBank } from '../../bank/real-bank';
import { privacyViolations } from '../../helpers/privacy-check';
import { buildAll, describeOutputs } from '../../helpers/privacy-outputs';
import { aboutSelect, sessionArb } from '../../helpers/privacy-sessions';
import type { GeneratedSession, PersonTruth } from '../../helpers/privacy-sessions';
import { readFonts } from '../export/report-fixtures';
import { pdfText } from '../../support/pdf-text';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

/** Whether some sector or role group of the session has 1 or 2 people in it. */
function hasSmallGroup(truth: readonly PersonTruth[]): boolean {
  for (const field of ['sector', 'role'] as const) {
    const sizes = new Map<string, number>();
    for (const t of truth) sizes.set(t[field], (sizes.get(t[field]) ?? 0) + 1);
    if ([...sizes.values()].some((n) => n < 3)) return true;
  }
  return false;
}

/** A session of up to 12 people with at least one sector or role group of 1 or 2. */
const smallGroupSession = () =>
  sessionArb(bank, { maxPeople: 12 }).filter(
    (g) => g.session.responses.length > 0 && hasSmallGroup(g.truth),
  );

/**
 * The words that would tie something to a sector or role: each option's label (English and
 * Welsh) that is at least two words long (one-word labels such as "Other" are ordinary words).
 */
function groupWords(): string[] {
  const words: string[] = [];
  for (const field of ['sector', 'role-level'] as const)
    for (const option of aboutSelect(bank, field).options)
      for (const label of Object.values(option.label as unknown as Record<string, string>))
        if (typeof label === 'string' && label.trim().includes(' ')) words.push(label);
  return words;
}

describe('responses added by scanning QR codes', () => {
  /** Shows every person's codes to the reader (parts in a shuffled order) and merges them. */
  function scanIn(g: GeneratedSession, order: number[]) {
    const reader = createScanReader(bank);
    const texts = g.session.responses.flatMap((r) =>
      encodeResponseQr(bank, r, { includeText: true }),
    );
    const shown = texts
      .map((text, i) => ({ text, k: order[i % order.length] ?? 0, i }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map((x) => x.text);
    const incoming: IncomingResponse[] = [];
    shown.forEach((text, i) => {
      // Each code seen in a frame a moment after the last one was, as a camera reads them.
      const step = reader.read(text, i * (STILL_IN_VIEW_MS + 1));
      if (step.kind === 'incoming') incoming.push(step.incoming);
    });
    return mergeResponses([], incoming);
  }

  it('loses nobody and ties nothing exported to a sector or role group of fewer than 3', () => {
    const words = groupWords();
    fc.assert(
      fc.property(smallGroupSession(), fc.array(fc.integer(), { minLength: 1 }), (g, order) => {
        const merged = scanIn(g, order);
        // Every person is in, with their answers and free text as the same response handed in
        // as a file gives them (the one validation path).
        expect(merged.rejected).toEqual([]);
        const byId = new Map(merged.responses.map((r) => [r.responseId, r]));
        expect([...byId.keys()].sort()).toEqual(
          g.session.responses.map((r) => r.responseId).sort(),
        );
        for (const r of g.session.responses) {
          const asFile = parseResponseFile(JSON.stringify(r), bank);
          if (!asFile.ok) throw new Error(String(asFile.message));
          const kept = byId.get(r.responseId)!;
          expect(kept.answers).toEqual(asFile.response.answers);
          expect(kept.about).toEqual(asFile.response.about);
          expect(kept.comments).toEqual(asFile.response.comments);
        }
        // What the facilitator can export afterwards.
        const session: SessionFile = { ...g.session, responses: merged.responses };
        const built = buildAll(bank, session);
        expect(privacyViolations(bank, g.truth, describeOutputs(bank, built))).toEqual([]);
        // What the scanner says on screen (its notes) names no sector or role.
        const said = [
          ...merged.warnings.map((w) => translated(i18n, w.message)),
          ...merged.duplicates.map((d) => d.source),
        ].join('\n');
        for (const w of words) expect(said).not.toContain(w);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

/** The generated sessions as a programme lead's files: one partnership each. */
function programmeOf(sessions: readonly GeneratedSession[]) {
  const files = sessions.map((g, i) => ({
    name: `session-${i}.json`,
    text: serializeSession({
      ...g.session,
      session: { ...g.session.session, id: `p${i}`, partnershipName: `Partnership ${i + 1}` },
    }),
  }));
  return readProgramme(files, bank);
}

const programmeArb = () => fc.array(smallGroupSession(), { minLength: 1, maxLength: 3 });

/** Everything that would give a person away: free text, response ids and group labels. */
function giveaways(sessions: readonly GeneratedSession[]): string[] {
  return [
    ...groupWords(),
    ...sessions.flatMap((g) => g.truth.flatMap((t) => [...t.markers, t.responseId])),
  ];
}

describe('the programme page’s views, PDF and CSV', () => {
  function tablesOf(sessions: readonly GeneratedSession[], includeSmall: boolean) {
    const data = programmeOf(sessions);
    const views = buildProgrammeViews(bank, data, summariseProgramme(bank, data), {
      includeSmall,
    });
    return { views, tables: programmeTables(bank, views, i18n) };
  }

  it('name no sector or role, no free text and no person', () => {
    fc.assert(
      fc.property(programmeArb(), fc.boolean(), (sessions, includeSmall) => {
        const { views, tables } = tablesOf(sessions, includeSmall);
        const csv = serializeProgrammeCsv(tables, i18n);
        // The CSV is read back as a spreadsheet would read it.
        const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''))
          .data.flat()
          .join('\n');
        const shown = `${JSON.stringify(views)}\n${JSON.stringify(tables)}\n${cells}`;
        for (const g of giveaways(sessions)) expect(shown).not.toContain(g);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('and the PDF, read back, names none of them either', async () => {
    await fc.assert(
      fc.asyncProperty(programmeArb(), async (sessions) => {
        const { tables } = tablesOf(sessions, true);
        const doc = buildProgrammePdf(
          tables,
          {
            title: 'Compare partnerships',
            summary: ['summary'],
            method: ['method'],
            made: 'Made today',
            language: 'en-GB',
          },
          readFonts(),
          i18n,
        );
        const text = await pdfText(pdfBytes(doc));
        expect(text).toContain('Compare partnerships');
        for (const g of giveaways(sessions)) expect(text).not.toContain(g);
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});

describe('the programme data zip, read back by DuckDB', () => {
  let dir: string;
  let db: DuckDBConnection;
  let closeDb: () => void;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rally-lone-resident-'));
    const instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
    closeDb = () => {
      db.closeSync();
      instance.closeSync();
    };
  });
  afterAll(async () => {
    closeDb?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function query(sql: string): Promise<Record<string, unknown>[]> {
    return (await db.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  }

  let run = 0;
  /** Writes the zip's files to a folder of their own and gives the folder of its tables. */
  async function unpack(bytes: Uint8Array): Promise<string> {
    const where = path.join(dir, `run-${(run += 1)}`);
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      const file = path.join(where, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    }
    return path.join(where, ZIP_ROOT);
  }

  it('gives a sector or role only where 3 or more people share it', async () => {
    let shownAny = false;
    await fc.assert(
      fc.asyncProperty(programmeArb(), fc.boolean(), async (sessions, includeText) => {
        const data = programmeOf(sessions);
        const zip = buildProgrammeZipDetailed(data, bank, {
          includeText,
          now: new Date('2026-11-29T12:00:00Z'),
        });
        const root = await unpack(zip.bytes);
        const answers = `read_parquet('${root}/answers/**/*.parquet', hive_partitioning = true)`;
        // One line per person: a person's rows all carry the same sector and role.
        const people = await query(`
          SELECT partnership, cycle, respondent,
                 count(DISTINCT coalesce(sector, '∅'))::INTEGER AS sectors,
                 count(DISTINCT coalesce(role_level, '∅'))::INTEGER AS roles,
                 any_value(sector) AS sector, any_value(role_level) AS role
          FROM ${answers} GROUP BY ALL`);
        expect(people.length).toBe(sessions.reduce((n, g) => n + g.session.responses.length, 0));
        const cycles = new Map<string, Record<string, unknown>[]>();
        for (const p of people) {
          expect([p.sectors, p.roles]).toEqual([1, 1]);
          const key = `${String(p.partnership)}|${String(p.cycle)}`;
          cycles.set(key, [...(cycles.get(key) ?? []), p]);
        }
        for (const [key, list] of cycles) {
          const count = (pick: (p: Record<string, unknown>) => unknown) => {
            const sizes = new Map<string, number>();
            for (const p of list) {
              const value = pick(p);
              if (value === null || value === undefined) continue;
              sizes.set(String(value), (sizes.get(String(value)) ?? 0) + 1);
            }
            return sizes;
          };
          for (const [name, pick] of [
            ['sector', (p: Record<string, unknown>) => p.sector],
            ['role', (p: Record<string, unknown>) => p.role],
            [
              'sector and role',
              (p: Record<string, unknown>) =>
                p.sector === null && p.role === null
                  ? null
                  : `${String(p.sector)}|${String(p.role)}`,
            ],
          ] as const) {
            const sizes = count(pick);
            if (sizes.size > 0) shownAny = true;
            for (const [value, n] of sizes)
              expect(n, `${key}: ${name} ${value} is given for ${n}`).toBeGreaterThanOrEqual(3);
            const hidden = list.length - [...sizes.values()].reduce((a, b) => a + b, 0);
            // Those left without one are not 1 or 2 ("the one who is not local authority"),
            // unless nobody is given one.
            if (name !== 'sector and role' && sizes.size > 0)
              expect(hidden === 0 || hidden >= 3, `${key}: ${hidden} without a ${name}`).toBe(true);
          }
        }
        // The partnerships' table has no sector or role in it.
        const columns = await query(
          `DESCRIBE SELECT * FROM read_parquet('${root}/partnerships/**/*.parquet', hive_partitioning = true)`,
        );
        const names = columns.map((c) => String(c.column_name));
        expect(names).toContain('partnership');
        expect(names.filter((n) => /sector|role/.test(n))).toEqual([]);
      }),
      { numRuns: 25 },
    );
    // The rule was put to work: some sector or role was given somewhere.
    expect(shownAny).toBe(true);
  }, 180_000);
});
