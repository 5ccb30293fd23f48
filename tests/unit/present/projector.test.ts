// @vitest-environment node
/**
 * The projector's model (src/domain/present/projector.ts): golden cases worked out by hand,
 * and properties over generated sessions for what the room's screen may never show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/domain/plan/action-plan';
import {
  ACTIONS_SHOWN,
  buildProjectorModel,
  projectorViews,
  sectorCounts,
} from '../../../src/domain/present/projector';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { answersArb, makeGroupBank, respond, SECTORS } from '../group/group-helpers';

const bank = makeGroupBank();

/** A respondent who gives `governance` to g1..g3, 3 to c1..c3, and is in `sector`. */
function person(id: string, governance: number, sector?: string, reflection?: string) {
  return respond(bank, id, {
    g1: governance,
    g2: governance,
    g3: governance,
    c1: 3,
    c2: 3,
    c3: 3,
    ...(sector ? { sector } : {}),
    ...(reflection ? { 'reflect-working': reflection } : {}),
  });
}

const inSectors = (sectors: (string | undefined)[]): ResponseEnvelope[] =>
  sectors.map((s, i) => person(`p${i}`, 3, s));

const action = (n: number): Action => ({
  id: `a${n}`,
  what: `Action ${n}`,
  dimensionId: 'governance',
  lead: 'Partnership manager',
  status: 'not-started',
  measure: '',
});

describe('sectorCounts', () => {
  const counts = (sectors: (string | undefined)[]) => sectorCounts(bank, inSectors(sectors));
  const [la, nhs, vc] = SECTORS;

  it('shows every sector of 3 or more when nobody else is left', () => {
    expect(counts([la, la, la, nhs, nhs, nhs, vc, vc, vc])).toEqual({
      sectors: [
        { groupId: la, label: `Label ${la}`, n: 3 },
        { groupId: nhs, label: `Label ${nhs}`, n: 3 },
        { groupId: vc, label: `Label ${vc}`, n: 3 },
      ],
      otherSectors: 0,
    });
  });

  it('hides the next smallest sector when only 2 people would be left out', () => {
    // 5, 3 and 2: hiding the 2 alone would leave "the other two"; the 3 go with them.
    expect(counts([la, la, la, la, la, nhs, nhs, nhs, vc, vc])).toEqual({
      sectors: [{ groupId: la, label: `Label ${la}`, n: 5 }],
      otherSectors: 5,
    });
  });

  it('counts people with no sector as a group of their own', () => {
    // 3, 3, 1 and 2 without a sector: the 1 and the 2 together are 3 left out.
    expect(counts([la, la, la, nhs, nhs, nhs, vc, undefined, undefined])).toEqual({
      sectors: [
        { groupId: la, label: `Label ${la}`, n: 3 },
        { groupId: nhs, label: `Label ${nhs}`, n: 3 },
      ],
      otherSectors: 3,
    });
  });

  it('shows no sectors at all when any count would single someone out', () => {
    // 4 and 1: hiding the 1 leaves it alone, so the 4 are hidden too.
    expect(counts([la, la, la, la, nhs])).toEqual({ sectors: [], otherSectors: 0 });
    expect(counts([la, nhs])).toEqual({ sectors: [], otherSectors: 0 });
  });
});

