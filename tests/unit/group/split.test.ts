// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import { discussFirst, splitDecision, splitThreshold } from '../../../src/domain/group/split';
import { makeGroupBank } from './group-helpers';

const rating = fc.integer({ min: 1, max: 5 });

describe('splitThreshold', () => {
  it('is max(2, ceil(n / 4))', () => {
    // n:        1  2  3  4  5  8  9  12 13 20 21
    // ceil/4:   1  1  1  1  2  2  3  3  4  5  6
    expect([1, 2, 3, 4, 5, 8, 9, 12, 13, 20, 21].map(splitThreshold)).toEqual([
      2, 2, 2, 2, 2, 2, 3, 3, 4, 5, 6,
    ]);
  });
});

describe('splitDecision on hand-made groups', () => {
  it('never splits a group whose ratings are all equal', () => {
    fc.assert(
      fc.property(rating, fc.integer({ min: 0, max: 60 }), (v, n) => {
        expect(splitDecision(Array(n).fill(v)).split).toBe(false);
      }),
    );
  });

  it('splits 5 ratings when 2 lie at the far end', () => {
    // Three at one end, two at the other, at least 2 points apart: the median is the three's
    // value, so the two lie outside its band and 2 >= max(2, ceil(5 / 4)) = 2.
    fc.assert(
      fc.property(rating, rating, (a, b) => {
        fc.pre(Math.abs(a - b) >= 2);
        const d = splitDecision([a, b, a, b, a]);
        expect(d.median).toBe(a);
        expect(d.outside).toBe(2);
        expect(d.split).toBe(true);
      }),
    );
    expect(splitDecision([4, 4, 4, 1, 1])).toMatchObject({ median: 4, below: 2, split: true });
    expect(splitDecision([4, 4, 4, 5, 2])).toMatchObject({ median: 4, outside: 1, split: false });
  });

  it('does not split 2 of 5 only one point away', () => {
    expect(splitDecision([3, 3, 3, 4, 4]).split).toBe(false);
    expect(splitDecision([3, 3, 3, 2, 2]).split).toBe(false);
  });

  it('needs a quarter of larger groups outside the band', () => {
    // 12 ratings: threshold max(2, 3) = 3. Nine 4s and two 1s: 2 outside, not split.
    expect(splitDecision([...Array(10).fill(4), 1, 1])).toMatchObject({
      outside: 2,
      threshold: 3,
      split: false,
    });
    // Nine 4s and three 1s: 3 outside, split.
    expect(splitDecision([...Array(9).fill(4), 1, 1, 1])).toMatchObject({
      outside: 3,
      threshold: 3,
      split: true,
    });
  });

  it('treats the band edges as inside, also for means that are not whole numbers', () => {
    // Median 3: 2 and 4 are inside.
    expect(splitDecision([2, 2, 3, 4, 4]).outside).toBe(0);
    // Means 8/3 and 14/3 around a median of 11/3 sit exactly on the edges.
    expect(splitDecision([8 / 3, 8 / 3, 11 / 3, 14 / 3, 14 / 3]).outside).toBe(0);
    // Just past the edges, they are outside.
    expect(splitDecision([2.6, 2.6, 11 / 3, 4.7, 4.7])).toMatchObject({
      below: 2,
      above: 2,
      split: true,
    });
  });

  it('never splits fewer than two ratings', () => {
    expect(splitDecision([]).split).toBe(false);
    expect(splitDecision([1]).split).toBe(false);
  });

  it('never depends on the order of the ratings', () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 40 }), fc.nat(), (values, seed) => {
        const shuffled = values
          .map((v, i) => ({ v, k: (i * 2654435761 + seed) % 4294967291 }))
          .sort((a, b) => a.k - b.k)
          .map(({ v }) => v);
        expect(splitDecision(shuffled)).toEqual(splitDecision(values));
      }),
    );
  });

  it('counts the ratings outside the band honestly', () => {
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1, maxLength: 40 }), (values) => {
        const d = splitDecision(values);
        const m = d.median!;
        expect(d.below).toBe(values.filter((v) => v < m - 1).length);
        expect(d.above).toBe(values.filter((v) => v > m + 1).length);
        expect(d.split).toBe(d.outside >= Math.max(2, Math.ceil(values.length / 4)));
      }),
    );
  });
});

describe('discussFirst', () => {
  it('orders by ratings outside, most first, dimensions before items on a tie', () => {
    const bank = makeGroupBank();
    // g1: [1, 1, 1, 5, 5, 5, 5] median 5, band [4, 6]: three 1s outside (threshold 2).
    // l1: [1, 1, 5, 5, 5, 5, 5] median 5: two outside. c1: all 3: never split.
    const g1 = [1, 1, 1, 5, 5, 5, 5];
    const l1 = [1, 1, 5, 5, 5, 5, 5];
    const agg = aggregateGroup(
      bank,
      g1.map((g, i) => ({ answers: { g1: g, l1: l1[i]!, c1: 3 } })),
    );
    expect(discussFirst(agg).map((e) => `${e.kind}:${e.id}:${e.decision.outside}`)).toEqual([
      'item:g1:3',
      'item:l1:2',
    ]);
    // Add g2 and g3 so the governance dimension has means: (g1 + 5 + 5) / 3 -> 7/3 x3 and 5 x4,
    // median 5, band [4, 6]: the three 7/3s lie outside, tying with g1 at 3: dimension first.
    const agg2 = aggregateGroup(
      bank,
      g1.map((g, i) => ({ answers: { g1: g, g2: 5, g3: 5, l1: l1[i]! } })),
    );
    expect(discussFirst(agg2).map((e) => `${e.kind}:${e.id}:${e.decision.outside}`)).toEqual([
      'dimension:governance:3',
      'item:g1:3',
      'item:l1:2',
    ]);
  });
});
