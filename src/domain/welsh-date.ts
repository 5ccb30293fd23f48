/**
 * Dates in Welsh where the browser's Intl has no Welsh. Debian's Chromium, for one, has none: it
 * writes a Welsh date as an American English one ("March 31, 2027"). Rally then writes the
 * month itself ("31 Mawrth 2027"), the day and year still coming from Intl in the time zone
 * asked for.
 */
const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

/** Whether this browser's Intl can write dates in `locale` (without falling back to another). */
export function intlHasDates(locale: string): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
}

/** "29 Tachwedd 2026" without Intl's Welsh: the day and year from Intl, the month from us. */
export function welshDate(value: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    ...(timeZone ? { timeZone } : {}),
  }).formatToParts(value);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('day')} ${WELSH_MONTHS[part('month') - 1]} ${part('year')}`;
}
