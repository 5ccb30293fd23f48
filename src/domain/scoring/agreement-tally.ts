/**
 * Agreement tally: the one mean rule shared by the radar dimensions and the leadership roles.
 *
 * Rule
 *   - An answer counts towards the mean only when it is one of the bank's scale values
 *     (`bank.scale.points`). Don't know and Not applicable are counted, never averaged. An
 *     entry that is neither (a value off the scale, a wrong type) is treated as unanswered.
 *   - A reverse-keyed item contributes `min + max - value`, where min and max are the lowest and
 *     highest scale values, so "strongly agree" with a negative statement counts as the lowest.
 *   - Score = (mean - min) / (max - min) x 100: 0 when every counted answer is the lowest,
 *     100 when every counted answer is the highest. With the 1 to 5 scale this is
 *     (m - 1) / 4 x 100.
 *   - Coverage: when answered / total < `bank.scoring.minCoverage` (or nothing is answered)
 *     there are "not enough answers": score and mean are null.
 *
 * Invariants: the score is null or a finite number in 0..100 (never NaN); the order of the
 * answer map never matters; answered + dontKnow + notApplicable + unanswered = total.
 */
import type { AgreementItem, Bank } from '../bank/bank-schema';
import { DONT_KNOW, NOT_APPLICABLE } from '../answers/answer-schema';
import type { AnswerMap } from '../answers/answer-schema';
import { roundScore } from './round-score';

export type AgreementTally = {
  /** Items with a value on the scale. */
  answered: number;
  dontKnow: number;
  notApplicable: number;
  /** No entry, or an entry that is not a valid agreement answer. */
  unanswered: number;
  total: number;
  /** True when enough items are answered to give a score. */
  enough: boolean;
  /** Mean of the keyed answers on the bank's own scale (e.g. 1 to 5), or null. */
  mean: number | null;
  /** The unrounded score, 0..100, or null. */
  exact: number | null;
  /** The score rounded to one decimal place: the figure shown and banded. */
  score: number | null;
};

export type ScaleBounds = { min: number; max: number; values: ReadonlySet<number> };

/** Lowest and highest value of the bank's agreement scale, and the set of valid values. */
// Made once per bank (never changed once loaded), not once per respondent and area.
const bounds = new WeakMap<Bank, Readonly<ScaleBounds>>();

export function scaleBounds(bank: Bank): Readonly<ScaleBounds> {
  let found = bounds.get(bank);
  if (!found) {
    const values = bank.scale.points.map((p) => p.value);
    found = { min: Math.min(...values), max: Math.max(...values), values: new Set(values) };
    bounds.set(bank, found);
  }
  return found;
}

/**
 * The keyed value of one agreement answer, or a label for why it has none.
 * Reverse keying maps v to min + max - v.
 */
export function keyedAnswer(
  scale: ScaleBounds,
  item: AgreementItem,
  value: unknown,
): number | 'dk' | 'na' | 'unanswered' {
  if (value === DONT_KNOW) return 'dk';
  if (value === NOT_APPLICABLE) return 'na';
  if (typeof value !== 'number' || !scale.values.has(value)) return 'unanswered';
  return item.reverse ? scale.min + scale.max - value : value;
}

/** Tallies the answers to `items` and scores them with the bank's scale and coverage rule. */
export function tallyAgreement(
  bank: Bank,
  items: readonly AgreementItem[],
  answers: AnswerMap,
): AgreementTally {
  const scale = scaleBounds(bank);
  let answered = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let sum = 0;
  for (const item of items) {
    const keyed = keyedAnswer(
      scale,
      item,
      Object.hasOwn(answers, item.id) ? answers[item.id] : undefined,
    );
    if (keyed === 'dk') dontKnow += 1;
    else if (keyed === 'na') notApplicable += 1;
    else if (keyed !== 'unanswered') {
      answered += 1;
      sum += keyed;
    }
  }
  const total = items.length;
  const unanswered = total - answered - dontKnow - notApplicable;
  // answered / total is compared as a quotient (not answered >= minCoverage x total) so that
  // 3 / 5 against 0.6 compares two identical doubles; the product form can be off by 1e-16.
  const enough = answered > 0 && answered / total >= bank.scoring.minCoverage;
  const range = scale.max - scale.min;
  if (!enough || range <= 0) {
    return {
      answered,
      dontKnow,
      notApplicable,
      unanswered,
      total,
      enough: enough && range > 0,
      mean: null,
      exact: null,
      score: null,
    };
  }
  // One division of exact integers: an all-highest set gives exactly 100, never 99.99999.
  const exact = (100 * (sum - answered * scale.min)) / (answered * range);
  return {
    answered,
    dontKnow,
    notApplicable,
    unanswered,
    total,
    enough,
    mean: sum / answered,
    exact,
    score: roundScore(exact),
  };
}
