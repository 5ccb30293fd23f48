/**
 * The languages Rally is offered in. A plain list, so that every layer (the domain included:
 * response files and bank texts name a language) can use it without the i18n runtime.
 */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language of every message's source text, and of a bank text given as a plain string. */
export const SOURCE_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Each language's name in itself, as the language toggle shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/**
 * "Change the language to ...", written in the language it changes to (GOV.UK's pattern):
 * the reader who needs it reads that language. Not in a catalogue on purpose: it never changes
 * with the page's language, and it carries its own `lang`.
 */
export const CHANGE_LANGUAGE_TO: Record<Language, string> = {
  en: 'Change the language to English',
  cy: 'Newid yr iaith i’r Gymraeg',
};
