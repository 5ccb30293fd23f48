// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import {
  MIN_GROUP_SIZE,
  breakdownBy,
  governanceSpread,
  listComments,
  typologySpread,
} from '../../../src/domain/group/breakdown';
import type { GroupMember } from '../../../src/domain/group/breakdown';
import { scoreTypology } from '../../../src/domain/scoring/score-typology';
import { ROLES, SECTORS, answersArb, makeGroupBank } from './group-helpers';

const bank = makeGroupBank();
const gov = (v: number) => ({ g1: v, g2: v, g3: v });
const lead = (v: number) => ({ l1: v, l2: v, l3: v });

// Eight people: three in local authority (one of them without leadership answers), two in
// the NHS, one in the voluntary sector (given only in the about-fields), two with no sector.
const members: GroupMember[] = [
  { answers: { sector: 'local-authority', 'role-level': 'senior-leader', ...gov(5), ...lead(4) } },
  { answers: { sector: 'local-authority', 'role-level': 'senior-leader', ...gov(4), ...lead(2) } },
  { answers: { sector: 'local-authority', 'role-level': 'senior-leader', ...gov(3) } },
  { answers: { sector: 'nhs-health', 'role-level': 'senior-leader', ...gov(1) } },
  { answers: { sector: 'nhs-health', 'role-level': 'frontline', ...gov(2) } },
  { answers: { ...gov(3) }, about: { sector: 'voluntary-community' } },
  { answers: { ...gov(4) } },
  { answers: { sector: 'not-a-sector', ...gov(2) } },
];

describe('breakdownBy sector', () => {
  const view = breakdownBy(bank, members, 'sector');

  it('lists groups in option order then Not given, leaving out empty groups', () => {
    expect(view.question).toBe('Which sector?');
    expect(view.groups.map((g) => [g.groupId, g.n, g.suppressed])).toEqual([
      ['local-authority', 3, false],
      ['nhs-health', 2, true],
      ['voluntary-community', 1, true],
      ['not-given', 2, true],
    ]);
  });

  it('gives no figures at all for a group under 3', () => {
    expect(view.groups[1]).toEqual({
      groupId: 'nhs-health',
      label: 'Label nhs-health',
      suppressed: true,
      n: 2,
    });
    expect(view.groups[3]).toEqual({
      groupId: 'not-given',
      label: 'Not given',
      suppressed: true,
      n: 2,
    });
  });

  it('gives medians for a group of 3, and suppresses a dimension scored by fewer than 3 in it', () => {
    const la = view.groups[0]!;
    if (la.suppressed) throw new Error('expected figures');
    // Governance scores 100, 75, 50: median 75, Strength.
    expect(la.dimensions.find((d) => d.dimensionId === 'governance')).toEqual({
      dimensionId: 'governance',
      name: 'Governance',
      suppressed: false,
      n: 3,
      medianScore: 75,
      band: { id: 'strength', label: 'Strength' },
    });
    // Leadership: only two of the three have a score (75 and 25), so no median is shown.
    expect(la.dimensions.find((d) => d.dimensionId === 'leadership')).toEqual({
      dimensionId: 'leadership',
      name: 'Leadership',
      suppressed: true,
      n: 2,
    });
  });
});

describe('breakdownBy role level', () => {
  it('groups senior leaders (4), frontline (1, suppressed) and Not given (3)', () => {
    const view = breakdownBy(bank, members, 'role-level');
    expect(view.groups.map((g) => [g.groupId, g.n, g.suppressed])).toEqual([
      ['senior-leader', 4, false],
      ['frontline', 1, true],
      ['not-given', 3, false],
    ]);
    const senior = view.groups[0]!;
    if (senior.suppressed) throw new Error('expected figures');
    // Governance scores 100, 75, 50, 0: median (75 + 50) / 2 = 62.5.
    expect(senior.dimensions.find((d) => d.dimensionId === 'governance')).toMatchObject({
      medianScore: 62.5,
      n: 4,
    });
  });

  it('puts everyone in Not given when the bank has no such question', () => {
    const bare = makeGroupBank((raw) => {
      raw.sections[0].pages[0].items = raw.sections[0].pages[0].items.filter(
        (i: { id: string }) => i.id !== 'role-level',
      );
    });
    const view = breakdownBy(bare, members, 'role-level');
    expect(view.question).toBeNull();
    expect(view.groups.map((g) => [g.groupId, g.n])).toEqual([['not-given', 8]]);
  });
});

