/**
 * Group statistics: many respondents' answers to one bank, per dimension and per agreement item
 * (instrument.md section 7).
 *
 * Rule
 *   - Items: the ratings on the bank's scale (1 to 5), as answered, before any reverse keying,
 *     so that a median reads against the statement as written (`reverse` says when an item is
 *     reverse-keyed). Don't know, Not applicable and no answer are counted, never averaged.
 *   - Dimensions: each respondent's dimension mean after reverse keying, from the one mean rule
 *     (agreement-tally.ts), including its coverage rule: a respondent with too few answers in a
 *     dimension has no mean there, is counted in `notEnough`, and is left out of its statistics.
 *     The statistics are given twice: on the scale (`meanStats`, 1 to 5) and as 0..100 scores
 *     (`scoreStats`, from each respondent's unrounded score). The score is a straight-line
 *     transform of the mean, so the two agree point for point.
 *   - Quantiles: linear interpolation between order statistics, Hyndman and Fan type 7 (the
 *     default in R and numpy, and Excel's QUARTILE.INC, so a facilitator can check a figure in
 *     a spreadsheet). For sorted values x[0..n-1] and 0 <= p <= 1, h = (n - 1) p and
 *     Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]). The median is Q(0.5),
 *     the interquartile range is Q(0.75) - Q(0.25). With one value every quantile is that value
 *     and the IQR is 0; with none there are no statistics (null).
 *   - The group median score is rounded to one decimal place like every shown score, and its
 *     band is the band of that rounded figure.
 *
 * Invariants: statistics never depend on the order of the respondents or of the answer maps;
 * min <= q1 <= median <= q3 <= max; iqr >= 0; per item, n + dontKnow + notApplicable +
 * unanswered = the number of respondents. Per-respondent arrays follow the order given, so that
 * a chart can label and toggle each respondent's line; they carry no ids or names.
 */
import type { AgreementItem, Bank } from '../bank/bank-schema';
import { agreementItems } from '../bank/bank-queries';
import type { AnswerMap } from '../answers/answer-schema';
import { keyedAnswer, scaleBounds, tallyAgreement } from '../scoring/agreement-tally';
import { bandFor } from '../scoring/bands';
import type { BandRef } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';
import { runToEnd, type Steps } from '../steps';

/** Anything with answers: a response envelope, or a bare answer map wrapped for tests. */
export type Answered = { answers: AnswerMap };

export type Summary = {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** q3 - q1. */
  iqr: number;
  mean: number;
};

export type ItemAggregate = {
  itemId: string;
  dimensionId: string;
  text: string;
  /** Reverse-keyed: the statistics are of the ratings as given; the dimension keys them. */
  reverse: boolean;
  /** Ratings on the scale. */
  n: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  stats: Summary | null;
  /** How many gave each scale value, lowest value first. */
  distribution: { value: number; count: number }[];
  /** The ratings, lowest first (no link to who gave them). */
  values: number[];
};

export type DimensionAggregate = {
  dimensionId: string;
  name: string;
  /** Respondents with enough answers for a dimension mean. */
  n: number;
  /** Respondents without enough answers in this dimension. */
  notEnough: number;
  /** Don't know and Not applicable answers over all this dimension's items and respondents. */
  dontKnow: number;
  notApplicable: number;
  /** Statistics of respondents' dimension means, on the bank's scale (1 to 5). */
  meanStats: Summary | null;
  /** The same on the 0..100 score scale, unrounded. */
  scoreStats: Summary | null;
  /** The group median score rounded to one decimal place, or null. */
  medianScore: number | null;
  /** The band of `medianScore`. */
  band: BandRef | null;
  /** Each respondent's dimension mean (1 to 5), in the order given; null = not enough answers. */
  respondentMeans: (number | null)[];
  /** Each respondent's score, rounded 0..100, in the order given; null = not enough answers. */
  respondentScores: (number | null)[];
  items: ItemAggregate[];
};

export type GroupAggregate = {
  bankId: string;
  bankVersion: string;
  respondents: number;
  dimensions: DimensionAggregate[];
};

/** Type 7 quantile of values sorted lowest first; `p` in 0..1. The list must not be empty. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo]!;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return low + (h - lo) * (high - low);
}

/** n, quartiles, min, max and mean of `values` (any order), or null for none. */
export function summarise(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  // Sum in sorted order so that the mean does not depend on the order given.
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1,
    median: quantile(sorted, 0.5),
    q3,
    max: sorted[sorted.length - 1]!,
    iqr: q3 - q1,
    mean: sum / sorted.length,
  };
}

