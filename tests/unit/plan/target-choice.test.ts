// @vitest-environment node
/**
 * A target as the form offers it (src/domain/plan/target-choice.ts): the bands offered, a
 * stored score read back as the choice that made it, and a choice read as the score it stands
 * for; worked examples with the built-in bank's bands (Strength 75, Developing 50, Priority to
 * discuss 0), then a property: every score the form can save comes back unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choiceForTarget,
  NO_TARGET,
  readTargetChoice,
  targetBandChoices,
} from '../../../src/domain/plan/target-choice';
import { builtInBank } from '../../helpers/stores';

const bank = builtInBank();

describe('target choices', () => {
  it('offers the bands above the lowest, highest first, at their lowest score', () => {
    expect(targetBandChoices(bank)).toEqual([
      { bandId: 'strength', label: 'Strength', score: 75 },
      { bandId: 'developing', label: 'Developing', score: 50 },
    ]);
  });

  it('reads a stored target back as the choice that made it', () => {
    expect(choiceForTarget(bank, undefined)).toEqual(NO_TARGET);
    expect(choiceForTarget(bank, null)).toEqual(NO_TARGET);
    expect(choiceForTarget(bank, 75)).toEqual({ choice: 'band:strength', score: '' });
    expect(choiceForTarget(bank, 50)).toEqual({ choice: 'band:developing', score: '' });
    // Not a band's lowest score (and the lowest band's 0 is not offered): another score.
    expect(choiceForTarget(bank, 70)).toEqual({ choice: 'score', score: '70' });
    expect(choiceForTarget(bank, 0)).toEqual({ choice: 'score', score: '0' });
    expect(choiceForTarget(bank, 62.25)).toEqual({ choice: 'score', score: '62.3' });
  });

  it('reads a choice as its score, or says it is not one', () => {
    expect(readTargetChoice(bank, NO_TARGET)).toBeNull();
    expect(readTargetChoice(bank, { choice: 'band:strength', score: '12' })).toBe(75);
    expect(readTargetChoice(bank, { choice: 'score', score: ' 70 ' })).toBe(70);
    expect(readTargetChoice(bank, { choice: 'score', score: '62,5' })).toBe(62.5);
    expect(readTargetChoice(bank, { choice: 'score', score: '100' })).toBe(100);
    for (const score of ['', 'lots', '101', '-5', '1e2', '70%'])
      expect(readTargetChoice(bank, { choice: 'score', score }), score).toBe('invalid');
    expect(readTargetChoice(bank, { choice: 'band:excellent', score: '' })).toBe('invalid');
  });

  it('gives back every score from 0 to 100 (one decimal place) that it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const score = tenths / 10;
        expect(readTargetChoice(bank, choiceForTarget(bank, score))).toBe(score);
      }),
    );
  });
});
