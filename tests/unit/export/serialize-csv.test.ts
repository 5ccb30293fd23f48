// @vitest-environment node
/**
 * The CSV export read back with papaparse, the way a spreadsheet import would: the results
 * (type fits, area scores and bands, strongest and weakest areas with ties, roles, governance)
 * and then one row per question, answers as number and label, comments carried, formulas
 * neutralised, Welsh letters intact behind a byte order mark.
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
import { makeBankWithoutChoices } from '../../helpers/make-bank';
import { fixtureNames, readFixture } from './report-fixtures';
import { i18n } from '../../../src/i18n';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function readBack(csv: string): { fields: string[]; rows: Row[] } {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Row>(csv.slice(1), { header: true, skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

const answersOnly = (rows: Row[]) => rows.filter((r) => r.row_type === 'answer');
const resultsOnly = (rows: Row[]) => rows.filter((r) => r.row_type === 'result');

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

const csvFor = (input: ReportInput) => serializeCsv(buildReport(bank, input, i18n), i18n);

describe('serializeCsv', () => {
  it.each(fixtureNames)(
    '%s: one row per question, in bank order, with the answers of the report',
    (name) => {
      const response = readFixture(bank, name);
      const report = buildReport(bank, response, i18n);
      const { fields, rows: all } = readBack(serializeCsv(report, i18n));
      expect(fields).toEqual([...CSV_COLUMNS]);
      // Results first, then the answers.
      const firstAnswer = all.findIndex((r) => r.row_type === 'answer');
      expect(all.slice(0, firstAnswer).every((r) => r.row_type === 'result')).toBe(true);
      const rows = answersOnly(all);
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
    const rows = answersOnly(readBack(csvFor(response)).rows);
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
        '\uFEFFrow_type,section,dimension,item_id,question,answer_value,answer_label,score,band,comment,target,gap\r\n',
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

describe('the results rows', () => {
  it.each(fixtureNames)(
    '%s: every type fit, area score and band, role and the governance comparison',
    (name) => {
      const report = buildReport(bank, readFixture(bank, name), i18n);
      const rows = resultsOnly(readBack(serializeCsv(report, i18n)).rows);
      const byId = new Map(rows.map((r) => [r.item_id, r]));
      expect(rows.every((r) => r.section === 'Results')).toBe(true);
      expect(byId.get('result:type')!.answer_label).toBe(report.typology.headline);
      for (const f of report.typology.fits)
        expect(byId.get(`fit:${f.typeId}`)!.score).toBe(f.fit === null ? '' : f.fit.toFixed(1));
      for (const d of report.dimensions) {
        const row = byId.get(`area:${d.dimensionId}`)!;
        expect([row.dimension, row.score, row.band]).toEqual([
          d.name,
          d.score === null ? '' : d.score.toFixed(1),
          d.bandLabel,
        ]);
      }
      for (const r of report.leadership.roles)
        expect(byId.get(`role:${r.roleId}`)!.score).toBe(
          r.score === null ? '' : r.score.toFixed(1),
        );
      expect(byId.get('result:governance-now')!.answer_label).toBe(report.governance.inUseText);
      expect(byId.get('result:governance-suggested')!.answer_label).toBe(
        report.governance.predictedText,
      );
    },
  );

  it('council-clear: the figures worked out by hand in its expected file', () => {
    // From tests/fixtures/council-clear.expected.json: governance 71.4, leadership 80.6,
    // culture 75.0, infrastructure 53.6, communities 66.7, learning 50.0; council fit 100.
    const rows = resultsOnly(readBack(csvFor(readFixture(bank, 'council-clear'))).rows);
    const cell = (id: string, column: keyof Row) => rows.find((r) => r.item_id === id)![column];
    expect(cell('area:governance', 'score')).toBe('71.4');
    expect(cell('area:governance', 'band')).toBe('Developing');
    expect(cell('area:learning', 'score')).toBe('50.0');
    expect(cell('fit:collaborative-council', 'score')).toBe('100.0');
    expect(cell('fit:agent-of-change', 'score')).toBe('5.1');
    expect(cell('result:strongest', 'answer_label')).toBe('Leadership');
    expect(cell('result:strongest', 'score')).toBe('80.6');
    expect(cell('result:weakest', 'answer_label')).toBe('Learning and accountability');
  });

  it('names every tied area as strongest or weakest, not only the first', () => {
    const response = readFixture(bank, 'council-clear');
    const answers: Record<string, unknown> = { ...response.answers };
    for (const item of allItems(bank))
      if (item.kind === 'agreement')
        answers[item.id] =
          item.dimension === 'governance' || item.dimension === 'culture'
            ? item.reverse
              ? 1
              : 5
            : item.reverse
              ? 4
              : 2;
    const rows = resultsOnly(readBack(csvFor({ ...response, answers: answers as never })).rows);
    const cell = (id: string, column: keyof Row) => rows.find((r) => r.item_id === id)![column];
    const name = (id: string) => bank.dimensions.find((d) => d.id === id)!.name;
    expect(cell('result:strongest', 'answer_label')).toBe(
      `${name('governance')}; ${name('culture')}`,
    );
    expect(cell('result:strongest', 'score')).toBe('100.0');
    expect(cell('result:weakest', 'answer_label')).toBe(
      ['leadership', 'infrastructure', 'communities', 'learning'].map(name).join('; '),
    );
    expect(cell('result:weakest', 'score')).toBe('25.0');
  });
});

describe('a bank that asks nothing about type or governance', () => {
  it('has no rows for those parts, and still scores its areas', () => {
    const bare = makeBankWithoutChoices();
    const report = buildReport(
      bare,
      {
        answers: { g1: 4, g2: 4, g3: 5 },
        comments: {},
        updatedAt: '2026-11-26T10:00:00.000Z',
      },
      i18n,
    );
    const ids = resultsOnly(readBack(serializeCsv(report, i18n)).rows).map((r) => r.item_id);
    expect(ids.filter((id) => /^(fit:|result:type|result:governance)/.test(id))).toEqual([]);
    expect(ids).toContain('area:governance');
    expect(ids).toContain('role:steward');
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
