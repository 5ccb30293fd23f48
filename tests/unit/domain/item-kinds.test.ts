/**
 * One model per item kind (src/domain/items/): what each accepts, how it reads in words, what
 * its form field holds, and how many states its response-code digits have, worked out by hand
 * for items of the real bank.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank, Item } from '../../../src/domain/bank/bank-schema';
import { ItemSchema } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { isAnswered, isValidAnswer } from '../../../src/domain/answers/answer-schema';
import { formatAnswer } from '../../../src/domain/answers/format-answer';
import { formDefaults, toAnswer } from '../../../src/domain/answers/page-form';
import { itemKinds, kindOf } from '../../../src/domain/items/registry';
import { loadRealBank } from '../../bank/real-bank';

let bank: Bank;
const item = (id: string): Item => allItems(bank).find((i) => i.id === id)!;
beforeAll(async () => {
  bank = await loadRealBank();
});

describe('the registry of item kinds', () => {
  it('has a model for every kind the bank schema allows, and no other', () => {
    expect(Object.keys(itemKinds).sort()).toEqual(
      ItemSchema.def.options.flatMap((o) => o.shape.kind.def.values).sort(),
    );
  });
});

describe('agreement', () => {
  it('accepts a point of the scale, Don’t know and Not applicable', () => {
    const i = item('lead-views-first');
    for (const v of [1, 5, 'dk', 'na']) expect(isValidAnswer(i, v)).toBe(true);
    for (const v of [0, 6, 2.5, '3', null, [], {}]) expect(isValidAnswer(i, v)).toBe(false);
    expect(isValidAnswer(i, 7, [1, 2, 3, 4, 5, 6, 7])).toBe(true);
    expect(formatAnswer(i, 4, bank.scale)).toEqual(['Agree']);
    expect(formatAnswer(i, 'na', bank.scale)).toEqual([bank.scale.notApplicable]);
    expect(toAnswer(i, '4')).toBe(4);
    expect(toAnswer(i, null)).toBeUndefined();
    expect(
      kindOf(i)
        .codeSlots(i, [1, 2, 3, 4, 5])
        .map((s) => s.radix),
    ).toEqual([8]);
  });
});

describe('choice', () => {
  it('a multiple choice refuses “None of these” with another option, as it does Don’t know', () => {
    const i = item('starting-conditions');
    expect(isValidAnswer(i, ['none-of-these'])).toBe(true);
    expect(isValidAnswer(i, ['incentives', 'power-imbalance'])).toBe(true);
    expect(isValidAnswer(i, ['incentives', 'none-of-these'])).toBe(false);
    expect(isValidAnswer(i, 'dk')).toBe(true);
    expect(isValidAnswer(i, [])).toBe(false);
    expect(isValidAnswer(i, ['incentives', 'incentives'])).toBe(false);
    expect(toAnswer(i, ['incentives', 'dk'])).toBe('dk');
    expect(toAnswer(i, false)).toBeUndefined();
    expect(formatAnswer(i, ['none-of-these'], bank.scale)).toEqual(['None of these']);
    // Six options: 2^6 masks plus Don't know.
    expect(
      kindOf(i)
        .codeSlots(i, [])
        .map((s) => s.radix),
    ).toEqual([65]);
  });

  it('a single choice holds one option id', () => {
    const i = item('type-initiator');
    if (i.kind !== 'choice') throw new Error('type-initiator should be a choice');
    expect(isValidAnswer(i, i.options[0]!.id)).toBe(true);
    expect(isValidAnswer(i, [i.options[0]!.id])).toBe(false);
    expect(formDefaults([i], {})).toEqual({ [i.id]: '' });
    expect(
      kindOf(i)
        .codeSlots(i, [])
        .map((s) => s.radix),
    ).toEqual([i.options.length + 2]);
  });
});

describe('grid', () => {
  it('holds one option or Don’t know per row, answered when every row is', () => {
    const i = item('accountability-mix');
    if (i.kind !== 'grid') throw new Error('accountability-mix should be a grid');
    const [a, b] = i.rows;
    const all = Object.fromEntries(i.rows.map((r) => [r.id, 'dk']));
    expect(isValidAnswer(i, { [a!.id]: i.options[0]!.id })).toBe(true);
    expect(isValidAnswer(i, { 'no-such-row': 'dk' })).toBe(false);
    expect(isAnswered(i, { [a!.id]: 'dk' })).toBe(false);
    expect(isAnswered(i, all)).toBe(true);
    // A row tabbed past holds null: it is left out, not saved.
    expect(toAnswer(i, { [a!.id]: 'dk', [b!.id]: null })).toEqual({ [a!.id]: 'dk' });
    expect(formatAnswer(i, { [b!.id]: 'dk' }, bank.scale)).toEqual([
      `${b!.label}: ${bank.scale.dontKnow}`,
    ]);
    expect(
      kindOf(i)
        .codeSlots(i, [])
        .map((s) => s.radix),
    ).toEqual(i.rows.map(() => i.options.length + 2));
  });
});

describe('select and text', () => {
  it('a select holds one of its options; a text holds any text up to 10,000 characters', () => {
    const sector = item('sector');
    if (sector.kind !== 'select') throw new Error('sector should be a select');
    expect(isValidAnswer(sector, sector.options[0]!.id)).toBe(true);
    expect(isValidAnswer(sector, 'dk')).toBe(false);
    expect(
      kindOf(sector)
        .codeSlots(sector, [])
        .map((s) => s.radix),
    ).toEqual([sector.options.length + 1]);

    const reflection = item('reflect-working');
    if (reflection.kind !== 'text') throw new Error('reflect-working should be text');
    // Past its own limit is still kept (the form refuses it on Continue); past 10,000 is not.
    expect(isValidAnswer(reflection, 'x'.repeat(reflection.maxLength + 1))).toBe(true);
    expect(isValidAnswer(reflection, 'x'.repeat(10_001))).toBe(false);
    expect(isAnswered(reflection, '   ')).toBe(false);
    expect(toAnswer(reflection, '  ')).toBeUndefined();
    expect(kindOf(reflection).codeSlots(reflection, [])).toEqual([]);
  });
});