describe('buildProjectorModel', () => {
  // Governance scores 0, 25, 75 and 100; culture 50 for everyone.
  const responses = [
    person('p1', 1, undefined, 'Slow decisions'),
    person('p2', 2),
    person('p3', 4, undefined, 'Good trust'),
    person('p4', 5),
  ];
  const model = buildProjectorModel(
    bank,
    {
      session: { id: 's1' },
      responses,
      consensus: [
        { dimensionId: 'governance', agreedScore: 55, targetScore: 70 },
        { dimensionId: 'culture', agreedScore: null, targetScore: 80 },
      ],
      actions: [1, 2, 3, 4, 5, 6].map(action),
    },
    2,
  );

  it('counts the people in the session and those waiting on the device', () => {
    // Nobody gave a sector: "Not given" is a group like any other, here of all 4.
    expect(model.handedIn).toEqual({
      respondents: 4,
      waiting: 2,
      sectors: [{ groupId: 'not-given', label: 'Not given', n: 4 }],
      otherSectors: 0,
    });
  });

  it('gives each area’s quartiles and median, rounded as shown', () => {
    // Type 7 quartiles of 0, 25, 75, 100: 18.75, 50 and 81.25.
    expect(model.spread.find((d) => d.dimensionId === 'governance')).toMatchObject({
      n: 4,
      q1: 18.8,
      median: 50,
      q3: 81.3,
    });
    expect(model.spread.find((d) => d.dimensionId === 'culture')).toMatchObject({
      n: 4,
      q1: 50,
      median: 50,
      q3: 50,
    });
    expect(model.spread.find((d) => d.dimensionId === 'learning')).toMatchObject({
      n: 0,
      q1: null,
      median: null,
      q3: null,
    });
  });

  it('gives the gap from the agreed score, or from the median where none was agreed', () => {
    const row = (id: string) => model.agreed.find((d) => d.dimensionId === id)!;
    expect(row('governance')).toMatchObject({ median: 50, agreed: 55, target: 70, gap: 15 });
    expect(row('culture')).toMatchObject({ median: 50, agreed: null, target: 80, gap: 30 });
    expect(row('learning')).toMatchObject({ median: null, agreed: null, target: null, gap: null });
  });

  it('lists the split areas and statements, the whole area first', () => {
    // Means 1, 2, 4 and 5 around a median of 3: the 1 and the 5 lie outside (2 of 4, split).
    expect(model.discussFirst.shown.map((e) => e.id)).toEqual(['governance', 'g1', 'g2', 'g3']);
    expect(model.discussFirst.more).toBe(0);
  });

  it('shows the first actions of the plan and says how many more there are', () => {
    expect(model.actions.shown.map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(ACTIONS_SHOWN).toBe(4);
    expect(model.actions).toMatchObject({ more: 2, total: 6 });
  });

  it('offers the comments with 3 or more people, without names', () => {
    expect(model.commentsOffered).toBe(true);
    expect(model.comments.flatMap((c) => c.texts)).toEqual(['Good trust', 'Slow decisions']);
    expect(projectorViews(model, false)).toEqual([
      'handed-in',
      'discuss-first',
      'spread',
      'agreed',
      'actions',
    ]);
    expect(projectorViews(model, true).at(-1)).toBe('comments');
  });

  it('offers no comments with 2 people, even when asked', () => {
    const two = buildProjectorModel(bank, {
      session: { id: 's1' },
      responses: responses.slice(0, 2),
      consensus: [],
      actions: [],
    });
    expect(two.commentsOffered).toBe(false);
    expect(two.comments).toEqual([]);
    expect(projectorViews(two, true)).not.toContain('comments');
    expect(two.fewPeople).toBe(true);
  });
});

describe('what the projector never shows (properties)', () => {
  const sessionArb = fc
    .array(fc.tuple(answersArb(bank), fc.constantFrom<string | undefined>(...SECTORS, undefined)), {
      maxLength: 14,
    })
    .map((people) =>
      people.map(([answers, sector], i) => {
        const { sector: _drop, ...rest } = answers;
        return respond(bank, `resp-${i}`, sector ? { ...rest, sector } : rest);
      }),
    );

  it('every sector shown has 3 or more, and those left out are none or 3 or more', () => {
    fc.assert(
      fc.property(sessionArb, (responses) => {
        const { sectors, otherSectors } = sectorCounts(bank, responses);
        for (const s of sectors) expect(s.n).toBeGreaterThanOrEqual(3);
        expect(otherSectors === 0 || otherSectors >= 3).toBe(true);
        if (sectors.length > 0)
          expect(sectors.reduce((sum, s) => sum + s.n, 0) + otherSectors).toBe(responses.length);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('carries no response id, person label or comment, in whatever order people handed in', () => {
    fc.assert(
      fc.property(sessionArb, (responses) => {
        const session = { session: { id: 's1' }, responses, consensus: [], actions: [] };
        const { comments: _comments, ...shown } = buildProjectorModel(bank, session);
        const text = JSON.stringify(shown);
        expect(text).not.toMatch(/resp-\d/);
        expect(text).not.toMatch(/Person [A-Z]/);
        // Every text the model holds (its values: a free-text answer of "name" must not be
        // mistaken for the model's own "name" keys).
        const held = new Set<string>();
        const collect = (v: unknown): void => {
          if (typeof v === 'string') held.add(v);
          else if (Array.isArray(v)) v.forEach(collect);
          else if (v && typeof v === 'object') Object.values(v).forEach(collect);
        };
        collect(shown);
        for (const r of responses)
          for (const value of Object.values(r.answers))
            if (typeof value === 'string' && value.length > 3 && !SECTORS.includes(value as never))
              expect(held.has(value), value).toBe(false);
        const { comments: _again, ...reordered } = buildProjectorModel(bank, {
          ...session,
          responses: [...responses].reverse(),
        });
        expect(reordered).toEqual(shown);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