function aggregateItem(
  bank: Bank,
  item: AgreementItem,
  responses: readonly Answered[],
): ItemAggregate {
  const scale = scaleBounds(bank);
  const plain = { ...item, reverse: false };
  const values: number[] = [];
  let dontKnow = 0;
  let notApplicable = 0;
  for (const r of responses) {
    const value = Object.hasOwn(r.answers, item.id) ? r.answers[item.id] : undefined;
    const raw = keyedAnswer(scale, plain, value);
    if (raw === 'dk') dontKnow += 1;
    else if (raw === 'na') notApplicable += 1;
    else if (raw !== 'unanswered') values.push(raw);
  }
  values.sort((a, b) => a - b);
  const points = bank.scale.points.map((p) => p.value).sort((a, b) => a - b);
  return {
    itemId: item.id,
    dimensionId: item.dimension,
    text: item.text,
    reverse: item.reverse,
    n: values.length,
    dontKnow,
    notApplicable,
    unanswered: responses.length - values.length - dontKnow - notApplicable,
    stats: summarise(values),
    distribution: points.map((value) => ({
      value,
      count: values.filter((v) => v === value).length,
    })),
    values,
  };
}

/** Group statistics for every dimension of `bank` (in bank order) and each of its items. */
export function aggregateGroup(bank: Bank, responses: readonly Answered[]): GroupAggregate {
  return runToEnd(aggregateGroupInSteps(bank, responses));
}

/** `aggregateGroup` in steps: one dimension at a time (src/domain/steps.ts). */
export function* aggregateGroupInSteps(
  bank: Bank,
  responses: readonly Answered[],
): Steps<GroupAggregate> {
  const items = agreementItems(bank);
  const dimensions: DimensionAggregate[] = [];
  for (const dimension of bank.dimensions) {
    dimensions.push(aggregateDimension(bank, items, dimension, responses));
    yield;
  }
  return { bankId: bank.id, bankVersion: bank.version, respondents: responses.length, dimensions };
}

/** Each respondent's tally of one dimension's items, and the counts over them all. */
function dimensionTallies(
  bank: Bank,
  own: readonly AgreementItem[],
  responses: readonly Answered[],
) {
  const means: (number | null)[] = [];
  const scores: (number | null)[] = [];
  const exactScores: number[] = [];
  let dontKnow = 0;
  let notApplicable = 0;
  for (const r of responses) {
    const tally = tallyAgreement(bank, own, r.answers);
    dontKnow += tally.dontKnow;
    notApplicable += tally.notApplicable;
    means.push(tally.mean);
    scores.push(tally.score);
    if (tally.exact !== null) exactScores.push(tally.exact);
  }
  return { means, scores, exactScores, dontKnow, notApplicable };
}

/**
 * The group median score of every dimension of `bank` (in bank order), as aggregateGroup gives
 * them (`medianScore`), without the rest: the programme page summarises 400 cycles.
 */
export function groupMedianScores(bank: Bank, responses: readonly Answered[]): (number | null)[] {
  const items = agreementItems(bank);
  return bank.dimensions.map((dimension) => {
    const own = items.filter((i) => i.dimension === dimension.id);
    const scoreStats = summarise(dimensionTallies(bank, own, responses).exactScores);
    return scoreStats === null ? null : roundScore(scoreStats.median);
  });
}

function aggregateDimension(
  bank: Bank,
  items: readonly AgreementItem[],
  dimension: Bank['dimensions'][number],
  responses: readonly Answered[],
): DimensionAggregate {
  const own = items.filter((i) => i.dimension === dimension.id);
  const { means, scores, exactScores, dontKnow, notApplicable } = dimensionTallies(
    bank,
    own,
    responses,
  );
  const meanValues = means.filter((m): m is number => m !== null);
  const scoreStats = summarise(exactScores);
  const medianScore = scoreStats === null ? null : roundScore(scoreStats.median);
  return {
    dimensionId: dimension.id,
    name: dimension.name,
    n: meanValues.length,
    notEnough: responses.length - meanValues.length,
    dontKnow,
    notApplicable,
    meanStats: summarise(meanValues),
    scoreStats,
    medianScore,
    band: bandFor(bank, medianScore),
    respondentMeans: means,
    respondentScores: scores,
    items: own.map((item) => aggregateItem(bank, item, responses)),
  };
}
