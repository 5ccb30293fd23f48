/**
 * A page of questions as a form: the values an HTML form holds (strings), the zod schema that
 * checks them with messages a respondent can act on, and the conversion to stored answers.
 * Radios and checkboxes hold strings, so agreement values are written as "1".."5".
 */
import { z } from '../zod';
import type { Item, Scale } from '../bank/bank-schema';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerMap, type AnswerValue } from './answer-schema';

export type FieldValue = string | string[] | Record<string, string>;
export type PageFormValues = Record<string, FieldValue>;

/** The form field that holds the section comment on a section's last page. */
export const COMMENT_FIELD = 'section-comment';
export const COMMENT_MAX = 2000;

/** Quoted, shortened question text for error messages. */
function quote(text: string): string {
  const t = text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text;
  return `‘${t}’`;
}

export function errorMessageFor(item: Item): string {
  switch (item.kind) {
    case 'agreement':
      return `Select how much you agree with ${quote(item.text)}, or choose Don’t know`;
    case 'choice':
      return item.multiple
        ? `Select at least one answer to ${quote(item.text)}, or choose Don’t know`
        : `Select an answer to ${quote(item.text)}, or choose Don’t know`;
    case 'grid':
      return `Select an answer for each row of ${quote(item.text)}`;
    case 'select':
      return `Select an answer to ${quote(item.text)}`;
    case 'text':
      return `Enter an answer to ${quote(item.text)}`;
  }
}

/** Form values for the page's items from what is saved. */
export function formDefaults(items: Item[], answers: AnswerMap, comment?: string): PageFormValues {
  const values: PageFormValues = {};
  for (const item of items) {
    const v = answers[item.id];
    switch (item.kind) {
      case 'agreement':
        values[item.id] = v === undefined ? '' : String(v);
        break;
      case 'choice':
        values[item.id] = item.multiple
          ? Array.isArray(v)
            ? v
            : v === DONT_KNOW
              ? [DONT_KNOW]
              : []
          : typeof v === 'string'
            ? v
            : '';
        break;
      case 'grid':
        values[item.id] = Object.fromEntries(
          item.rows.map((r) => [
            r.id,
            v && typeof v === 'object' && !Array.isArray(v) ? (v[r.id] ?? '') : '',
          ]),
        );
        break;
      default:
        values[item.id] = typeof v === 'string' ? v : '';
    }
  }
  if (comment !== undefined) values[COMMENT_FIELD] = comment;
  return values;
}

function fieldSchema(item: Item, scale: Scale, requireAnswer: boolean): z.ZodType {
  const message = errorMessageFor(item);
  const pick = (allowed: string[]) =>
    z.string().refine((v) => (v === '' ? !requireAnswer : allowed.includes(v)), { message });
  switch (item.kind) {
    case 'agreement':
      return pick([...scale.points.map((p) => String(p.value)), DONT_KNOW, NOT_APPLICABLE]);
    case 'choice': {
      const ids = item.options.map((o) => o.id);
      if (!item.multiple) return pick([...ids, DONT_KNOW]);
      return z
        .array(z.string())
        .refine(
          (list) =>
            list.length === 0
              ? !requireAnswer
              : list.every((v) => ids.includes(v) || v === DONT_KNOW),
          { message },
        )
        .refine((list) => !(list.includes(DONT_KNOW) && list.length > 1), {
          message: `Select Don’t know on its own, or choose answers to ${quote(item.text)}`,
        });
    }
    case 'grid': {
      const ids = [...item.options.map((o) => o.id), DONT_KNOW];
      return z.object(
        Object.fromEntries(
          item.rows.map((r) => [
            r.id,
            z.string().refine((v) => (v === '' ? !requireAnswer : ids.includes(v)), {
              message: `Select how ${r.label.toLowerCase()} is used, or choose Don’t know`,
            }),
          ]),
        ),
      );
    }
    case 'select':
      return pick(item.options.map((o) => o.id));
    case 'text':
      return z
        .string()
        .max(
          item.maxLength,
          `${item.text.replace(/\?$/, '')} must be ${item.maxLength.toLocaleString('en-GB')} characters or fewer`,
        )
        .refine((v) => !requireAnswer || v.trim() !== '', { message });
  }
}

/**
 * The schema for a page. With `requireAnswers` false (saving as the user types) only the
 * shape is checked; with true (Continue) every required item must be answered.
 */
export function buildPageSchema(
  items: Item[],
  scale: Scale,
  options: { requireAnswers: boolean; withComment: boolean },
) {
  const shape: Record<string, z.ZodType> = {};
  for (const item of items)
    shape[item.id] = fieldSchema(item, scale, options.requireAnswers && item.required);
  if (options.withComment) {
    shape[COMMENT_FIELD] = z
      .string()
      .max(
        COMMENT_MAX,
        `Your comment must be ${COMMENT_MAX.toLocaleString('en-GB')} characters or fewer`,
      );
  }
  return z.object(shape);
}

/** Converts one field's form value to a stored answer; `undefined` means unanswered. */
export function toAnswer(item: Item, value: FieldValue | undefined): AnswerValue | undefined {
  if (value === undefined) return undefined;
  switch (item.kind) {
    case 'agreement': {
      if (value === DONT_KNOW || value === NOT_APPLICABLE) return value;
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
      return Number.isInteger(n) ? n : undefined;
    }
    case 'choice':
      if (item.multiple) {
        if (!Array.isArray(value) || value.length === 0) return undefined;
        return value.includes(DONT_KNOW) ? DONT_KNOW : [...value];
      }
      return typeof value === 'string' && value !== '' ? value : undefined;
    case 'grid': {
      if (typeof value !== 'object' || Array.isArray(value)) return undefined;
      const rows = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== ''));
      return Object.keys(rows).length > 0 ? rows : undefined;
    }
    default:
      return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  }
}

export function formToAnswers(
  items: Item[],
  values: PageFormValues,
): Record<string, AnswerValue | undefined> {
  return Object.fromEntries(items.map((item) => [item.id, toAnswer(item, values[item.id])]));
}
