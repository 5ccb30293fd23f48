// @vitest-environment node
/**
 * Golden group fixtures: hand-made groups of 3 to 8 respondents on the test bank, with every
 * expected median, quartile and split decision worked out by hand in the comments (quantiles
 * by linear interpolation, type 7: h = (n - 1) p, Q = x[floor h] + frac(h) (x[floor h + 1] -
 * x[floor h]) on the sorted values x[0..n-1]). Then properties over random groups.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import { aggregateGroup, quantile, summarise } from '../../../src/domain/group/aggregate';
import type {
  DimensionAggregate,
  GroupAggregate,
  ItemAggregate,
} from '../../../src/domain/group/aggregate';
import { discussFirst, dimensionSplit, itemSplit } from '../../../src/domain/group/split';
import { answersArb, makeGroupBank } from './group-helpers';

const bank = makeGroupBank();
const group = (...answers: AnswerMap[]) => answers.map((a) => ({ answers: a }));
const dim = (agg: GroupAggregate, id: string) => agg.dimensions.find((d) => d.dimensionId === id)!;
const item = (agg: GroupAggregate, id: string) =>
  agg.dimensions.flatMap((d) => d.items).find((i) => i.itemId === id)!;

describe('quantile and summarise', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    // [1, 2, 4, 7]: Q(0.25): h = 0.75 -> 1 + 0.75 x 1 = 1.75; Q(0.5): h = 1.5 -> 2 + 0.5 x 2 = 3;
    // Q(0.75): h = 2.25 -> 4 + 0.25 x 3 = 4.75.
    expect(quantile([1, 2, 4, 7], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 4, 7], 0.5)).toBe(3);
    expect(quantile([1, 2, 4, 7], 0.75)).toBe(4.75);
    expect(summarise([7, 1, 4, 2])).toEqual({
      n: 4,
      min: 1,
      q1: 1.75,
      median: 3,
      q3: 4.75,
      max: 7,
      iqr: 3,
      mean: 3.5,
    });
  });

  it('gives one value as every statistic, and nothing for no values', () => {
    expect(summarise([3])).toEqual({
      n: 1,
      min: 3,
      q1: 3,
      median: 3,
      q3: 3,
      max: 3,
      iqr: 0,
      mean: 3,
    });
    expect(summarise([])).toBeNull();
  });
});

describe('golden group A: 5 respondents on governance', () => {
  const agg = aggregateGroup(
    bank,
    group(
      { g1: 4, g2: 4, g3: 5 },
      { g1: 4, g2: 3, g3: 4 },
      { g1: 5, g2: 4, g3: 4 },
      { g1: 1, g2: 2, g3: 'dk' },
      { g1: 1, g2: 'na', g3: 2 },
    ),
  );

  it('item g1: [1, 1, 4, 4, 5] has median 4, IQR 3, and is split', () => {
    const g1 = item(agg, 'g1');
    // n = 5. Median: h = 2 -> 4. Q1: h = 1 -> 1. Q3: h = 3 -> 4. IQR = 4 - 1 = 3.
    // Mean = (1 + 1 + 4 + 4 + 5) / 5 = 15 / 5 = 3.
    expect(g1.stats).toEqual({ n: 5, min: 1, q1: 1, median: 4, q3: 4, max: 5, iqr: 3, mean: 3 });
    expect([g1.dontKnow, g1.notApplicable, g1.unanswered]).toEqual([0, 0, 0]);
    expect(g1.distribution).toEqual([
      { value: 1, count: 2 },
      { value: 2, count: 0 },
      { value: 3, count: 0 },
      { value: 4, count: 2 },
      { value: 5, count: 1 },
    ]);
    // Band [3, 5]; the two 1s lie outside. Threshold max(2, ceil(5 / 4) = 2) = 2. 2 >= 2: split.
    expect(itemSplit(g1)).toMatchObject({
      median: 4,
      bandLow: 3,
      bandHigh: 5,
      below: 2,
      above: 0,
      outside: 2,
      threshold: 2,
      split: true,
    });
  });

  it('item g2: [2, 3, 4, 4] (one N/A) has median 3.5, IQR 1.25, and is not split', () => {
    const g2 = item(agg, 'g2');
    // n = 4. Median: h = 1.5 -> 3 + 0.5 x 1 = 3.5. Q1: h = 0.75 -> 2 + 0.75 x 1 = 2.75.
    // Q3: h = 2.25 -> 4 + 0.25 x 0 = 4. IQR = 1.25. Mean = 13 / 4 = 3.25.
    expect(g2.stats).toEqual({
      n: 4,
      min: 2,
      q1: 2.75,
      median: 3.5,
      q3: 4,
      max: 4,
      iqr: 1.25,
      mean: 3.25,
    });
    expect(g2.notApplicable).toBe(1);
    // Half-point median: band [2.5, 4.5], so only the 2 lies outside. 1 < 2: not split.
    expect(itemSplit(g2)).toMatchObject({
      median: 3.5,
      bandLow: 2.5,
      bandHigh: 4.5,
      outside: 1,
      threshold: 2,
      split: false,
    });
  });

  it("item g3: [2, 4, 4, 5] (one Don't know) has median 4, IQR 0.75", () => {
    const g3 = item(agg, 'g3');
    // Median: h = 1.5 -> 4 + 0.5 x 0 = 4. Q1: h = 0.75 -> 2 + 0.75 x 2 = 3.5.
    // Q3: h = 2.25 -> 4 + 0.25 x 1 = 4.25. IQR = 0.75. Mean = 15 / 4 = 3.75.
    expect(g3.stats).toEqual({
      n: 4,
      min: 2,
      q1: 3.5,
      median: 4,
      q3: 4.25,
      max: 5,
      iqr: 0.75,
      mean: 3.75,
    });
    expect(g3.dontKnow).toBe(1);
    // Band [3, 5]: only the 2 is outside. Not split.
    expect(itemSplit(g3).split).toBe(false);
  });

  it('the governance dimension uses each respondent mean and is split', () => {
    const gov = dim(agg, 'governance');
    // Respondent means: 13/3, 11/3, 13/3, (1 + 2) / 2 = 1.5, (1 + 2) / 2 = 1.5 (each has at least
    // 2 of 3 items answered, so meets the 60% coverage). Sorted [1.5, 1.5, 11/3, 13/3, 13/3].
    // Median 11/3; Q1 = x[1] = 1.5; Q3 = x[3] = 13/3; mean = (37/3 + 3) / 5 = 46/15.
    expect(gov.n).toBe(5);
    expect(gov.notEnough).toBe(0);
    expect(gov.meanStats!.median).toBeCloseTo(11 / 3, 12);
    expect(gov.meanStats!.q1).toBe(1.5);
    expect(gov.meanStats!.q3).toBeCloseTo(13 / 3, 12);
    expect(gov.meanStats!.iqr).toBeCloseTo(13 / 3 - 1.5, 12);
    expect(gov.meanStats!.mean).toBeCloseTo(46 / 15, 12);
    // Scores: (m - 1) / 4 x 100: 83.33, 66.67, 83.33, 12.5, 12.5. Median 66.67 -> 66.7, Developing.
    expect(gov.scoreStats!.median).toBeCloseTo(200 / 3, 9);
    expect(gov.scoreStats!.min).toBe(12.5);
    expect(gov.scoreStats!.max).toBeCloseTo(250 / 3, 9);
    expect(gov.scoreStats!.q1).toBe(12.5);
    expect(gov.scoreStats!.iqr).toBeCloseTo(250 / 3 - 12.5, 9);
    expect(gov.medianScore).toBe(66.7);
    expect(gov.band?.id).toBe('developing');
    expect(gov.respondentScores).toEqual([83.3, 66.7, 83.3, 12.5, 12.5]);
    expect([gov.dontKnow, gov.notApplicable]).toEqual([1, 1]);
    // Band [8/3, 14/3] around 11/3: the two 1.5s lie outside; 13/3 is inside. 2 >= 2: split.
    expect(dimensionSplit(gov)).toMatchObject({
      below: 2,
      above: 0,
      outside: 2,
      threshold: 2,
      split: true,
    });
  });

  it('lists the split dimension before its split item, and nothing else', () => {
    expect(discussFirst(agg).map((e) => [e.kind, e.id, e.decision.outside])).toEqual([
      ['dimension', 'governance', 2],
      ['item', 'g1', 2],
    ]);
  });

  it('leaves unanswered dimensions without statistics', () => {
    const lead = dim(agg, 'leadership');
    expect([
      lead.n,
      lead.notEnough,
      lead.meanStats,
      lead.scoreStats,
      lead.medianScore,
      lead.band,
    ]).toEqual([0, 5, null, null, null, null]);
    expect(lead.items.every((i) => i.stats === null && i.unanswered === 5)).toBe(true);
  });
});

describe('golden group B: 8 respondents on leadership', () => {
  // l1: everyone says 3. l2: two at 1, four at 4, two at 5. l3: one at 1, six at 4, one at 5.
  const l1 = [3, 3, 3, 3, 3, 3, 3, 3];
  const l2 = [4, 1, 5, 4, 1, 4, 5, 4];
  const l3 = [4, 4, 1, 4, 4, 5, 4, 4];
  const agg = aggregateGroup(
    bank,
    group(...l1.map((_, i) => ({ l1: l1[i]!, l2: l2[i]!, l3: l3[i]! }))),
  );

  it('all equal: IQR 0 and never split', () => {
    expect(item(agg, 'l1').stats).toEqual({
      n: 8,
      min: 3,
      q1: 3,
      median: 3,
      q3: 3,
      max: 3,
      iqr: 0,
      mean: 3,
    });
    expect(itemSplit(item(agg, 'l1')).split).toBe(false);
  });

  it('two of eight at the far end: split', () => {
    // Sorted [1, 1, 4, 4, 4, 4, 5, 5]. Median: h = 3.5 -> 4. Q1: h = 1.75 -> 1 + 0.75 x 3 = 3.25.
    // Q3: h = 5.25 -> 4 + 0.25 x 1 = 4.25. IQR = 1. Mean = 28 / 8 = 3.5.
    expect(item(agg, 'l2').stats).toEqual({
      n: 8,
      min: 1,
      q1: 3.25,
      median: 4,
      q3: 4.25,
      max: 5,
      iqr: 1,
      mean: 3.5,
    });
    // Band [3, 5]: the two 1s lie outside. Threshold max(2, ceil(8 / 4) = 2) = 2: split.
    expect(itemSplit(item(agg, 'l2'))).toMatchObject({ outside: 2, threshold: 2, split: true });
  });

  it('one of eight at the far end: not split', () => {
    // Sorted [1, 4, 4, 4, 4, 4, 4, 5]. Median 4; band [3, 5]; only the 1 is outside.
    expect(itemSplit(item(agg, 'l3'))).toMatchObject({ median: 4, outside: 1, split: false });
  });

  it('the leadership dimension: 3 of 5 items answered meets the 60% coverage', () => {
    // Means per respondent (l1 + l2 + l3) / 3: [11/3, 8/3, 9/3, 11/3, 8/3, 12/3, 12/3, 11/3]
    // sorted [8/3, 8/3, 3, 11/3, 11/3, 11/3, 4, 4]. Median: h = 3.5 -> 11/3.
    // Band [8/3, 14/3]: 8/3 sits exactly on the edge, so inside. Nobody outside: not split.
    const lead = dim(agg, 'leadership');
    expect(lead.n).toBe(8);
    expect(lead.meanStats!.median).toBeCloseTo(11 / 3, 12);
    expect(dimensionSplit(lead)).toMatchObject({ outside: 0, split: false });
    expect(discussFirst(agg).map((e) => e.id)).toEqual(['l2']);
  });
});

describe('golden group C: 3 respondents on culture (c3 is reverse-keyed)', () => {
  const agg = aggregateGroup(
    bank,
    group({ c1: 5, c2: 4, c3: 1 }, { c1: 4, c2: 4, c3: 2 }, { c1: 2, c2: 2, c3: 5 }),
  );

  it('shows the reverse-keyed item as answered', () => {
    // Raw c3 [1, 2, 5]: median 2; Q1: h = 0.5 -> 1.5; Q3: h = 1.5 -> 2 + 0.5 x 3 = 3.5; mean 8/3.
    const c3 = item(agg, 'c3');
    expect(c3.reverse).toBe(true);
    expect(c3.stats).toMatchObject({ n: 3, min: 1, q1: 1.5, median: 2, q3: 3.5, max: 5, iqr: 2 });
    expect(c3.stats!.mean).toBeCloseTo(8 / 3, 12);
    // Band [1, 3]: only the 5 is outside. Not split.
    expect(itemSplit(c3)).toMatchObject({ outside: 1, split: false });
  });

  it('keys it in the dimension mean', () => {
    // Keyed c3 = 6 - c3: 5, 4, 1. Means: (5 + 4 + 5) / 3 = 14/3, (4 + 4 + 4) / 3 = 4, (2 + 2 + 1) / 3 = 5/3.
    // Sorted [5/3, 4, 14/3]: median 4 -> score 75.0, Strength. Q1: h = 0.5 -> 5/3 + 0.5 x 7/3 = 17/6.
    // Q3: h = 1.5 -> 4 + 0.5 x 2/3 = 13/3.
    const culture = dim(agg, 'culture');
    expect(culture.meanStats!.median).toBe(4);
    expect(culture.meanStats!.q1).toBeCloseTo(17 / 6, 12);
    expect(culture.meanStats!.q3).toBeCloseTo(13 / 3, 12);
    expect(culture.medianScore).toBe(75);
    expect(culture.band?.id).toBe('strength');
    expect(culture.respondentScores).toEqual([91.7, 75, 16.7]);
    // Band [3, 5]: 5/3 lies outside (1 rating). Threshold 2: not split.
    expect(dimensionSplit(culture)).toMatchObject({ outside: 1, split: false });
  });
});

describe('golden group D: 6 respondents, a half-point median', () => {
  it('[2, 3, 3, 4, 4, 5] has median 3.5 and is split by the 2 and the 5', () => {
    const agg = aggregateGroup(bank, group(...[2, 3, 3, 4, 4, 5].map((v) => ({ i1: v }))));
    const i1 = item(agg, 'i1');
    // Median: h = 2.5 -> 3 + 0.5 x 1 = 3.5. Q1: h = 1.25 -> 3. Q3: h = 3.75 -> 4. Mean 21/6 = 3.5.
    expect(i1.stats).toEqual({
      n: 6,
      min: 2,
      q1: 3,
      median: 3.5,
      q3: 4,
      max: 5,
      iqr: 1,
      mean: 3.5,
    });
    // Band [2.5, 4.5]: 2 and 5 lie outside. Threshold max(2, ceil(6 / 4) = 2) = 2: split.
    expect(itemSplit(i1)).toMatchObject({ below: 1, above: 1, outside: 2, split: true });
    // 1 of 2 infrastructure items answered is 50%, under the 60% coverage: nobody has a mean.
    expect(dim(agg, 'infrastructure')).toMatchObject({ n: 0, notEnough: 6, medianScore: null });
  });
});

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

const groupArb = fc
  .array(answersArb(bank), { minLength: 0, maxLength: 12 })
  .map((list) => list.map((answers) => ({ answers })));

function ordered(
  summary: { min: number; q1: number; median: number; q3: number; max: number; iqr: number } | null,
) {
  if (!summary) return;
  expect(summary.min).toBeLessThanOrEqual(summary.q1);
  expect(summary.q1).toBeLessThanOrEqual(summary.median);
  expect(summary.median).toBeLessThanOrEqual(summary.q3);
  expect(summary.q3).toBeLessThanOrEqual(summary.max);
  expect(summary.iqr).toBeGreaterThanOrEqual(0);
}

/** The aggregate without the per-respondent arrays, which follow the order given. */
function orderFree(agg: GroupAggregate) {
  return agg.dimensions.map((d: DimensionAggregate) => ({
    ...d,
    respondentMeans: [...d.respondentMeans].sort(),
    respondentScores: [...d.respondentScores].sort(),
    items: d.items.map((i: ItemAggregate) => i),
  }));
}

