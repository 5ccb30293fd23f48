// @vitest-environment node
/**
 * Choice and grid answers are checked against their items' option (and row) ids made into a set
 * once per item, not once per answer. The verdict must be what it was: this compares with the
 * checks as they were written before (here, verbatim but for their names) over the real bank's
 * choice and grid items and generated answers, valid and not.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChoiceItem, GridItem } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { isValidAnswer } from '../../../src/domain/answers/answer-schema';
import { DONT_KNOW } from '../../../src/domain/answers/answer-values';
import { exclusiveOptions } from '../../../src/domain/items/choice';
import { loadFuzzWorld } from '../../helpers/fuzz-harness';

function choiceBefore(item: ChoiceItem, value: unknown): boolean {
  if (value === DONT_KNOW) return true;
  const ids = new Set(item.options.map((o) => o.id));
  if (!item.multiple) return typeof value === 'string' && ids.has(value);
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    new Set(value).size === value.length &&
    value.every((v) => typeof v === 'string' && ids.has(v)) &&
    !(value.length > 1 && exclusiveOptions(item).some((o) => (value as string[]).includes(o.id)))
  );
}

function gridBefore(item: GridItem, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const rows = new Set(item.rows.map((r) => r.id));
  const options = new Set(item.options.map((o) => o.id));
  return Object.entries(value).every(
    ([row, v]) => rows.has(row) && (v === DONT_KNOW || (typeof v === 'string' && options.has(v))),
  );
}

describe('choice and grid answers checked against sets made once per item', () => {
  it('gives the verdict the checks gave before, on the real bank', async () => {
    const { bank } = await loadFuzzWorld(path.resolve(__dirname, '../../..'));
    const items = allItems(bank).filter(
      (i): i is ChoiceItem | GridItem => i.kind === 'choice' || i.kind === 'grid',
    );
    /** Mostly the item's own ids, so that many answers are valid; some that are not. */
    const valueFor = (item: ChoiceItem | GridItem) => {
      const options = item.options.map((o) => o.id);
      const ids = fc.constantFrom('dk', 'na', 'no-such-id', ...options);
      const rows = fc.constantFrom(
        'no-such-row',
        ...(item.kind === 'grid' ? item.rows.map((r) => r.id) : []),
      );
      return fc.oneof(
        fc.constantFrom(...options),
        ids,
        fc.shuffledSubarray(options),
        fc.array(ids, { maxLength: 4 }),
        fc.dictionary(rows, fc.oneof(fc.constantFrom(...options), ids, fc.integer()), {
          maxKeys: 4,
        }),
        fc.integer(),
        fc.constant(null),
      );
    };
    const answered = fc
      .constantFrom(...items)
      .chain((item) => valueFor(item).map((v) => [item, v] as const));
    let valid = 0;
    fc.assert(
      fc.property(answered, ([item, v]) => {
        const before = item.kind === 'choice' ? choiceBefore(item, v) : gridBefore(item, v);
        expect(isValidAnswer(item, v)).toBe(before);
        if (before) valid += 1;
      }),
      { numRuns: 2000 },
    );
    expect(valid).toBeGreaterThan(100);
  });
});
