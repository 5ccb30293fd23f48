// @vitest-environment node
/**
 * The group CSV read back with papaparse: one row per person and question, people labelled
 * Person A, B, ... in an order unrelated to arrival and never by response id, each answer the
 * person's own, sector and role only where they single nobody out, free text with no label,
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
import { listPeople } from '../../../src/domain/privacy/people';
import { buildAppendix } from '../../../src/domain/report/report-appendix';
import { neutraliseFormula } from '../../../src/export/csv/serialize-csv';
import { loadRealBank } from '../../bank/real-bank';
import { GROUP_NAME, fixtureResponses, makeSession } from './group-fixtures';
import { i18n } from '../../../src/i18n';

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
  it('has one row per person and question, people by label, each with their own answers', () => {
    const responses = fixtureResponses(bank);
    const session = makeSession(bank, responses);
    const { fields, rows } = readBack(serializeGroupCsv(bank, session, i18n));
    const people = listPeople(bank, session.session.id, responses).people;
    // Free text and the sector and role-level questions are never a person's row.
    const items = allItems(bank).filter(
      (i) => i.kind !== 'text' && i.id !== 'sector' && i.id !== 'role-level',
    );
    expect(fields).toEqual([...GROUP_CSV_COLUMNS]);
    const personRows = rows.filter((row) => row.respondent !== '');
    expect(personRows).toHaveLength(responses.length * items.length);
    people.forEach((person, p) => {
      const own = personRows.slice(p * items.length, (p + 1) * items.length);
      expect(new Set(own.map((row) => row.respondent))).toEqual(
        new Set([`Person ${'ABCDEFGH'[p]}`]),
      );
      expect(own.map((row) => row.item_id)).toEqual(items.map((i) => i.id));
      const appendix = buildAppendix(bank, person.response.answers, {}, i18n)
        .flatMap((s) => s.rows)
        .filter((row) => items.some((i) => i.id === row.itemId));
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
        const value = person.response.answers[item.id];
        if (item.kind === 'agreement' && typeof value === 'number') {
          expect(own.find((row) => row.item_id === item.id)!.answer_value).toBe(String(value));
        }
      }
    });
  });

  it('lists every free text after the people, with no person, sector or role, in alphabetical order', () => {
    const responses = fixtureResponses(bank);
    const { rows } = readBack(serializeGroupCsv(bank, makeSession(bank, responses), i18n));
    const firstFree = rows.findIndex((row) => row.respondent === '');
    const free = rows.slice(firstFree);
    expect(firstFree).toBeGreaterThan(0);
    for (const row of free)
      expect([row.respondent, row.sector, row.role_level]).toEqual(['', '', '']);
    const texts = allItems(bank).filter((i) => i.kind === 'text');
    for (const item of texts) {
      const written = responses
        .map((r) => r.answers[item.id])
        .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
        .map((t) => neutraliseFormula(t.trim()));
      const inCsv = free.filter((row) => row.item_id === item.id).map((row) => row.answer_label);
      expect(inCsv).toEqual(
        [...written].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
      );
    }
    const comments = responses.flatMap((r) => Object.values(r.comments));
    expect(
      free
        .filter((row) => row.item_id === '')
        .map((row) => row.answer_label)
        .sort(),
    ).toEqual(
      comments
        .map((c) => neutraliseFormula(c.trim()))
        .filter(Boolean)
        .sort(),
    );
  });

  it('shows a sector or role only where it picks nobody out: three councils, two NHS, one resident', () => {
    const [base] = fixtureResponses(bank, 1);
    const withSector = (n: number, sector: string) => ({
      ...base!,
      responseId: `six-${n}`,
      about: {},
      answers: { ...base!.answers, sector, 'role-level': 'manager' },
    });
    const sectors = [
      'local-authority',
      'nhs-health',
      'local-authority',
      'resident',
      'nhs-health',
      'local-authority',
    ];
    const session = makeSession(
      bank,
      sectors.map((s, i) => withSector(i, s)),
    );
    const { rows } = readBack(serializeGroupCsv(bank, session, i18n));
    const people = listPeople(bank, session.session.id, session.responses).people;
    const byPerson = (label: string, column: 'sector' | 'role_level') =>
      new Set(rows.filter((row) => row.respondent === label).map((row) => row[column]));
    for (const p of people) {
      const real = p.response.answers.sector;
      // Worked by hand: local authority (3) is shown; the NHS pair and the resident are hidden
      // together (3). Everyone is a manager (6): shown.
      expect(byPerson(p.label, 'sector')).toEqual(
        new Set([real === 'local-authority' ? 'Local authority' : SMALL_GROUP_LABEL]),
      );
      expect(byPerson(p.label, 'role_level')).toEqual(new Set(['Manager']));
    }
    // The resident's and the NHS people's own answers to the sector question are nowhere.
    const text = rows.map((row) => Object.values(row).join('|')).join('\n');
    expect(text).not.toContain('Resident or community member');
    expect(text).not.toContain('NHS or health');
    expect(rows.some((row) => row.item_id === 'sector' || row.item_id === 'role-level')).toBe(
      false,
    );
  });

  it('says "Not given" for three or more who gave no role, and hides a lone funder', () => {
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
    const { rows } = readBack(serializeGroupCsv(bank, session, i18n));
    const people = listPeople(bank, session.session.id, session.responses).people;
    const labelOf = (id: string) => people.find((p) => p.responseId === id)!.label;
    const sectorOf = (r: string) =>
      new Set(rows.filter((row) => row.respondent === labelOf(r)).map((row) => row.sector));
    const roleOf = (r: string) =>
      new Set(rows.filter((row) => row.respondent === labelOf(r)).map((row) => row.role_level));
    // Worked by hand. Sectors: first's sector 3, Not given 3, funder 1: the funder alone would
    // be hidden, so the smallest shown group goes too (a tie of 3 and 3: the later in option
    // order, Not given), leaving 4 hidden. Roles: first's role 4 (the funder is a copy of first)
    // and Not given 3, both shown. Together: (first's sector, first's role) 3, (hidden, Not
    // given) 3, (hidden, first's role) 1, the funder alone. So one of the two is hidden for
    // everyone: the sector shows one group and the role two, so the sector goes.
    const roleItem = allItems(bank).find((i) => i.id === 'role-level');
    if (roleItem?.kind !== 'select') throw new Error('the bank has no role-level select');
    const firstRole = roleItem.options.find((o) => o.id === first!.answers['role-level'])!.label;
    expect(sectorOf(`${first!.responseId}-1`)).toEqual(new Set([SMALL_GROUP_LABEL]));
    expect(sectorOf(lone.responseId)).toEqual(new Set([SMALL_GROUP_LABEL]));
    expect(new Set(rows.filter((row) => row.respondent).map((row) => row.sector))).toEqual(
      new Set([SMALL_GROUP_LABEL]),
    );
    expect(roleOf(`${first!.responseId}-1`)).toEqual(new Set([firstRole]));
    expect(roleOf(lone.responseId)).toEqual(new Set([firstRole]));
    expect(roleOf(`${bare.responseId}-4`)).toEqual(new Set(['Not given']));
    expect(rows.map((row) => row.answer_label)).not.toContain('Funder or philanthropy');
  });

  it('never writes a response id, and labels do not depend on the order of arrival', () => {
    const responses = fixtureResponses(bank, 12);
    const csv = serializeGroupCsv(bank, makeSession(bank, responses), i18n);
    for (const r of responses) expect(csv).not.toContain(r.responseId);
    expect(
      new Set(
        readBack(csv)
          .rows.map((row) => row.respondent)
          .filter(Boolean),
      ),
    ).toEqual(new Set(responses.map((_, i) => `Person ${'ABCDEFGHIJKL'[i]}`)));
    expect(serializeGroupCsv(bank, makeSession(bank, [...responses].reverse()), i18n)).toBe(csv);
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
    const csv = serializeGroupCsv(bank, makeSession(bank, [hostile]), i18n);
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
    const csv = serializeGroupCsv(bank, makeSession(bank, []), i18n);
    expect(csv.split('\r\n').filter(Boolean)).toEqual([`\uFEFF${GROUP_CSV_COLUMNS.join(',')}`]);
  });
});
