import fc from 'fast-check';
import { loadRealBank } from '../../bank/real-bank';
import { answersArbitrary, makeProgramme } from '../../support/programme-data';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { scoreTypology } from '../../../src/domain/scoring/score-typology';
import { singleTypeScorer, typologyBank } from '../../../src/domain/programme/partnership-table';

let real: Bank;
beforeAll(async () => {
  real = await loadRealBank();
});

/** What the partnership table counts for one respondent, read from the full scorer. */
function expected(bank: Bank, answers: Parameters<typeof scoreTypology>[1]): string | null {
  const result = scoreTypology(bank, answers);
  return result.blend === null ? result.bestFit : null;
}

describe('singleTypeScorer', () => {
  it('agrees with scoreTypology on any answers (single type, or null for a blend or too few)', () => {
    const typeOf = singleTypeScorer(typologyBank(real));
    fc.assert(
      fc.property(answersArbitrary(real), (answers) => {
        expect(typeOf(answers)).toBe(expected(real, answers));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with scoreTypology on every respondent of a generated programme', () => {
    const typeOf = singleTypeScorer(typologyBank(real));
    const data = makeProgramme(real, { seed: 7, partnerships: 20, responses: 600 });
    const seen = new Set<string | null>();
    for (const p of data.partnerships)
      for (const c of p.cycles)
        for (const r of c.responses) {
          const want = expected(real, r.answers);
          seen.add(want);
          expect(typeOf(r.answers)).toBe(want);
        }
    // The sample reaches both outcomes: a single type and none.
    expect(seen.has(null)).toBe(true);
    expect(seen.size).toBeGreaterThan(1);
  });
});
