/**
 * Typology: how well the answers fit each of the report's types.
 *
 * Rule. Over the answered typology indicators i (Don't know and unanswered are left out):
 *
 *   fit_t = 100 x  sum_i importance_i x w_i,t(answer_i)
 *                  -----------------------------------
 *                  sum_i importance_i x max_o w_i,t(o)
 *
 * where w_i,t(answer) is the weight the chosen option gives to type t (the mean over chosen
 * options for a multiple choice) and max_o w_i,t(o) is the most any one option of item i gives
 * to t. So a fit is "how much of the evidence for t that the answered items could give, they
 * did give", weighted by importance (the main change sought weighs most). Choosing the option
 * most typical of t on every answered indicator gives exactly 100 for t, and since no answer
 * gives more than the item's maximum, no fit exceeds 100. An item none of whose options
 * weighs towards t says nothing about t and is left out of t's sum; a type with no evidence
 * either way has a null fit.
 *
 * Reading. Types are ranked by their rounded fit (ties keep bank order). The best fit is the
 * top type; `blend` names the top two when they are within `blendMargin` points (an exact tie
 * is always a blend: read "a blend of X and Y", never X alone). With fewer answered indicators
 * than `minAnswered` the result is `tooFew`: no best fit, no blend and no reasons, although the
 * fits are still given (null when nothing is answered) so that the answers given can be shown.
 * `reasons` lists the answered items that gave the best fit its points, largest first; each
 * `contribution` is in fit points and they add up to the best fit (before rounding).
 */
import type { Bank, ChoiceItem, Option } from '../bank/bank-schema';
import { DONT_KNOW } from '../answers/answer-schema';
import type { AnswerMap } from '../answers/answer-schema';
import {
  answerFor,
  chosenOptions,
  maxWeight,
  meanWeight,
  profileChoiceItems,
} from './choice-answers';
import { roundScore, SCORE_EPSILON } from './round-score';

export type TypeFit = { typeId: string; name: string; fit: number | null; exact: number | null };

export type TypologyReason = {
  itemId: string;
  itemText: string;
  /** The chosen option(s), in the item's option order. */
  options: { id: string; label: string }[];
  /** Fit points this answer gave the best fit, rounded to one decimal. */
  contribution: number;
};

export type TypologyResult = {
  /** Rounded fit per type id, in bank order. */
  fits: Record<string, number | null>;
  /** Every type, best first (null fits last; ties in bank order). */
  ranking: TypeFit[];
  bestFit: string | null;
  /** The top two type ids when within the bank's blend margin. */
  blend: [string, string] | null;
  tooFew: boolean;
  /** Indicators answered with an option (not Don't know). */
  answered: number;
  dontKnow: number;
  /** Number of typology indicators in the bank. */
  total: number;
  minAnswered: number;
  reasons: TypologyReason[];
};

type Contribution = { item: ChoiceItem; chosen: Option[]; points: number };

type Tally = {
  items: ChoiceItem[];
  denominator: Map<string, number>;
  /** Per type, what each answered item gave it; only when asked for (the reasons). */
  parts: Map<string, Contribution[]> | null;
  answered: number;
  dontKnow: number;
  ranking: TypeFit[];
  tooFew: boolean;
  bestFit: string | null;
  blend: [string, string] | null;
};

function tallyTypology(bank: Bank, answers: AnswerMap, withParts: boolean): Tally {
  const items = profileChoiceItems(bank, 'typology');
  const types = bank.typology.types;
  const numerator = new Map<string, number>(types.map((t) => [t.id, 0]));
  const denominator = new Map<string, number>(types.map((t) => [t.id, 0]));
  const parts = withParts ? new Map<string, Contribution[]>(types.map((t) => [t.id, []])) : null;
  let answered = 0;
  let dontKnow = 0;

  for (const item of items) {
    const value = answerFor(answers, item.id);
    if (value === DONT_KNOW) dontKnow += 1;
    const chosen = chosenOptions(item, value);
    if (!chosen) continue;
    answered += 1;
    for (const type of types) {
      const most = maxWeight(item, type.id);
      if (most <= 0) continue; // the item cannot speak for or against this type
      const given = item.importance * meanWeight(chosen, type.id);
      numerator.set(type.id, numerator.get(type.id)! + given);
      denominator.set(type.id, denominator.get(type.id)! + item.importance * most);
      parts?.get(type.id)!.push({ item, chosen, points: given });
    }
  }

  const ranking: TypeFit[] = types.map((type) => {
    const den = denominator.get(type.id)!;
    const exact = den > 0 ? Math.min(100, (100 * numerator.get(type.id)!) / den) : null;
    return {
      typeId: type.id,
      name: type.name,
      exact,
      fit: exact === null ? null : roundScore(exact),
    };
  });
  // Array.prototype.sort is stable, so equal fits keep bank order.
  ranking.sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1));

  const tooFew = answered < bank.typology.minAnswered;
  const [first, second] = ranking;
  const bestFit = !tooFew && first && first.fit !== null ? first.typeId : null;
  const blend: [string, string] | null =
    bestFit &&
    second &&
    second.fit !== null &&
    first!.fit! - second.fit <= bank.typology.blendMargin + SCORE_EPSILON
      ? [first!.typeId, second.typeId]
      : null;
  return { items, denominator, parts, answered, dontKnow, ranking, tooFew, bestFit, blend };
}

/**
 * The best fit and blend alone, as scoreTypology gives them, for callers that need nothing
 * else (the programme page summarises 20,000 respondents).
 */
export function typologyFit(
  bank: Bank,
  answers: AnswerMap,
): Pick<TypologyResult, 'bestFit' | 'blend'> {
  const { bestFit, blend } = tallyTypology(bank, answers, false);
  return { bestFit, blend };
}

/** Scores the typology indicators. */
export function scoreTypology(bank: Bank, answers: AnswerMap): TypologyResult {
  const { items, denominator, parts, answered, dontKnow, ranking, tooFew, bestFit, blend } =
    tallyTypology(bank, answers, true);
  const types = bank.typology.types;
  const fits = Object.fromEntries(
    types.map((t) => [t.id, ranking.find((r) => r.typeId === t.id)!.fit]),
  );

  const reasons: TypologyReason[] = bestFit
    ? parts!
        .get(bestFit)!
        .filter((p) => p.points > 0)
        .map((p) => ({
          itemId: p.item.id,
          itemText: p.item.text,
          options: p.chosen.map((o) => ({ id: o.id, label: o.label })),
          contribution: roundScore((100 * p.points) / denominator.get(bestFit)!),
        }))
        .sort((a, b) => b.contribution - a.contribution)
    : [];

  return {
    fits,
    ranking,
    bestFit,
    blend,
    tooFew,
    answered,
    dontKnow,
    total: items.length,
    minAnswered: bank.typology.minAnswered,
    reasons,
  };
}
