/**
 * The action plan's due dates as an iCalendar file (RFC 5545), for Outlook, Google Calendar and
 * Apple Calendar. ical-generator is reached only through this module (eslint.config.js,
 * decision 019). One all-day event per action with a due date, on that day; actions without
 * one are left out (the actions CSV lists every action).
 *
 *   UID          "<action id>@rally", so importing a newer file updates an event rather than
 *                adding a second one
 *   SUMMARY      "Due: <what>", in the language in use
 *   DESCRIPTION  the area, who leads it, its status and how you will know it worked, each on
 *                its own line, in the language in use
 *   DTSTAMP      the time the file was made (given by the caller)
 *
 * The library folds long lines at 75 octets and escapes commas, semicolons, backslashes and new
 * lines in text, as the standard requires.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import ical from 'ical-generator';
import type { Bank } from '../../domain/bank/bank-schema';
import type { Action } from '../../domain/plan/action-plan';
import { STATUS_WORDS } from '../../domain/plan/action-plan';

/** The calendar text of `actions` that have a due date, in the language of `i18n`. */
export function actionsCalendar(
  bank: Bank,
  actions: readonly Action[],
  o: { name: string; now: Date; i18n: I18n },
): string {
  const { i18n } = o;
  const calendar = ical({
    name: o.name,
    prodId: { company: 'Rally', product: 'Rally action plan', language: i18n.locale.toUpperCase() },
  });
  for (const action of actions) {
    if (action.due === undefined) continue;
    const [y, m, d] = action.due.split('-').map(Number) as [number, number, number];
    const area =
      bank.dimensions.find((x) => x.id === action.dimensionId)?.name ?? action.dimensionId;
    const what = action.what;
    const lead = action.lead;
    const status = i18n._(STATUS_WORDS[action.status]);
    const measure = action.measure;
    const lines = [
      i18n._(msg`Area: ${area}`),
      ...(lead ? [i18n._(msg`Who leads: ${lead}`)] : []),
      i18n._(msg`Status: ${status}`),
      ...(measure ? [i18n._(msg`How we will know it worked: ${measure}`)] : []),
    ];
    calendar.createEvent({
      id: `${action.id}@rally`,
      // All-day: written as the date alone (VALUE=DATE), read from the UTC day so that the
      // computer's time zone cannot move it.
      start: new Date(Date.UTC(y, m - 1, d)),
      allDay: true,
      stamp: o.now,
      summary: i18n._(msg`Due: ${what}`),
      description: lines.join('\n'),
    });
  }
  return calendar.toString();
}
