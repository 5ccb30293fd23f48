import fc from 'fast-check';
import { makeBank } from '../../helpers/make-bank';
import { loadRealBank } from '../../bank/real-bank';
import { programmeArbitrary } from '../../support/programme-data';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { agreementItems } from '../../../src/domain/bank/bank-queries';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import { buildLongTable, cycleYear, longRows } from '../../../src/domain/programme/long-table';
import type { ProgrammeData } from '../../../src/domain/programme/programme-model';

const bank = makeBank();
let real: Bank;
beforeAll(async () => {
  real = await loadRealBank();
});

/** One partnership, one cycle, one respondent, answers chosen to show every kind of row. */
const one: ProgrammeData = {
  failed: [],
  partnerships: [
    {
      key: 'P001',
      name: 'North',
      cycles: [
        {
          source: 'session',
          key: 's1',
          date: '2026-03-04',
          bankId: 'test-bank',
          bankVersion: '1.0.0',
          fileNames: ['north.json'],
          responses: [
            {
              pseudonym: 'P001-R001',
              answers: {
                g1: 4,
                g2: 'dk',
                g3: 'na',
                c3: 2,
                l1: 9,
                justifications: ['vcs', 'share'],
                'type-main-change': 'dk',
                'gov-mode': 'one-leads',
                'accountability-mix': { results: 'learning', outcomes: 'dk' },
              },
              about: {},
              comments: { culture: 'We fear blame.', nowhere: 'not a section' },
            },
          ],
        },
      ],
    },
  ],
};

const base = {
  partnership: 'P001',
  partnership_name: 'North',
  cycle: 1,
  cycle_date: '2026-03-04',
  bank_id: 'test-bank',
  respondent: 'P001-R001',
  sector: null,
  role_level: null,
  bank_version: '1.0.0',
  year: 2026,
};
const none = { part: null, value: null, option: null, missing: null };

describe('the long table (worked by hand)', () => {
  const rows = longRows(buildLongTable(one, bank, { includeText: false }));
  const row = (variable: string) => rows.find((r) => r.variable === variable);

  test('one row per answer cell: 18 ratings, 8 single choices, 2 + 1 + 1 multiple-choice rows, 5 grid rows', () => {
    expect(rows).toHaveLength(35);
    expect(rows.filter((r) => r.kind === 'agreement')).toHaveLength(18);
    expect(rows.filter((r) => r.kind === 'grid')).toHaveLength(5);
    expect(rows.filter((r) => r.kind === 'choice')).toHaveLength(12);
  });

  test('a rating is its value as given; Don’t know, Not applicable and no answer are null with a reason', () => {
    expect(row('g1')).toEqual({
      ...base,
      ...none,
      area: 'governance',
      item: 'g1',
      kind: 'agreement',
      variable: 'g1',
      value: 4,
      reverse: false,
    });
    expect(row('g2')).toMatchObject({ value: null, missing: 'dont-know', area: 'governance' });
    expect(row('g3')).toMatchObject({ value: null, missing: 'not-applicable' });
    // 9 is not on the scale: no answer, as the scoring treats it.
    expect(row('l1')).toMatchObject({ value: null, missing: 'no-answer', area: 'leadership' });
    expect(row('l2')).toMatchObject({ value: null, missing: 'no-answer' });
    // Reverse-keyed: the rating as given, and the flag.
    expect(row('c3')).toMatchObject({ value: 2, reverse: true, area: 'culture' });
  });

  test('choices: the option, one row per option chosen, or a reason', () => {
    expect(row('gov-mode')).toEqual({
      ...base,
      ...none,
      area: null,
      item: 'gov-mode',
      kind: 'choice',
      variable: 'gov-mode',
      option: 'one-leads',
      reverse: null,
    });
    // In the item's option order (share before vcs), whatever order they were saved in.
    expect(
      rows.filter((r) => r.item === 'justifications').map((r) => [r.variable, r.option]),
    ).toEqual([
      ['justifications.share', 'share'],
      ['justifications.vcs', 'vcs'],
    ]);
    expect(row('type-main-change')).toMatchObject({ option: null, missing: 'dont-know' });
    expect(row('type-funding')).toMatchObject({ option: null, missing: 'no-answer' });
  });

  test('a grid gives a row per grid row', () => {
    expect(
      rows.filter((r) => r.kind === 'grid').map((r) => [r.variable, r.part, r.option, r.missing]),
    ).toEqual([
      ['accountability-mix.results', 'results', 'learning', null],
      ['accountability-mix.system-health', 'system-health', null, 'no-answer'],
      ['accountability-mix.outcomes', 'outcomes', null, 'dont-know'],
      ['accountability-mix.narratives', 'narratives', null, 'no-answer'],
      ['accountability-mix.community-reporting', 'community-reporting', null, 'no-answer'],
    ]);
  });

  test('free text is left out unless asked for; then only comments on the bank’s sections', () => {
    expect(rows.some((r) => 'text' in r)).toBe(false);
    const withText = longRows(buildLongTable(one, bank, { includeText: true }));
    expect(withText).toHaveLength(36);
    expect(withText.filter((r) => r.text !== null)).toEqual([
      {
        ...base,
        ...none,
        area: null,
        item: 'culture',
        kind: 'comment',
        variable: 'comment.culture',
        reverse: null,
        text: 'We fear blame.',
      },
    ]);
  });

  test('cycles of another bank are left out and counted', () => {
    const other = structuredClone(one);
    other.partnerships[0]!.cycles[0]!.bankId = 'another-bank';
    const table = buildLongTable(other, bank, { includeText: false });
    expect(table.partitions).toEqual([]);
    expect(table.otherBankCycles).toBe(1);
  });
});

