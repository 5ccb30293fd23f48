// @vitest-environment node
/**
 * The next cycle: starting a session from an earlier session or answers file, the session
 * file's `previousCycle`, and the "since last time" model. Golden cases are worked out by hand
 * from the bank's bands (Priority to discuss from 0, Developing from 50, Strength from 75) and
 * the rules in src/domain/plan/next-cycle.ts; properties cover any plan and any scores.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { DIMENSION_IDS } from '../../../src/domain/bank/bank-schema';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import { withSaved } from '../../../src/domain/group/consensus';
import {
  createSession,
  parseSessionFile,
  serializeSession,
  type SessionFile,
} from '../../../src/domain/group/session';
import { ACTION_STATUSES, type Action } from '../../../src/domain/plan/action-plan';
import {
  readEarlierCycle,
  sinceLastTime,
  startNextCycle,
  summariseEarlier,
} from '../../../src/domain/plan/next-cycle';
import type { PreviousCycle } from '../../../src/domain/plan/previous-cycle';
import { summariseSession } from '../../../src/domain/plan/session-summary';
import { readStoredGroup } from '../../../src/state/group-store';
import { loadRealBank } from '../../bank/real-bank';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

const fixture = () => readFileSync('tests/fixtures/sessions/cycle-one.json', 'utf8');
const details = { id: 'cycle-two', partnershipName: 'Northborough Deal', date: '2027-03-01' };
const NOW = new Date('2027-02-20T09:00:00.000Z');

function action(id: string, extra: Partial<Action> = {}): Action {
  return {
    id,
    what: `Action ${id}`,
    dimensionId: 'governance',
    lead: '',
    status: 'not-started',
    measure: '',
    ...extra,
  };
}

describe('starting the next cycle from an earlier session file', () => {
  it('carries every action for review, starts from the earlier targets and records the cycle', () => {
    const read = readEarlierCycle(bank, fixture());
    if (!read.ok) throw new Error(read.message);
    const next = startNextCycle(bank, read.earlier, details, NOW);
    // The fixture: governance agreed 60 with target 75; culture no agreed score, target 80;
    // two actions (act-1 under way, act-2 done).
    expect(next.session).toEqual(details);
    expect(next.responses).toEqual([]);
    expect(next.actions.map((a) => [a.id, a.status, a.carriedFrom, a.reviewNote])).toEqual([
      [
        'act-1',
        'under-way',
        { id: 'cycle-one', date: '2026-03-01', name: 'Northborough Deal' },
        '',
      ],
      ['act-2', 'done', { id: 'cycle-one', date: '2026-03-01', name: 'Northborough Deal' }, ''],
    ]);
    expect(next.consensus).toEqual([
      { dimensionId: 'governance', agreedScore: null, rationale: '', targetScore: 75 },
      { dimensionId: 'culture', agreedScore: null, rationale: '', targetScore: 80 },
    ]);
    const previous = next.previousCycle!;
    expect(previous.kind).toBe('session');
    expect(previous.id).toBe('cycle-one');
    expect(previous.name).toBe('Northborough Deal');
    expect(previous.date).toBe('2026-03-01');
    expect(previous.areas.find((a) => a.dimensionId === 'governance')).toMatchObject({
      score: 60,
      band: 'developing',
      target: 75,
    });
    expect(previous.areas.find((a) => a.dimensionId === 'culture')).toMatchObject({
      score: null,
      band: null,
      target: 80,
    });
    expect(previous.areas.find((a) => a.dimensionId === 'leadership')).toMatchObject({
      score: null,
      band: null,
      target: null,
    });
  });

  it('summarises what comes across for the confirmation page', () => {
    const read = readEarlierCycle(bank, fixture());
    if (!read.ok) throw new Error(read.message);
    const summary = summariseEarlier(bank, read.earlier);
    expect(summary).toMatchObject({ name: 'Northborough Deal', date: '2026-03-01', actions: 2 });
    expect(summary.open).toBe(1);
    expect(summary.targets.map((t) => [t.dimensionId, t.target, t.band?.id])).toEqual([
      ['governance', 75, 'strength'],
      ['culture', 80, 'strength'],
    ]);
  });

  it('a response file seeds a cycle with its own scores, targets and actions as "then"', () => {
    const session = JSON.parse(fixture()) as SessionFile;
    const response = {
      ...session.responses[0]!,
      targets: { governance: 90 },
      actions: [action('own-1', { status: 'under-way' })],
    };
    const read = readEarlierCycle(bank, JSON.stringify(response));
    if (!read.ok) throw new Error(read.message);
    const next = startNextCycle(bank, read.earlier, details, NOW);
    expect(next.previousCycle).toMatchObject({ kind: 'response', id: 'cycle-one-1' });
    expect(next.previousCycle!.date).toBe('2025-05-12');
    expect(next.previousCycle!.name).toBeUndefined();
    expect(next.consensus).toEqual([
      { dimensionId: 'governance', agreedScore: null, rationale: '', targetScore: 90 },
    ]);
    expect(next.actions.map((a) => a.carriedFrom)).toEqual([
      { id: 'cycle-one-1', date: '2025-05-12' },
    ]);
    // A response's "then" is the respondent's own score: no median.
    expect(next.previousCycle!.areas.every((a) => a.median === undefined)).toBe(true);
  });

  it('a file that is not a Rally file is refused with a plain message, nothing read', () => {
    const read = readEarlierCycle(bank, '{"hello": 1}');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).not.toMatch(/expected|invalid_type|zod/i);
  });
});

describe('the session file keeps previousCycle', () => {
  it('writes it and reads it back unchanged', () => {
    const read = readEarlierCycle(bank, fixture());
    if (!read.ok) throw new Error(read.message);
    const next = startNextCycle(bank, read.earlier, details, NOW);
    const text = serializeSession(next);
    const back = parseSessionFile(text, bank);
    if (!back.ok) throw new Error(back.message);
    expect(back.unreadable).toEqual([]);
    expect(back.session.previousCycle).toEqual(next.previousCycle);
    expect(serializeSession(back.session)).toBe(text);
  });

  it('a session without one writes no previousCycle field', () => {
    const text = serializeSession(createSession(bank, details, NOW));
    expect(text).not.toContain('previousCycle');
  });

  it('a damaged previousCycle is listed as unreadable and the session still opens', () => {
    const read = readEarlierCycle(bank, fixture());
    if (!read.ok) throw new Error(read.message);
    const next = startNextCycle(bank, read.earlier, details, NOW);
    const data = JSON.parse(serializeSession(next)) as Record<string, unknown>;
    data.previousCycle = { kind: 'session', id: 'x', date: 'not a date', areas: [] };
    const back = parseSessionFile(JSON.stringify(data), bank);
    if (!back.ok) throw new Error(back.message);
    expect(back.session.previousCycle).toBeUndefined();
    expect(back.session.actions).toHaveLength(2);
    expect(back.unreadable.map((u) => u.what)).toEqual(['The earlier cycle']);
    expect(back.unreadable[0]!.text).toContain('not a date');
  });

  it('the saved group keeps it through a reload', () => {
    const read = readEarlierCycle(bank, fixture());
    if (!read.ok) throw new Error(read.message);
    const session = startNextCycle(bank, read.earlier, details, NOW);
    const stored = readStoredGroup(
      JSON.stringify({ state: { session, joined: null, handedIn: [] }, version: 2 }),
    );
    if (!stored.ok) throw new Error(stored.reason);
    expect(stored.state.session!.previousCycle).toEqual(session.previousCycle);
  });
});

// ---------------------------------------------------------------------------------------

const PREVIOUS: PreviousCycle = {
  kind: 'session',
  id: 'cycle-one',
  name: 'Northborough Deal',
  date: '2026-03-01',
  areas: [
    { dimensionId: 'governance', score: 60, band: 'developing', target: 75, median: 62 },
    { dimensionId: 'leadership', score: 80, band: 'strength', target: null, median: 80 },
    { dimensionId: 'culture', score: null, band: null, target: 80, median: null },
    { dimensionId: 'infrastructure', score: 45, band: 'priority', target: 55, median: 45 },
    { dimensionId: 'communities', score: 70, band: 'developing', target: 70, median: 70 },
    { dimensionId: 'learning', score: 52, band: 'developing', target: null, median: 52 },
  ],
};

const carried = { id: 'cycle-one', date: '2026-03-01' };

describe('since last time: golden case worked out by hand', () => {
  it('sorts the carried actions and says what changed in each area', () => {
    const session = {
      responses: [],
      previousCycle: PREVIOUS,
      consensus: [
        { dimensionId: 'governance' as const, agreedScore: 76, rationale: '', targetScore: 85 },
        { dimensionId: 'leadership' as const, agreedScore: 70, rationale: '', targetScore: null },
        { dimensionId: 'culture' as const, agreedScore: 81, rationale: '', targetScore: null },
        {
          dimensionId: 'communities' as const,
          agreedScore: 69.96,
          rationale: '',
          targetScore: null,
        },
        { dimensionId: 'learning' as const, agreedScore: 50, rationale: '', targetScore: null },
      ],
      actions: [
        action('a1', { status: 'done', due: '2026-01-01', carriedFrom: carried }),
        action('a2', { status: 'dropped', carriedFrom: carried, reviewNote: 'Funding ended' }),
        action('a3', { status: 'under-way', due: '2027-02-28', carriedFrom: carried }),
        action('a4', { status: 'not-started', due: '2027-03-01', carriedFrom: carried }),
        action('a5', { status: 'not-started', carriedFrom: carried }),
        action('new', { status: 'not-started', due: '2020-01-01' }),
      ],
    };
    const since = sinceLastTime(bank, session, '2027-03-01')!;
    expect(since.from).toEqual({
      kind: 'session',
      id: 'cycle-one',
      name: 'Northborough Deal',
      date: '2026-03-01',
    });
    const ids = (list: Action[]) => list.map((a) => a.id);
    expect(ids(since.actions.done)).toEqual(['a1']);
    expect(ids(since.actions.dropped)).toEqual(['a2']);
    expect(since.actions.dropped[0]!.reviewNote).toBe('Funding ended');
    // Due the day before: overdue. Due on the day itself: not yet. A new action is not carried.
    expect(ids(since.actions.overdue)).toEqual(['a3']);
    expect(ids(since.actions.open)).toEqual(['a4', 'a5']);

    const row = (id: string) => {
      const a = since.areas.find((x) => x.dimensionId === id)!;
      return [
        a.then.score,
        a.then.band?.id ?? null,
        a.now.score,
        a.now.band?.id ?? null,
        a.now.source,
        a.bandChanged,
        a.direction,
        a.target,
        a.targetMet,
      ];
    };
    // 60 Developing -> agreed 76 Strength: up; target 75 met.
    expect(row('governance')).toEqual([
      60,
      'developing',
      76,
      'strength',
      'agreed',
      true,
      'up',
      75,
      true,
    ]);
    // 80 Strength -> 70 Developing: down; no target.
    expect(row('leadership')).toEqual([
      80,
      'strength',
      70,
      'developing',
      'agreed',
      true,
      'down',
      null,
      null,
    ]);
    // No score then: no band change to speak of; target 80 met by 81.
    expect(row('culture')).toEqual([null, null, 81, 'strength', 'agreed', null, null, 80, true]);
    // Nothing agreed and nobody has answered: no score now, target not judged.
    expect(row('infrastructure')).toEqual([45, 'priority', null, null, null, null, null, 55, null]);
    // 69.96 is shown as 70.0, so the target of 70 is met.
    expect(row('communities')).toEqual([
      70,
      'developing',
      70,
      'developing',
      'agreed',
      false,
      'same',
      70,
      true,
    ]);
    expect(row('learning')).toEqual([
      52,
      'developing',
      50,
      'developing',
      'agreed',
      false,
      'same',
      null,
      null,
    ]);
  });

  it('a session that follows no earlier cycle has no "since last time"', () => {
    expect(sinceLastTime(bank, createSession(bank, details, NOW), '2027-03-01')).toBeNull();
  });

  it('where nothing is agreed yet, "now" is the group median, and says so', () => {
    const earlier = JSON.parse(fixture()) as SessionFile;
    const session = { ...earlier, consensus: [], previousCycle: PREVIOUS };
    const since = sinceLastTime(bank, session, '2027-03-01')!;
    const medians = aggregateGroup(bank, earlier.responses).dimensions;
    for (const a of since.areas) {
      const median = medians.find((m) => m.dimensionId === a.dimensionId)!.medianScore;
      expect(a.now.score).toBe(median);
      expect(a.now.source).toBe(median === null ? null : 'median');
    }
  });
});

describe('since last time: properties', () => {
  const dateArb = fc
    .date({
      min: new Date('2024-01-01T00:00:00Z'),
      max: new Date('2028-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const actionArb = fc.record({
    status: fc.constantFrom(...ACTION_STATUSES),
    due: fc.option(dateArb, { nil: undefined }),
    carried: fc.boolean(),
  });
  const scoreArb = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });

  it('every carried action lands in exactly one list, and no other action in any', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), dateArb, (specs, today) => {
        const actions = specs.map((s, i) =>
          action(`a${i}`, {
            status: s.status,
            ...(s.due ? { due: s.due } : {}),
            ...(s.carried ? { carriedFrom: carried } : {}),
          }),
        );
        const since = sinceLastTime(
          bank,
          { responses: [], consensus: [], actions, previousCycle: PREVIOUS },
          today,
        )!;
        const lists = Object.values(since.actions)
          .flat()
          .map((a) => a.id);
        expect([...lists].sort()).toEqual(
          actions
            .filter((a) => a.carriedFrom)
            .map((a) => a.id)
            .sort(),
        );
        for (const a of since.actions.overdue) expect(a.due! < today).toBe(true);
        for (const a of since.actions.open)
          expect(a.due === undefined || a.due >= today).toBe(true);
      }),
    );
  });

  it('a target is met exactly when the score now, as shown, is at least the target', () => {
    fc.assert(
      fc.property(scoreArb, scoreArb, (agreed, target) => {
        const previous: PreviousCycle = {
          ...PREVIOUS,
          areas: [
            {
              dimensionId: 'governance',
              score: 50,
              band: 'developing',
              target: target === null ? null : Math.round(target * 10) / 10,
            },
          ],
        };
        const since = sinceLastTime(
          bank,
          {
            responses: [],
            consensus: [
              { dimensionId: 'governance', agreedScore: agreed, rationale: '', targetScore: null },
            ],
            actions: [],
            previousCycle: previous,
          },
          '2027-01-01',
        )!;
        const g = since.areas.find((a) => a.dimensionId === 'governance')!;
        if (agreed === null || target === null) expect(g.targetMet).toBeNull();
        else expect(g.targetMet).toBe(Math.round(agreed * 10) / 10 >= Math.round(target * 10) / 10);
        // A band change is reported exactly when both bands are known and differ.
        if (g.then.band && g.now.band) expect(g.bandChanged).toBe(g.then.band.id !== g.now.band.id);
        else expect(g.bandChanged).toBeNull();
        expect(g.direction === 'same').toBe(g.bandChanged === false);
      }),
    );
  });

  it('starting the next cycle carries every action once, with its status, and every target', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { maxLength: 20 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), {
          minLength: DIMENSION_IDS.length,
          maxLength: DIMENSION_IDS.length,
        }),
        (specs, targets) => {
          const actions = specs.map((s, i) => action(`a${i}`, { status: s.status }));
          const previous: PreviousCycle = {
            ...PREVIOUS,
            areas: DIMENSION_IDS.map((id, i) => ({
              dimensionId: id,
              score: null,
              band: null,
              target: targets[i]!,
            })),
          };
          const next = startNextCycle(bank, { previous, actions }, details, NOW);
          expect(next.actions.map((a) => [a.id, a.status])).toEqual(
            actions.map((a) => [a.id, a.status]),
          );
          expect(next.actions.every((a) => a.carriedFrom?.id === 'cycle-one')).toBe(true);
          expect(next.consensus.map((c) => [c.dimensionId, c.targetScore])).toEqual(
            DIMENSION_IDS.flatMap((id, i) => (targets[i] === null ? [] : [[id, targets[i]]])),
          );
          // The new session reads back as it was written.
          const back = parseSessionFile(serializeSession(next), bank);
          expect(back.ok && back.session.previousCycle).toEqual(next.previousCycle);
        },
      ),
    );
  });
});

describe('npm run score: the session summary of a next cycle', () => {
  it('records the earlier cycle and what changed, overdue judged on the session date', () => {
    const read = readEarlierCycle(
      bank,
      readFileSync('tests/fixtures/sessions/next-cycle-one.json', 'utf8'),
    );
    if (!read.ok) throw new Error(read.message);
    const next = startNextCycle(bank, read.earlier, details, NOW);
    // Reviewed: act-2 done; the others as they were. Leadership agreed at 86 this time.
    const session: SessionFile = {
      ...next,
      actions: next.actions.map((a) => (a.id === 'act-2' ? { ...a, status: 'done' } : a)),
      consensus: [
        ...next.consensus.filter((c) => c.dimensionId !== 'leadership'),
        { dimensionId: 'leadership', agreedScore: 86, rationale: '', targetScore: 90 },
      ],
    };
    // Today (the run's day) does not matter for "since last time": the session is on 2027-03-01.
    const summary = summariseSession(bank, session, '2030-01-01');
    expect(summary.previousCycle).toEqual(session.previousCycle);
    const since = summary.sinceLastTime!;
    expect(since.asOf).toBe('2027-03-01');
    // act-1 (due 2026-06-30) and act-3 (due 2026-09-30) are open and past due; act-4 has no date.
    expect(since.actions).toEqual({
      done: ['act-2'],
      dropped: [],
      overdue: ['act-1', 'act-3'],
      open: ['act-4'],
    });
    // Leadership: 78.1 Strength then, 86 agreed now, still Strength; target 85 met.
    expect(since.areas.leadership).toEqual({
      then: 78.1,
      thenBand: 'strength',
      now: 86,
      nowBand: 'strength',
      nowSource: 'agreed',
      bandChanged: false,
      direction: 'same',
      target: 85,
      targetMet: true,
    });
    // Governance: nothing agreed and nobody has answered yet.
    expect(since.areas.governance).toMatchObject({ then: 60, now: null, targetMet: null });
  });

  it('a session that follows no earlier cycle has neither field', () => {
    const summary = summariseSession(bank, createSession(bank, details, NOW), '2027-03-01');
    expect('previousCycle' in summary).toBe(false);
    expect('sinceLastTime' in summary).toBe(false);
  });
});

describe('the consensus page starts a carried target at the median', () => {
  const start = {
    dimensionId: 'governance' as const,
    agreedScore: 79.2,
    rationale: '',
    targetScore: null,
  };
  it('a record with only a target starts at the median and keeps its target', () => {
    const saved = [
      { dimensionId: 'governance' as const, agreedScore: null, rationale: '', targetScore: 75 },
    ];
    expect(withSaved(start, saved)).toEqual({ ...start, targetScore: 75 });
  });
  it('a record the group agreed is kept as it is, "no score" with a reason included', () => {
    const agreed = {
      dimensionId: 'governance' as const,
      agreedScore: 60,
      rationale: '',
      targetScore: 75,
    };
    expect(withSaved(start, [agreed])).toEqual(agreed);
    const none = {
      dimensionId: 'governance' as const,
      agreedScore: null,
      rationale: 'Too few answers',
      targetScore: null,
    };
    expect(withSaved(start, [none])).toEqual(none);
    expect(withSaved(start, [])).toEqual(start);
  });
});
