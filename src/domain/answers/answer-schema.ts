/**
 * Answers are kept by stable item id. One value per item, its shape set by the item's kind:
 *   agreement  a scale value (1 to 5), or DONT_KNOW / NOT_APPLICABLE
 *   choice     an option id (single) or a list of option ids (multiple), or DONT_KNOW
 *   grid       row id -> option id or DONT_KNOW
 *   select     an option id (about-you fields)
 *   text       free text, never scored
 * An item with no entry is unanswered. Don't know and Not applicable are answers: they count
 * as answered for the journey but are left out of every mean.
 */
import { z } from '../zod';
import type { Item } from '../bank/bank-schema';

export const DONT_KNOW = 'dk';
export const NOT_APPLICABLE = 'na';

export const AnswerValueSchema = z.union([
  z.number().int().min(-100).max(100),
  z.string().max(5000),
  z.array(z.string().max(60)).max(20),
  z.record(z.string().max(60), z.string().max(60)),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerMapSchema = z.record(z.string().max(60), AnswerValueSchema);
export type AnswerMap = z.infer<typeof AnswerMapSchema>;

/** True when `value` is a valid answer to `item`. Used on every value read from outside. */
export function isValidAnswer(item: Item, value: unknown): value is AnswerValue {
  switch (item.kind) {
    case 'agreement':
      return (
        value === DONT_KNOW ||
        value === NOT_APPLICABLE ||
        (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5)
      );
    case 'choice': {
      const ids = new Set(item.options.map((o) => o.id));
      if (value === DONT_KNOW) return true;
      if (!item.multiple) return typeof value === 'string' && ids.has(value);
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        new Set(value).size === value.length &&
        value.every((v) => typeof v === 'string' && ids.has(v))
      );
    }
    case 'grid': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      const rows = new Set(item.rows.map((r) => r.id));
      const options = new Set(item.options.map((o) => o.id));
      return Object.entries(value).every(
        ([row, v]) =>
          rows.has(row) && (v === DONT_KNOW || (typeof v === 'string' && options.has(v))),
      );
    }
    case 'select':
      return typeof value === 'string' && item.options.some((o) => o.id === value);
    case 'text':
      return typeof value === 'string' && value.length <= item.maxLength;
  }
}

/** Whether an item counts as answered on the journey (Don't know counts; blank text does not). */
export function isAnswered(item: Item, value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (item.kind === 'text') return typeof value === 'string' && value.trim().length > 0;
  if (item.kind === 'grid')
    return (
      typeof value === 'object' && !Array.isArray(value) && item.rows.every((r) => r.id in value)
    );
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
