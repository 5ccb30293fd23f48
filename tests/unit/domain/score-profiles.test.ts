import { describe, expect, it } from 'vitest';
import { scoreAccountability, scoreProfiles } from '../../../src/domain/scoring/score-profiles';
import { makeBank } from '../../helpers/make-bank';

// Default test bank grid `accountability-mix`: rows results, system-health, outcomes,
// narratives, community-reporting; options not-used {not-used}, learning {learning},
// accountability {accountability}, both {learning, accountability}.
const bank = makeBank();
const grid = (cells: Record<string, string>) =>
  scoreAccountability(bank, { 'accountability-mix': cells });
const flagIds = (cells: Record<string, string>) => grid(cells).flags.map((f) => f.id);

describe('scoreAccountability', () => {
  it('builds a 5 x 2 use matrix from the option weights', () => {
    const r = grid({
      results: 'both',
      'system-health': 'learning',
      outcomes: 'accountability',
      narratives: 'not-used',
      'community-reporting': 'dk',
    });
    expect(r.columns.map((c) => c.id)).toEqual(['learning', 'accountability']);
    expect(r.rows.map((x) => [x.rowId, x.uses.learning, x.uses.accountability, x.inUse])).toEqual([
      ['results', true, true, true],
      ['system-health', true, false, true],
      ['outcomes', false, true, true],
      ['narratives', false, false, false],
      ['community-reporting', false, false, false],
    ]);
    expect(r.rows[4]!.answer).toBe('dk');
    expect(r.rows[0]!.optionLabel).toBe('Both');
    expect(r.answeredRows).toBe(4);
    expect(r.flags).toEqual([]);
  });

  it('flags "only results" when results is the only row in use', () => {
    expect(flagIds({ results: 'learning', outcomes: 'not-used', narratives: 'dk' })).toEqual([
      'only-results',
    ]);
    expect(flagIds({ results: 'learning', outcomes: 'accountability' })).toEqual([]);
    expect(flagIds({ results: 'not-used', outcomes: 'learning' })).toEqual([]);
  });

  it('flags "no learning" when no chosen option weighs towards learning', () => {
    expect(
      flagIds({ results: 'accountability', outcomes: 'accountability', narratives: 'not-used' }),
    ).toEqual(['no-learning']);
    expect(flagIds({ results: 'accountability' })).toEqual(['only-results', 'no-learning']);
    expect(flagIds({ results: 'not-used', outcomes: 'not-used' })).toEqual(['no-learning']);
  });

  it('raises no flag when no row is answered with an option', () => {
    expect(flagIds({})).toEqual([]);
    expect(flagIds({ results: 'dk', outcomes: 'dk' })).toEqual([]);
    expect(scoreAccountability(bank, {}).flags).toEqual([]);
  });

  it('shows a row with no answer as unanswered', () => {
    const r = grid({ results: 'learning' });
    expect(r.rows[1]).toMatchObject({
      rowId: 'system-health',
      answer: null,
      optionLabel: null,
      inUse: false,
    });
  });
});

describe('scoreProfiles', () => {
  it('lists chosen targets with names in bank order, and each item as answered', () => {
    const r = scoreProfiles(bank, {
      justifications: ['impact', 'share'],
      'starting-history': 'conflict',
      'starting-power': 'dk',
      'community-modes': ['consulted'],
    });
    expect(r.justification.targets).toEqual([
      { id: 'share-responsibility', name: 'Name of share-responsibility' },
      { id: 'better-impact', name: 'Name of better-impact' },
    ]);
    expect(r.startingConditions.targets.map((t) => t.id)).toEqual(['history-conflict']);
    expect(r.startingConditions.items.map((i) => i.chosen)).toEqual([
      [{ id: 'conflict', label: 'Option conflict' }],
      'dk',
    ]);
    expect(r.communityInvolvement.targets.map((t) => t.id)).toEqual(['consulted']);
  });

  it('gives empty targets and null items when nothing is answered', () => {
    const r = scoreProfiles(bank, {});
    expect(r.justification.targets).toEqual([]);
    expect(r.justification.items).toEqual([
      { itemId: 'justifications', text: 'Question justifications?', chosen: null },
    ]);
  });
});
