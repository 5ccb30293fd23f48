import { describe, expect, it } from 'vitest';
import { scoreGovernance } from '../../../src/domain/scoring/score-governance';
import { makeBank } from '../../helpers/make-bank';

// Default test bank conditions (see tests/helpers/make-bank.ts):
//   gov-partners  importance 1: few shared 2; some lead 1 + nao 1; many nao 2
//   gov-trust     importance 1: wide shared 1; central lead 1; moderate nao 1
//   gov-goals     importance 2: high shared 1 + nao 0.5; low lead 1
const bank = makeBank();

describe('scoreGovernance', () => {
  it('reads the mode in use from the mode item', () => {
    const r = scoreGovernance(bank, { 'gov-mode': 'one-leads' });
    expect(r).toMatchObject({
      inUse: 'lead-organisation',
      inUseName: 'Name of lead-organisation',
      unclear: false,
      inUseDontKnow: false,
    });
  });

  it('predicts the mode with the largest importance-weighted total', () => {
    // shared 2 + 1 + 2x1 = 5; nao 2x0.5 = 1; lead 0
    const r = scoreGovernance(bank, {
      'gov-mode': 'together',
      'gov-partners': 'few',
      'gov-trust': 'wide',
      'gov-goals': 'high',
    });
    expect(r.conditionTotals).toEqual({ shared: 5, 'lead-organisation': 0, nao: 1 });
    expect(r.predicted).toBe('shared');
    expect(r.predictedName).toBe('Name of shared');
    expect(r.mismatch).toBe(false);
    expect(r.mismatchPrompt).toBeNull();
    expect(r.conditionsAnswered).toBe(3);
  });

  it('flags a mismatch, with the bank prompt, when the mode in use differs from the prediction', () => {
    // nao 2 + 1 + 2x0.5 = 4; shared 2x1 = 2
    const r = scoreGovernance(bank, {
      'gov-mode': 'together',
      'gov-partners': 'many',
      'gov-trust': 'moderate',
      'gov-goals': 'high',
    });
    expect(r.predicted).toBe('nao');
    expect(r.inUse).toBe('shared');
    expect(r.mismatch).toBe(true);
    expect(r.mismatchPrompt).toBe(bank.governance.mismatchPrompt);
  });

  it('predicts nothing when the top modes tie, and says so', () => {
    const r = scoreGovernance(bank, { 'gov-mode': 'together', 'gov-partners': 'some' });
    expect(r).toMatchObject({ predicted: null, predictedMissing: 'tied', mismatch: false });
  });

  it('predicts nothing when no condition is answered', () => {
    const r = scoreGovernance(bank, { 'gov-mode': 'together', 'gov-partners': 'dk' });
    expect(r).toMatchObject({
      predicted: null,
      predictedMissing: 'none-answered',
      conditionsAnswered: 0,
      conditionsDontKnow: 1,
      conditionsTotal: 3,
    });
  });

  it('reports "not clear" as a finding with its prompt, never as a mismatch', () => {
    const r = scoreGovernance(bank, { 'gov-mode': 'not-clear', 'gov-partners': 'many' });
    expect(r).toMatchObject({ inUse: 'unclear', unclear: true, mismatch: false, inUseName: null });
    expect(r.unclearPrompt).toBe(bank.governance.unclearPrompt);
  });

  it("gives null for an unanswered or Don't know mode", () => {
    expect(scoreGovernance(bank, {})).toMatchObject({
      inUse: null,
      inUseDontKnow: false,
      unclear: false,
      unclearPrompt: null,
    });
    expect(scoreGovernance(bank, { 'gov-mode': 'dk', 'gov-partners': 'many' })).toMatchObject({
      inUse: null,
      inUseDontKnow: true,
      predicted: 'nao',
      mismatch: false,
    });
  });
});
