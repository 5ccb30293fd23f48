/**
 * The one Lingui instance, and switching it between languages.
 *
 * English is loaded and active from the start (its catalogue is in the first load), so code
 * and tests that never choose a language get English. Any other language's catalogue is
 * fetched only when that language is activated, and each is one chunk holding every area.
 */
import { i18n, type Messages } from '@lingui/core';
import type { Language } from '../domain/language';
import { messages as english } from './catalogues/en';

/** What may be activated: the two languages, and 'pseudo' in tests only (never offered). */
export type Locale = Language | 'pseudo';

const loaders: Record<Locale, () => Promise<{ messages: Messages }>> = {
  // English for the first page is in the first load; this is the rest of it.
  en: () => import('./catalogues/en-rest'),
  cy: () => import('./catalogues/cy'),
  pseudo: () => import('./catalogues/pseudo'),
};

i18n.load('en', english);
i18n.activate('en');

/** The page's `lang` for a locale (British English as index.html has it; pseudo is English). */
export function htmlLang(locale: Locale): 'en-GB' | 'cy' {
  return locale === 'cy' ? 'cy' : 'en-GB';
}

/** Keeps `<html lang>` in step with the active language. */
function setDocumentLanguage(locale: Locale) {
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(locale);
}
setDocumentLanguage('en');
export type { Language };

let latest: Locale = 'en';
const loaded = new Set<Locale>();

/** Fetches `locale`'s catalogue (every area) without switching to it. */
export async function loadCatalogue(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const { messages } = await loaders[locale]();
  i18n.load(locale, messages);
  loaded.add(locale);
}

/**
 * Makes `locale` the language of every message, fetching its catalogue the first time. When
 * two calls overlap, the later one wins, whichever catalogue arrives first.
 */
export async function activate(locale: Locale): Promise<void> {
  latest = locale;
  await loadCatalogue(locale);
  if (latest !== locale) return;
  if (i18n.locale !== locale) i18n.activate(locale);
  setDocumentLanguage(locale);
}

/**
 * Adds the group pages' English (fetched with their code: src/app/pages.tsx) to the English
 * already loaded. Every other language's catalogue holds every area already.
 */
export function addEnglish(messages: Messages): void {
  i18n.load('en', messages);
}

/** The active locale. */
export function activeLocale(): Locale {
  return i18n.locale as Locale;
}

export { i18n };
