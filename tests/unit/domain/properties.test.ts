import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank, Item } from '../../../src/domain/bank/bank-schema';
import { agreementItems, allItems } from '../../../src/domain/bank/bank-queries';
import type { AnswerMap, AnswerValue } from '../../../src/domain/answers/answer-schema';
import { buildResults } from '../../../src/domain/scoring/build-results';
import type { Results } from '../../../src/domain/scoring/build-results';
import { scoreDimensions } from '../../../src/domain/scoring/score-dimensions';
import { makeBank } from '../../helpers/make-bank';
import { loadRealBank } from '../../bank/real-bank';

// The default test bank has one reverse-keyed item (c3); `plain` has none.
const bank = makeBank();
const plain = makeBank((raw) => {
  for (const s of raw.sections)
    for (const p of s.pages) for (const i of p.items) if (i.kind === 'agreement') i.reverse = false;
});
const scale = bank.scale.points.map((p) => p.value);
const lowest = Math.min(...scale);
const highest = Math.max(...scale);

/** Any valid answer to `item` (undefined = unanswered). */
function answerArb(item: Item): fc.Arbitrary<AnswerValue | undefined> {
  switch (item.kind) {
    case 'agreement':
      return fc.constantFrom<AnswerValue | undefined>(undefined, 'dk', 'na', ...scale);
    case 'choice': {
      const ids = item.options.map((o) => o.id);
      const regular = item.options.filter((o) => !o.exclusive).map((o) => o.id);
      const alone = item.options.filter((o) => o.exclusive).map((o) => [o.id]);
      const picked: fc.Arbitrary<AnswerValue> = item.multiple
        ? fc.oneof(
            fc.subarray(regular, { minLength: 1 }),
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
    default:
      return fc.constant(undefined);
  }
}

function answersArb(b: Bank): fc.Arbitrary<AnswerMap> {
  const items = allItems(b);
  return fc.tuple(...items.map(answerArb)).map((values) => {
    const map: AnswerMap = {};
    values.forEach((v, i) => {
      if (v !== undefined) map[items[i]!.id] = v;
    });
    return map;
  });
}

/** Every figure a respondent could read as a score or a finding. */
function scoresOf(r: Results) {
  return {
    dimensions: r.dimensions.map((d) => [d.score, d.band?.id ?? null]),
    fits: r.typology.fits,
    bestFit: r.typology.bestFit,
    blend: r.typology.blend,
    roles: r.leadership.roles.map((x) => x.score),
    inUse: r.governance.inUse,
    predicted: r.governance.predicted,
    mismatch: r.governance.mismatch,
    flags: r.profiles.accountability.flags,
  };
}

const inRange = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 100);

describe('scoring properties', () => {
  it('keeps every score and fit within 0..100 or null, never NaN', () => {
    fc.assert(
      fc.property(answersArb(bank), (answers) => {
        const r = buildResults(bank, answers);
        for (const d of r.dimensions) {
          expect(inRange(d.score) && inRange(d.exact)).toBe(true);
          expect(d.mean === null || Number.isFinite(d.mean)).toBe(true);
          expect(d.score === null).toBe(d.band === null);
        }
        for (const role of r.leadership.roles) expect(inRange(role.score)).toBe(true);
        for (const fit of Object.values(r.typology.fits)) expect(inRange(fit)).toBe(true);
        for (const reason of r.typology.reasons) expect(inRange(reason.contribution)).toBe(true);
      }),
    );
  });

  it('scores 0 when every item is answered at its lowest and 100 at its highest', () => {
    const all = (value: number) =>
      Object.fromEntries(agreementItems(plain).map((i) => [i.id, value]));
    expect(scoreDimensions(plain, all(lowest)).map((d) => d.score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(scoreDimensions(plain, all(highest)).map((d) => d.score)).toEqual([
      100, 100, 100, 100, 100, 100,
    ]);
    // With reverse keying, the lowest keyed answer is the highest raw one.
    const keyed = (best: boolean) =>
      Object.fromEntries(
        agreementItems(bank).map((i) => [i.id, best !== i.reverse ? highest : lowest]),
      );
    expect(scoreDimensions(bank, keyed(false)).map((d) => d.score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(scoreDimensions(bank, keyed(true)).map((d) => d.score)).toEqual([
      100, 100, 100, 100, 100, 100,
    ]);
  });

  it('never lowers a dimension score when one answer is raised (never raises it for a reverse-keyed item)', () => {
    const items = agreementItems(bank);
    fc.assert(
      fc.property(
        answersArb(bank),
        fc.integer({ min: 0, max: items.length - 1 }),
        fc.constantFrom(...scale),
        fc.constantFrom(...scale),
        (answers, index, a, b) => {
          const item = items[index]!;
          const [low, high] = a <= b ? [a, b] : [b, a];
          const score = (value: number) =>
            scoreDimensions(bank, { ...answers, [item.id]: value }).find(
              (d) => d.dimensionId === item.dimension,
            )!.exact;
          const before = score(low);
          const after = score(high);
          expect(before === null).toBe(after === null); // coverage does not depend on the value
          if (before !== null && after !== null) {
            if (item.reverse) expect(after).toBeLessThanOrEqual(before);
            else expect(after).toBeGreaterThanOrEqual(before);
          }
        },
      ),
    );
  });

  it("never changes a score when Don't know is added for an unanswered item", () => {
    const scored = allItems(bank).filter((i) => i.kind === 'agreement' || i.kind === 'choice');
    fc.assert(
      fc.property(
        answersArb(bank),
        fc.integer({ min: 0, max: scored.length - 1 }),
        (answers, index) => {
          const item = scored[index]!;
          const without = { ...answers };
          delete without[item.id];
          expect(scoresOf(buildResults(bank, { ...without, [item.id]: 'dk' }))).toEqual(
            scoresOf(buildResults(bank, without)),
          );
        },
      ),
    );
  });

  it('gives the same results whatever the order of the answer map', () => {
    fc.assert(
      fc.property(
        answersArb(bank).chain((answers) =>
          fc.tuple(
            fc.constant(answers),
            fc.shuffledSubarray(Object.keys(answers), { minLength: Object.keys(answers).length }),
          ),
        ),
        ([answers, order]) => {
          const shuffled = Object.fromEntries(order.map((k) => [k, answers[k]!]));
          expect(buildResults(bank, shuffled)).toEqual(buildResults(bank, answers));
        },
      ),
    );
  });

  it('never changes the answers it scores', () => {
    fc.assert(
      fc.property(answersArb(bank), (answers) => {
        const copy = structuredClone(answers);
        buildResults(bank, answers);
        expect(answers).toEqual(copy);
      }),
    );
  });
});

describe('scoring properties on the real bank in questions/', () => {
  let real: Bank;
  beforeAll(async () => {
    real = await loadRealBank();
  });

  it("keeps every score and fit within 0..100 or null, and adding Don't know changes nothing", () => {
    const scoredItems = () =>
      allItems(real).filter((i) => i.kind === 'agreement' || i.kind === 'choice');
    fc.assert(
      fc.property(answersArb(real), fc.nat(), (answers, pick) => {
        const r = buildResults(real, answers);
        for (const d of r.dimensions) expect(inRange(d.score)).toBe(true);
        for (const role of r.leadership.roles) expect(inRange(role.score)).toBe(true);
        for (const fit of Object.values(r.typology.fits)) expect(inRange(fit)).toBe(true);
        const items = scoredItems();
        const item = items[pick % items.length]!;
        const without = { ...answers };
        delete without[item.id];
        expect(scoresOf(buildResults(real, { ...without, [item.id]: 'dk' }))).toEqual(
          scoresOf(buildResults(real, without)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('gives 100 to each type for a respondent choosing its most typical option everywhere', () => {
    for (const type of real.typology.types) {
      const answers: AnswerMap = {};
      for (const item of allItems(real)) {
        if (item.kind !== 'choice' || item.profile !== 'typology') continue;
        const best = [...item.options].sort(
          (a, b) => (b.weights[type.id] ?? 0) - (a.weights[type.id] ?? 0),
        )[0]!;
        answers[item.id] = item.multiple ? [best.id] : best.id;
      }
      const r = buildResults(real, answers);
      expect(r.typology.fits[type.id]).toBe(100);
      expect(r.typology.bestFit).toBe(type.id);
    }
  });
});
