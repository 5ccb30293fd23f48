// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import {
  ConsensusRecordSchema,
  ConsensusRecordVersion1Schema,
  rationaleRequired,
  startConsensus,
  validateConsensus,
  validateConsensusRecord,
} from '../../../src/domain/group/consensus';
import type { ConsensusDraftRecord } from '../../../src/domain/group/consensus';
import { makeGroupBank } from './group-helpers';
import { i18n } from '../../../src/i18n';

const bank = makeGroupBank();
// Governance scores 100, 75, 50 (median 75, Strength); nothing else answered.
const members = [5, 4, 3].map((v) => ({ answers: { g1: v, g2: v, g3: v } }));
const agg = aggregateGroup(bank, members);

const record = (extra: Partial<ConsensusDraftRecord> = {}): ConsensusDraftRecord => ({
  dimensionId: 'governance',
  agreedScore: 75,
  rationale: '',
  actions: [],
  ...extra,
});

describe('startConsensus', () => {
  it('starts every dimension at the group median score, with nothing else filled in', () => {
    const records = startConsensus(agg);
    expect(records).toHaveLength(6);
    expect(records[0]).toEqual({
      dimensionId: 'governance',
      agreedScore: 75,
      rationale: '',
      targetScore: null,
    });
    expect(records[1]).toEqual({
      dimensionId: 'leadership',
      agreedScore: null,
      rationale: '',
      targetScore: null,
    });
  });

  it('leaves every response untouched', () => {
    const before = JSON.stringify(members);
    startConsensus(agg);
    validateConsensus(bank, [record({ agreedScore: 10 })], agg);
    expect(JSON.stringify(members)).toBe(before);
  });
});

describe('rationaleRequired: the agreed score is in a different band from the median', () => {
  it.each([
    // [agreed, median, required]: bands Strength >= 75, Developing 50 to 74.9, Priority < 50.
    [76, 74, true], // Developing -> Strength: a small move across a boundary
    [74, 51, false], // both Developing: a large move within a band
    [75, 75, false],
    [74.96, 75, false], // 74.96 rounds to 75.0, Strength, as shown
    [74.9, 75, true],
    [20, 80, true],
    [60, null, true], // a score where the group median has none
    [null, 60, true], // no score where the group median has one
    [null, null, false],
  ])('agreed %s, median %s: %s', (agreed, median, required) => {
    expect(rationaleRequired(bank, agreed, median)).toBe(required);
  });
});

describe('validateConsensusRecord', () => {
  it('accepts the median unchanged with no rationale', () => {
    expect(validateConsensusRecord(bank, record(), 75)).toEqual([]);
  });

  it('asks for a rationale a band or more from the median', () => {
    expect(
      validateConsensusRecord(bank, record({ agreedScore: 60 }), 75).map((p) => ({
        ...p,
        message: i18n._(p.message),
      })),
    ).toEqual([
      {
        dimensionId: 'governance',
        field: 'rationale',
        message:
          'Enter why the group agreed this score for Governance: it is in a different band from the group median',
      },
    ]);
    expect(
      validateConsensusRecord(
        bank,
        record({ agreedScore: 60, rationale: 'Decisions are slow in practice.' }),
        75,
      ),
    ).toEqual([]);
  });

  it('refuses scores outside 0 to 100 and actions without a what', () => {
    const problems = validateConsensusRecord(
      bank,
      record({
        agreedScore: 120,
        rationale: 'x',
        actions: [
          { what: 'Write the terms of reference', who: 'Chair', byWhen: 'June' },
          { what: ' ', who: '', byWhen: '' },
        ],
      }),
      75,
    );
    expect(problems.map((p) => [p.field, i18n._(p.message)])).toEqual([
      ['agreedScore', 'The agreed score for Governance must be a number from 0 to 100'],
      ['actions.1.what', 'Enter what action 2 for Governance is'],
    ]);
  });
});

describe('validateConsensus', () => {
  it('checks each record against the current median and catches a dimension recorded twice', () => {
    const problems = validateConsensus(bank, [record({ agreedScore: 40 }), record()], agg);
    expect(problems.map((p) => p.field)).toEqual(['rationale', 'dimensionId']);
  });
});

describe('ConsensusRecordSchema', () => {
  it('fills defaults, trims text, and refuses unknown dimensions and empty actions', () => {
    expect(
      ConsensusRecordSchema.parse({
        dimensionId: 'culture',
        agreedScore: 55.5,
        rationale: ' Trust has grown ',
      }),
    ).toEqual({
      dimensionId: 'culture',
      agreedScore: 55.5,
      rationale: 'Trust has grown',
      targetScore: null,
    });
    expect(
      ConsensusRecordVersion1Schema.parse({
        dimensionId: 'culture',
        agreedScore: 55.5,
        actions: [{ what: ' Run a joint training day ' }],
      }),
    ).toEqual({
      dimensionId: 'culture',
      agreedScore: 55.5,
      rationale: '',
      actions: [{ what: 'Run a joint training day', who: '', byWhen: '' }],
    });
    expect(
      ConsensusRecordSchema.safeParse({ dimensionId: 'morale', agreedScore: 50 }).success,
    ).toBe(false);
    expect(
      ConsensusRecordVersion1Schema.safeParse({
        dimensionId: 'culture',
        agreedScore: 50,
        actions: [{ what: '' }],
      }).success,
    ).toBe(false);
    expect(
      ConsensusRecordSchema.safeParse({ dimensionId: 'culture', agreedScore: 101 }).success,
    ).toBe(false);
  });
});
