/**
 * What every kind of item knows about its answers, in one place per kind (agreement.ts,
 * choice.ts, grid.ts, select.ts, text.ts), as GOV.UK Forms keeps one model per answer type:
 *
 *   isValid     whether a value is an answer the item can keep (saved, read from a file or a
 *               code); agreement values are checked against the bank's scale
 *   isAnswered  whether it counts as answered on the journey (Don't know counts)
 *   format      the answer in words, for check your answers and the exports
 *   formValue   what the form field holds for a saved answer
 *   fieldSchema the zod schema for the form field, whose every message is written for the
 *               person answering; it accepts whatever a field can hold (a radio group that was
 *               tabbed past holds null) and never reports a type
 *   toAnswer    the saved answer for what the field holds (undefined: unanswered)
 *   codeSlots   the item's digits in a response code (see response/response-code.ts)
 *
 * Rendering is the one thing a kind cannot hold here, because the domain has no React: each kind
 * has one renderer in src/features/questionnaire/fields/registry.tsx, an exhaustive record.
 */
import type { z } from '../zod';
import type { Item, Scale } from '../bank/bank-schema';
import type { AnswerMap, AnswerValue } from '../answers/answer-values';

/** What a form field holds: radios and text a string, checkboxes a list, a grid one per row. */
export type FieldValue = string | string[] | Record<string, string>;

/** One digit of a response code: `radix` states, 0 meaning unanswered. */
export type CodeSlot = {
  radix: number;
  /** The digit for what is saved; 0 when unanswered or not a valid answer. */
  encode(answers: AnswerMap, about: Readonly<Record<string, unknown>>): number;
  /** Writes the answer a digit stands for into `answers`; false when the digit is out of range. */
  decode(digit: number, answers: Record<string, AnswerValue>): boolean;
};

/**
 * Renders a message in the language in use. The domain writes messages as descriptors and has
 * no language of its own, so whoever builds a form's schema passes this in (the page passes
 * `i18n._`), and the form's messages are in the page's language.
 */
export type Translate = (message: Message) => string;

/**
 * A message made in the domain, rendered by the UI with `i18n._`: a Lingui message descriptor
 * written out (`/*i18n*\/ { id, message, values }`, found by `npm run i18n:extract`) rather than
 * made with the `msg` macro, because the command-line tools (npm run score, fuzz) run this code
 * without the macro's compile step. The id is the English, so the catalogue reads the same.
 */
export type Message = { id: string; message?: string; values?: Record<string, unknown> };

export type ItemKindModel<I extends Item> = {
  isValid(item: I, value: unknown, scale?: readonly number[]): value is AnswerValue;
  isAnswered(item: I, value: AnswerValue): boolean;
  format(item: I, value: AnswerValue, scale: Scale): string[];
  formValue(item: I, value: AnswerValue | undefined): FieldValue;
  fieldSchema(item: I, scale: Scale, requireAnswer: boolean, translate: Translate): z.ZodMiniType;
  toAnswer(item: I, value: unknown): AnswerValue | undefined;
  codeSlots(item: I, scale: readonly number[]): CodeSlot[];
};

/** The five-point scale that agreement answers are checked against when no bank is to hand. */
export const DEFAULT_SCALE: readonly number[] = [1, 2, 3, 4, 5];

/** Quoted, shortened question text for messages. */
export function quote(text: string): string {
  const t = text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
  return `‘${t}’`;
}

/**
 * A number written for people: 2,000 (English and Welsh group digits alike). Whole numbers are
 * grouped here rather than by `toLocaleString`: the first call on a page sets up the browser's
 * number formatting, which costs a phone tens of milliseconds, and the question page builds its
 * messages (with their limits) as it loads.
 */
export function count(n: number): string {
  return Number.isInteger(n)
    ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : n.toLocaleString('en-GB');
}

/** What a single-value field holds, as text: a radio group that was never chosen holds null. */
export function fieldText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** What a checkbox field holds, as a list: none ticked can be [], false or null. */
export function fieldList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

export function valueOf(answers: AnswerMap, id: string): AnswerValue | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

/** Option ids by option list, made once: a bank is never changed once loaded. */
const idSets = new WeakMap<readonly { id: string }[], ReadonlySet<string>>();

/** The ids of `list` as a set, made once per list. */
export function idsOf(list: readonly { id: string }[]): ReadonlySet<string> {
  let ids = idSets.get(list);
  if (!ids) idSets.set(list, (ids = new Set(list.map((o) => o.id))));
  return ids;
}
