/**
 * The language the person chose, remembered on this device under `rally:language` as the bare
 * code (`en` or `cy`), so that the page's early script can read it without parsing anything.
 * A failed save is reported like every other store's (the save warning on every page); the
 * choice still holds in this page.
 */
import { create } from 'zustand';
import { isLanguage, SOURCE_LANGUAGE, type Language } from '../domain/language';
import { readRaw, saveValue } from './device-storage';
import { LANGUAGE_STORAGE_KEY } from './storage-keys';

type LanguageState = { language: Language };

/** The saved choice, or English when there is none (or it is not a language Rally offers). */
export function savedLanguage(): Language {
  const raw = readRaw(LANGUAGE_STORAGE_KEY);
  return isLanguage(raw) ? raw : SOURCE_LANGUAGE;
}

export const useLanguageStore = create<LanguageState>()(() => ({ language: savedLanguage() }));

/** Uses `language` from now on and remembers it on this device. */
export function chooseLanguage(language: Language) {
  useLanguageStore.setState({ language });
  saveLanguageAgain();
}

/** Saves the language in use again (after a failed save: "Try saving again"). */
export function saveLanguageAgain() {
  saveValue('language', LANGUAGE_STORAGE_KEY, useLanguageStore.getState().language);
}
