/**
 * The radar: one score per dimension from its agreement items.
 *
 * Rule (see agreement-tally.ts for the mean): a dimension's items are the agreement items whose
 * `dimension` is its id, in bank order. The score is the 0..100 transform of their keyed mean,
 * rounded to one decimal (`exact` keeps the unrounded value). With fewer answered items than
 * `bank.scoring.minCoverage` of the total there are "not enough answers": score, band and mean
 * are null and the dimension's `notEnough` text is given instead of a band interpretation.
 * Don't know and Not applicable are counted and shown, never averaged.
 *
 * Invariants: one entry per bank dimension, in bank order; there is no overall score.
 */
import type { Bank } from '../bank/bank-schema';
import { agreementItems } from '../bank/bank-queries';
import type { AnswerMap } from '../answers/answer-schema';
import { tallyAgreement } from './agreement-tally';
import { bandFor } from './bands';
import type { BandRef } from './bands';

export type DimensionScore = {
  dimensionId: string;
  name: string;
  /** Rounded to one decimal place; null when there are not enough answers. */
  score: number | null;
  /** Unrounded score, for charts and group statistics. */
  exact: number | null;
  band: BandRef | null;
  /** Mean on the bank's own scale (e.g. 1 to 5), after reverse keying. */
  mean: number | null;
  answered: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  enough: boolean;
  /** The band's interpretation, or the dimension's "not enough answers" text. */
  interpretation: string;
  /** The band's discussion prompts; empty when there is no band. */
  prompts: string[];
};

/** Scores every dimension of the bank, in bank order. */
export function scoreDimensions(bank: Bank, answers: AnswerMap): DimensionScore[] {
  const items = agreementItems(bank);
  return bank.dimensions.map((dimension) => {
    const tally = tallyAgreement(
      bank,
      items.filter((i) => i.dimension === dimension.id),
      answers,
    );
    const band = bandFor(bank, tally.score);
    const text = band ? dimension.bands[band.id] : undefined;
    return {
      dimensionId: dimension.id,
      name: dimension.name,
      score: tally.score,
      exact: tally.exact,
      band,
      mean: tally.mean,
      answered: tally.answered,
      dontKnow: tally.dontKnow,
      notApplicable: tally.notApplicable,
      unanswered: tally.unanswered,
      total: tally.total,
      enough: tally.enough,
      interpretation: text ? text.interpretation : dimension.notEnough,
      prompts: text ? [...text.prompts] : [],
    };
  });
}
