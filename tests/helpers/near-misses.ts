/**
 * Near misses for properties that compare a fast reader with the schema it stands in for:
 * keys and texts at and just past their limits, odd keys (`__proto__`, `constructor`), numbers
 * just out of range, lists of choices at the limit, and junk of every JSON kind, nested.
 * tests/unit/group/session-fast-read.test.ts and tests/unit/state/stored-group-fast.test.ts.
 */
import fc from 'fast-check';

/** Placeholders for numbers JSON.stringify cannot write: replaced in the text. */
export const ODD_NUMBERS: Record<string, string> = {
  '"<-0>"': '-0',
  '"<1e400>"': '1e400',
  '"<-1e400>"': '-1e400',
  '"<1e21>"': '1e21',
  '"<1.0>"': '1.0',
};
export const oddNumber = fc.constantFrom(...Object.keys(ODD_NUMBERS).map((k) => k.slice(1, -1)));

/** Sets `key` as an own field, even `__proto__`, as JSON.parse would. */
export function put(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A response's fields, with a field no version has and two odd keys, to put junk in. */
export const RESPONSE_FIELDS = [
  'format',
  'formatVersion',
  'responseId',
  'createdAt',
  'about',
  'answers',
  'comments',
  'commentLanguages',
  'targets',
  'actions',
  'extra',
  '__proto__',
  'constructor',
];

/** Keys, texts, junk and almost-right answers around a bank whose items are `itemIds`. */
export function nearMisses(itemIds: readonly string[]) {
  const key = fc.oneof(
    fc.constantFrom(...itemIds),
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      '0',
      '12',
      'x'.repeat(60),
      'x'.repeat(61),
    ),
    fc.string({ maxLength: 8 }),
  );
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('dk', 'na', 'x'.repeat(60), 'x'.repeat(61), '\ud800', 'é\u0001"\\'),
    fc.constantFrom(10_000, 10_001).map((n) => 'y'.repeat(n)),
  );
  const scalar = fc.oneof(
    text,
    oddNumber,
    fc.integer({ min: -102, max: 102 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
  );
  const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 22 }),
      fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((pairs) => {
        const o: Record<string, unknown> = {};
        for (const [k, v] of pairs) put(o, k, v);
        return o;
      }),
    ),
  })).value;
  /** Answers that are almost right: lists of choices, grids, texts at their limits. */
  const answerish = fc.oneof(
    junk,
    fc.array(text, { maxLength: 3 }),
    fc.array(fc.constantFrom('a', 'b'), { minLength: 20, maxLength: 21 }),
    fc.dictionary(fc.string({ maxLength: 3 }), text, { maxKeys: 3 }),
    fc.integer({ min: -101, max: 101 }),
  );
  return { key, text, junk, answerish };
}
