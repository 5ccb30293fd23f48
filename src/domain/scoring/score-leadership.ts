/**
 * Leadership roles (steward, mediator, catalyst): one 0..100 score per role from the agreement
 * items tagged with it in `roles`.
 *
 * Rule: exactly the dimension rule (agreement-tally.ts), including the coverage rule: with
 * fewer answered items than `bank.scoring.minCoverage` of the role's items the role has no
 * score. A role rests on only a few items, so a score from one answer out of three would say
 * more than the answers do. An item tagged with several roles counts for each of them. Roles
 * are shown side by side; one person can play several (the bank's `note` says so).
 */
import type { Bank } from '../bank/bank-schema';
import { agreementItems } from '../bank/bank-queries';
import type { AnswerMap } from '../answers/answer-schema';
import { tallyAgreement } from './agreement-tally';

export type RoleScore = {
  roleId: string;
  name: string;
  /** Rounded to one decimal; null when there are not enough answers. */
  score: number | null;
  exact: number | null;
  answered: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  total: number;
  enough: boolean;
};

export type LeadershipResult = { roles: RoleScore[]; note: string };

/** Scores each leadership role of the bank, in bank order. */
export function scoreLeadership(bank: Bank, answers: AnswerMap): LeadershipResult {
  const items = agreementItems(bank);
  const roles = bank.leadership.roles.map((role) => {
    const tally = tallyAgreement(
      bank,
      items.filter((i) => i.roles.includes(role.id)),
      answers,
    );
    return {
      roleId: role.id,
      name: role.name,
      score: tally.score,
      exact: tally.exact,
      answered: tally.answered,
      dontKnow: tally.dontKnow,
      notApplicable: tally.notApplicable,
      unanswered: tally.unanswered,
      total: tally.total,
      enough: tally.enough,
    };
  });
  return { roles, note: bank.leadership.note };
}
