/**
 * The personal spreadsheet (CSV): the results first, then one row per question of the bank in
 * the order asked. Columns are documented in docs/spreadsheet-format.md:
 *
 *   row_type      "result" for a figure worked out from the answers, "answer" for a question
 *   section       "Results" on result rows; the section's title on answer rows
 *   dimension     the area a row belongs to, when it belongs to one
 *   item_id       the question's id; on result rows an id for the figure: result:type,
 *                 fit:<type id>, area:<dimension id>, result:strongest, result:weakest,
 *                 role:<role id>, result:governance-now, result:governance-suggested
 *   question      the question, or what the figure is
 *   answer_value  the number on the agreement scale (1 to 5); empty for every other answer,
 *                 including Don't know and Not applicable
 *   answer_label  the answer in words (several options or grid rows joined with "; ", "Not
 *                 answered" when blank); on result rows the result in words
 *   score         a score or fit from 0 to 100 with one decimal; empty when there is none
 *   band          an area's band, or "Not enough answers"
 *   comment       a section's comment, on the first answer row of that section only
 *   target        on an area's result row, the respondent's own target (0 to 100, one decimal)
 *   gap           on that row, the target minus the score (one decimal, negative when the
 *                 score is above the target); empty without both
 *
 * Ties for the strongest or weakest area are kept: every tied area is named, joined with "; ".
 * A part the bank asks nothing about (no typology, governance or leadership questions) has no
 * result rows.
 *
 * Safety: a text cell that a spreadsheet could run as a formula (one starting with =, +, -, @,
 * a tab or a carriage return, or their full-width forms) gets a leading apostrophe, so it is
 * shown as text. Numbers are left alone.
 *
 * Encoding: UTF-8 with a byte order mark, so spreadsheet programs read Welsh and other
 * non-English letters correctly, and CRLF line ends (RFC 4180).
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { csvHeaders } from './csv-headers';
import Papa from 'papaparse';
import type { ReportModel } from '../../domain/report/report-types';
import { gap as gapOf } from '../../domain/plan/targets';
import type { Targets } from '../../domain/plan/targets';

export const CSV_COLUMNS = [
  'row_type',
  'section',
  'dimension',
  'item_id',
  'question',
  'answer_value',
  'answer_label',
  'score',
  'band',
  'comment',
  'target',
  'gap',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number>>;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

const scoreCell = (score: number | null) => (score === null ? '' : score.toFixed(1));
/** A gap: one decimal, "-" before a negative one (a spreadsheet reads it as a number). */
const gapCell = (gap: number | null) => (gap === null ? '' : gap.toFixed(1));
const targetOf = (targets: Targets, dimensionId: string): number | null =>
  Object.hasOwn(targets, dimensionId) ? (targets[dimensionId as keyof Targets] ?? null) : null;

/** The figures worked out from the answers, one row each. */
function resultRows(report: ReportModel, i18n: I18n, targets: Targets): Row[] {
  const section = i18n._(msg`Results`);
  const result = (row: Row): Row => ({ row_type: 'result', section, ...row });
  const rows: Row[] = [];
  if (report.parts.typology) {
    rows.push(
      result({
        item_id: 'result:type',
        question: i18n._(msg`Type of partnership`),
        answer_label: report.typology.headline,
      }),
      ...report.typology.fits.map((f) => {
        const name = f.name;
        return result({
          item_id: `fit:${f.typeId}`,
          question: i18n._(msg`Fit with ${name}, 0 to 100`),
          answer_label: f.fit === null ? f.fitText : '',
          score: scoreCell(f.fit),
        });
      }),
    );
  }
  rows.push(
    ...report.dimensions.map((d) => {
      const { name, answeredText } = d;
      return result({
        dimension: name,
        item_id: `area:${d.dimensionId}`,
        question: i18n._(msg`Score for ${name}, 0 to 100`),
        answer_label: i18n._(msg`Answered: ${answeredText}`),
        score: scoreCell(d.score),
        band: d.bandLabel,
        target: scoreCell(targetOf(targets, d.dimensionId)),
        gap: gapCell(gapOf(targetOf(targets, d.dimensionId), d.score)),
      });
    }),
  );
  for (const [id, question, areas] of [
    ['result:strongest', i18n._(msg`Strongest area`), report.strongestAreas],
    ['result:weakest', i18n._(msg`Weakest area`), report.weakestAreas],
  ] as const) {
    rows.push(
      result({
        item_id: id,
        question,
        answer_label:
          areas.length === 0
            ? i18n._(msg`No area has a score`)
            : areas.map((a) => a.name).join('; '),
        score: areas.length === 0 ? '' : scoreCell(areas[0]!.score),
      }),
    );
  }
  if (report.parts.leadership) {
    rows.push(
      ...report.leadership.roles.map((r) => {
        const { name, answeredText } = r;
        return result({
          item_id: `role:${r.roleId}`,
          question: i18n._(msg`Leadership role: ${name}, 0 to 100`),
          answer_label: i18n._(msg`Answered: ${answeredText}`),
          score: scoreCell(r.score),
        });
      }),
    );
  }
  if (report.parts.governance) {
    rows.push(
      result({
        item_id: 'result:governance-now',
        question: i18n._(msg`How the partnership is governed now`),
        answer_label: report.governance.inUseText,
      }),
      result({
        item_id: 'result:governance-suggested',
        question: i18n._(msg`The way its conditions usually suggest`),
        answer_label: report.governance.predictedText,
      }),
    );
  }
  return rows;
}

/** One row per question, in bank order. */
function answerRows(report: ReportModel): Row[] {
  return report.appendix.flatMap((section) =>
    section.rows.map((row, i) => ({
      row_type: 'answer',
      section: section.title,
      dimension: row.dimensionName ?? '',
      item_id: row.itemId,
      question: row.question,
      answer_value: row.answerValue ?? '',
      answer_label: row.answerLabel,
      comment: i === 0 ? (section.comment ?? '') : '',
    })),
  );
}

/**
 * The report's results and answers as CSV text, ready to save as a .csv file, its headers and
 * its own words in the language of `i18n` (the report arrives in it already).
 */
export function serializeCsv(report: ReportModel, i18n: I18n, targets: Targets = {}): string {
  const data = [...resultRows(report, i18n, targets), ...answerRows(report)].map((row) =>
    CSV_COLUMNS.map((column) => {
      const cell = row[column] ?? '';
      // A gap is a number, though it may start with "-": it is never a formula.
      if (column === 'gap') return cell;
      return typeof cell === 'number' ? cell : neutraliseFormula(cell);
    }),
  );
  return (
    BOM +
    Papa.unparse(
      { fields: csvHeaders(CSV_COLUMNS, i18n), data },
      { newline: '\r\n', quotes: false },
    )
  );
}

export { csvFileName } from '../file-name';
