/**
 * The question bank in the language in use, for the pages that need the bank (app-data.tsx).
 * Apart from the shell's language code (language.ts), so that the bank store and its checks
 * stay out of the first load.
 */
import { useMemo } from 'react';
import type { Bank } from '../domain/bank/bank-schema';
import type { BankTranslation } from '../domain/bank/bank-texts';
import type { Language } from '../domain/language';
import { useBankStore } from '../state/bank-store';
import { useLanguageStore } from '../state/language-store';
import { fetchedBankTexts } from './language';

/** The bank in `language` (English until Welsh has been fetched; see activateLanguage). */
function localizeBank(
  bank: Bank,
  language: Language,
  translation: BankTranslation | undefined,
): Bank {
  const { localize } = fetchedBankTexts();
  return language === 'en' || !localize ? bank : localize(bank, language, translation);
}

/**
 * The built-in bank and the bank in use, in the chosen language. The same object while nothing
 * changes (pages compare the two to tell whether the built-in bank is in use).
 */
export function useBanks(englishBuiltIn: Bank): { bank: Bank; builtIn: Bank } {
  const language = useLanguageStore((s) => s.language);
  const custom = useBankStore((s) => s.custom);
  const translations = useBankStore((s) => s.translations);
  const builtIn = useMemo(
    () => localizeBank(englishBuiltIn, language, fetchedBankTexts().translation),
    [englishBuiltIn, language],
  );
  const bank = useMemo(
    () =>
      custom
        ? localizeBank(custom, language, language === 'cy' ? translations.cy : undefined)
        : builtIn,
    [custom, translations, language, builtIn],
  );
  return { bank, builtIn };
}
