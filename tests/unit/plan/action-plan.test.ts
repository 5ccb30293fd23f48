// @vitest-environment node
/**
 * The action plan's operations (src/domain/plan/action-plan.ts) as a store calls them: worked
 * examples, then properties over generated plans (reorder keeps the set, remove then undo
 * restores exactly, nothing else changes).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  ActionSchema,
  addAction,
  carryOver,
  editAction,
  isCalendarDay,
  isOverdue,
  moveAction,
  nudgeAction,
  planState,
  removeAction,
  undoRemove,
  validateAction,
  type Action,
  type PlanState,
} from '../../../src/domain/plan/action-plan';
import { DIMENSION_IDS } from '../../../src/domain/bank/bank-schema';
import { dimensionGaps, gap, setTarget } from '../../../src/domain/plan/targets';
import { makeGroupBank } from '../group/group-helpers';
import { i18n } from '../../../src/i18n';

const bank = makeGroupBank();

const action = (id: string, extra: Partial<Action> = {}): Action => ({
  id,
  what: `Action ${id}`,
  dimensionId: 'governance',
  lead: '',
  status: 'not-started',
  measure: '',
  ...extra,
});

const dayArb = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const actionArb = (id: string) =>
  fc
    .record({
      id: fc.constant(id),
      what: fc
        .string({ minLength: 1, maxLength: 40 })
        .filter((s) => s.trim() !== '' && s.trim() === s),
      dimensionId: fc.constantFrom(...DIMENSION_IDS),
      lead: fc.string({ maxLength: 20 }).map((s) => s.trim()),
      due: fc.option(dayArb, { nil: undefined }),
      status: fc.constantFrom(...ACTION_STATUSES),
      measure: fc.string({ maxLength: 20 }).map((s) => s.trim()),
    })
    .map((a) => {
      const { due, ...rest } = a;
      return (due === undefined ? rest : { ...rest, due }) as Action;
    });

/** A plan of distinct ids, with nothing to undo. */
const planArb = fc
  .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map(actionArb)))
  .map((actions) => planState(actions as Action[]));

const ids = (p: PlanState) => p.actions.map((a) => a.id);

describe('the operations, worked examples', () => {
  const start = planState([action('a'), action('b'), action('c')]);

  it('adds at the end, or at a place, and refuses an id already there', () => {
    expect(ids(addAction(start, action('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(addAction(start, action('d'), 1))).toEqual(['a', 'd', 'b', 'c']);
    expect(addAction(start, action('b'))).toBe(start);
  });

  it('edits only the fields given, removes an optional field given as undefined, and never the id', () => {
    const dated = editAction(start, 'b', { status: 'under-way', due: '2027-03-31' });
    expect(dated.actions[1]).toEqual(action('b', { status: 'under-way', due: '2027-03-31' }));
    const undated = editAction(dated, 'b', { due: undefined, what: undefined });
    expect(undated.actions[1]).toEqual(action('b', { status: 'under-way' }));
    expect(editAction(start, 'b', { id: 'z' } as never).actions[1]!.id).toBe('b');
    expect(editAction(start, 'nobody', { what: 'x' })).toBe(start);
  });

  it('moves to a place, clamped to the list, and one place up or down', () => {
    expect(ids(moveAction(start, 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveAction(start, 'a', 99))).toEqual(['b', 'c', 'a']);
    expect(ids(moveAction(start, 'b', -5))).toEqual(['b', 'a', 'c']);
    expect(ids(nudgeAction(start, 'b', -1))).toEqual(['b', 'a', 'c']);
    expect(ids(nudgeAction(start, 'b', 1))).toEqual(['a', 'c', 'b']);
    expect(ids(nudgeAction(start, 'a', -1))).toEqual(['a', 'b', 'c']);
  });

  it('removes, remembers the last removal only, and puts it back where it was', () => {
    const once = removeAction(start, 'b');
    expect(ids(once)).toEqual(['a', 'c']);
    expect(once.lastRemoved).toEqual({ action: action('b'), index: 1 });
    const twice = removeAction(once, 'a');
    expect(ids(undoRemove(twice))).toEqual(['a', 'c']);
    expect(undoRemove(undoRemove(twice))).toEqual({
      actions: [action('a'), action('c')],
      lastRemoved: null,
    });
  });

  it('never changes the plan it is given', () => {
    const frozen = JSON.stringify(start);
    addAction(start, action('d'));
    editAction(start, 'a', { what: 'Changed' });
    moveAction(start, 'a', 2);
    undoRemove(removeAction(start, 'a'));
    expect(JSON.stringify(start)).toBe(frozen);
  });
});

describe('the operations, properties', () => {
  it('reordering keeps the same actions, each unchanged, and the others in their order', () => {
    fc.assert(
      fc.property(planArb, fc.nat(20), fc.integer({ min: -3, max: 20 }), (plan, pick, to) => {
        fc.pre(plan.actions.length > 0);
        const moved = plan.actions[pick % plan.actions.length]!;
        const next = moveAction(plan, moved.id, to);
        expect([...next.actions].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
          [...plan.actions].sort((x, y) => x.id.localeCompare(y.id)),
        );
        expect(next.actions.filter((a) => a.id !== moved.id)).toEqual(
          plan.actions.filter((a) => a.id !== moved.id),
        );
        expect(next.actions.indexOf(moved)).toBe(
          Math.min(Math.max(to, 0), plan.actions.length - 1),
        );
      }),
    );
  });

  it('removing then undoing restores the plan exactly', () => {
    fc.assert(
      fc.property(planArb, fc.nat(20), (plan, pick) => {
        fc.pre(plan.actions.length > 0);
        const id = plan.actions[pick % plan.actions.length]!.id;
        expect(undoRemove(removeAction(plan, id))).toEqual(plan);
      }),
    );
  });

  it('editing one action changes no other', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.nat(20),
        fc.constantFrom(...ACTION_STATUSES),
        (plan, pick, status) => {
          fc.pre(plan.actions.length > 0);
          const id = plan.actions[pick % plan.actions.length]!.id;
          const next = editAction(plan, id, { status, lead: 'Chair' });
          next.actions.forEach((a, i) => {
            if (a.id === id) expect(a).toEqual({ ...plan.actions[i], status, lead: 'Chair' });
            else expect(a).toBe(plan.actions[i]);
          });
        },
      ),
    );
  });

  it('every generated action reads back through the file schema unchanged', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        for (const a of plan.actions) expect(ActionSchema.parse(a)).toEqual(a);
      }),
    );
  });
});