describe('suppression properties', () => {
  const memberArb = fc.record({
    answers: answersArb(bank),
    sector: fc.option(fc.constantFrom(...SECTORS), { nil: undefined }),
    role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
  });
  const groupArb = fc.array(memberArb, { maxLength: 14 }).map((list) =>
    list.map(({ answers, sector, role }) => {
      const a: AnswerMap = { ...answers };
      delete a.sector;
      delete a['role-level'];
      if (sector) a.sector = sector;
      if (role) a['role-level'] = role;
      return { answers: a };
    }),
  );

  it('never shows a figure for fewer than 3 people, and accounts for everyone', () => {
    fc.assert(
      fc.property(
        groupArb,
        fc.constantFrom('sector' as const, 'role-level' as const),
        (group, field) => {
          const view = breakdownBy(bank, group, field);
          expect(view.groups.reduce((s, g) => s + g.n, 0)).toBe(group.length);
          for (const g of view.groups) {
            expect(g.n).toBeGreaterThan(0);
            if (g.n < MIN_GROUP_SIZE) {
              expect(g.suppressed).toBe(true);
              expect(Object.keys(g).sort()).toEqual(['groupId', 'label', 'n', 'suppressed']);
            } else {
              expect(g.suppressed).toBe(false);
              if (!g.suppressed) {
                for (const cell of g.dimensions) {
                  if (cell.n < MIN_GROUP_SIZE)
                    expect(cell).toEqual({
                      dimensionId: cell.dimensionId,
                      name: cell.name,
                      suppressed: true,
                      n: cell.n,
                    });
                  else expect(cell.suppressed).toBe(false);
                }
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('typologySpread', () => {
  // Let two indicators suffice so that a blend can arise without the main change.
  const blendBank = makeGroupBank((raw) => {
    raw.bank.typology.minAnswered = 2;
  });
  const council = {
    'type-main-change': 'council',
    'type-scope': 'whole-place',
    'type-funding': ['core'],
  };
  // Agent of change: scope 2/2 + funding mean(1, 0.5)/1 = 2.75 / 3 = 91.7. System connector:
  // 2/2 + mean(0, 1)/1 = 2.5 / 3 = 83.3. 8.3 points apart, within the margin of 10: a blend.
  const blend = { 'type-scope': 'one-cohort', 'type-funding': ['grant', 'blended'] };
  const tooFew = { 'type-main-change': 'market' };

  it('counts best fits per type, blends as blends, and too few answers', () => {
    expect(scoreTypology(blendBank, blend).blend).toEqual(['agent-of-change', 'system-connector']);
    const spread = typologySpread(
      blendBank,
      [council, council, blend, tooFew, {}].map((answers) => ({ answers })),
    );
    expect(spread.types.map((t) => [t.typeId, t.count])).toEqual([
      ['collaborative-council', 2],
      ['collaborative-market', 0],
      ['agent-of-change', 0],
      ['system-connector', 0],
    ]);
    expect(spread.blend).toBe(1);
    expect(spread.blends).toEqual([
      {
        typeIds: ['agent-of-change', 'system-connector'],
        names: ['Name of agent-of-change', 'Name of system-connector'],
        count: 1,
      },
    ]);
    expect(spread.tooFew).toBe(2);
    expect(spread.total).toBe(5);
  });
});

describe('governanceSpread', () => {
  it("counts each mode named, not clear, Don't know and no answer", () => {
    const modes = ['together', 'together', 'one-leads', 'not-clear', 'dk', undefined];
    const spread = governanceSpread(
      bank,
      modes.map((m): GroupMember => ({ answers: m ? { 'gov-mode': m } : {} })),
    );
    expect(spread.modes.map((m) => [m.modeId, m.count])).toEqual([
      ['shared', 2],
      ['lead-organisation', 1],
      ['nao', 0],
    ]);
    expect([spread.unclear, spread.dontKnow, spread.notAnswered, spread.total]).toEqual([
      1, 1, 1, 6,
    ]);
    // Shared, lead organisation and "not clear": three different answers, so no agreement.
    expect(spread.distinct).toBe(3);
  });
});

describe('listComments', () => {
  const group: GroupMember[] = [
    {
      answers: {
        'partnership-name': 'Northtown',
        place: 'North',
        'reflect-working': '  Weekly huddles ',
        'reflect-next': 'Share data',
      },
      comments: { shape: 'Zebra crossing', leadership: '   ' },
    },
    {
      answers: { 'reflect-working': 'an honest board' },
      comments: { shape: 'Apple', culture: 'Trust is growing' },
    },
    { answers: { 'reflect-working': 'Trust' }, comments: { shape: 'mango' } },
  ];

  it('groups by section and question, sorts each group alphabetically, and attaches nobody', () => {
    const groups = listComments(bank, group);
    // Older responses record no language: each entry is its text alone.
    for (const g of groups) expect(g.entries).toEqual(g.texts.map((text) => ({ text })));
    expect(groups.map(({ entries: _entries, ...g }) => g)).toEqual([
      {
        sectionId: 'shape',
        sectionTitle: 'Section shape',
        kind: 'section-comment',
        itemId: null,
        question: null,
        texts: ['Apple', 'mango', 'Zebra crossing'],
      },
      {
        sectionId: 'culture',
        sectionTitle: 'Section culture',
        kind: 'section-comment',
        itemId: null,
        question: null,
        texts: ['Trust is growing'],
      },
      {
        sectionId: 'reflection',
        sectionTitle: 'Reflection',
        kind: 'reflection',
        itemId: 'reflect-working',
        question: 'Question reflect-working?',
        texts: ['an honest board', 'Trust', 'Weekly huddles'],
      },
      {
        sectionId: 'reflection',
        sectionTitle: 'Reflection',
        kind: 'reflection',
        itemId: 'reflect-next',
        question: 'Question reflect-next?',
        texts: ['Share data'],
      },
    ]);
  });

  it('never lists about-fields such as the partnership name or place', () => {
    expect(JSON.stringify(listComments(bank, group))).not.toMatch(/Northtown|North"/);
  });

  it('gives the same list whatever the order of respondents', () => {
    expect(listComments(bank, [...group].reverse())).toEqual(listComments(bank, group));
  });
});
