/**
 * A page of questions as a form: the values the form holds, the zod schema that checks them
 * with messages a respondent can act on, and the conversion to saved answers. Each kind's part
 * is in its module in src/domain/items/; this module puts a page together.
 *
 * Every message names the question and says what to do. The schema takes whatever the fields
 * hold, including null (what a radio group holds once it has been tabbed past), so no message
 * ever comes from a type check.
 */
import { z } from '../zod';
import type { Item, Scale } from '../bank/bank-schema';
import { kindOf } from '../items/registry';
import type { FieldValue, Translate } from '../items/item-kind';
import { fieldText } from '../items/item-kind';
import { commentTooLongMessage } from '../items/text';
import type { AnswerMap, AnswerValue } from './answer-values';

export type { FieldValue, Translate };
export type PageFormValues = Record<string, FieldValue>;

/** The form field that holds the section comment on a section's last page. */
export const COMMENT_FIELD = 'section-comment';
export const COMMENT_MAX = 2000;
/** "Your comment must be 2,000 characters or fewer". */
export const COMMENT_TOO_LONG = commentTooLongMessage(COMMENT_MAX);

/** Form values for the page's items from what is saved. */
export function formDefaults(items: Item[], answers: AnswerMap, comment?: string): PageFormValues {
  const values: PageFormValues = {};
  for (const item of items) {
    const saved = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    values[item.id] = kindOf(item).formValue(item, saved);
  }
  if (comment !== undefined) values[COMMENT_FIELD] = comment;
  return values;
}

/**
 * The schema for a page. With `requireAnswers` false only what is given is checked; with true
 * (Continue) every required item must be answered too. Text past its limit is refused either way.
 * `translate` renders each message in the language in use (the page passes `i18n._`).
 */
export function buildPageSchema(
  items: Item[],
  scale: Scale,
  options: { requireAnswers: boolean; withComment: boolean; translate: Translate },
) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const item of items)
    shape[item.id] = kindOf(item).fieldSchema(
      item,
      scale,
      options.requireAnswers && item.required,
      options.translate,
    );
  if (options.withComment) {
    shape[COMMENT_FIELD] = z.unknown().check(
      z.superRefine((raw, ctx) => {
        if (fieldText(raw).length > COMMENT_MAX)
          ctx.addIssue({ code: 'custom', message: options.translate(COMMENT_TOO_LONG) });
      }),
    );
  }
  return z.object(shape);
}

/** Converts one field's form value to a saved answer; `undefined` means unanswered. */
export function toAnswer(item: Item, value: unknown): AnswerValue | undefined {
  return value === undefined ? undefined : kindOf(item).toAnswer(item, value);
}

export function formToAnswers(
  items: Item[],
  values: PageFormValues,
): Record<string, AnswerValue | undefined> {
  return Object.fromEntries(items.map((item) => [item.id, toAnswer(item, values[item.id])]));
}
