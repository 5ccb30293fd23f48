import { msg } from '@lingui/core/macro';
import type { Translator } from './translate';
import { intlHasDates, welshDate } from '../welsh-date';

/**
 * Small wording helpers shared by the report builders: how a score, a date, a list and a count
 * are written. One place, so every export writes them the same way.
 */

/**
 * A 0..100 score as shown: always one decimal place (scores are rounded to one decimal when
 * scored, so "75.0" is the figure that was banded), or "No score" (in the language of `i18n`
 * when given, English otherwise).
 */
export function formatScore(score: number | null, i18n?: Translator): string {
  if (score !== null) return score.toFixed(1);
  return i18n ? i18n._(msg`No score`) : 'No score';
}

// Reports are about UK partnerships: the date is the UK calendar day of the last change, the
// same on every device.
const TIME_ZONE = 'Europe/London';

// Made on first use: building a formatter costs far more than using one.
const formatters = new Map<string, { long: Intl.DateTimeFormat; parts: Intl.DateTimeFormat }>();

/**
 * "26 November 2026" ("26 Tachwedd 2026" for `locale` 'cy') and "2026-11-26" for an ISO
 * date-time; null for an unreadable one.
 */
export function formatDate(iso: string, locale = 'en'): { long: string; iso: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const intl = locale === 'cy' ? 'cy-GB' : 'en-GB';
  let f = formatters.get(intl);
  if (!f) {
    f = {
      long: new Intl.DateTimeFormat(intl, {
        timeZone: TIME_ZONE,
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
      parts: new Intl.DateTimeFormat('en-GB', {
        timeZone: TIME_ZONE,
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }),
    };
    formatters.set(intl, f);
  }
  const long =
    intl === 'cy-GB' && !intlHasDates(intl) ? welshDate(date, TIME_ZONE) : f.long.format(date);
  const parts = f.parts.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { long, iso: `${part('year')}-${part('month')}-${part('day')}` };
}

// Counts and lists are worded in counts.ts, the one place for plurals.
export { countOf, listIn, listInWords } from './counts';

/** Lower-cases the first letter of a label used inside a sentence ("Senior leader" → "senior leader"). */
export function inSentence(label: string): string {
  // Leave acronyms alone: "NHS or health" stays as it is.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
