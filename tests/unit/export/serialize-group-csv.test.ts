// @vitest-environment node
/**
 * The group CSV read back with papaparse: one row per respondent and question, respondents
 * labelled R1..Rn in session order and never by response id, each answer the respondent's own,
 * hostile text neutralised, Welsh letters intact behind a byte order mark, CRLF line ends.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import {
  GROUP_CSV_COLUMNS,
  groupCsvFileName,
  serializeGroupCsv,
  SMALL_GROUP_LABEL,
} from '../../../src/export/csv/serialize-group-csv';
import { buildAppendix } from '../../../src/domain/report/report-appendix';
import { neutraliseFormula } from '../../../src/export/csv/serialize-csv';
import { loadRealBank } from '../../bank/real-bank';
import { GROUP_NAME, fixtureResponses, makeSession } from './group-fixtures';

type Row = Record<(typeof GROUP_CSV_COLUMNS)[number], string>;

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

describe('serializeGroupCsv', () => {
  it('has one row per respondent and question, in session and bank order, with each respondent’s answers', () => {
    const responses = fixtureResponses(bank);
    const csv = serializeGroupCsv(bank, makeSession(bank, responses));
    const { fields, rows } = readBack(csv);
    const items = allItems(bank);
    expect(fields).toEqual([...GROUP_CSV_COLUMNS]);
    expect(rows).toHaveLength(responses.length * items.length);
    responses.forEach((response, r) => {
      const own = rows.slice(r * items.length, (r + 1) * items.length);
      expect(new Set(own.map((row) => row.respondent))).toEqual(new Set([`R${r + 1}`]));
      expect(own.map((row) => row.item_id)).toEqual(items.map((i) => i.id));
      const appendix = buildAppendix(bank, response.answers, {}).flatMap((s) => s.rows);
      own.forEach((row, i) => {
        const expected = appendix[i]!;
        expect(row.answer_value).toBe(
          expected.answerValue === null ? '' : String(expected.answerValue),
        );
        expect(row.answer_label).toBe(neutraliseFormula(expected.answerLabel));
        expect(row.section).toBe(expected.sectionTitle);
        expect(row.dimension).toBe(expected.dimensionName ?? '');
        expect(row.question).toBe(neutraliseFormula(expected.question));
      });
      for (const item of items) {
        const value = response.answers[item.id];
        if (item.kind === 'agreement' && typeof value === 'number') {
          expect(own.find((row) => row.item_id === item.id)!.answer_value).toBe(String(value));
        }
      }
    });
  });

  it('labels sector and role level by their options, "Not given" when missing, and hides groups under 3', () => {
    const [first, second] = fixtureResponses(bank, 2);
    const bare = { ...second!, about: {}, answers: { ...second!.answers } };
    delete bare.answers.sector;
    delete bare.answers['role-level'];
    const copy = (r: typeof first, n: number, extra: Record<string, string> = {}) => ({
      ...r!,
      responseId: `${r!.responseId}-${n}`,
      answers: { ...r!.answers, ...extra },
    });
    const lone = copy(first, 9, { sector: 'funder' });
    const session = makeSession(bank, [
      copy(first, 1),
      copy(first, 2),
      copy(first, 3),
      copy(bare, 4),
      copy(bare, 5),
      copy(bare, 6),
      lone,
    ]);
    const { rows } = readBack(serializeGroupCsv(bank, session));
    const sectorOf = (r: string) =>
      new Set(rows.filter((row) => row.respondent === r).map((row) => row.sector));
    const sectorItem = allItems(bank).find((i) => i.id === 'sector');
    if (sectorItem?.kind !== 'select') throw new Error('the bank has no sector select');
    expect(sectorOf('R1')).toEqual(
      new Set([sectorItem.options.find((o) => o.id === first!.answers.sector)!.label]),
    );
    expect(sectorOf('R4')).toEqual(new Set(['Not given']));
    expect(
      new Set(rows.filter((row) => row.respondent === 'R4').map((row) => row.role_level)),
    ).toEqual(new Set(['Not given']));
    // The one funder is not named: a group of one could be picked out.
    expect(sectorOf('R7')).toEqual(new Set([SMALL_GROUP_LABEL]));
  });

  it('never writes a response id', () => {
    const responses = fixtureResponses(bank, 12);
    const csv = serializeGroupCsv(bank, makeSession(bank, responses));
    for (const r of responses) expect(csv).not.toContain(r.responseId);
    expect(new Set(readBack(csv).rows.map((row) => row.respondent))).toEqual(
      new Set(responses.map((_, i) => `R${i + 1}`)),
    );
  });

  it('neutralises hostile text, keeps Welsh letters and uses CRLF line ends', () => {
    const [base] = fixtureResponses(bank, 1);
    const hostile = {
      ...base!,
      answers: {
        ...base!.answers,
        'partnership-name': GROUP_NAME,
        'reflect-working': '=HYPERLINK("http://example.com","click")',
        'reflect-next': '@SUM(A1:A9)',
        'reflect-barriers': '+1-2',
      },
    };
    const csv = serializeGroupCsv(bank, makeSession(bank, [hostile]));
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const { rows } = readBack(csv);
    const cell = (id: string) => rows.find((row) => row.item_id === id)!.answer_label;
    expect(cell('reflect-working')).toBe('\'=HYPERLINK("http://example.com","click")');
    expect(cell('reflect-next')).toBe("'@SUM(A1:A9)");
    expect(cell('reflect-barriers')).toBe("'+1-2");
    expect(cell('partnership-name')).toBe(GROUP_NAME);
    for (const row of rows) {
      for (const column of GROUP_CSV_COLUMNS) expect(row[column]).not.toMatch(/^[=+\-@]/);
    }
  });

  it('is named from the partnership name and the session date', () => {
    expect(groupCsvFileName(GROUP_NAME, '2026-11-26')).toBe(
      'rally-group-partneriaeth-gwyl-yd-2026-11-26.csv',
    );
  });

  it('has only the header for an empty session', () => {
    const csv = serializeGroupCsv(bank, makeSession(bank, []));
    expect(csv.split('\r\n').filter(Boolean)).toEqual([`\uFEFF${GROUP_CSV_COLUMNS.join(',')}`]);
  });
});
