/**
 * The people in a session as per-person outputs may show them: a label each, and a sector and
 * role only where showing them cannot single anyone out (privacy-rule.ts).
 *
 * Labels
 *   - "Person A", "Person B", ... "Person Z", "Person AA", ... in an order that has nothing to do
 *     with when people handed in: by an FNV-1a hash of the session id and the response id (ties,
 *     which need equal hashes, by the response id). So the same session gives the same labels
 *     whatever the order of arrival, and a label cannot be matched to who handed in first.
 *   - Labels are for per-person rows and lines only. Free text never carries one.
 *
 * Sector and role beside a label (the group CSV's columns, the list of responses)
 *   1. Each of the two is decided on its own first. A group (an option, or "Not given") is shown
 *      when at least 3 people are in it. If the people left hidden number 1 or 2, they could
 *      still be picked out ("the one who is not local authority"), so the smallest shown group is
 *      hidden too, and so on, until at least 3 are hidden or nothing is shown.
 *   2. Then the two together: people who show the same sector and role form a class, and every
 *      class must have at least 3 people (a lone senior manager among three local authority
 *      people would otherwise stand out). When one does not, only one of the two is shown: the
 *      one that shows more groups (sector on a tie); the other is hidden for everyone.
 *   Where a value is hidden, HIDDEN_TEXT is shown.
 *
 * Invariants (tests/unit/privacy): every class of people showing the same sector and role has at
 * least 3 people, unless nothing is shown for anyone; labels and what is shown beside them do
 * not depend on the order of the responses.
 */
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import type { Message } from '../group/message';
import { possibleDuplicates } from '../group/duplicates';
import {
  HIDDEN_TEXT,
  MIN_GROUP_SIZE,
  aboutSelect,
  groupOf,
  groupOptions,
  mayOfferPersonLines,
} from './privacy-rule';
import type { BreakdownField, GroupMember } from './privacy-rule';

type Identified = GroupMember & { responseId: string };

/** A sector or role as a per-person output may show it. */
export type ShownGroup = { shown: true; groupId: string; label: string } | { shown: false };

export type Person<R extends Identified = Identified> = {
  responseId: string;
  label: string;
  /** The label as a message, in the language in use. */
  name: Message;
  sector: ShownGroup;
  role: ShownGroup;
  response: R;
};

export type People<R extends Identified = Identified> = {
  /** Everyone, in label order. */
  people: Person<R>[];
  /** Whether any sector, or any role, is shown beside a label. */
  showsSector: boolean;
  showsRole: boolean;
};

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** "A" for 0, "Z" for 25, "AA" for 26 (bijective base 26). */
export function personLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * "Person A" for 0, "Person Z" for 25, "Person AA" for 26. The English label is the person's
 * key (for the lines shown, and in the files); `personName` is the same label as a message.
 */
export function personLabel(index: number): string {
  return `Person ${personLetters(index)}`;
}

/** `personLabel` as a message, for pages to show in the language in use ("Unigolyn A"). */
export function personName(index: number): Message {
  const letters = personLetters(index);
  return msg`Person ${letters}`;
}

/** The text shown for a sector or role beside a label. */
export function shownText(group: ShownGroup): string {
  return group.shown ? group.label : HIDDEN_TEXT;
}

/**
 * Step 1: the groups of one field that may be shown beside a label (and, on the projector, with
 * a count): `ids` holds each person's group, `order` the option order for ties.
 */
export function showable(ids: readonly string[], order: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const shown = new Set([...counts].filter(([, n]) => n >= MIN_GROUP_SIZE).map(([id]) => id));
  let hidden = ids.filter((id) => !shown.has(id)).length;
  const rank = (id: string) => order.indexOf(id);
  while (hidden > 0 && hidden < MIN_GROUP_SIZE && shown.size > 0) {
    // The smallest shown group; on a tie, the one later in the option order.
    const smallest = [...shown].sort(
      (a, b) => counts.get(a)! - counts.get(b)! || rank(b) - rank(a),
    )[0]!;
    shown.delete(smallest);
    hidden += counts.get(smallest)!;
  }
  return shown;
}

/** Everyone in the session, labelled, with what may be shown of their sector and role. */
export function listPeople<R extends Identified>(
  bank: Bank,
  sessionId: string,
  responses: readonly R[],
): People<R> {
  const ordered = responses
    .map((response) => ({ response, key: fnv1a(`${sessionId}\u0000${response.responseId}`) }))
    .sort(
      (a, b) =>
        a.key - b.key ||
        (a.response.responseId < b.response.responseId
          ? -1
          : a.response.responseId > b.response.responseId
            ? 1
            : 0),
    )
    .map((x) => x.response);

  const fields: BreakdownField[] = ['sector', 'role-level'];
  const items = fields.map((f) => aboutSelect(bank, f));
  const options = items.map((item) => groupOptions(item));
  const ids = fields.map((f, k) => ordered.map((r) => groupOf(items[k], r, f)));
  const allowed = ids.map((list, k) =>
    showable(
      list,
      options[k]!.map((o) => o.id),
    ),
  );

  // Step 2: sector and role together.
  const classes = new Map<string, number>();
  const keyOf = (i: number) =>
    ids.map((list, k) => (allowed[k]!.has(list[i]!) ? list[i]! : '')).join('\u0000');
  ordered.forEach((_, i) => classes.set(keyOf(i), (classes.get(keyOf(i)) ?? 0) + 1));
  if ([...classes.values()].some((n) => n < MIN_GROUP_SIZE) && ordered.length > 0) {
    const dropRole = allowed[0]!.size >= allowed[1]!.size;
    allowed[dropRole ? 1 : 0] = new Set();
  }

  const shownOf = (k: number, id: string): ShownGroup =>
    allowed[k]!.has(id)
      ? { shown: true, groupId: id, label: options[k]!.find((o) => o.id === id)!.label }
      : { shown: false };
  const people = ordered.map((response, i): Person<R> => ({
    responseId: response.responseId,
    label: personLabel(i),
    name: personName(i),
    sector: shownOf(0, ids[0]![i]!),
    role: shownOf(1, ids[1]![i]!),
    response,
  }));
  return {
    people,
    showsSector: people.some((p) => p.sector.shown),
    showsRole: people.some((p) => p.role.shown),
  };
}

/** One person's line on the radar: their dimension scores, under their label only. */
export type PersonLine = {
  /** The person's position in label order, for a line style that stays with them. */
  index: number;
  label: string;
  /** The label as a message, in the language in use. */
  name: Message;
  /** One 0..100 score per dimension, in bank order; null = not enough answers. */
  values: (number | null)[];
};

/**
 * Each person's line, or none when the session is too small for lines to be offered.
 * `scores[d][i]` is the score in dimension d of the i-th person in label order.
 */
export function personLines(
  people: People,
  scores: readonly (readonly (number | null)[])[],
): PersonLine[] {
  if (!mayOfferPersonLines(people.people.length)) return [];
  return people.people.map((p, i) => ({
    index: i,
    label: p.label,
    name: p.name,
    values: scores.map((d) => d[i] ?? null),
  }));
}

/** Labels of people whose answers are exactly the same (see duplicates.ts), by label order. */
export function duplicateLabels(bank: Bank, people: People): string[][] {
  return possibleDuplicates(
    bank,
    people.people.map((p) => p.response),
  ).map((group) => group.map((i) => people.people[i]!.label));
}