describe('aggregate properties', () => {
  it('summarise: min <= q1 <= median <= q3 <= max, IQR >= 0, mean within min and max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (values) => {
          const s = summarise(values)!;
          ordered(s);
          expect(s.mean).toBeGreaterThanOrEqual(s.min - 1e-6);
          expect(s.mean).toBeLessThanOrEqual(s.max + 1e-6);
        },
      ),
    );
  });

  it('every item and dimension statistic is ordered, on its scale, with counts that add up', () => {
    fc.assert(
      fc.property(groupArb, (members) => {
        const agg = aggregateGroup(bank, members);
        for (const d of agg.dimensions) {
          ordered(d.meanStats);
          ordered(d.scoreStats);
          expect(d.n + d.notEnough).toBe(members.length);
          if (d.meanStats) expect(d.meanStats.min).toBeGreaterThanOrEqual(1);
          if (d.scoreStats) expect(d.scoreStats.max).toBeLessThanOrEqual(100);
          if (d.medianScore !== null) {
            expect(d.medianScore).toBeGreaterThanOrEqual(Math.floor(d.scoreStats!.min * 10) / 10);
            expect(d.medianScore).toBeLessThanOrEqual(Math.ceil(d.scoreStats!.max * 10) / 10);
          }
          for (const i of d.items) {
            ordered(i.stats);
            expect(i.n + i.dontKnow + i.notApplicable + i.unanswered).toBe(members.length);
            expect(i.distribution.reduce((s, x) => s + x.count, 0)).toBe(i.n);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never depends on the order of respondents or of the keys in their answers', () => {
    fc.assert(
      fc.property(groupArb, fc.nat(), (members, seed) => {
        const shuffled = [...members]
          .map((m, i) => ({ m, k: (i * 7919 + seed) % 104729 }))
          .sort((a, b) => a.k - b.k)
          .map(({ m }) => ({ answers: Object.fromEntries(Object.entries(m.answers).reverse()) }));
        const a = aggregateGroup(bank, members);
        const b = aggregateGroup(bank, shuffled);
        expect(orderFree(b)).toEqual(orderFree(a));
        expect(discussFirst(b)).toEqual(discussFirst(a));
      }),
      { numRuns: 200 },
    );
  });
});
