/** A grid: several rows answered on the same options, each row an option id or Don't know. */
import { z } from '../zod';
import type { GridItem } from '../bank/bank-schema';
import { DONT_KNOW } from '../answers/answer-values';
import type { AnswerValue } from '../answers/answer-values';
import { fieldText, idsOf, valueOf } from './item-kind';
import type { ItemKindModel } from './item-kind';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isValid(item: GridItem, value: unknown): value is AnswerValue {
  if (!isRecord(value)) return false;
  const rows = idsOf(item.rows);
  const options = idsOf(item.options);
  return Object.entries(value).every(
    ([row, v]) => rows.has(row) && (v === DONT_KNOW || (typeof v === 'string' && options.has(v))),
  );
}

export const gridKind: ItemKindModel<GridItem> = {
  isValid,
  isAnswered: (item, value) => isRecord(value) && item.rows.every((r) => r.id in value),
  format(item, value, scale) {
    if (!isRecord(value)) return [];
    return item.rows
      .filter((r) => value[r.id] !== undefined)
      .map((r) => {
        const v = value[r.id];
        const label =
          v === DONT_KNOW
            ? scale.dontKnow
            : (item.options.find((o) => o.id === v)?.label ?? String(v));
        return `${r.label}: ${label}`;
      });
  },
  formValue(item, value) {
    const saved = isRecord(value) ? value : {};
    return Object.fromEntries(item.rows.map((r) => [r.id, fieldText(saved[r.id])]));
  },
  fieldSchema(item, scale, requireAnswer, translate) {
    const ids = [...item.options.map((o) => o.id), DONT_KNOW];
    const dontKnow = scale.dontKnow;
    return z.unknown().check(
      z.superRefine((raw, ctx) => {
        const values = isRecord(raw) ? raw : {};
        for (const row of item.rows) {
          const v = fieldText(values[row.id]);
          const rowName = row.label;
          if (v === '' ? requireAnswer : !ids.includes(v))
            ctx.addIssue({
              code: 'custom',
              path: [row.id],
              message: translate(
                /*i18n*/ {
                  id: 'Select an answer for ‘{rowName}’, or choose {dontKnow}',
                  message: 'Select an answer for ‘{rowName}’, or choose {dontKnow}',
                  values: { rowName, dontKnow },
                },
              ),
            });
        }
      }),
    );
  },
  toAnswer(_item, raw) {
    if (!isRecord(raw)) return undefined;
    const rows = Object.fromEntries(
      Object.entries(raw).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '',
      ),
    );
    return Object.keys(rows).length > 0 ? rows : undefined;
  },
  codeSlots(item) {
    const m = item.options.length;
    return item.rows.map((row) => ({
      radix: m + 2,
      encode(answers) {
        const value = valueOf(answers, item.id);
        if (!isValid(item, value)) return 0;
        const cell = (value as Record<string, string>)[row.id];
        if (cell === undefined) return 0;
        if (cell === DONT_KNOW) return m + 1;
        return item.options.findIndex((o) => o.id === cell) + 1;
      },
      decode(digit, answers) {
        if (digit === 0) return true;
        if (digit > m + 1) return false;
        const grid = (answers[item.id] ?? {}) as Record<string, string>;
        grid[row.id] = digit <= m ? item.options[digit - 1]!.id : DONT_KNOW;
        answers[item.id] = grid;
        return true;
      },
    }));
  },
};
