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
    expect(r.strongest.map((d) => d.dimensionId)).toEqual(['governance']);
    expect(r.weakest.map((d) => d.dimensionId)).toEqual(['learning']);
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

  it('keeps ties for strongest and weakest as ties, in bank order', () => {
    // infrastructure 4,4 -> 75 and communities 4,4 -> 75: both strongest and both weakest.
    const all = buildResults(bank, { i1: 4, i2: 4, m1: 4, m2: 4 });
    expect(all.strongest.map((d) => d.dimensionId)).toEqual(['infrastructure', 'communities']);
    expect(all.weakest.map((d) => d.dimensionId)).toEqual(['infrastructure', 'communities']);
    // governance 5,5,5 -> 100 and culture 5,5,1 (c3 reversed: 5) -> 100 tie at the top;
    // infrastructure 2,2 -> 25 and learning 2,2,2 -> 25 tie at the bottom.
    const r = buildResults(bank, {
      ...{ g1: 5, g2: 5, g3: 5, c1: 5, c2: 5, c3: 1 },
      ...{ i1: 2, i2: 2, m1: 4, m2: 3, a1: 2, a2: 2, a3: 2 },
    });
    expect(r.strongest.map((d) => [d.dimensionId, d.score])).toEqual([
      ['governance', 100],
      ['culture', 100],
    ]);
    expect(r.weakest.map((d) => [d.dimensionId, d.score])).toEqual([
      ['infrastructure', 25],
      ['learning', 25],
    ]);
  });

  it('has no strongest or weakest when nothing is scored', () => {
    const r = buildResults(bank, {});
    expect(r.strongest).toEqual([]);
    expect(r.weakest).toEqual([]);
    expect(r.strengths).toEqual([]);
    expect(r.counts.unanswered).toBe(18);
  });
});
