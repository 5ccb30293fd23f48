/**
 * The programme views as tables, CSV and PDF: the same figures as the views, worked out by
 * hand on the group test bank (see programme-views.test.ts), in English and in Welsh.
 */
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { readProgramme } from '../../../src/domain/programme/read-programme';
import {
  buildProgrammeViews,
  summariseProgramme,
} from '../../../src/domain/programme/programme-views';
import { programmeTables } from '../../../src/features/programme/programme-tables';
import { serializeProgrammeCsv } from '../../../src/export/csv/serialize-programme-csv';
import { buildProgrammePdf, columnGroups } from '../../../src/export/pdf/build-programme-pdf';
import { pdfBytes } from '../../../src/export/pdf/build-pdf';
import { activate, i18n } from '../../../src/i18n';
import { readFonts } from '../export/report-fixtures';
import { answers, bank, response, responseFile, sessionFile } from './programme-helpers';
import { pdfText } from '../../support/pdf-text';

const data = readProgramme(
  [
    sessionFile(
      'a1.json',
      'a1',
      'Alpha',
      '2025-03-01',
      [4, 4, 5].map((v, i) => response(`x${i}`, answers(v))),
    ),
    sessionFile(
      'a2.json',
      'a2',
      'Alpha',
      '2026-03-01',
      [5, 5, 4].map((v, i) => response(`y${i}`, answers(v))),
    ),
    ...[3, 3, 2].map((v, i) =>
      responseFile(
        `b${i}.json`,
        response(`b${i}`, answers(v, 'market', 'one-leads'), 'Beta', undefined, {
          comments: { [bank.sections[1]!.id]: 'PRIVATE COMMENT' },
        }),
      ),
    ),
    responseFile('d.json', response('d1', answers(1), 'Delta')),
  ],
  bank,
);
const [council, market, agent] = bank.typology.types.map((t) => t.name);
const views = buildProgrammeViews(bank, data, summariseProgramme(bank, data), {
  includeSmall: false,
});

afterEach(async () => activate('en'));

describe('programmeTables', () => {
  it('holds every view, figures as shown and plain values for a spreadsheet', () => {
    const tables = programmeTables(bank, views, i18n);
    expect(tables.map((t) => t.id)).toEqual([
      'by-type',
      'median-by-type',
      'by-mode',
      'median-by-mode',
      'spread',
      'change',
      'change-by-partnership',
      'partnerships',
    ]);
    const byType = tables[1]!;
    expect(byType.columns.slice(0, 3)).toEqual(['Area', `${council} (1)`, `${market} (1)`]);
    expect(byType.rows[0]).toMatchObject({
      header: 'Governance',
      cells: ['100.0', '50.0', 'No figure', 'No figure', 'No figure', '75.0'],
      values: [100, 50, null, null, null, 75],
    });
    const change = tables[6]!;
    expect(change.rows[0]!.cells).toEqual([
      '1 March 2025 to 1 March 2026',
      '+25.0',
      '+25.0',
      '+8.4',
      '+25.0',
      '+25.0',
      '+25.0',
    ]);
    const delta = tables[7]!.rows.find((r) => r.header === 'Delta')!;
    expect(delta.cells.slice(0, 5)).toEqual([
      '1 (fewer than 3)',
      '1',
      '1 March 2025',
      'Not shown',
      'Not shown',
    ]);
    expect(delta.values.slice(5)).toEqual(bank.dimensions.map(() => 'Not shown'));
  });
});

describe('serializeProgrammeCsv', () => {
  it('writes one row per figure, plain numbers, and no free text', () => {
    const csv = serializeProgrammeCsv(programmeTables(bank, views, i18n), i18n);
    expect(csv.startsWith('\uFEFFview,row,column,value\r\n')).toBe(true);
    expect(csv).not.toContain('PRIVATE COMMENT');
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1);
    expect(rows).toContainEqual([
      'Each area’s median by type',
      'Governance',
      `${council} (1)`,
      '100',
    ]);
    expect(rows).toContainEqual(['Change in each partnership', 'Alpha', 'Culture', '8.4']);
    expect(rows).toContainEqual(['Every partnership', 'Delta', 'Governance', 'Not shown']);
    expect(rows).toContainEqual(['Each area’s median by type', 'Governance', `${agent} (0)`, '']);
  });

  it('writes its headers and words in Welsh', async () => {
    await activate('cy');
    const csv = serializeProgrammeCsv(programmeTables(bank, views, i18n), i18n);
    expect(csv.startsWith('\uFEFFgolwg,rhes,colofn,gwerth\r\n')).toBe(true);
    expect(csv).toContain('Canolrif pob maes yn ôl math');
  });
});

describe('buildProgrammePdf', () => {
  it('splits a table wider than 7 columns into parts led by the first column', () => {
    expect(columnGroups(5)).toEqual([[0, 1, 2, 3, 4]]);
    expect(columnGroups(8)).toEqual([
      [0, 1, 2, 3, 4],
      [0, 5, 6, 7],
    ]);
    expect(columnGroups(12)).toEqual([
      [0, 1, 2, 3, 4, 5, 6],
      [0, 7, 8, 9, 10, 11],
    ]);
  });

  it('draws every view as a table with its title', async () => {
    const tables = programmeTables(bank, views, i18n);
    const doc = buildProgrammePdf(
      tables,
      {
        title: 'Compare partnerships',
        summary: ['2 partnerships'],
        method: ['How.'],
        made: 'Made today',
        language: 'en-GB',
      },
      readFonts(),
      i18n,
    );
    const text = await pdfText(pdfBytes(doc));
    for (const t of tables) expect(text).toContain(t.title);
    expect(text).toContain('Change in each partnership');
    expect(text).toContain('1 (fewer than 3)');
    expect(text).toContain('+8.4');
    expect(text).not.toContain('PRIVATE COMMENT');
  });
});
