/**
 * One respondent's results: everything the results page and the exports show, derived from
 * the bank and the answers alone (never stored).
 *
 * Rule
 *   - Strengths are the scored dimensions in the top band (highest `min`); priorities are those
 *     in the lowest band. Both are listed highest score first for strengths and lowest first
 *     for priorities, ties in bank order.
 *   - The strongest and weakest dimensions compare rounded scores. A tie is kept as a tie: every
 *     dimension with the highest score is strongest, every one with the lowest is weakest, in
 *     bank order (so with one scored dimension it is both). Empty when nothing is scored.
 *   - Counts cover agreement items only: unanswered, Don't know and Not applicable.
 *   - There is deliberately no overall score: the dimensions stay apart, as in the peer tools.
 */
import type { Bank } from '../bank/bank-schema';
import type { AnswerMap } from '../answers/answer-schema';
import { lowestBand, topBand } from './bands';
import { scoreDimensions } from './score-dimensions';
import type { DimensionScore } from './score-dimensions';
import { scoreGovernance } from './score-governance';
import type { GovernanceResult } from './score-governance';
import { scoreLeadership } from './score-leadership';
import type { LeadershipResult } from './score-leadership';
import { scoreProfiles } from './score-profiles';
import type { ProfilesResult } from './score-profiles';
import { scoreTypology } from './score-typology';
import type { TypologyResult } from './score-typology';

export type AnswerCounts = {
  /** Agreement items in the bank. */
  total: number;
  answered: number;
  unanswered: number;
  dontKnow: number;
  notApplicable: number;
};

export type Results = {
  bankId: string;
  bankVersion: string;
  dimensions: DimensionScore[];
  strengths: DimensionScore[];
  priorities: DimensionScore[];
  /** Every dimension with the highest score, in bank order; empty when nothing is scored. */
  strongest: DimensionScore[];
  /** Every dimension with the lowest score, in bank order; empty when nothing is scored. */
  weakest: DimensionScore[];
  counts: AnswerCounts;
  typology: TypologyResult;
  governance: GovernanceResult;
  leadership: LeadershipResult;
  profiles: ProfilesResult;
};

type Scored = DimensionScore & { score: number };

/** Scores everything for one respondent. Pure: same bank and answers, same results. */
export function buildResults(bank: Bank, answers: AnswerMap): Results {
  const dimensions = scoreDimensions(bank, answers);
  const scored = dimensions.filter((d): d is Scored => d.score !== null);
  const top = topBand(bank).id;
  const low = lowestBand(bank).id;
  // sort is stable: equal scores keep bank order.
  const highFirst = [...scored].sort((a, b) => b.score - a.score);
  const lowFirst = [...scored].sort((a, b) => a.score - b.score);

  const sum = (pick: (d: DimensionScore) => number) => dimensions.reduce((n, d) => n + pick(d), 0);
  return {
    bankId: bank.id,
    bankVersion: bank.version,
    dimensions,
    strengths: highFirst.filter((d) => d.band?.id === top),
    priorities: lowFirst.filter((d) => d.band?.id === low),
    strongest: scored.filter((d) => d.score === highFirst[0]?.score),
    weakest: scored.filter((d) => d.score === lowFirst[0]?.score),
    counts: {
      total: sum((d) => d.total),
      answered: sum((d) => d.answered),
      unanswered: sum((d) => d.unanswered),
      dontKnow: sum((d) => d.dontKnow),
      notApplicable: sum((d) => d.notApplicable),
    },
    typology: scoreTypology(bank, answers),
    governance: scoreGovernance(bank, answers),
    leadership: scoreLeadership(bank, answers),
    profiles: scoreProfiles(bank, answers),
  };
}
