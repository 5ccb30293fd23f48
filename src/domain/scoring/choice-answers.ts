/**
 * Reading choice answers for the profiles.
 *
 * Rule: a choice answer is "chosen" when it names options of its item (one id for a single
 * choice, a non-empty list of distinct ids for a multiple choice). Don't know, no entry, or
 * anything that does not name the item's options gives no chosen options: it is left out of
 * every profile, neither for nor against any target. A multiple choice counts with the mean
 * of its chosen options' weights, so ticking more boxes never makes an item weigh more.
 */
import type { Bank, ChoiceItem, Option, ProfileId } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { DONT_KNOW } from '../answers/answer-schema';
import type { AnswerMap } from '../answers/answer-schema';

// A bank is never changed once loaded: what is worked out from it is kept as long as it is, so
// scoring 20,000 respondents (the programme page) does not work it out 20,000 times.
const profileItems = new WeakMap<Bank, Map<ProfileId, ChoiceItem[]>>();
const maxWeights = new WeakMap<ChoiceItem, Map<string, number>>();

/** Choice items of one profile, in bank order. */
export function profileChoiceItems(bank: Bank, profile: ProfileId): ChoiceItem[] {
  let byProfile = profileItems.get(bank);
  if (!byProfile) profileItems.set(bank, (byProfile = new Map()));
  let items = byProfile.get(profile);
  if (!items) {
    items = allItems(bank).filter(
      (i): i is ChoiceItem => i.kind === 'choice' && i.profile === profile,
    );
    byProfile.set(profile, items);
  }
  return items.slice();
}

/** The answer stored for an item, ignoring inherited keys. */
export function answerFor(answers: AnswerMap, itemId: string): unknown {
  return Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
}

/** Whether the item's answer is Don't know. */
export function isDontKnow(answers: AnswerMap, itemId: string): boolean {
  return answerFor(answers, itemId) === DONT_KNOW;
}

/** The options chosen for `item`, in the item's option order, or null when none are. */
export function chosenOptions(item: ChoiceItem, value: unknown): Option[] | null {
  const ids =
    typeof value === 'string' && value !== DONT_KNOW && !item.multiple
      ? [value]
      : Array.isArray(value) && item.multiple
        ? value
        : null;
  if (!ids || ids.length === 0 || new Set(ids).size !== ids.length) return null;
  const chosen = item.options.filter((o) => ids.includes(o.id));
  return chosen.length === ids.length ? chosen : null;
}

/** The weight an option gives to `target`; 0 when it names none. */
export function weightOf(option: Option, target: string): number {
  return Object.hasOwn(option.weights, target) ? (option.weights[target] ?? 0) : 0;
}

/** Mean weight the chosen options give to `target` (0 where an option names no weight). */
export function meanWeight(chosen: readonly Option[], target: string): number {
  if (chosen.length === 0) return 0;
  return chosen.reduce((sum, o) => sum + weightOf(o, target), 0) / chosen.length;
}

/** The highest weight any single option of the item gives to `target`. */
export function maxWeight(item: ChoiceItem, target: string): number {
  let byTarget = maxWeights.get(item);
  if (!byTarget) maxWeights.set(item, (byTarget = new Map()));
  let most = byTarget.get(target);
  if (most === undefined) {
    most = Math.max(0, ...item.options.map((o) => weightOf(o, target)));
    byTarget.set(target, most);
  }
  return most;
}
