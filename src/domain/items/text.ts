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
import type { ItemKindModel, Message } from './item-kind';

/** The message when an answer is past its limit: "Your answer to ‘…’ must be 500 characters or fewer". */
export function tooLongMessage(question: string, limit: number): Message {
  const most = count(limit);
  return /*i18n*/ {
    id: 'Your answer to {question} must be {most} characters or fewer',
    message: 'Your answer to {question} must be {most} characters or fewer',
    values: { question, most },
  };
}

/** The message when a section comment is past its limit. */
export function commentTooLongMessage(limit: number): Message {
  const most = count(limit);
  return /*i18n*/ {
    id: 'Your comment must be {most} characters or fewer',
    message: 'Your comment must be {most} characters or fewer',
    values: { most },
  };
}

export const textKind: ItemKindModel<TextItem> = {
  isValid: (_item, value): value is AnswerValue =>
    typeof value === 'string' && value.length <= MAX_SAVED_TEXT,
  isAnswered: (_item, value) => typeof value === 'string' && value.trim().length > 0,
  format: (_item, value) => (typeof value === 'string' ? [value] : []),
  formValue: (_item, value) => (typeof value === 'string' ? value : ''),
  fieldSchema(item, _scale, requireAnswer, translate) {
    const question = quote(item.text);
    return z.unknown().check(
      z.superRefine((raw, ctx) => {
        const v = fieldText(raw);
        if (requireAnswer && v.trim() === '')
          ctx.addIssue({
            code: 'custom',
            message: translate(
              /*i18n*/ {
                id: 'Enter an answer to {question}',
                message: 'Enter an answer to {question}',
                values: { question },
              },
            ),
          });
        else if (v.length > item.maxLength)
          ctx.addIssue({
            code: 'custom',
            message: translate(tooLongMessage(question, item.maxLength)),
          });
      }),
    );
  },
  toAnswer(_item, raw) {
    const value = fieldText(raw);
    return value.trim() === '' ? undefined : value;
  },
  codeSlots: () => [],
};
