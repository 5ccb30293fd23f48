/**
 * The privacy rule, in one place. Every output that can leave the facilitator's own eyes (a
 * screen or projector, the group PDF, the group CSV) asks this module what it may show.
 *
 * Rule
 *   - No output ties an answer, a comment or a per-person line to a sector or role group of
 *     fewer than MIN_GROUP_SIZE (3) people.
 *   - Group figures: a sector or role group is given figures, or an exact count, only when it
 *     has at least 3 people (`mayShowGroup`); the same holds for each figure within a shown
 *     group (a median over fewer than 3 scores is not shown).
 *   - Per-person outputs (the CSV's rows, the list of responses, the radar's per-person lines)
 *     carry a label from people.ts: "Person A", "Person B" and so on, in an order that has
 *     nothing to do with when people handed in. Beside a label, a sector or role is shown only
 *     when it cannot single anyone out (see people.ts for how that is decided).
 *   - Free text (comments, reflections, about-you text) never carries a person label, sector or
 *     role: a stable label across questions would let a reader who recognises one person's
 *     words read all of their answers. Free text is listed by question, in alphabetical order.
 *   - Per-person radar lines are offered only when the session has at least 3 respondents
 *     (`mayOfferPersonLines`), and their labels never name a sector or role.
 *
 * Who belongs to which group: the option a respondent chose for the bank's select item that
 * fills the about-field (`sector` or `role-level`), read from the answers, or from the
 * envelope's `about` when the answer is missing. No answer, or a value that is not an option of
 * that item, puts them in "Not given" (a group like any other).
 *
 * The facilitator's own session file is not an output in this sense: it holds every response
 * in full, so that the session can be reopened, and is not for sharing (docs/group-sessions.md).
 */
import { msg } from '@lingui/core/macro';
import type { Bank, SelectItem } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import type { AnswerMap } from '../answers/answer-schema';
import type { About } from '../response/response-schema';

/** Groups (and figures) resting on fewer people than this are never shown. */
export const MIN_GROUP_SIZE = 3;

export const NOT_GIVEN = 'not-given';
export const NOT_GIVEN_LABEL = 'Not given';
/** Said in a person's row where their sector or role is not shown. */
export const HIDDEN_TEXT = 'Not shown';
/** NOT_GIVEN_LABEL and HIDDEN_TEXT as messages, for pages to show in the language in use. */
export const NOT_GIVEN_MESSAGE = msg`Not given`;
export const HIDDEN_MESSAGE = msg`Not shown`;

export type BreakdownField = 'sector' | 'role-level';

/** What the privacy rule reads from a response. */
export type GroupMember = {
  answers: AnswerMap;
  about?: About;
  comments?: Record<string, string>;
  /** The language each comment and free-text answer was written in, where recorded. */
  commentLanguages?: Record<string, string>;
  answerLanguages?: Record<string, string>;
};

/** Whether a group of `n` people may be given figures or an exact count. */
export function mayShowGroup(n: number): boolean {
  return n >= MIN_GROUP_SIZE;
}

/** Whether the radar may offer each person's line, for a session of `respondents`. */
export function mayOfferPersonLines(respondents: number): boolean {
  return respondents >= MIN_GROUP_SIZE;
}

/**
 * Whether figures for the whole session rest on so few people that one person's answers may be
 * easy to pick out (1 or 2 respondents): pages say so before they are shown.
 */
export function fewPeople(respondents: number): boolean {
  return respondents > 0 && respondents < MIN_GROUP_SIZE;
}

/** The bank's select item that fills `field`, if there is one. */
export function aboutSelect(bank: Bank, field: BreakdownField): SelectItem | undefined {
  return allItems(bank).find((i): i is SelectItem => i.kind === 'select' && i.field === field);
}

/** The option id a respondent chose for `field`, or NOT_GIVEN. */
export function groupOf(
  item: SelectItem | undefined,
  member: GroupMember,
  field: BreakdownField,
): string {
  if (!item) return NOT_GIVEN;
  const fromAnswer = Object.hasOwn(member.answers, item.id) ? member.answers[item.id] : undefined;
  const value = fromAnswer ?? member.about?.[field];
  return typeof value === 'string' && item.options.some((o) => o.id === value) ? value : NOT_GIVEN;
}

/** The groups of `field` in the item's option order, then "Not given". */
export function groupOptions(item: SelectItem | undefined): { id: string; label: string }[] {
  return [
    ...(item?.options ?? []).map((o) => ({ id: o.id, label: o.label })),
    { id: NOT_GIVEN, label: NOT_GIVEN_LABEL },
  ];
}

/** How many people are in each group of `field`, in option order, leaving out empty groups. */
export function groupCounts(
  bank: Bank,
  members: readonly GroupMember[],
  field: BreakdownField,
): { groupId: string; label: string; n: number; shown: boolean }[] {
  const item = aboutSelect(bank, field);
  const counts = new Map<string, number>();
  for (const m of members) {
    const id = groupOf(item, m, field);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return groupOptions(item)
    .filter((o) => counts.has(o.id))
    .map((o) => {
      const n = counts.get(o.id)!;
      return { groupId: o.id, label: o.label, n, shown: mayShowGroup(n) };
    });
}
