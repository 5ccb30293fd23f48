/**
 * The split rule: which items and dimensions the group should discuss first because its
 * ratings pull apart (instrument.md section 7).
 *
 * Source. Adapted from the consensus rule of a Delphi study built on the SCIROCCO maturity
 * model (International Journal of Integrated Care, doi 10.5334/ijic.7747), which counts
 * ratings falling outside a 3-point band around the median; here the count is scaled to the
 * size of the group.
 *
 * Rule
 *   - n is the number of ratings: for an item, the answers on the scale (Don't know, Not
 *     applicable and no answer are left out); for a dimension, the respondents with a
 *     dimension mean (aggregate.ts).
 *   - The band is the 3-point band centred on the median m: the closed interval [m - 1, m + 1]
 *     on the 1 to 5 scale. A rating r lies outside when |r - m| > 1. With a whole-number median
 *     the band holds three scale points (median 3: 2, 3 and 4 are inside; 1 and 5 outside).
 *     With a half-point median the band keeps its width of 2 and holds the two points nearest
 *     the median (median 3.5: 2.5 to 4.5, so 3 and 4 are inside; 2 is outside, as is 5). For a
 *     dimension the ratings are respondents' means, which need not be whole numbers; the same
 *     interval applies (a difference within 1e-9 of 1 counts as 1, so that rounding in a mean
 *     never moves a rating out of the band).
 *   - Split when outside >= max(2, ceil(n / 4)). So one rating alone never splits a group, and
 *     in larger groups at least a quarter of the ratings must lie outside.
 *   - "Discuss first" lists every split dimension and item, most ratings outside first; ties
 *     put dimensions before items, then bank order.
 *
 * Invariants: the decision depends only on the multiset of ratings, never on their order;
 * equal ratings are never split; fewer than two ratings are never split.
 */
import type { DimensionAggregate, GroupAggregate, ItemAggregate } from './aggregate';
import { quantile } from './aggregate';

/** The band reaches this far either side of the median, in scale points. */
export const SPLIT_BAND_HALF_WIDTH = 1;
/** At least this many ratings outside the band... */
export const SPLIT_MIN_OUTSIDE = 2;
/** ...and at least this share of them. */
export const SPLIT_MIN_SHARE = 0.25;

const TOLERANCE = 1e-9;

export type SplitDecision = {
  /** Ratings counted. */
  n: number;
  median: number | null;
  /** The band's edges (median - 1, median + 1); null with no ratings. */
  bandLow: number | null;
  bandHigh: number | null;
  /** Ratings below and above the band. */
  below: number;
  above: number;
  outside: number;
  /** Ratings outside needed for a split: max(2, ceil(n / 4)). */
  threshold: number;
  split: boolean;
};

/** max(2, ceil(25% of n)). */
export function splitThreshold(n: number): number {
  return Math.max(SPLIT_MIN_OUTSIDE, Math.ceil(SPLIT_MIN_SHARE * n));
}

/** Applies the split rule to ratings in any order. */
export function splitDecision(values: readonly number[]): SplitDecision {
  const n = values.length;
  const threshold = splitThreshold(n);
  if (n === 0)
    return {
      n,
      median: null,
      bandLow: null,
      bandHigh: null,
      below: 0,
      above: 0,
      outside: 0,
      threshold,
      split: false,
    };
  const median = quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
  let below = 0;
  let above = 0;
  for (const v of values) {
    if (v < median - SPLIT_BAND_HALF_WIDTH - TOLERANCE) below += 1;
    else if (v > median + SPLIT_BAND_HALF_WIDTH + TOLERANCE) above += 1;
  }
  const outside = below + above;
  return {
    n,
    median,
    bandLow: median - SPLIT_BAND_HALF_WIDTH,
    bandHigh: median + SPLIT_BAND_HALF_WIDTH,
    below,
    above,
    outside,
    threshold,
    split: outside >= threshold,
  };
}

/** The split decision for a dimension, over respondents' dimension means. */
export function dimensionSplit(dimension: DimensionAggregate): SplitDecision {
  return splitDecision(dimension.respondentMeans.filter((m): m is number => m !== null));
}

/** The split decision for an item, over its ratings. */
export function itemSplit(item: ItemAggregate): SplitDecision {
  return splitDecision(item.values);
}

export type DiscussFirstEntry = {
  kind: 'dimension' | 'item';
  /** The dimension id, or the item id. */
  id: string;
  dimensionId: string;
  /** The dimension's name or the item's statement. */
  label: string;
  decision: SplitDecision;
};

/** Every split dimension and item, most ratings outside the band first. */
export function discussFirst(aggregate: GroupAggregate): DiscussFirstEntry[] {
  const entries: (DiscussFirstEntry & { order: number })[] = [];
  let order = 0;
  for (const d of aggregate.dimensions) {
    entries.push({
      kind: 'dimension',
      id: d.dimensionId,
      dimensionId: d.dimensionId,
      label: d.name,
      decision: dimensionSplit(d),
      order: order++,
    });
  }
  for (const d of aggregate.dimensions) {
    for (const item of d.items) {
      entries.push({
        kind: 'item',
        id: item.itemId,
        dimensionId: d.dimensionId,
        label: item.text,
        decision: itemSplit(item),
        order: order++,
      });
    }
  }
  return entries
    .filter((e) => e.decision.split)
    .sort((a, b) => b.decision.outside - a.decision.outside || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}
