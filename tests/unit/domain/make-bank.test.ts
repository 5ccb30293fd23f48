import { describe, expect, it } from 'vitest';
import { makeBank, rawItem } from '../../helpers/make-bank';

describe('makeBank (test helper)', () => {
  it('builds a bank that the real parser accepts', () => {
    const bank = makeBank();
    expect(bank.id).toBe('test-bank');
    expect(bank.sections.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('applies edits to a fresh copy each time', () => {
    const edited = makeBank((raw) => {
      rawItem(raw, 'g1').reverse = true;
    });
    const plain = makeBank();
    const find = (b: typeof plain) =>
      b.sections.flatMap((s) => s.pages.flatMap((p) => p.items)).find((i) => i.id === 'g1');
    expect(find(edited)).toMatchObject({ reverse: true });
    expect(find(plain)).toMatchObject({ reverse: false });
  });

  it('throws with the problems when an edit breaks the bank', () => {
    expect(() =>
      makeBank((raw) => {
        raw.bank.scoring.bands = [];
      }),
    ).toThrow(/“scoring”: the “bands” field must have at least 2 entries/);
  });
});
