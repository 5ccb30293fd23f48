/**
 * The store against real localStorage (jsdom): what is unusable is kept aside, never dropped;
 * answers the bank no longer accepts are kept aside before they are removed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBuiltInBank } from '../../../src/app/bank-source';
import {
  answerItem,
  deleteEverything,
  reconcileWithBank,
} from '../../../src/state/assessment-actions';
import { useAssessmentStore } from '../../../src/state/assessment-store';
import { resetStores } from '../../helpers/stores';
import {
  KEPT_ASIDE_PREFIX,
  STORAGE_KEY,
  STORE_VERSION,
} from '../../../src/state/stored-assessment';

const loaded = loadBuiltInBank();
if (!loaded.ok) throw new Error('bank did not load');
const bank = loaded.bank;

function keptAsideKeys() {
  return Object.keys(localStorage).filter((k) => k.startsWith(KEPT_ASIDE_PREFIX));
}

beforeEach(() => resetStores());

describe('the assessment store', () => {
  it('saves every answer to localStorage with its version', () => {
    answerItem('culture-share-risk', 5);
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state.answers['culture-share-risk']).toBe(5);
  });

  it('keeps damaged saved data aside on load and starts afresh', async () => {
    localStorage.setItem(STORAGE_KEY, '{"state": not json');
    await useAssessmentStore.persist.rehydrate();
    const s = useAssessmentStore.getState();
    expect(s.answers).toEqual({});
    expect(s.keptAside).toHaveLength(1);
    expect(s.keptAside[0]!.raw).toBe('{"state": not json');
    expect(s.keptAside[0]!.reason).toMatch(/damaged/);
  });

  it('keeps data from a newer version aside and does not overwrite it', async () => {
    const newer = JSON.stringify({ state: { future: true }, version: STORE_VERSION + 5 });
    localStorage.setItem(STORAGE_KEY, newer);
    await useAssessmentStore.persist.rehydrate();
    answerItem('culture-share-risk', 2);
    const kept = keptAsideKeys().map((k) => JSON.parse(localStorage.getItem(k)!).raw);
    expect(kept).toContain(newer);
  });

  it('keeps answers for another bank aside before starting for this one', () => {
    useAssessmentStore.setState({
      bankId: 'other-bank',
      bankVersion: '3.0.0',
      answers: { 'x-1': 3 },
    });
    reconcileWithBank(bank);
    const s = useAssessmentStore.getState();
    expect(s.bankId).toBe(bank.id);
    expect(s.answers).toEqual({});
    expect(s.keptAside[0]!.reason).toContain('other-bank');
    expect(JSON.parse(s.keptAside[0]!.raw).state.answers).toEqual({ 'x-1': 3 });
  });

  it('keeps aside answers the bank no longer accepts and keeps the rest', () => {
    useAssessmentStore.setState({
      bankId: bank.id,
      bankVersion: '0.9.0',
      answers: { 'culture-share-risk': 4, 'retired-item': 2, 'gov-mode': 'not-an-option' },
    });
    reconcileWithBank(bank);
    const s = useAssessmentStore.getState();
    expect(s.answers).toEqual({ 'culture-share-risk': 4 });
    expect(s.keptAside).toHaveLength(1);
    expect(JSON.parse(s.keptAside[0]!.raw).state.answers['retired-item']).toBe(2);
  });

  it("checks saved answers against the bank's own scale, so a seven-point bank keeps a 7", () => {
    const seven = {
      ...bank,
      scale: {
        ...bank.scale,
        points: [1, 2, 3, 4, 5, 6, 7].map((value) => ({ value, label: `Point ${value}` })),
      },
    };
    useAssessmentStore.setState({
      bankId: bank.id,
      bankVersion: bank.version,
      answers: { 'culture-share-risk': 7 },
    });
    reconcileWithBank(seven);
    expect(useAssessmentStore.getState().answers).toEqual({ 'culture-share-risk': 7 });
    expect(keptAsideKeys()).toEqual([]);
  });

  it('reports a failed save instead of losing it silently', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      answerItem('culture-share-risk', 3);
      expect(useAssessmentStore.getState().saveError).toMatch(/run out of space/);
    } finally {
      Storage.prototype.setItem = original;
    }
    answerItem('culture-share-risk', 4);
    expect(useAssessmentStore.getState().saveError).toBeNull();
  });

  it('deletes answers and anything kept aside', () => {
    localStorage.setItem(STORAGE_KEY, 'broken');
    void useAssessmentStore.persist.rehydrate();
    answerItem('culture-share-risk', 3);
    deleteEverything(bank);
    expect(keptAsideKeys()).toEqual([]);
    expect(useAssessmentStore.getState().answers).toEqual({});
  });
});
