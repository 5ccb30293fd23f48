import { describe, expect, it } from 'vitest';
import { scoreTypology } from '../../../src/domain/scoring/score-typology';
import { makeBank, rawItem } from '../../helpers/make-bank';

// Default test bank indicators (see tests/helpers/make-bank.ts):
//   type-main-change  importance 3: each option weighs 3 towards one type
//   type-scope        importance 1: whole-place council 2; one-field market 2 + connector 1;
//                                   one-cohort agent 2 + connector 2
//   type-funding      importance 1, multiple: core council 1; contract market 1; grant agent 1;
//                                   blended connector 1 + agent 0.5
const bank = makeBank();
const lenient = makeBank((raw) => {
  raw.bank.typology.minAnswered = 1;
});

describe('scoreTypology', () => {
  it('gives exactly 100 to the type whose most typical option is chosen everywhere', () => {
    const r = scoreTypology(bank, {
      'type-main-change': 'council',
      'type-scope': 'whole-place',
      'type-funding': ['core'],
    });
    expect(r.fits).toEqual({
      'collaborative-council': 100,
      'collaborative-market': 0,
      'agent-of-change': 0,
      'system-connector': 0,
    });
    expect(r.bestFit).toBe('collaborative-council');
    expect(r.blend).toBeNull();
    expect(r.tooFew).toBe(false);
    expect(r.answered).toBe(3);
  });

  it('weighs by importance and uses the mean weight of the options chosen in a multiple choice', () => {
    // connector: (3x3 + 1x2 + 1x mean(0, 1)) / (9 + 2 + 1) = 11.5 / 12 = 95.83
    // agent:     (0 + 1x2 + 1x mean(1, 0.5)) / 12 = 2.75 / 12 = 22.92
    const r = scoreTypology(bank, {
      'type-main-change': 'connector',
      'type-scope': 'one-cohort',
      'type-funding': ['grant', 'blended'],
    });
    expect(r.fits['system-connector']).toBe(95.8);
    expect(r.fits['agent-of-change']).toBe(22.9);
    expect(r.bestFit).toBe('system-connector');
    expect(r.ranking.map((t) => t.typeId)).toEqual([
      'system-connector',
      'agent-of-change',
      'collaborative-council',
      'collaborative-market',
    ]);
  });

  it('lists the answers that pushed towards the best fit, largest first, in fit points', () => {
    const r = scoreTypology(bank, {
      'type-main-change': 'connector',
      'type-scope': 'one-cohort',
      'type-funding': ['grant', 'blended'],
    });
    expect(r.reasons.map((x) => [x.itemId, x.contribution])).toEqual([
      ['type-main-change', 75], // 9 / 12
      ['type-scope', 16.7], // 2 / 12
      ['type-funding', 4.2], // 0.5 / 12
    ]);
    expect(r.reasons[2]!.options.map((o) => o.id)).toEqual(['grant', 'blended']);
    expect(r.reasons[0]!.itemText).toBe('Question type-main-change?');
  });

  it('leaves out answers that gave the best fit nothing', () => {
    const r = scoreTypology(bank, {
      'type-main-change': 'market',
      'type-scope': 'whole-place',
      'type-funding': ['contract'],
    });
    expect(r.bestFit).toBe('collaborative-market');
    expect(r.reasons.map((x) => x.itemId)).toEqual(['type-main-change', 'type-funding']);
  });

  it('names a blend when the top two are within the margin', () => {
    // agent (2 + 0.75) / 3 = 91.7; connector (2 + 0.5) / 3 = 83.3; 8.3 apart
    const r = scoreTypology(lenient, {
      'type-main-change': 'dk',
      'type-scope': 'one-cohort',
      'type-funding': ['grant', 'blended'],
    });
    expect(r.fits['agent-of-change']).toBe(91.7);
    expect(r.fits['system-connector']).toBe(83.3);
    expect(r.bestFit).toBe('agent-of-change');
    expect(r.blend).toEqual(['agent-of-change', 'system-connector']);
  });

  it('names no blend when the top two are further apart than the margin', () => {
    // agent (2 + 0.5) / 3 = 83.3; connector 3 / 3 = 100
    const r = scoreTypology(lenient, { 'type-scope': 'one-cohort', 'type-funding': ['blended'] });
    expect(r.blend).toBeNull();
    expect(r.bestFit).toBe('system-connector');
  });

  it('takes the margin from the bank', () => {
    const wide = makeBank((raw) => {
      raw.bank.typology.minAnswered = 1;
      raw.bank.typology.blendMargin = 20;
    });
    const r = scoreTypology(wide, { 'type-scope': 'one-cohort', 'type-funding': ['blended'] });
    expect(r.blend).toEqual(['system-connector', 'agent-of-change']);
  });

  it('treats a tie at the top as a blend, in bank order', () => {
    const r = scoreTypology(lenient, { 'type-scope': 'one-cohort' });
    expect(r.fits['agent-of-change']).toBe(100);
    expect(r.fits['system-connector']).toBe(100);
    expect(r.bestFit).toBe('agent-of-change');
    expect(r.blend).toEqual(['agent-of-change', 'system-connector']);
  });

  it("says too few when fewer indicators than minAnswered are answered (Don't know does not count)", () => {
    const r = scoreTypology(bank, {
      'type-main-change': 'council',
      'type-scope': 'whole-place',
      'type-funding': 'dk',
    });
    expect(r).toMatchObject({
      tooFew: true,
      bestFit: null,
      blend: null,
      reasons: [],
      answered: 2,
      dontKnow: 1,
      total: 3,
      minAnswered: 3,
    });
    // the fits from the answers given are still there
    expect(r.fits['collaborative-council']).toBe(100);
  });

  it('gives null fits when nothing is answered', () => {
    const r = scoreTypology(bank, {});
    expect(Object.values(r.fits)).toEqual([null, null, null, null]);
    expect(r.bestFit).toBeNull();
    expect(r.tooFew).toBe(true);
  });

  it('leaves an indicator out of a type it cannot speak to', () => {
    // No scope option weighs towards the market type here, so choosing "whole-place" is not
    // evidence against it: market = (9 + 1) / (9 + 1) = 100.
    const b = makeBank((raw) => {
      rawItem(raw, 'type-scope').options[1].weights = { 'system-connector': 1 };
    });
    const r = scoreTypology(b, {
      'type-main-change': 'market',
      'type-scope': 'whole-place',
      'type-funding': ['contract'],
    });
    expect(r.fits['collaborative-market']).toBe(100);
    expect(r.fits['collaborative-council']).toBe(16.7); // 2 / (9 + 2 + 1)
  });

  it('ignores answers that are not options of the item', () => {
    const r = scoreTypology(bank, {
      'type-main-change': 'nonsense',
      'type-scope': ['whole-place'],
      'type-funding': 'core',
    } as never);
    expect(r.answered).toBe(0);
  });
});
