/**
 * The language in use, for the whole app: the chosen language (src/state/language-store.ts)
 * drives the messages (src/i18n) and the question bank's texts. Switching fetches what the
 * language needs first, then changes everything at once, so a page never shows half of each.
 * Answers and the page (the URL fragment) are untouched: they do not depend on the language.
 */
import type * as BankTexts from '../domain/bank/bank-texts';
import type { BankTranslation } from '../domain/bank/bank-texts';
import type { Language } from '../domain/language';
import { activate, loadCatalogue, type Locale } from '../i18n';
import { readRaw } from '../state/device-storage';
import { chooseLanguage, savedLanguage, useLanguageStore } from '../state/language-store';
import { LANGUAGE_STORAGE_KEY } from '../state/storage-keys';
import { takenOver } from './take-over';

/**
 * The locale to start in: the saved language, or the pseudo-locale when a test has put
 * `pseudo` under `rally:language` (docs/i18n.md). The pseudo-locale is never offered and never
 * saved by the app; the toggle then shows English as the language in use.
 */
export function startingLocale(): Locale {
  return readRaw(LANGUAGE_STORAGE_KEY) === 'pseudo' ? 'pseudo' : savedLanguage();
}

let builtInWelsh: BankTranslation | undefined;
/** `localizeBank`, fetched with the first language other than English (not in the first load). */
let localize: typeof BankTexts.localizeBank | undefined;

/** Fetches the built-in bank's texts in `language` (Welsh is a chunk of its own). */
async function loadBankTexts(language: Language) {
  if (language === 'en' || (builtInWelsh && localize)) return;
  const [texts, walker] = await Promise.all([
    import('virtual:rally-bank-cy'),
    import('../domain/bank/bank-texts'),
  ]);
  builtInWelsh = texts.default;
  localize = walker.localizeBank;
}

/**
 * The built-in bank's Welsh texts and the code that applies them, once fetched (see
 * activateLanguage); src/app/localized-bank.ts reads them.
 */
export function fetchedBankTexts(): {
  translation: BankTranslation | undefined;
  localize: typeof BankTexts.localizeBank | undefined;
} {
  return { translation: builtInWelsh, localize };
}

/**
 * Everything `locale` needs, fetched; then the messages switch to it, once React has taken
 * over every part of a prerendered page (src/app/take-over.ts).
 */
export async function activateLanguage(locale: Locale) {
  await Promise.all([loadCatalogue(locale), loadBankTexts(locale === 'cy' ? 'cy' : 'en')]);
  await takenOver();
  await activate(locale);
}

/** The person chose `language` (the toggle, or a participant link): remember it and switch. */
export async function switchLanguage(language: Language) {
  await activateLanguage(language);
  chooseLanguage(language);
}

// The messages follow the chosen language wherever the choice comes from.
useLanguageStore.subscribe((state, before) => {
  if (state.language !== before.language) void activateLanguage(state.language);
});
