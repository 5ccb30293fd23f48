/** An about-you choice (sector, role level, time involved): one option, never scored. */
import { z } from '../zod';
import type { SelectItem } from '../bank/bank-schema';
import type { AnswerValue } from '../answers/answer-values';
import { ABOUT_FIELDS } from '../response/about-fields';
import { fieldText, quote, valueOf } from './item-kind';
import type { ItemKindModel } from './item-kind';

function isValid(item: SelectItem, value: unknown): value is AnswerValue {
  return typeof value === 'string' && item.options.some((o) => o.id === value);
}

export const selectKind: ItemKindModel<SelectItem> = {
  isValid,
  isAnswered: () => true,
  format: (item, value) => [item.options.find((o) => o.id === value)?.label ?? String(value)],
  formValue: (_item, value) => (typeof value === 'string' ? value : ''),
  fieldSchema(item, _scale, requireAnswer, translate) {
    const ids = item.options.map((o) => o.id);
    const question = quote(item.text);
    const message = translate(
      /*i18n*/ {
        id: 'Select an answer to {question}',
        message: 'Select an answer to {question}',
        values: { question },
      },
    );
    return z.unknown().check(
      z.superRefine((raw, ctx) => {
        const v = fieldText(raw);
        if (v === '' ? requireAnswer : !ids.includes(v)) ctx.addIssue({ code: 'custom', message });
      }),
    );
  },
  toAnswer(_item, raw) {
    const value = fieldText(raw);
    return value === '' ? undefined : value;
  },
  codeSlots(item) {
    const m = item.options.length;
    const field = ABOUT_FIELDS.find((f) => f === item.field);
    return [
      {
        radix: m + 1,
        encode(answers, about) {
          // A response read from a file may carry the choice only in its about-you fields.
          const value = valueOf(answers, item.id) ?? (field ? about[field] : undefined);
          if (!isValid(item, value)) return 0;
          return item.options.findIndex((o) => o.id === value) + 1;
        },
        decode(digit, answers) {
          if (digit === 0) return true;
          if (digit > m) return false;
          answers[item.id] = item.options[digit - 1]!.id;
          return true;
        },
      },
    ];
  },
};
