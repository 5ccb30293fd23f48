/**
 * Welsh dates where the browser's Intl has no Welsh (Debian's Chromium): Rally writes the month
 * itself (src/domain/welsh-date.ts). Node has Welsh, so the fallback is checked against it for
 * every date, and the pages' and reports' formatters are checked with Welsh taken away.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate as reportDate } from '../../../src/domain/report/report-format';
import { intlHasDates, welshDate } from '../../../src/domain/welsh-date';
import { formatDate, formatDateTime } from '../../../src/i18n/format';

const day = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2090-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe('Welsh dates without Intl’s Welsh', () => {
  afterEach(() => vi.restoreAllMocks());

  it('match Intl’s own Welsh, in any time zone', () => {
    expect(intlHasDates('cy-GB')).toBe(true);
    fc.assert(
      fc.property(day, fc.constantFrom('UTC', 'Europe/London'), (date, timeZone) => {
        const intl = new Intl.DateTimeFormat('cy-GB', { dateStyle: 'long', timeZone }).format(date);
        expect(welshDate(date, timeZone)).toBe(intl);
      }),
      { numRuns: 500 },
    );
  });

  it('are what the pages and the reports write when the browser has no Welsh', () => {
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    expect(intlHasDates('cy-GB')).toBe(false);
    expect(formatDate('2027-03-31', 'cy')).toBe('31 Mawrth 2027');
    expect(formatDate('2026-11-29', 'en')).toBe('29 November 2026');
    expect(reportDate('2026-01-05T10:00:00Z', 'cy')?.long).toBe('5 Ionawr 2026');
    expect(formatDateTime(new Date(2026, 11, 1, 14, 5), 'cy')).toBe('1 Rhagfyr 2026, 14:05');
  });
});
