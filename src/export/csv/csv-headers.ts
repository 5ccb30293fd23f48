/**
 * The column names of both spreadsheets (the personal CSV and the group CSV), one message
 * each. The English names are the documented format (docs/spreadsheet-format.md); a Welsh file
 * has Welsh names in the same order, and the codes in row_type and item_id stay the same in
 * both languages, so files in either language line up.
 */
import { msg } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';

const COLUMN_NAMES = {
  row_type: msg({ message: 'row_type', comment: 'CSV column name: ASCII, no spaces' }),
  respondent: msg({ message: 'respondent', comment: 'CSV column name: ASCII, no spaces' }),
  sector: msg({ message: 'sector', comment: 'CSV column name: ASCII, no spaces' }),
  role_level: msg({ message: 'role_level', comment: 'CSV column name: ASCII, no spaces' }),
  section: msg({ message: 'section', comment: 'CSV column name: ASCII, no spaces' }),
  dimension: msg({ message: 'dimension', comment: 'CSV column name: ASCII, no spaces' }),
  item_id: msg({ message: 'item_id', comment: 'CSV column name: ASCII, no spaces' }),
  question: msg({ message: 'question', comment: 'CSV column name: ASCII, no spaces' }),
  answer_value: msg({ message: 'answer_value', comment: 'CSV column name: ASCII, no spaces' }),
  answer_label: msg({ message: 'answer_label', comment: 'CSV column name: ASCII, no spaces' }),
  score: msg({ message: 'score', comment: 'CSV column name: ASCII, no spaces' }),
  band: msg({ message: 'band', comment: 'CSV column name: ASCII, no spaces' }),
  comment: msg({ message: 'comment', comment: 'CSV column name: ASCII, no spaces' }),
};

export type CsvColumn = keyof typeof COLUMN_NAMES;

/** The header row for `columns`, in the language of `i18n`. */
export function csvHeaders(columns: readonly CsvColumn[], i18n: I18n): string[] {
  return columns.map((column) => i18n._(COLUMN_NAMES[column]));
}
