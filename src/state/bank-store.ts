/**
 * Which question bank is in use: the built-in one, or a bank file the user loaded. A loaded
 * bank is saved on the device (as the file's text) and validated again every time it is read.
 * Each bank keeps its own saved answers, so switching banks never touches the other's.
 *
 * Saving the bank file can fail (storage full): the bank is still used in this page, and the
 * save warning offers the file for download. Switching banks while answers are not being saved
 * is refused, because the answers on screen would otherwise be lost with the switch.
 */
import { create } from 'zustand';
import type { Bank } from '../domain/bank/bank-schema';
import type { BankTranslation, OtherLanguage } from '../domain/bank/bank-texts';
import { reconcileWithBank } from './assessment-actions';
import { emptyAssessment, useAssessmentStore } from './assessment-store';
import {
  listKeptAside,
  readRaw,
  removeRaw,
  reportSave,
  saveValue,
  setAsideAndRemove,
} from './device-storage';
import { readStoredAssessment, STORAGE_KEY } from './stored-assessment';

export const CUSTOM_BANK_KEY = 'rally:custom-bank';

type BankState = {
  custom: Bank | null;
  /** The loaded bank file's text, as saved (and as offered for download if saving fails). */
  text: string | null;
  /** The loaded bank's texts in other languages (none: the bank is shown in English). */
  translations: Partial<Record<OtherLanguage, BankTranslation>>;
  saveError: string | null;
};

export const useBankStore = create<BankState>()(() => ({
  custom: null,
  text: null,
  translations: {},
  saveError: null,
}));

export const SWITCH_REFUSED =
  'Your answers are not being saved, so the question bank has not been changed. Download your answers from the message at the top of this page, or free some space on this device, then try again.';

function assessmentKey(bank: Bank, builtIn: boolean): string {
  return builtIn ? STORAGE_KEY : `${STORAGE_KEY}:${bank.id}`;
}

/**
 * Points the saved assessment at `bank`'s own key and loads what is saved there, if anything.
 * What is there but cannot be used is kept aside first (or, with no room for a copy, left in
 * place and not overwritten), and the bank starts with no answers.
 */
function switchAssessmentTo(bank: Bank, builtIn: boolean) {
  const name = assessmentKey(bank, builtIn);
  if (useAssessmentStore.persist.getOptions().name === name) return;
  useAssessmentStore.persist.setOptions({ name });
  const raw = readRaw(name);
  const read = raw === null ? null : readStoredAssessment(raw);
  if (read?.ok) void useAssessmentStore.persist.rehydrate();
  else {
    if (raw !== null && read && !read.ok) setAsideAndRemove(name, raw, read.reason);
    useAssessmentStore.setState({
      ...emptyAssessment(),
      bankId: bank.id,
      bankVersion: bank.version,
      keptAside: listKeptAside(),
    });
  }
  reconcileWithBank(bank);
}

/** Saves the answers on screen again; true when they are saved. */
function answersSaved(): boolean {
  useAssessmentStore.setState({});
  return useAssessmentStore.getState().saveError === null;
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
    if (
      setAsideAndRemove(
        CUSTOM_BANK_KEY,
        raw,
        'A question bank file saved on this device no longer passes its checks.',
      )
    )
      useAssessmentStore.setState({ keptAside: listKeptAside() });
    return null;
  }
  useBankStore.setState({ custom: parsed.bank, text: raw, translations: parsed.translations });
  switchAssessmentTo(parsed.bank, false);
  return parsed.bank;
}

/**
 * Uses a bank file the user chose (its text already checked with parseBankBundle). Returns a
 * message, and changes nothing, when the answers on screen are not being saved.
 */
export function chooseCustomBank(
  bank: Bank,
  text: string,
  translations: Partial<Record<OtherLanguage, BankTranslation>> = {},
): string | null {
  if (!answersSaved()) return SWITCH_REFUSED;
  const saveError = saveValue('bank', CUSTOM_BANK_KEY, text);
  useBankStore.setState({ custom: bank, text, translations, saveError });
  switchAssessmentTo(bank, false);
  return null;
}

/** Goes back to the built-in bank; refused, with a message, while answers are not being saved. */
export function chooseBuiltInBank(builtIn: Bank): string | null {
  if (!answersSaved()) return SWITCH_REFUSED;
  removeRaw(CUSTOM_BANK_KEY);
  reportSave('bank', null);
  useBankStore.setState({ custom: null, text: null, translations: {}, saveError: null });
  switchAssessmentTo(builtIn, true);
  return null;
}

/** Saves the loaded bank file again ("Try saving again"). */
export function saveBankAgain() {
  const { custom, text } = useBankStore.getState();
  if (!custom || text === null) return;
  useBankStore.setState({ saveError: saveValue('bank', CUSTOM_BANK_KEY, text) });
}
