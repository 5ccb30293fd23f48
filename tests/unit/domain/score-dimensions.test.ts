import { describe, expect, it } from 'vitest';
import { scoreDimensions } from '../../../src/domain/scoring/score-dimensions';
import type { DimensionScore } from '../../../src/domain/scoring/score-dimensions';
import { makeBank, rawItem } from '../../helpers/make-bank';

const bank = makeBank();
const dim = (scores: DimensionScore[], id: string) => scores.find((d) => d.dimensionId === id)!;

describe('scoreDimensions', () => {
  it('gives one entry per dimension in bank order, with names', () => {
    const scores = scoreDimensions(bank, {});
    expect(scores.map((d) => d.dimensionId)).toEqual(bank.dimensions.map((d) => d.id));
    expect(scores[5]!.name).toBe('Learning and accountability');
  });

  it('scores (mean - 1) / 4 x 100 over answered items', () => {
    // governance: 4, 5, 3 -> mean 4 -> 75
    const g = dim(scoreDimensions(bank, { g1: 4, g2: 5, g3: 3 }), 'governance');
    expect(g.mean).toBe(4);
    expect(g.score).toBe(75);
    expect(g.exact).toBe(75);
    expect(g.band).toEqual({ id: 'strength', label: 'Strength' });
    expect(g.interpretation).toBe('This is going well.');
    expect(g.prompts).toHaveLength(2);
  });

  it('rounds to one decimal but keeps the exact value', () => {
    // governance: 2, 3, 3 -> mean 8/3 -> (5/3)/4 x 100 = 41.666...
    const g = dim(scoreDimensions(bank, { g1: 2, g2: 3, g3: 3 }), 'governance');
    expect(g.score).toBe(41.7);
    expect(g.exact).toBeCloseTo(41.6667, 3);
    expect(g.band?.id).toBe('priority');
  });

  it('reverse-keys marked items as min + max - value', () => {
    // culture: c1 5, c2 5, c3 (reverse) 1 -> 5, 5, 5 -> 100
    expect(dim(scoreDimensions(bank, { c1: 5, c2: 5, c3: 1 }), 'culture').score).toBe(100);
    // c3 5 reverse -> 1: 5, 5, 1 -> mean 11/3 -> 66.7
    expect(dim(scoreDimensions(bank, { c1: 5, c2: 5, c3: 5 }), 'culture').score).toBe(66.7);
  });

  it("leaves Don't know and Not applicable out of the mean and counts them", () => {
    // leadership has 5 items: 3 answered (60%) is enough
    const l = dim(scoreDimensions(bank, { l1: 5, l2: 3, l3: 4, l4: 'dk', l5: 'na' }), 'leadership');
    expect(l).toMatchObject({
      answered: 3,
      dontKnow: 1,
      notApplicable: 1,
      unanswered: 0,
      total: 5,
      enough: true,
    });
    expect(l.score).toBe(75);
  });

  it('says "not enough answers" below the coverage share, with the bank text', () => {
    // leadership: 2 of 5 answered = 40% < 60%
    const l = dim(scoreDimensions(bank, { l1: 5, l2: 5, l3: 'dk', l4: 'dk' }), 'leadership');
    expect(l).toMatchObject({
      score: null,
      exact: null,
      band: null,
      mean: null,
      enough: false,
      answered: 2,
      dontKnow: 2,
      unanswered: 1,
    });
    expect(l.interpretation).toBe('Not enough answers to score leadership.');
    expect(l.prompts).toEqual([]);
  });

  it('treats exactly the coverage share as enough (3 of 5 against 0.6)', () => {
    expect(dim(scoreDimensions(bank, { l1: 1, l2: 1, l3: 1 }), 'leadership').score).toBe(0);
  });

  it('takes the coverage share from the bank', () => {
    const strict = makeBank((raw) => {
      raw.bank.scoring.minCoverage = 1;
    });
    expect(dim(scoreDimensions(strict, { g1: 4, g2: 4 }), 'governance').score).toBeNull();
    expect(dim(scoreDimensions(strict, { g1: 4, g2: 4, g3: 4 }), 'governance').score).toBe(75);
  });

  it('never scores a dimension with nothing answered, even with zero coverage', () => {
    const lax = makeBank((raw) => {
      raw.bank.scoring.minCoverage = 0;
    });
    expect(dim(scoreDimensions(lax, { g1: 'dk' }), 'governance').score).toBeNull();
  });

  it('reads the scale and bands from the bank', () => {
    const sevenPoint = makeBank((raw) => {
      raw.bank.scale.points = [0, 1, 2, 3, 4, 5, 6].map((value) => ({
        value,
        label: `Point ${value}`,
      }));
      raw.bank.scoring.bands = [
        { id: 'strength', label: 'High', min: 80 },
        { id: 'developing', label: 'Middle', min: 40 },
        { id: 'priority', label: 'Low', min: 0 },
      ];
    });
    // 6, 6, 3 on 0..6 -> mean 5 -> 5/6 x 100 = 83.3 -> High
    const g = dim(scoreDimensions(sevenPoint, { g1: 6, g2: 6, g3: 3 }), 'governance');
    expect(g.score).toBe(83.3);
    expect(g.band).toEqual({ id: 'strength', label: 'High' });
    // reverse keying uses the bank's min and max: 0 + 6 - 0 = 6
    const reversed = makeBank((raw) => {
      raw.bank.scale.points = [0, 1, 2, 3, 4, 5, 6].map((value) => ({
        value,
        label: `Point ${value}`,
      }));
      rawItem(raw, 'g1').reverse = true;
    });
    expect(dim(scoreDimensions(reversed, { g1: 0, g2: 6, g3: 6 }), 'governance').score).toBe(100);
  });

  it('puts a score exactly on a band boundary in the higher band', () => {
    // 3, 3 -> exactly 50 -> developing; 4, 4 -> exactly 75 -> strength
    expect(dim(scoreDimensions(bank, { i1: 3, i2: 3 }), 'infrastructure').band?.id).toBe(
      'developing',
    );
    expect(dim(scoreDimensions(bank, { i1: 4, i2: 4 }), 'infrastructure').band?.id).toBe(
      'strength',
    );
  });

  it('treats values off the scale as unanswered', () => {
    const g = dim(scoreDimensions(bank, { g1: 9, g2: '4', g3: 4 } as never), 'governance');
    expect(g).toMatchObject({ answered: 1, unanswered: 2, score: null });
  });

  it('does not change the answers it is given', () => {
    const answers = Object.freeze({ g1: 4, g2: 'dk' });
    expect(() => scoreDimensions(bank, answers)).not.toThrow();
  });
});
