/**
 * Governance fit (Provan and Kenis 2008): the mode a partnership says it uses against the mode
 * its conditions point to.
 *
 * Rule
 *   - Mode in use: from the `governance-mode` profile item(s). The chosen option's weights name
 *     a mode or the bank's `governance.unclear` target; the target with the highest weight is
 *     the answer. If that target is the unclear one, or two targets tie at the top, the mode in
 *     use is 'unclear'. Unanswered or Don't know gives null.
 *   - Predicted mode: each answered `governance-conditions` item adds importance x weight (the
 *     mean over chosen options for a multiple choice) to each mode. The mode with the largest
 *     total is predicted. No condition answered gives null ('none-answered'); a tie at the top
 *     also gives null ('tied'), because the conditions then do not separate the modes.
 *   - Mismatch: the mode in use is a real mode, the prediction is not null, and they differ.
 *     It is a prompt for discussion, never a verdict, so the bank's prompt is returned with it.
 *
 * The bank's prompts are returned as fields (null when they do not apply) so that the screen
 * and the exports need no rule of their own.
 */
import type { Bank } from '../bank/bank-schema';
import type { AnswerMap } from '../answers/answer-schema';
import {
  answerFor,
  chosenOptions,
  isDontKnow,
  meanWeight,
  profileChoiceItems,
} from './choice-answers';
import { SCORE_EPSILON } from './round-score';

/** The literal used for "not clear" as the mode in use. */
export const UNCLEAR = 'unclear';

export type GovernanceResult = {
  /** A mode id, 'unclear', or null when unanswered or Don't know. */
  inUse: string | null;
  inUseName: string | null;
  /** The mode item was answered Don't know. */
  inUseDontKnow: boolean;
  predicted: string | null;
  predictedName: string | null;
  /** Why there is no prediction. */
  predictedMissing: 'none-answered' | 'tied' | null;
  /** Importance-weighted totals per mode id from the conditions answered. */
  conditionTotals: Record<string, number>;
  conditionsAnswered: number;
  conditionsDontKnow: number;
  conditionsTotal: number;
  mismatch: boolean;
  unclear: boolean;
  /** The bank's mismatch prompt when there is a mismatch, else null. */
  mismatchPrompt: string | null;
  /** The bank's prompt for an unclear mode when the mode in use is unclear, else null. */
  unclearPrompt: string | null;
};

/** The targets with the largest value, in the order given. */
function topTargets(ids: readonly string[], value: (id: string) => number): string[] {
  const best = Math.max(...ids.map(value));
  if (!(best > 0)) return [];
  return ids.filter((id) => best - value(id) <= SCORE_EPSILON);
}

/** The mode in use alone (see the rule above), for callers that need nothing else. */
export function modeInUse(
  bank: Bank,
  answers: AnswerMap,
): { inUse: string | null; dontKnow: boolean } {
  const targets = [...bank.governance.modes.map((m) => m.id), bank.governance.unclear];
  let dontKnow = false;
  for (const item of profileChoiceItems(bank, 'governance-mode')) {
    const chosen = chosenOptions(item, answerFor(answers, item.id));
    if (!chosen) {
      dontKnow ||= isDontKnow(answers, item.id);
      continue;
    }
    const top = topTargets(targets, (id) => meanWeight(chosen, id));
    if (top.length !== 1 || top[0] === bank.governance.unclear)
      return { inUse: UNCLEAR, dontKnow: false };
    return { inUse: top[0]!, dontKnow: false };
  }
  return { inUse: null, dontKnow };
}

/** Compares the governance mode in use with the one the conditions predict. */
export function scoreGovernance(bank: Bank, answers: AnswerMap): GovernanceResult {
  const modes = bank.governance.modes;
  const nameOf = (id: string | null) => modes.find((m) => m.id === id)?.name ?? null;
  const { inUse, dontKnow } = modeInUse(bank, answers);

  const conditions = profileChoiceItems(bank, 'governance-conditions');
  const totals = new Map<string, number>(modes.map((m) => [m.id, 0]));
  let answered = 0;
  let conditionsDontKnow = 0;
  for (const item of conditions) {
    const chosen = chosenOptions(item, answerFor(answers, item.id));
    if (!chosen) {
      if (isDontKnow(answers, item.id)) conditionsDontKnow += 1;
      continue;
    }
    answered += 1;
    for (const mode of modes)
      totals.set(mode.id, totals.get(mode.id)! + item.importance * meanWeight(chosen, mode.id));
  }
  const top =
    answered > 0
      ? topTargets(
          modes.map((m) => m.id),
          (id) => totals.get(id)!,
        )
      : [];
  const predicted = top.length === 1 ? top[0]! : null;
  const predictedMissing = answered === 0 ? 'none-answered' : predicted === null ? 'tied' : null;

  const unclear = inUse === UNCLEAR;
  const mismatch = inUse !== null && !unclear && predicted !== null && inUse !== predicted;
  return {
    inUse,
    inUseName: unclear ? null : nameOf(inUse),
    inUseDontKnow: dontKnow,
    predicted,
    predictedName: nameOf(predicted),
    predictedMissing,
    conditionTotals: Object.fromEntries(totals),
    conditionsAnswered: answered,
    conditionsDontKnow,
    conditionsTotal: conditions.length,
    mismatch,
    unclear,
    mismatchPrompt: mismatch ? bank.governance.mismatchPrompt : null,
    unclearPrompt: unclear ? bank.governance.unclearPrompt : null,
  };
}
