/**
 * The values an answer can take, whatever its item. Answers are kept by stable item id, one
 * value per item, its shape set by the item's kind (see src/domain/items/):
 *   agreement  a scale value, or DONT_KNOW / NOT_APPLICABLE
 *   choice     an option id (single) or a list of option ids (multiple), or DONT_KNOW
 *   grid       row id -> option id or DONT_KNOW
 *   select     an option id (about-you fields)
 *   text       free text, never scored
 * An item with no entry is unanswered. Don't know and Not applicable are answers: they count
 * as answered for the journey but are left out of every mean.
 */
import { z } from '../zod';

export const DONT_KNOW = 'dk';
export const NOT_APPLICABLE = 'na';

/**
 * The most text any one field keeps: twice the longest limit a bank may set (5,000). Text typed
 * past a field's own limit is still saved, so nothing typed is lost; Continue is blocked with a
 * message instead. Fields stop taking input at this length.
 */
export const MAX_SAVED_TEXT = 10_000;

/** The longest id an answer may name: an item, an option or a grid row. */
export const MAX_ID = 60;
/** The most options a multiple-choice answer may hold. */
export const MAX_CHOICES = 20;
/** The range of a number answer (a scale value). */
export const MIN_NUMBER = -100;
export const MAX_NUMBER = 100;

export const AnswerValueSchema = z.union([
  z.number().check(z.int(), z.gte(MIN_NUMBER), z.lte(MAX_NUMBER)),
  z.string().check(z.maxLength(MAX_SAVED_TEXT)),
  z.array(z.string().check(z.maxLength(MAX_ID))).check(z.maxLength(MAX_CHOICES)),
  z.record(z.string().check(z.maxLength(MAX_ID)), z.string().check(z.maxLength(MAX_ID))),
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswerMapSchema = z.record(z.string().check(z.maxLength(MAX_ID)), AnswerValueSchema);
export type AnswerMap = z.infer<typeof AnswerMapSchema>;
