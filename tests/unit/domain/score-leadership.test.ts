import { describe, expect, it } from 'vitest';
import { scoreLeadership } from '../../../src/domain/scoring/score-leadership';
import { makeBank } from '../../helpers/make-bank';

// Default test bank: l1 steward; l2 steward + catalyst; l3, l4 mediator; l5 no role.
const bank = makeBank();
const role = (answers: Record<string, number | string>, id: string) =>
  scoreLeadership(bank, answers).roles.find((r) => r.roleId === id)!;

describe('scoreLeadership', () => {
  it('scores each role from its tagged items, in bank order, with the bank note', () => {
    const r = scoreLeadership(bank, { l1: 5, l2: 4, l3: 2, l4: 3, l5: 1 });
    expect(r.roles.map((x) => [x.roleId, x.score])).toEqual([
      ['steward', 87.5], // mean 4.5
      ['mediator', 37.5], // mean 2.5
      ['catalyst', 75], // l2 only: 4
    ]);
    expect(r.note).toBe(bank.leadership.note);
    expect(r.roles[0]!.name).toBe('Name of steward');
  });

  it('counts an item tagged with two roles for both', () => {
    expect(role({ l2: 5 }, 'catalyst')).toMatchObject({ score: 100, total: 1 });
    expect(role({ l2: 5 }, 'steward')).toMatchObject({ answered: 1, total: 2 });
  });

  it('applies the coverage rule: 1 of 2 items (50%) is not enough at 60%', () => {
    expect(role({ l1: 5, l2: 'dk' }, 'steward')).toMatchObject({
      score: null,
      enough: false,
      answered: 1,
      dontKnow: 1,
    });
  });

  it('gives null when none of the role items is answered', () => {
    expect(role({ l3: 'na', l4: 'na' }, 'mediator')).toMatchObject({
      score: null,
      notApplicable: 2,
    });
  });

  it('respects reverse keying like the dimensions do', () => {
    const b = makeBank((raw) => {
      raw.sections[2].pages[0].items[2].reverse = true; // l3
    });
    const mediator = scoreLeadership(b, { l3: 1, l4: 5 }).roles.find(
      (r) => r.roleId === 'mediator',
    )!;
    expect(mediator.score).toBe(100);
  });
});
