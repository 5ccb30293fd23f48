/**
 * A choice question: one option (radios) or several (checkboxes), or Don't know. An option
 * marked `exclusive` in the bank, such as "None of these", cannot be chosen with any other
 * option, just as Don't know cannot: such an answer is not valid, and the form says so.
 */
import { z } from '../zod';
import type { ChoiceItem } from '../bank/bank-schema';
import { DONT_KNOW } from '../answers/answer-values';
import type { AnswerValue } from '../answers/answer-values';
import { fieldList, fieldText, idsOf, quote, valueOf } from './item-kind';
import type { ItemKindModel } from './item-kind';

/** The options that must be chosen on their own. */
export function exclusiveOptions(item: ChoiceItem) {
  return item.multiple ? item.options.filter((o) => o.exclusive) : [];
}

/** Whether a list of chosen option ids mixes an exclusive option with any other. */
function mixesExclusive(item: ChoiceItem, list: readonly string[]): boolean {
  return list.length > 1 && exclusiveOptions(item).some((o) => list.includes(o.id));
}

function isValid(item: ChoiceItem, value: unknown): value is AnswerValue {
  if (value === DONT_KNOW) return true;
  const ids = idsOf(item.options);
  if (!item.multiple) return typeof value === 'string' && ids.has(value);
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    new Set(value).size === value.length &&
    value.every((v) => typeof v === 'string' && ids.has(v)) &&
    !mixesExclusive(item, value as string[])
  );
}

export const choiceKind: ItemKindModel<ChoiceItem> = {
  isValid,
  isAnswered: (_item, value) => !Array.isArray(value) || value.length > 0,
  format(item, value, scale) {
    if (value === DONT_KNOW) return [scale.dontKnow];
    const list = Array.isArray(value) ? value : [value];
    return list.map((id) => item.options.find((o) => o.id === id)?.label ?? String(id));
  },
  formValue(item, value) {
    if (!item.multiple) return typeof value === 'string' ? value : '';
    if (Array.isArray(value)) return value;
    return value === DONT_KNOW ? [DONT_KNOW] : [];
  },
  fieldSchema(item, scale, requireAnswer, translate) {
    const ids = [...item.options.map((o) => o.id), DONT_KNOW];
    const question = quote(item.text);
    const dontKnow = scale.dontKnow;
    if (!item.multiple) {
      const message = translate(
        /*i18n*/ {
          id: 'Select an answer to {question}, or choose {dontKnow}',
          message: 'Select an answer to {question}, or choose {dontKnow}',
          values: { question, dontKnow },
        },
      );
      return z.unknown().check(
        z.superRefine((raw, ctx) => {
          const v = fieldText(raw);
          if (v === '' ? requireAnswer : !ids.includes(v))
            ctx.addIssue({ code: 'custom', message });
        }),
      );
    }
    return z.unknown().check(
      z.superRefine((raw, ctx) => {
        const list = fieldList(raw);
        const add = (message: string) => ctx.addIssue({ code: 'custom', message });
        if (list.length === 0 ? requireAnswer : !list.every((v) => ids.includes(v)))
          return add(
            translate(
              /*i18n*/ {
                id: 'Select at least one answer to {question}, or choose {dontKnow}',
                message: 'Select at least one answer to {question}, or choose {dontKnow}',
                values: { question, dontKnow },
              },
            ),
          );
        if (list.includes(DONT_KNOW) && list.length > 1)
          return add(
            translate(
              /*i18n*/ {
                id: 'Select either {dontKnow} or answers to {question}, not both',
                message: 'Select either {dontKnow} or answers to {question}, not both',
                values: { dontKnow, question },
              },
            ),
          );
        const alone = exclusiveOptions(item).find((o) => list.includes(o.id));
        if (alone && list.length > 1) {
          const option = alone.label;
          add(
            translate(
              /*i18n*/ {
                id: 'Select either ‘{option}’ or other answers to {question}, not both',
                message: 'Select either ‘{option}’ or other answers to {question}, not both',
                values: { option, question },
              },
            ),
          );
        }
      }),
    );
  },
  toAnswer(item, raw) {
    if (!item.multiple) {
      const value = fieldText(raw);
      return value === '' ? undefined : value;
    }
    const list = fieldList(raw);
    if (list.length === 0) return undefined;
    return list.includes(DONT_KNOW) ? DONT_KNOW : [...list];
  },
  codeSlots(item) {
    const m = item.options.length;
    if (!item.multiple) {
      return [
        {
          radix: m + 2,
          encode(answers) {
            const value = valueOf(answers, item.id);
            if (!isValid(item, value)) return 0;
            if (value === DONT_KNOW) return m + 1;
            return item.options.findIndex((o) => o.id === value) + 1;
          },
          decode(digit, answers) {
            if (digit === 0) return true;
            if (digit > m + 1) return false;
            answers[item.id] = digit <= m ? item.options[digit - 1]!.id : DONT_KNOW;
            return true;
          },
        },
      ];
    }
    // The bitmask of chosen options (option i is bit i); 2^m is Don't know.
    return [
      {
        radix: 2 ** m + 1,
        encode(answers) {
          const value = valueOf(answers, item.id);
          if (!isValid(item, value)) return 0;
          if (value === DONT_KNOW) return 2 ** m;
          const chosen = new Set(value as string[]);
          return item.options.reduce((mask, o, i) => (chosen.has(o.id) ? mask + 2 ** i : mask), 0);
        },
        decode(digit, answers) {
          if (digit === 0) return true;
          if (digit > 2 ** m) return false;
          answers[item.id] =
            digit === 2 ** m
              ? DONT_KNOW
              : item.options
                  .filter((_, i) => Math.floor(digit / 2 ** i) % 2 === 1)
                  .map((o) => o.id);
          return true;
        },
      },
    ];
  },
};
