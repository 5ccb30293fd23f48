/**
 * Targets, gaps, the plan and "the three areas to work on first" in the report models
 * (src/domain/report/report-plan.ts): golden cases worked out by hand, and properties of the
 * ranking rule over generated scores and targets.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { Action } from '../../../src/domain/plan/action-plan';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { buildReport } from '../../../src/domain/report/build-report';
import {
  buildFocus,
  buildPlan,
  buildTargets,
  formatGap,
  rankFocus,
} from '../../../src/domain/report/report-plan';
import { buildResults } from '../../../src/domain/scoring/build-results';
import { i18n } from '../../../src/i18n';
import { loadRealBank } from '../../bank/real-bank';
import { cultureConsensus, fixtureResponses, makeSession } from '../export/group-fixtures';
import { readFixture } from '../export/report-fixtures';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

const IDS = [
  'governance',
  'leadership',
  'culture',
  'infrastructure',
  'communities',
  'learning',
] as const;

const action = (id: string, changes: Partial<Action> = {}): Action => ({
  id,
  what: `Action ${id}`,
  dimensionId: 'culture',
  lead: '',
  status: 'not-started',
  measure: '',
  ...changes,
});

describe('targets and gaps', () => {
  it('words the score now, the target and the gap of each area, worked out by hand', () => {
    const t = buildTargets(
      bank,
      { governance: 55, leadership: 80, culture: 40, infrastructure: null },
      { governance: 75, leadership: 70, infrastructure: 60 },
      i18n,
    );
    expect(
      t.rows.map((r) => [r.name, r.currentText, r.bandLabel, r.targetText, r.gapText]),
    ).toEqual([
      ['Governance', '55.0', 'Developing', '75.0', '+20.0'],
      ['Leadership', '80.0', 'Strength', '70.0', '-10.0'],
      ['Culture', '40.0', 'Priority to discuss', 'No target', '–'],
      ['Infrastructure', 'No score', 'Not enough answers', '60.0', '–'],
      ['Communities', 'No score', 'Not enough answers', 'No target', '–'],
      ['Learning and accountability', 'No score', 'Not enough answers', 'No target', '–'],
    ]);
    expect(t.rows[0]!.targetBandLabel).toBe('Strength');
    expect(t.set).toBe(3);
    expect(t.note).toBe('Targets are set for 3 of the 6 areas.');
    expect(buildTargets(bank, {}, {}, i18n).note).toBe('No targets have been set yet.');
  });

  it('writes a gap with its sign, and a dash without one', () => {
    expect([formatGap(20), formatGap(0), formatGap(-5.5), formatGap(null)]).toEqual([
      '+20.0',
      '0.0',
      '-5.5',
      '–',
    ]);
  });
});

describe('the three areas to work on first', () => {
  it('puts the largest gap first, then the lowest score, worked out by hand', () => {
    const t = buildTargets(
      bank,
      { governance: 55, leadership: 80, culture: 40, infrastructure: 70, communities: 30 },
      { governance: 75, leadership: 70, infrastructure: 80 },
      i18n,
    );
    // Gaps: governance +20, infrastructure +10; leadership's target is met. Then the lowest
    // score among the rest: communities 30 (culture 40 would be next).
    const focus = buildFocus(t.rows, i18n);
    expect(focus.areas.map((a) => a.dimensionId)).toEqual([
      'governance',
      'infrastructure',
      'communities',
    ]);
    expect(focus.areas[0]!.reason).toBe(
      'The score now is 55.0 (Developing), 20.0 points below the target of 75.0.',
    );
    expect(focus.areas[2]!.reason).toBe(
      'The score now is 30.0 (Priority to discuss), with no target set.',
    );
    expect(focus.heading).toBe('The three areas to work on first');
  });

  it('breaks a tie by a split in the group, then by bank order', () => {
    const t = buildTargets(bank, { governance: 50, leadership: 50, culture: 50 }, {}, i18n);
    expect(rankFocus(t.rows).map((r) => r.dimensionId)).toEqual([
      'governance',
      'leadership',
      'culture',
    ]);
    expect(rankFocus(t.rows, ['culture']).map((r) => r.dimensionId)).toEqual([
      'culture',
      'governance',
      'leadership',
    ]);
    const focus = buildFocus(t.rows, i18n, { splitOrder: ['culture'] });
    expect(focus.areas[0]!.split).toBe(true);
    expect(focus.areas[0]!.reason).toContain('The group’s answers were split here');
  });

  it('names no area when none has a score', () => {
    const focus = buildFocus(buildTargets(bank, {}, { culture: 80 }, i18n).rows, i18n);
    expect(focus.areas).toEqual([]);
    expect(focus.empty).toBe('No area has enough answers for a score yet.');
  });

  const scores = fc.option(
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    {
      nil: null,
    },
  );
  const records = fc.record(
    Object.fromEntries(IDS.map((id) => [id, scores])) as Record<
      (typeof IDS)[number],
      typeof scores
    >,
  );

  it('always picks min(3, scored areas), each with a score, in the order the rule gives', () => {
    fc.assert(
      fc.property(records, records, fc.subarray([...IDS]), (current, targets, split) => {
        const rows = buildTargets(bank, current, targets, i18n).rows;
        const picked = rankFocus(rows, split);
        const scored = rows.filter((r) => r.current !== null);
        expect(picked).toHaveLength(Math.min(3, scored.length));
        const positive = (g: number | null) => (g !== null && g > 0 ? g : null);
        // No area left out beats one picked under the rule.
        const left = scored.filter((r) => !picked.includes(r));
        for (const p of picked)
          for (const l of left) {
            const gp = positive(p.gap);
            const gl = positive(l.gap);
            if (gl !== null) expect(gp !== null && gp >= gl).toBe(true);
            else if (gp === null) expect(p.current!).toBeLessThanOrEqual(l.current!);
          }
        // Picked areas are in the rule's order.
        for (let i = 1; i < picked.length; i += 1) {
          const a = picked[i - 1]!;
          const b = picked[i]!;
          if (positive(b.gap) !== null) expect(positive(a.gap)).toBeGreaterThanOrEqual(b.gap!);
          else if (positive(a.gap) === null) expect(a.current!).toBeLessThanOrEqual(b.current!);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the plan in words', () => {
  it('words each field, with "Not said" for what is missing, in plan order', () => {
    const plan = buildPlan(
      bank,
      [
        action('a1', {
          what: ' Hold a joint away day ',
          lead: 'Chair of the board',
          due: '2027-03-31',
          status: 'under-way',
          measure: 'Staff say they know each other',
          resources: 'A room for a day',
        }),
        action('a2', { dimensionId: 'governance', dueNote: 'by the spring', status: 'dropped' }),
      ],
      i18n,
    );
    expect(plan.actions).toEqual([
      {
        number: 1,
        id: 'a1',
        dimensionId: 'culture',
        area: 'Culture',
        what: 'Hold a joint away day',
        lead: 'Chair of the board',
        due: '31 March 2027',
        dueIso: '2027-03-31',
        status: 'under-way',
        statusText: 'Under way',
        measure: 'Staff say they know each other',
        resources: 'A room for a day',
      },
      {
        number: 2,
        id: 'a2',
        dimensionId: 'governance',
        area: 'Governance',
        what: 'Action a2',
        lead: 'Not said',
        due: 'by the spring',
        dueIso: null,
        status: 'dropped',
        statusText: 'Dropped',
        measure: 'Not said',
        resources: null,
      },
    ]);
    expect(buildPlan(bank, [], i18n).empty).toBe('No actions have been recorded yet.');
  });
});

describe('in the report models', () => {
  it('gives one respondent their own targets, plan and focus', () => {
    const response = readFixture(bank, 'council-clear');
    const results = buildResults(bank, response.answers);
    const report = buildReport(
      bank,
      { ...response, targets: { culture: 95 }, actions: [action('x1')] },
      i18n,
    );
    const culture = results.dimensions.find((d) => d.dimensionId === 'culture')!;
    const row = report.targets.rows.find((r) => r.dimensionId === 'culture')!;
    expect(row.current).toBe(culture.score);
    expect(row.gap).toBeCloseTo(95 - culture.score!, 5);
    expect(report.plan.actions.map((a) => a.what)).toEqual(['Action x1']);
    expect(report.focus.areas[0]!.dimensionId).toBe('culture');
    // Without targets or actions (a version 1 file, say) the model still has them, empty.
    const bare = buildReport(bank, { ...response, targets: undefined, actions: undefined }, i18n);
    expect(bare.targets.set).toBe(0);
    expect(bare.plan.actions).toEqual([]);
  });

  it('measures a group against its agreed score, or the median where none was agreed', () => {
    const responses = fixtureResponses(bank);
    const base = buildGroupReport(bank, makeSession(bank, responses), i18n);
    const median = base.dimensions.find((d) => d.dimensionId === 'culture')!.median;
    const record = { ...cultureConsensus(median), targetScore: 90 };
    const session = makeSession(bank, responses, [
      record,
      { dimensionId: 'governance', agreedScore: null, rationale: '', targetScore: 70 },
    ]);
    const report = buildGroupReport(bank, session, i18n);
    const culture = report.targets.rows.find((r) => r.dimensionId === 'culture')!;
    expect(culture.current).toBe(record.agreedScore);
    expect(culture.target).toBe(90);
    const governance = report.targets.rows.find((r) => r.dimensionId === 'governance')!;
    expect(governance.current).toBe(
      report.dimensions.find((d) => d.dimensionId === 'governance')!.median,
    );
    expect(report.plan.actions.map((a) => a.what)).toEqual([
      'Hold a joint away day for frontline staff',
    ]);
    expect(report.plan.actions[0]!.due).toBe('March 2027');
    const split = report.discussFirst.entries.filter((e) => e.kind === 'dimension');
    expect(report.focus.areas.filter((a) => a.split).map((a) => a.dimensionId)).toEqual(
      report.focus.areas.map((a) => a.dimensionId).filter((id) => split.some((e) => e.id === id)),
    );
  });
});
