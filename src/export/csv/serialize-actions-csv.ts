/**
 * The action plan as a spreadsheet (CSV), one row per action in plan order. Columns
 * (docs/spreadsheet-format.md, "Action plan"):
 *
 *   priority      the action's place in the plan, 1 first
 *   action_id     its identifier (the calendar file's UID is "<action_id>@rally")
 *   dimension     the area, by name
 *   what, lead    what will be done and who leads it (an organisation or a role)
 *   due           YYYY-MM-DD, or the words kept from an older file, or empty
 *   status        Not started, Under way, Done or Dropped, in the language in use
 *   measure       how we will know it worked
 *   resources     what it needs, when said
 *   carried_from  for an action from an earlier cycle: that session's date and name
 *   review_note   for such an action: what happened
 *
 * Safety and encoding as serialize-csv.ts: formula-like text cells get a leading apostrophe,
 * UTF-8 with a byte order mark, CRLF line ends.
 */
import type { I18n } from '@lingui/core';
import Papa from 'papaparse';
import type { Bank } from '../../domain/bank/bank-schema';
import type { Action } from '../../domain/plan/action-plan';
import { STATUS_WORDS } from '../../domain/plan/action-plan';
import { csvHeaders } from './csv-headers';
import { neutraliseFormula } from './serialize-csv';

export const ACTIONS_CSV_COLUMNS = [
  'priority',
  'action_id',
  'dimension',
  'what',
  'lead',
  'due',
  'status',
  'measure',
  'resources',
  'carried_from',
  'review_note',
] as const;

const BOM = '\uFEFF';

/** The plan as CSV text, ready to save as a .csv file, in the language of `i18n`. */
export function serializeActionsCsv(bank: Bank, actions: readonly Action[], i18n: I18n): string {
  const data = actions.map((a, i) => [
    i + 1,
    neutraliseFormula(a.id),
    neutraliseFormula(bank.dimensions.find((d) => d.id === a.dimensionId)?.name ?? a.dimensionId),
    neutraliseFormula(a.what),
    neutraliseFormula(a.lead),
    neutraliseFormula(a.due ?? a.dueNote ?? ''),
    neutraliseFormula(i18n._(STATUS_WORDS[a.status])),
    neutraliseFormula(a.measure),
    neutraliseFormula(a.resources ?? ''),
    neutraliseFormula(
      a.carriedFrom ? [a.carriedFrom.date, a.carriedFrom.name].filter(Boolean).join(' ') : '',
    ),
    neutraliseFormula(a.reviewNote ?? ''),
  ]);
  return (
    BOM +
    Papa.unparse(
      { fields: csvHeaders(ACTIONS_CSV_COLUMNS, i18n), data },
      { newline: '\r\n', quotes: false },
    )
  );
}
