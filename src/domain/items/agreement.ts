/** An agreement statement: one point of the bank's scale, or Don't know, or Not applicable. */
import { z } from '../zod';
import type { AgreementItem } from '../bank/bank-schema';
import { DONT_KNOW, NOT_APPLICABLE } from '../answers/answer-values';
import type { AnswerValue } from '../answers/answer-values';
import { DEFAULT_SCALE, fieldText, quote, valueOf } from './item-kind';
import type { ItemKindModel } from './item-kind';

function isValid(
  _item: AgreementItem,
  value: unknown,
  scale: readonly number[] = DEFAULT_SCALE,
): value is AnswerValue {
  return (
    value === DONT_KNOW ||
    value === NOT_APPLICABLE ||
    (typeof value === 'number' && Number.isInteger(value) && scale.includes(value))
  );
}

export const agreementKind: ItemKindModel<AgreementItem> = {
  isValid,
  isAnswered: () => true,
  format(_item, value, scale) {
    if (value === DONT_KNOW) return [scale.dontKnow];
    if (value === NOT_APPLICABLE) return [scale.notApplicable];
    return [scale.points.find((p) => p.value === value)?.label ?? String(value)];
  },
  formValue: (_item, value) => (value === undefined ? '' : String(value)),
  fieldSchema(item, scale, requireAnswer, translate) {
    const allowed = [...scale.points.map((p) => String(p.value)), DONT_KNOW, NOT_APPLICABLE];
    const question = quote(item.text);
    const dontKnow = scale.dontKnow;
    const message = translate(
      /*i18n*/ {
        id: 'Select how much you agree with {question}, or choose {dontKnow}',
        message: 'Select how much you agree with {question}, or choose {dontKnow}',
        values: { question, dontKnow },
      },
    );
    return z.unknown().check(
      z.superRefine((raw, ctx) => {
        const v = fieldText(raw);
        if (v === '' ? requireAnswer : !allowed.includes(v))
          ctx.addIssue({ code: 'custom', message });
      }),
    );
  },
  toAnswer(_item, raw) {
    const value = fieldText(raw);
    if (value === DONT_KNOW || value === NOT_APPLICABLE) return value;
    return /^-?\d+$/.test(value) ? Number(value) : undefined;
  },
  codeSlots(item, scale) {
    const k = scale.length;
    return [
      {
        radix: k + 3,
        encode(answers) {
          const value = valueOf(answers, item.id);
          if (!isValid(item, value, scale)) return 0;
          if (value === DONT_KNOW) return k + 1;
          if (value === NOT_APPLICABLE) return k + 2;
          return scale.indexOf(value as number) + 1;
        },
        decode(digit, answers) {
          if (digit === 0) return true;
          if (digit > k + 2) return false;
          answers[item.id] =
            digit <= k ? scale[digit - 1]! : digit === k + 1 ? DONT_KNOW : NOT_APPLICABLE;
          return true;
        },
      },
    ];
  },
};
