/**
 * `count` groups whole numbers itself (src/domain/items/item-kind.ts): it must write exactly
 * what the browser's own formatting would, for every whole number and for fractions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count } from '../../../src/domain/items/item-kind';

describe('count', () => {
  it('writes every whole number as en-GB formatting does', () => {
    // (Except minus zero, which the browser writes "-0": count writes 0, below.)
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (n) => {
          expect(count(n)).toBe((n === 0 ? 0 : n).toLocaleString('en-GB'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('writes the limits people meet as they read them', () => {
    expect([0, 7, 999, 1000, 2000, 12345, 1000000].map(count)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '2,000',
      '12,345',
      '1,000,000',
    ]);
  });

  it('writes minus zero as 0', () => {
    expect(count(-0)).toBe('0');
  });

  it('leaves fractions to the browser', () => {
    expect(count(1234.5)).toBe('1,234.5');
  });
});