describe('the long table (properties, real bank)', () => {
  test('no class of people showing the same sector and role is under 3 within a cycle', () => {
    let shown = 0;
    fc.assert(
      fc.property(programmeArbitrary(real, { maxPartnerships: 3, maxPerCycle: 12 }), (data) => {
        const rows = longRows(buildLongTable(data, real, { includeText: true }));
        const byCycle = new Map<string, Map<string, { sector: unknown; role: unknown }>>();
        for (const r of rows) {
          const people = byCycle.get(`${r.partnership}/${r.cycle}`) ?? new Map();
          byCycle.set(`${r.partnership}/${r.cycle}`, people);
          const seen = people.get(r.respondent);
          // Every row of a person carries the same sector and role.
          if (seen) expect(seen).toEqual({ sector: r.sector, role: r.role_level });
          else people.set(r.respondent, { sector: r.sector, role: r.role_level });
        }
        for (const people of byCycle.values()) {
          const classes = new Map<string, number>();
          for (const p of people.values()) {
            if (p.sector === null && p.role === null) continue;
            const k = `${String(p.sector)}|${String(p.role)}`;
            classes.set(k, (classes.get(k) ?? 0) + 1);
          }
          for (const n of classes.values()) expect(n).toBeGreaterThanOrEqual(3);
          shown += classes.size;
          const hidden = [...people.values()].filter((p) => p.sector === null).length;
          if (hidden < people.size) expect(hidden === 0 || hidden >= 3).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    // The rule was put to work: some sectors or roles were shown.
    expect(shown).toBeGreaterThan(0);
  });

  test('the key is unique, partitions match each cycle, and text only comes when asked for', () => {
    fc.assert(
      fc.property(programmeArbitrary(real), fc.boolean(), (data, includeText) => {
        const table = buildLongTable(data, real, { includeText });
        const rows = longRows(table);
        const keys = rows.map((r) => `${r.partnership}|${r.cycle}|${r.respondent}|${r.variable}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of rows) {
          expect(r.year).toBe(cycleYear(String(r.cycle_date)));
          expect(r.year).toBeGreaterThan(2000);
          const cycle = data.partnerships.find((p) => p.key === r.partnership)!.cycles[
            Number(r.cycle) - 1
          ]!;
          expect(r.bank_version).toBe(cycle.bankVersion);
          expect(r.cycle_date).toBe(cycle.date);
          if (!includeText) expect('text' in r).toBe(false);
          if (r.kind === 'text' || r.kind === 'comment') expect(includeText).toBe(true);
          // Never the about-you text (partnership name, place).
          expect(['partnership-name', 'place']).not.toContain(r.item);
        }
        expect(table.respondents).toBe(
          data.partnerships.reduce(
            (n, p) => n + p.cycles.reduce((m, c) => m + c.responses.length, 0),
            0,
          ),
        );
      }),
      { numRuns: 25 },
    );
  });

  test('each cycle’s ratings, Don’t knows and Not applicables per item are the group page’s counts', () => {
    fc.assert(
      fc.property(programmeArbitrary(real, { maxPartnerships: 2, maxPerCycle: 10 }), (data) => {
        const rows = longRows(buildLongTable(data, real, { includeText: false }));
        for (const p of data.partnerships)
          p.cycles.forEach((cycle, ci) => {
            const own = rows.filter(
              (r) => r.partnership === p.key && r.cycle === ci + 1 && r.kind === 'agreement',
            );
            expect(own).toHaveLength(cycle.responses.length * agreementItems(real).length);
            for (const d of aggregateGroup(real, cycle.responses).dimensions)
              for (const item of d.items) {
                const mine = own.filter((r) => r.item === item.itemId);
                expect(
                  mine
                    .filter((r) => r.value !== null)
                    .map((r) => r.value)
                    .sort(),
                ).toEqual(item.values.map((v) => v).sort());
                expect(mine.filter((r) => r.missing === 'dont-know')).toHaveLength(item.dontKnow);
                expect(mine.filter((r) => r.missing === 'not-applicable')).toHaveLength(
                  item.notApplicable,
                );
                expect(mine.filter((r) => r.missing === 'no-answer')).toHaveLength(item.unanswered);
                expect(mine.every((r) => (r.value === null) !== (r.missing === null))).toBe(true);
                expect(mine.every((r) => r.area === d.dimensionId)).toBe(true);
              }
          });
      }),
      { numRuns: 30 },
    );
  });
});
