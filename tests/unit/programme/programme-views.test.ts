/**
 * The programme views, worked out by hand on the group test bank: with every agreement item
 * answered v, an area's score is (v - 1) x 25, except culture, whose third item is
 * reverse-keyed: its mean is (v + 6) / 3.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProgramme } from '../../../src/domain/programme/read-programme';
import {
  buildProgrammeViews,
  summariseCycle,
  summariseProgramme,
} from '../../../src/domain/programme/programme-views';
import { answersArb } from '../group/group-helpers';
import { answers, bank, response, responseFile, sessionFile } from './programme-helpers';

const files = [
  sessionFile('alpha-1.json', 'alpha-1', 'Alpha', '2025-03-01', [
    response('al1', answers(4)),
    response('al2', answers(4)),
    response('al3', answers(5)),
  ]),
  sessionFile('alpha-2.json', 'alpha-2', 'Alpha', '2026-03-01', [
    response('al4', answers(5)),
    response('al5', answers(5)),
    response('al6', answers(4)),
  ]),
  ...[3, 3, 2].map((v, i) =>
    responseFile(`beta-${i}.json`, response(`be${i}`, answers(v, 'market', 'one-leads'), 'Beta')),
  ),
  ...[2, 2, 2, 2].map((v, i) =>
    responseFile(
      `gamma-${i}.json`,
      response(`ga${i}`, answers(v, 'agent', 'separate-body'), 'Gamma'),
    ),
  ),
  responseFile('delta.json', response('de1', answers(1), 'Delta')),
];
const data = readProgramme(files, bank);
const summaries = summariseProgramme(bank, data);
const governance = (table: { rows: { dimensionId: string; cells: (number | null)[] }[] }) =>
  table.rows.find((r) => r.dimensionId === 'governance')!.cells;

describe('summariseCycle', () => {
  it('gives the group medians, the type and the mode most respondents name', () => {
    const alpha = data.partnerships.find((p) => p.name === 'Alpha')!;
    expect(summariseCycle(bank, alpha.cycles[0]!)).toEqual({
      respondents: 3,
      // governance 75, 75, 100; culture 58.3, 58.3, 66.7; the rest as governance
      medians: [75, 75, 58.3, 75, 75, 75],
      typeId: 'collaborative-council',
      modeId: 'shared',
    });
  });

  it('gives no clear type or mode on a tie', () => {
    const cycle = readProgramme(
      [
        responseFile('1.json', response('t1', answers(3, 'council', 'together'), 'Tie')),
        responseFile('2.json', response('t2', answers(3, 'agent', 'one-leads'), 'Tie')),
      ],
      bank,
    ).partnerships[0]!.cycles[0]!;
    expect(summariseCycle(bank, cycle)).toMatchObject({ typeId: null, modeId: null });
  });
});

describe('buildProgrammeViews: a worked example', () => {
  const views = buildProgrammeViews(bank, data, summaries, { includeSmall: false });

  it('lists the partnerships, flags the small one and hides its figures', () => {
    expect(
      views.partnerships.map((p) => [p.name, p.cycles, p.respondents, p.small, p.typeId, p.modeId]),
    ).toEqual([
      ['Alpha', 2, 3, false, 'collaborative-council', 'shared'],
      ['Beta', 1, 3, false, 'collaborative-market', 'lead-organisation'],
      ['Delta', 1, 1, true, null, null],
      ['Gamma', 1, 4, false, 'agent-of-change', 'nao'],
    ]);
    expect(views.partnerships[2]!.medians).toBeNull();
    expect(views).toMatchObject({ small: 1, included: 3, respondents: 11 });
  });

  it('gives each area’s median by type and by mode, leaving out the small partnership', () => {
    expect(views.byType.columns.map((c) => [c.id, c.partnerships])).toEqual([
      ['collaborative-council', 1],
      ['collaborative-market', 1],
      ['agent-of-change', 1],
      ['system-connector', 0],
      [null, 0],
      ['all', 3],
    ]);
    expect(governance(views.byType)).toEqual([100, 50, 25, null, null, 50]);
    expect(governance(views.byMode)).toEqual([100, 50, 25, null, 50]);
  });

  it('counts the small partnership in the medians when asked, never alone', () => {
    const all = buildProgrammeViews(bank, data, summaries, { includeSmall: true });
    // council: Alpha 100 and Delta 0 (one person, but four people in the cell)
    expect(governance(all.byType)).toEqual([50, 50, 25, null, null, 37.5]);
    expect(all.partnerships[2]!.medians).toBeNull();
    expect(all.spread).toEqual(views.spread);
  });

  it('gives the spread of the partnerships’ medians', () => {
    expect(views.spread[0]).toEqual({
      dimensionId: 'governance',
      name: 'Governance',
      n: 3,
      min: 25,
      q1: 37.5,
      median: 50,
      q3: 75,
      max: 100,
    });
  });

  it('gives the change between the last two cycles', () => {
    expect(views.change.rows).toEqual([
      {
        key: data.partnerships[0]!.key,
        name: 'Alpha',
        previousDate: '2025-03-01',
        latestDate: '2026-03-01',
        // culture 58.3 -> 66.7
        changes: [25, 25, 8.4, 25, 25, 25],
      },
    ]);
    expect(views.change.summary[0]).toMatchObject({ n: 1, medianChange: 25, up: 1, down: 0 });
    expect(views.change.leftOut).toBe(0);
  });

  it('leaves out a change when a cycle had fewer than 3 people, and says how many', () => {
    const more = readProgramme(
      [...files, sessionFile('delta-0.json', 'delta-0', 'Delta', '2024-01-01', [])],
      bank,
    );
    const v = buildProgrammeViews(bank, more, summariseProgramme(bank, more), {
      includeSmall: true,
    });
    expect(v.change.rows.map((r) => r.name)).toEqual(['Alpha']);
    expect(v.change.leftOut).toBe(1);
  });
});

describe('buildProgrammeViews: properties', () => {
  const TEXT = 'SECRET-TEXT';
  const programmeArb = fc.array(
    fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E'), answersArb(bank), fc.uuid()),
    { maxLength: 30 },
  );

  it('never shows a figure resting on fewer than 3 people, nor any free text', () => {
    fc.assert(
      fc.property(programmeArb, fc.boolean(), (rows, includeSmall) => {
        const d = readProgramme(
          rows.map(([name, map, id], i) =>
            responseFile(
              `${i}.json`,
              response(id.replaceAll('-', ''), map, name, undefined, {
                comments: { [bank.sections[1]!.id]: `${TEXT} ${i}` },
              }),
            ),
          ),
          bank,
        );
        const v = buildProgrammeViews(bank, d, summariseProgramme(bank, d), { includeSmall });
        expect(JSON.stringify(v)).not.toContain(TEXT);
        for (const p of v.partnerships)
          if (p.respondents < 3)
            expect([p.medians, p.typeId, p.modeId]).toEqual([null, null, null]);
        const people = new Map(v.partnerships.map((p) => [p.key, p]));
        for (const table of [v.byType, v.byMode])
          table.columns.forEach((c, i) => {
            const members = v.partnerships.filter(
              (p) =>
                p.included &&
                (c.id === 'all' ||
                  (table === v.byType
                    ? summariesOf(d, p.key).typeId
                    : summariesOf(d, p.key).modeId) === c.id),
            );
            const n = members.reduce((s, p) => s + p.respondents, 0);
            for (const row of table.rows) if (n < 3) expect(row.cells[i]).toBeNull();
          });
        expect(people.size).toBe(v.partnerships.length);
        for (const row of v.spread) {
          if (row.n === 0) expect(row.median).toBeNull();
          else
            expect(
              row.min! <= row.q1! &&
                row.q1! <= row.median! &&
                row.median! <= row.q3! &&
                row.q3! <= row.max!,
            ).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  function summariesOf(d: ReturnType<typeof readProgramme>, key: string) {
    const p = d.partnerships.find((x) => x.key === key)!;
    return summariseCycle(bank, p.cycles.at(-1)!);
  }
});