describe('dates, overdue, carrying over and checking', () => {
  it('knows a real calendar day', () => {
    expect(['2027-03-31', '2028-02-29'].map(isCalendarDay)).toEqual([true, true]);
    expect(
      ['2027-02-29', '2027-04-31', '2027-13-01', '31/03/2027', '2027-3-31'].map(isCalendarDay),
    ).toEqual([false, false, false, false, false]);
    expect(ActionSchema.safeParse(action('a', { due: '2027-02-30' })).success).toBe(false);
  });

  it('calls an action overdue only when its day has passed and it is not done or dropped', () => {
    const due = action('a', { due: '2027-03-31' });
    expect(isOverdue(due, '2027-03-31')).toBe(false);
    expect(isOverdue(due, '2027-04-01')).toBe(true);
    expect(isOverdue({ ...due, status: 'done' }, '2027-04-01')).toBe(false);
    expect(isOverdue({ ...due, status: 'dropped' }, '2027-04-01')).toBe(false);
    expect(isOverdue(action('b'), '2030-01-01')).toBe(false);
  });

  it('carries actions over with where they came from and an empty review note, keeping a first origin', () => {
    const from = { id: 'spring-2026', date: '2026-03-01', name: 'Spring workshop' };
    const earlier = { id: 'autumn-2025', date: '2025-10-01' };
    const [a, b] = carryOver(
      [action('a'), action('b', { carriedFrom: earlier, reviewNote: 'Half done' })],
      from,
    );
    expect(a).toEqual({ ...action('a'), carriedFrom: from, reviewNote: '' });
    expect(b).toEqual({ ...action('b'), carriedFrom: earlier, reviewNote: 'Half done' });
  });

  it('says what is wrong with an action in plain words', () => {
    const problems = validateAction(
      bank,
      action('a', { what: ' ', due: '2027-02-30', lead: 'x'.repeat(201) }),
      2,
    );
    expect(problems.map((p) => [p.field, i18n._(p.message)])).toEqual([
      ['what', 'Enter what action 2 is'],
      ['lead', 'Who leads action 2 must be 200 characters or fewer'],
      ['due', 'The date action 2 is due must be a real date, for example 27 3 2027'],
    ]);
    expect(validateAction(bank, action('a'), 1)).toEqual([]);
  });
});

describe('targets and the gap', () => {
  it('works out the gap from the shown (rounded) figures, and none without both', () => {
    expect(gap(75, 62.34)).toBe(12.7);
    expect(gap(50, 62.36)).toBe(-12.4);
    expect(gap(62.3, 62.34)).toBe(0);
    expect(Object.is(gap(62.3, 62.31), 0)).toBe(true);
    expect(gap(null, 50)).toBeNull();
    expect(gap(50, null)).toBeNull();
  });

  it('lists every area in bank order with its bands, and sets or clears a target', () => {
    const targets = setTarget(setTarget({}, 'governance', 80), 'culture', 60);
    expect(setTarget(targets, 'culture', null)).toEqual({ governance: 80 });
    const rows = dimensionGaps(bank, { governance: 55, culture: null }, targets);
    expect(rows.map((r) => r.dimensionId)).toEqual(bank.dimensions.map((d) => d.id));
    expect(rows[0]).toMatchObject({
      dimensionId: 'governance',
      current: 55,
      target: 80,
      gap: 25,
      currentBand: { id: 'developing', label: 'Developing' },
      targetBand: { id: 'strength', label: 'Strength' },
    });
    expect(rows.find((r) => r.dimensionId === 'culture')).toMatchObject({
      current: null,
      target: 60,
      gap: null,
    });
  });
});
