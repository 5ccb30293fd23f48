/**
 * Small wording helpers shared by the report builders: how a score, a date, a list and a count
 * are written. One place, so every export writes them the same way.
 */

/**
 * A 0..100 score as shown: always one decimal place (scores are rounded to one decimal when
 * scored, so "75.0" is the figure that was banded), or "No score".
 */
export function formatScore(score: number | null): string {
  return score === null ? 'No score' : score.toFixed(1);
}

// Reports are about UK partnerships: the date is the UK calendar day of the last change, the
// same on every device.
const TIME_ZONE = 'Europe/London';

// Made on first use: building a formatter costs far more than using one.
let formatters: { long: Intl.DateTimeFormat; parts: Intl.DateTimeFormat } | null = null;

/** "26 November 2026" and "2026-11-26" for an ISO date-time; null for an unreadable one. */
export function formatDate(iso: string): { long: string; iso: string } | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  formatters ??= {
    long: new Intl.DateTimeFormat('en-GB', {
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
  const long = formatters.long.format(date);
  const parts = formatters.parts.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { long, iso: `${part('year')}-${part('month')}-${part('day')}` };
}

// Counts and lists are worded in counts.ts, the one place for plurals.
export { countOf, listInWords } from './counts';

/** Lower-cases the first letter of a label used inside a sentence ("Senior leader" → "senior leader"). */
export function inSentence(label: string): string {
  // Leave acronyms alone: "NHS or health" stays as it is.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
