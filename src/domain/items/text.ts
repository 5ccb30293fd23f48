/**
 * Free text: never scored, never put in a response code. Text longer than the item's limit is
 * still a valid answer to keep (up to MAX_SAVED_TEXT), so that nothing typed is lost; the form
 * refuses it on Continue, with the count of characters too many.
 */
import { z } from '../zod';
import type { TextItem } from '../bank/bank-schema';
import { MAX_SAVED_TEXT } from '../answers/answer-values';
import type { AnswerValue } from '../answers/answer-values';
import { count, fieldText, quote } from './item-kind';
import type { ItemKindModel } from './item-kind';

/** The message when text is past its limit: "Your answer to ‘…’ must be 500 characters or fewer". */
export function tooLongMessage(what: string, limit: number): string {
  return `${what} must be ${count(limit)} characters or fewer`;
}

export const textKind: ItemKindModel<TextItem> = {
  isValid: (_item, value): value is AnswerValue =>
    typeof value === 'string' && value.length <= MAX_SAVED_TEXT,
  isAnswered: (_item, value) => typeof value === 'string' && value.trim().length > 0,
  format: (_item, value) => (typeof value === 'string' ? [value] : []),
  formValue: (_item, value) => (typeof value === 'string' ? value : ''),
  fieldSchema(item, _scale, requireAnswer) {
    const question = quote(item.text);
    return z.unknown().superRefine((raw, ctx) => {
      const v = fieldText(raw);
      if (requireAnswer && v.trim() === '')
        ctx.addIssue({ code: 'custom', message: `Enter an answer to ${question}` });
      else if (v.length > item.maxLength)
        ctx.addIssue({
          code: 'custom',
          message: tooLongMessage(`Your answer to ${question}`, item.maxLength),
        });
    });
  },
  toAnswer(_item, raw) {
    const value = fieldText(raw);
    return value.trim() === '' ? undefined : value;
  },
  codeSlots: () => [],
};
