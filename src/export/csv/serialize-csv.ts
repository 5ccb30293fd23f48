/**
 * The CSV export: one row per question of the bank, in the order asked, for spreadsheets.
 *
 * Columns: section, dimension, item_id, question, answer_value, answer_label, comment.
 *   answer_value  the number on the agreement scale (1 to 5); empty for every other answer,
 *                 including Don't know and Not applicable
 *   answer_label  the answer in words; several options or grid rows are joined with "; ";
 *                 "Not answered" when blank
 *   comment       a section's comment, on the first row of that section only (a comment is
 *                 about the whole section, so it is not repeated)
 *
 * Safety: a text cell that a spreadsheet could run as a formula (one starting with =, +, -, @,
 * a tab or a carriage return, or their full-width forms) gets a leading apostrophe, so it is
 * shown as text. Numbers are left alone.
 *
 * Encoding: UTF-8 with a byte order mark, so spreadsheet programs read Welsh and other
 * non-English letters correctly, and CRLF line ends (RFC 4180).
 */
import Papa from 'papaparse';
import type { ReportModel } from '../../domain/report/report-types';

export const CSV_COLUMNS = [
  'section',
  'dimension',
  'item_id',
  'question',
  'answer_value',
  'answer_label',
  'comment',
] as const;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The report's answers as CSV text, ready to save as a .csv file. */
export function serializeCsv(report: ReportModel): string {
  const rows = report.appendix.flatMap((section) =>
    section.rows.map((row, i) => [
      neutraliseFormula(section.title),
      neutraliseFormula(row.dimensionName ?? ''),
      neutraliseFormula(row.itemId),
      neutraliseFormula(row.question),
      row.answerValue ?? '',
      neutraliseFormula(row.answerLabel),
      neutraliseFormula(i === 0 ? (section.comment ?? '') : ''),
    ]),
  );
  return (
    BOM + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })
  );
}

export { csvFileName } from '../file-name';
