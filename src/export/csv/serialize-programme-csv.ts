/**
 * The programme comparison as CSV: every figure of every view on the programme page, one row
 * each (long format), so a spreadsheet or statistics package can pivot it.
 *
 * Columns: view, row, column, value.
 *   view    the view's title, as on the page ("Each area’s median by type")
 *   row     the row's header (an area, a type, a partnership's name)
 *   column  the column's header
 *   value   the figure as a plain number (scores to one decimal place), a YYYY-MM-DD date, or
 *           words ("Not shown" where a partnership has fewer than 3 people); empty where
 *           there is no figure
 *
 * Only what the page shows is written: partnership figures and counts, never a respondent, a
 * free text, or a sector or role group. Safety and encoding as serialize-csv.ts: formula-like
 * text cells get a leading apostrophe, UTF-8 with a byte order mark, CRLF line ends.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import Papa from 'papaparse';
import type { ViewTable } from '../../domain/programme/view-table';
import { neutraliseFormula } from './serialize-csv';

const BOM = '\uFEFF';

const COLUMNS = [
  msg({ message: 'view', comment: 'CSV column name: ASCII, no spaces' }),
  msg({ message: 'row', comment: 'CSV column name: ASCII, no spaces' }),
  msg({ message: 'column', comment: 'CSV column name: ASCII, no spaces' }),
  msg({ message: 'value', comment: 'CSV column name: ASCII, no spaces' }),
];

const plain = (value: number | string | null) =>
  value === null ? '' : typeof value === 'number' ? value : neutraliseFormula(value);

export function serializeProgrammeCsv(tables: readonly ViewTable[], i18n: I18n): string {
  const data: (string | number)[][] = [];
  for (const table of tables)
    for (const row of table.rows)
      row.values.forEach((value, i) => {
        data.push([
          neutraliseFormula(table.title),
          neutraliseFormula(row.header),
          neutraliseFormula(table.columns[i + 1] ?? ''),
          plain(value),
        ]);
      });
  return (
    BOM +
    Papa.unparse(
      { fields: COLUMNS.map((c) => i18n._(c)), data },
      { newline: '\r\n', quotes: false },
    )
  );
}
