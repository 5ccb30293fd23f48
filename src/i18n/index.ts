/**
 * Rally's internationalisation: the one module that reaches Lingui's runtime (eslint.config.js).
 * Components write messages with the macros (`@lingui/react/macro`, `@lingui/core/macro`);
 * see docs/i18n.md for the recipe.
 */
export {
  activate,
  activeLocale,
  addEnglish,
  htmlLang,
  i18n,
  loadCatalogue,
  type Locale,
} from './i18n';
export { LanguageProvider, useLingui } from './runtime';
export { formatDate, formatDateTime, formatNumber, intlLocale, pluralCategory } from './format';
