/**
 * Shared by the group tests: the default test bank plus an about section (two about-field text
 * items and the sector and role-level selects) and a reflection section (two free-text items),
 * answer arbitraries for every item kind, and a response maker.
 */
import fc from 'fast-check';
import type { Bank, Item } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import type { AnswerMap, AnswerValue } from '../../../src/domain/answers/answer-schema';
import { createResponse } from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { makeBank } from '../../helpers/make-bank';
import type { RawBank } from '../../helpers/make-bank';

export const SECTORS = ['local-authority', 'nhs-health', 'voluntary-community'] as const;
export const ROLES = ['senior-leader', 'frontline'] as const;

function addAboutAndReflection(raw: RawBank): void {
  const text = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    kind: 'text',
    text: `Question ${id}?`,
    source: 'Test source.',
    required: false,
    ...extra,
  });
  const select = (id: string, options: readonly string[]) => ({
    id,
    kind: 'select',
    field: id,
    required: false,
    text: `Which ${id}?`,
    source: 'Test source.',
    options: options.map((o) => ({ id: o, label: `Label ${o}` })),
  });
  raw.sections.unshift({
    id: 'about',
    order: 0,
    title: 'About this assessment',
    summary: 'About you.',
    scored: false,
    comment: false,
    pages: [
      {
        id: 'about-you',
        items: [
          text('partnership-name', { field: 'partnership-name', size: 'short', maxLength: 120 }),
          text('place', { field: 'place', size: 'short', maxLength: 120 }),
          select('sector', SECTORS),
          select('role-level', ROLES),
        ],
      },
    ],
  });
  raw.sections.push({
    id: 'reflection',
    order: 8,
    title: 'Reflection',
    summary: 'Your own words.',
    scored: false,
    comment: false,
    pages: [{ id: 'reflect', items: [text('reflect-working'), text('reflect-next')] }],
  });
}

/** The default test bank with an about section and a reflection section. */
export function makeGroupBank(edit?: (raw: RawBank) => void): Bank {
  return makeBank((raw) => {
    addAboutAndReflection(raw);
    edit?.(raw);
  });
}

/** Any valid answer to `item` (undefined = unanswered). Text answers are short printable text. */
export function answerArb(bank: Bank, item: Item): fc.Arbitrary<AnswerValue | undefined> {
  const scale = bank.scale.points.map((p) => p.value);
  switch (item.kind) {
    case 'agreement':
      return fc.constantFrom<AnswerValue | undefined>(undefined, 'dk', 'na', ...scale);
    case 'choice': {
      const ids = item.options.map((o) => o.id);
      // Several options together, or one that must be chosen on its own ("None of these").
      const regular = item.options.filter((o) => !o.exclusive).map((o) => o.id);
      const alone = item.options.filter((o) => o.exclusive).map((o) => [o.id]);
      const picked: fc.Arbitrary<AnswerValue> = item.multiple
        ? fc.oneof(
            fc.shuffledSubarray(regular, { minLength: 1 }),
            ...(alone.length ? [fc.constantFrom(...alone)] : []),
          )
        : fc.constantFrom(...ids);
      return fc.oneof(fc.constant(undefined), fc.constant('dk'), picked);
    }
    case 'grid': {
      const cell = fc.constantFrom('dk', ...item.options.map((o) => o.id));
      return fc.oneof(
        fc.constant(undefined),
        fc.dictionary(fc.constantFrom(...item.rows.map((r) => r.id)), cell),
      );
    }
    case 'select':
      return fc.oneof(fc.constant(undefined), fc.constantFrom(...item.options.map((o) => o.id)));
    case 'text':
      return fc.oneof(fc.constant(undefined), fc.string({ minLength: 1, maxLength: 30 }));
  }
}

/** Any valid answer map for `bank`. */
export function answersArb(bank: Bank): fc.Arbitrary<AnswerMap> {
  const items = allItems(bank);
  return fc.tuple(...items.map((i) => answerArb(bank, i))).map((values) => {
    const map: AnswerMap = {};
    values.forEach((v, i) => {
      if (v !== undefined) map[items[i]!.id] = v;
    });
    return map;
  });
}

/** A response envelope to `bank` with the given answers. */
export function respond(
  bank: Bank,
  id: string,
  answers: AnswerMap,
  extra: Partial<ResponseEnvelope> = {},
): ResponseEnvelope {
  return {
    ...createResponse(bank, () => id, new Date('2025-03-01T10:00:00.000Z')),
    answers,
    ...extra,
  };
}
