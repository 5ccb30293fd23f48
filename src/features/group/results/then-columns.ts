/**
 * "Agreed last time" and "Target set last time": the earlier cycle beside today's figures, for
 * the group results table and the consensus page. Only for a session that follows an earlier
 * cycle (src/domain/plan/previous-cycle.ts).
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Bank } from '../../../domain/bank/bank-schema';
import { thenForArea, type PreviousCycle } from '../../../domain/plan/previous-cycle';
import { formatScore } from '../../../domain/report/report-format';

/** The two column headings. A response file's "then" is one person's own score. */
export function thenColumns(previous: PreviousCycle, i18n: I18n) {
  return [
    {
      label:
        previous.kind === 'session' ? i18n._(msg`Agreed last time`) : i18n._(msg`Scored last time`),
      numeric: true,
    },
    { label: i18n._(msg`Target set last time`), numeric: true },
  ];
}

/** The two cells for one area: "60.0 (Developing)" and "75.0", or a dash. */
export function thenCells(bank: Bank, previous: PreviousCycle, dimensionId: string): string[] {
  const then = thenForArea(bank, previous, dimensionId);
  return [
    then.score === null
      ? '–'
      : `${formatScore(then.score)}${then.band ? ` (${then.band.label})` : ''}`,
    then.target === null ? '–' : formatScore(then.target),
  ];
}
