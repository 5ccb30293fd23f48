/**
 * Numbers, dates and plural categories in the active language, through the browser's Intl
 * (Welsh: "29 Tachwedd 2026"; six plural categories). Pass the locale from `useLingui()`'s
 * `i18n.locale` in a component, so the text changes with the language.
 */
import type { Locale } from './i18n';
import { intlHasDates, welshDate } from '../domain/welsh-date';

export { intlHasDates };

/** The Intl locale for a Rally locale: British English and Welsh. */
export function intlLocale(locale: Locale | string): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}

/** "29 November 2026" / "29 Tachwedd 2026". `date` is a Date or an ISO date (YYYY-MM-DD). */
export function formatDate(date: Date | string, locale: Locale | string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  // An ISO date means that day wherever the reader is.
  const timeZone = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'UTC' : undefined;
  const tag = intlLocale(locale);
  // A browser without Welsh would write an American English date ("March 31, 2027").
  if (tag === 'cy-GB' && !intlHasDates(tag)) return welshDate(value, timeZone);
  return new Intl.DateTimeFormat(tag, {
    dateStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
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
  // The 24-hour clock, as in both languages (British English's where Intl has no Welsh).
  const tag = intlHasDates(intlLocale(locale)) ? intlLocale(locale) : 'en-GB';
  const time = new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
  }).format(value);
  return `${formatDate(value, locale)}, ${time}`;
}
