/**
 * One way for every test to start from nothing: each store back to its first state, the
 * assessment pointed at the built-in bank's key, and the device's storage empty. Stores save as
 * they change, so storage is cleared after the stores are reset, not before.
 */
import { activate } from '../../src/i18n';
import { useLanguageStore } from '../../src/state/language-store';
import { loadBuiltInBank } from '../../src/app/bank-source';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { reconcileWithBank } from '../../src/state/assessment-actions';
import { emptyAssessment, useAssessmentStore } from '../../src/state/assessment-store';
import { useBankStore } from '../../src/state/bank-store';
import { useDeviceLockStore } from '../../src/state/device-lock';
import { useSaveStatus } from '../../src/state/device-storage';
import { useGroupStore } from '../../src/state/group-store';
import { STORAGE_KEY } from '../../src/state/stored-assessment';

export function builtInBank(): Bank {
  const loaded = loadBuiltInBank();
  if (!loaded.ok) throw new Error('the built-in bank did not load');
  return loaded.bank;
}

function clearStorage() {
  localStorage.clear();
  sessionStorage.clear();
}

/** Resets the assessment, group, bank and device-lock stores and the save status, and empties storage. */
export function resetStores() {
  clearStorage();
  // Every test starts in English (a test that switches to Welsh leaves it behind otherwise).
  useLanguageStore.setState({ language: 'en' }, true);
  void activate('en');
  useSaveStatus.setState(useSaveStatus.getInitialState(), true);
  useBankStore.setState(useBankStore.getInitialState(), true);
  useGroupStore.setState({ session: null, joined: null, handedIn: [], saveError: null });
  useDeviceLockStore.setState({ lock: null, unreadable: false });
  useAssessmentStore.persist.setOptions({ name: STORAGE_KEY });
  useAssessmentStore.setState({
    ...emptyAssessment(),
    keptAside: [],
    saveError: null,
    migratedFrom: null,
  });
  reconcileWithBank(builtInBank());
  clearStorage();
  useSaveStatus.setState(useSaveStatus.getInitialState(), true);
}
