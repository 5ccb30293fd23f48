/**
 * Which question bank is in use: the built-in one, or a bank file the user loaded. A loaded
 * bank is saved on the device (as the file's text) and validated again every time it is read.
 * Each bank keeps its own saved answers, so switching banks never touches the other's.
 */
import { create } from 'zustand';
import type { Bank } from '../domain/bank/bank-schema';
import { reconcileWithBank } from './assessment-actions';
import { emptyAssessment, useAssessmentStore } from './assessment-store';
import { keepAside, readRaw, removeRaw, writeRaw } from './device-storage';
import { STORAGE_KEY } from './stored-assessment';

export const CUSTOM_BANK_KEY = 'rally:custom-bank';

type BankState = { custom: Bank | null; saveError: string | null };

export const useBankStore = create<BankState>()(() => ({ custom: null, saveError: null }));

function assessmentKey(bank: Bank, builtIn: boolean): string {
  return builtIn ? STORAGE_KEY : `${STORAGE_KEY}:${bank.id}`;
}

/** Points the saved assessment at `bank`'s own key and loads what is saved there, if anything. */
function switchAssessmentTo(bank: Bank, builtIn: boolean) {
  const name = assessmentKey(bank, builtIn);
  if (useAssessmentStore.persist.getOptions().name === name) return;
  useAssessmentStore.persist.setOptions({ name });
  if (readRaw(name) !== null) void useAssessmentStore.persist.rehydrate();
  else
    useAssessmentStore.setState({
      ...emptyAssessment(),
      bankId: bank.id,
      bankVersion: bank.version,
    });
  reconcileWithBank(bank);
}

/**
 * At start-up: the saved custom bank, if it still passes every check; otherwise kept aside.
 * The bank checker is fetched only when there is a saved bank to check.
 */
export async function restoreCustomBank(): Promise<Bank | null> {
  const raw = readRaw(CUSTOM_BANK_KEY);
  if (raw === null) return null;
  const { parseBankBundle } = await import('../domain/bank/bank-bundle');
  const parsed = parseBankBundle(raw);
  if (!parsed.ok) {
    keepAside(raw, 'A question bank file saved on this device no longer passes its checks.');
    removeRaw(CUSTOM_BANK_KEY);
    return null;
  }
  useBankStore.setState({ custom: parsed.bank });
  switchAssessmentTo(parsed.bank, false);
  return parsed.bank;
}

/** Uses a bank file the user chose (its text already checked with parseBankBundle). */
export function chooseCustomBank(bank: Bank, text: string) {
  const saveError = writeRaw(CUSTOM_BANK_KEY, text);
  useBankStore.setState({ custom: bank, saveError });
  switchAssessmentTo(bank, false);
}

export function chooseBuiltInBank(builtIn: Bank) {
  removeRaw(CUSTOM_BANK_KEY);
  useBankStore.setState({ custom: null, saveError: null });
  switchAssessmentTo(builtIn, true);
}
