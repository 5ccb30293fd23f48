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
  target: msg({ message: 'target', comment: 'CSV column name: ASCII, no spaces' }),
  gap: msg({ message: 'gap', comment: 'CSV column name: ASCII, no spaces' }),
  action_id: msg({ message: 'action_id', comment: 'CSV column name: ASCII, no spaces' }),
  priority: msg({ message: 'priority', comment: 'CSV column name: ASCII, no spaces' }),
  what: msg({ message: 'what', comment: 'CSV column name: ASCII, no spaces' }),
  lead: msg({ message: 'lead', comment: 'CSV column name: ASCII, no spaces' }),
  due: msg({ message: 'due', comment: 'CSV column name: ASCII, no spaces' }),
  status: msg({ message: 'status', comment: 'CSV column name: ASCII, no spaces' }),
  measure: msg({ message: 'measure', comment: 'CSV column name: ASCII, no spaces' }),
  resources: msg({ message: 'resources', comment: 'CSV column name: ASCII, no spaces' }),
  carried_from: msg({ message: 'carried_from', comment: 'CSV column name: ASCII, no spaces' }),
  review_note: msg({ message: 'review_note', comment: 'CSV column name: ASCII, no spaces' }),
};

export type CsvColumn = keyof typeof COLUMN_NAMES;

/** The header row for `columns`, in the language of `i18n`. */
export function csvHeaders(columns: readonly CsvColumn[], i18n: I18n): string[] {
  return columns.map((column) => i18n._(COLUMN_NAMES[column]));
}
