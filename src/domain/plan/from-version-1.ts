/**
 * Files made before targets and the action plan (format version 1) recorded actions as free
 * text inside each agreed record: `{ what, who, byWhen }`. These become actions of the plan
 * (action-plan.ts), nothing lost:
 *   what    -> what
 *   who     -> lead
 *   byWhen  -> due, when it is a date (2027-03-31, or 31/3/2027 as written in the UK);
 *              otherwise, when not blank, dueNote, word for word
 * with the status "not started" and no measure. Each gets an id made from its place in the
 * old file, so that reading the same file twice gives the same plan.
 */
import type { Action } from './action-plan';
import { isCalendarDay } from './action-plan';

export type Version1Action = { what: string; who: string; byWhen: string };

/** A UK day/month/year date as YYYY-MM-DD, or null. */
function fromDayMonthYear(text: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!m) return null;
  const day = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}

/** The plan action for a version 1 action of `dimensionId`, with the given id. */
export function actionFromVersion1(
  old: Version1Action,
  dimensionId: Action['dimensionId'],
  id: string,
): Action {
  const when = old.byWhen.trim();
  const due = isCalendarDay(when) ? when : fromDayMonthYear(when);
  return {
    id,
    what: old.what.trim(),
    dimensionId,
    lead: old.who.trim(),
    ...(due ? { due } : when === '' ? {} : { dueNote: when }),
    status: 'not-started',
    measure: '',
  };
}
