// @vitest-environment node
/**
 * The CSV export read back with papaparse, the way a spreadsheet import would: one row per
 * question, answers as number and label, comments carried, formulas neutralised, Welsh
 * letters intact behind a byte order mark.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { buildReport } from '../../../src/domain/report/build-report';
import type { ReportInput } from '../../../src/domain/report/report-types';
import {
  CSV_COLUMNS,
  neutraliseFormula,
  serializeCsv,
} from '../../../src/export/csv/serialize-csv';
import { loadRealBank } from '../../bank/real-bank';
import { fixtureNames, readFixture } from './report-fixtures';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function readBack(csv: string): { fields: string[]; rows: Row[] } {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Row>(csv.slice(1), { header: true, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

const csvFor = (input: ReportInput) => serializeCsv(buildReport(bank, input));

describe('serializeCsv', () => {
  it.each(fixtureNames)(
    '%s: one row per question, in bank order, with the answers of the report',
    (name) => {
      const response = readFixture(bank, name);
      const report = buildReport(bank, response);
      const { fields, rows } = readBack(serializeCsv(report));
      expect(fields).toEqual([...CSV_COLUMNS]);
      expect(rows.map((r) => r.item_id)).toEqual(allItems(bank).map((i) => i.id));
      const appendix = report.appendix.flatMap((s) => s.rows);
      rows.forEach((row, i) => {
        const expected = appendix[i]!;
        expect(row.answer_value).toBe(
          expected.answerValue === null ? '' : String(expected.answerValue),
        );
        expect(row.answer_label).toBe(neutraliseFormula(expected.answerLabel));
        expect(row.section).toBe(expected.sectionTitle);
        expect(row.dimension).toBe(expected.dimensionName ?? '');
      });
      for (const item of allItems(bank)) {
        const value = response.answers[item.id];
        if (item.kind === 'agreement' && typeof value === 'number') {
          expect(rows.find((r) => r.item_id === item.id)!.answer_value).toBe(String(value));
        }
      }
    },
  );

  it('puts each section comment on the first row of its section only', () => {
    const response = readFixture(bank, 'council-clear');
    const { rows } = readBack(csvFor(response));
    const shape = bank.sections.find((s) => s.id === 'shape')!;
    const shapeRows = rows.filter((r) => r.section === shape.title);
    expect(shapeRows[0]!.comment).toBe(response.comments.shape);
    expect(shapeRows.slice(1).every((r) => r.comment === '')).toBe(true);
    expect(rows.filter((r) => r.comment !== '')).toHaveLength(
      Object.keys(response.comments).length,
    );
  });

  it('neutralises formulas in comments and free text, and keeps them readable', () => {
    const response = readFixture(bank, 'council-clear');
    const hostile = '=HYPERLINK("http://x","y")';
    const csv = csvFor({
      ...response,
      comments: {
        ...response.comments,
        shape: hostile,
        leadership: '+1+1',
        culture: '@SUM(A1)',
        learning: '\t=1 after a tab',
      },
      answers: {
        ...response.answers,
        'reflect-working': '-2+3',
        'reflect-next': 'Plain text, with "quotes" and\na new line',
      },
    });
    const { rows } = readBack(csv);
    const first = (sectionId: string) =>
      rows.find((r) => r.section === bank.sections.find((s) => s.id === sectionId)!.title)!;
    expect(first('shape').comment).toBe(`'${hostile}`);
    expect(first('leadership').comment).toBe("'+1+1");
    expect(first('culture').comment).toBe("'@SUM(A1)");
    // Comments are trimmed in the report, so the tab goes and the formula is what is left.
    expect(first('learning').comment).toBe("'=1 after a tab");
    expect(rows.find((r) => r.item_id === 'reflect-working')!.answer_label).toBe("'-2+3");
    expect(rows.find((r) => r.item_id === 'reflect-next')!.answer_label).toBe(
      'Plain text, with "quotes" and\na new line',
    );
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps Welsh letters intact behind a byte order mark, with CRLF line ends', () => {
    const response = readFixture(bank, 'council-clear');
    const csv = csvFor({
      ...response,
      answers: {
        ...response.answers,
        'partnership-name': 'Partneriaeth Gŵyl Ŷd',
        place: 'Ynys Môn',
      },
    });
    expect(
      csv.startsWith(
        '\uFEFFsection,dimension,item_id,question,answer_value,answer_label,comment\r\n',
      ),
    ).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { rows } = readBack(csv);
    expect(rows.find((r) => r.item_id === 'partnership-name')!.answer_label).toBe(
      'Partneriaeth Gŵyl Ŷd',
    );
    expect(rows.find((r) => r.item_id === 'place')!.answer_label).toBe('Ynys Môn');
    // Encoded as UTF-8, the BOM is the three bytes EF BB BF.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes blank answers as "Not answered" with no number', () => {
    const { rows } = readBack(csvFor(readFixture(bank, 'too-few-new-partner')));
    const blank = rows.find((r) => r.item_id === 'learn-bottom-up')!;
    expect([blank.answer_value, blank.answer_label]).toEqual(['', 'Not answered']);
    const dontKnow = rows.find((r) => r.item_id === 'infra-data-capture')!;
    expect([dontKnow.answer_value, dontKnow.answer_label]).toEqual(['', bank.scale.dontKnow]);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes only cells a spreadsheet could run', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', '＝1'].map(neutraliseFormula)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@a",
      "'\tx",
      "'\rx",
      "'＝1",
    ]);
    expect(['', 'Agree', 'a=b', ' 1', "It's fine"].map(neutraliseFormula)).toEqual([
      '',
      'Agree',
      'a=b',
      ' 1',
      "It's fine",
    ]);
  });
});
