/**
 * Numbers, dates and plural categories in the active language, through the browser's Intl
 * (Welsh: "29 Tachwedd 2026"; six plural categories). Pass the locale from `useLingui()`'s
 * `i18n.locale` in a component, so the text changes with the language.
 */
import type { Locale } from './i18n';

/** The Intl locale for a Rally locale: British English and Welsh. */
export function intlLocale(locale: Locale | string): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}

/** "29 November 2026" / "29 Tachwedd 2026". `date` is a Date or an ISO date (YYYY-MM-DD). */
export function formatDate(date: Date | string, locale: Locale | string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    // An ISO date means that day wherever the reader is.
    ...(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { timeZone: 'UTC' } : {}),
  }).format(value);
}

/** 1,234.5 in the active language's digits and separators. */
export function formatNumber(
  value: number,
  locale: Locale | string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** The plural category of `count` (Welsh has zero, one, two, few, many and other). */
export function pluralCategory(count: number, locale: Locale | string): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlLocale(locale)).select(count);
}

/** "29 November 2026, 10:42" / "29 Tachwedd 2026, 10:42": a moment, in the reader's time zone. */
export function formatDateTime(date: Date | string, locale: Locale | string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
  }).format(value);
  return `${formatDate(value, locale)}, ${time}`;
}
