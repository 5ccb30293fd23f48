import { describe, expect, it } from 'vitest';
import { buildResults } from '../../../src/domain/scoring/build-results';
import { makeBank } from '../../helpers/make-bank';

const bank = makeBank();

describe('buildResults', () => {
  const answers = {
    g1: 5,
    g2: 4,
    g3: 4, // 83.3 strength
    l1: 4,
    l2: 4,
    l3: 4,
    l4: 4,
    l5: 4, // 75 strength
    c1: 2,
    c2: 2,
    c3: 4, // c3 reversed -> 2: 25 priority
    i1: 3,
    i2: 'dk', // 1 of 2: not enough
    m1: 3,
    m2: 4, // 62.5 developing
    a1: 1,
    a2: 2,
    a3: 'na', // 12.5 priority
    'type-main-change': 'council',
    'gov-mode': 'together',
  };

  it('combines every part and has no overall score', () => {
    const r = buildResults(bank, answers);
    expect(r.bankId).toBe('test-bank');
    expect(r.bankVersion).toBe('1.2.0');
    expect(r.dimensions.map((d) => d.score)).toEqual([83.3, 75, 25, null, 62.5, 12.5]);
    expect(r.typology.answered).toBe(1);
    expect(r.governance.inUse).toBe('shared');
    expect(r.leadership.roles).toHaveLength(3);
    expect(r.profiles.accountability.rows).toHaveLength(5);
    expect(Object.keys(r)).not.toContain('overall');
  });

  it('lists strengths (top band) highest first and priorities (lowest band) lowest first', () => {
    const r = buildResults(bank, answers);
    expect(r.strengths.map((d) => d.dimensionId)).toEqual(['governance', 'leadership']);
    expect(r.priorities.map((d) => d.dimensionId)).toEqual(['learning', 'culture']);
    expect(r.strongest?.dimensionId).toBe('governance');
    expect(r.weakest?.dimensionId).toBe('learning');
  });

  it("counts unanswered, Don't know and Not applicable agreement answers", () => {
    expect(buildResults(bank, answers).counts).toEqual({
      total: 18,
      answered: 16,
      unanswered: 0,
      dontKnow: 1,
      notApplicable: 1,
    });
  });

  it('breaks ties for strongest and weakest by bank order', () => {
    const r = buildResults(bank, { i1: 4, i2: 4, m1: 4, m2: 4 });
    expect(r.strongest?.dimensionId).toBe('infrastructure');
    expect(r.weakest?.dimensionId).toBe('infrastructure');
  });

  it('has no strongest or weakest when nothing is scored', () => {
    const r = buildResults(bank, {});
    expect(r.strongest).toBeNull();
    expect(r.weakest).toBeNull();
    expect(r.strengths).toEqual([]);
    expect(r.counts.unanswered).toBe(18);
  });
});
