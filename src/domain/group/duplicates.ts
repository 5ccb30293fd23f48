/**
 * Possible duplicates: two responses with different ids but exactly the same answers to every
 * question that is not free text. That is what a person who hands in both a file and a code
 * looks like (a code carries no free text and no response id). It can also be chance, so the
 * facilitator is told, and decides.
 */
import type { AnswerMap } from '../answers/answer-schema';
import type { Bank } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';

/** Canonical text of the non-free-text answers, or null when nothing is answered. */
function signature(scored: string[], answers: AnswerMap): string | null {
  const parts = scored
    .filter((id) => Object.hasOwn(answers, id))
    .map((id) => `${id}=${JSON.stringify(answers[id])}`);
  return parts.length > 0 ? parts.join('|') : null;
}

/** Groups of positions (0-based, in the order given) whose responses answered identically. */
export function possibleDuplicates(
  bank: Bank,
  responses: readonly { answers: AnswerMap }[],
): number[][] {
  const scored = allItems(bank)
    .filter((i) => i.kind !== 'text')
    .map((i) => i.id)
    .sort();
  const seen = new Map<string, number[]>();
  responses.forEach((r, index) => {
    const key = signature(scored, r.answers);
    if (key === null) return;
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });
  return [...seen.values()].filter((group) => group.length > 1);
}
