/**
 * The group CSV: every answer in a session in long format, for pivot tables and statistics
 * packages. It writes the group table (src/domain/report/build-group-table.ts), which follows
 * the privacy rule (src/domain/privacy).
 *
 * Columns: respondent, sector, role_level, section, dimension, item_id, question,
 * answer_value, answer_label, target, gap.
 *   respondent    "Person A", "Person B", ... in an order unrelated to when people handed in.
 *                 Never the response id, so the file cannot be matched back to a response file.
 *                 Empty on free-text rows.
 *   sector, role_level  the label of the group the person is in, or "Not shown" where showing
 *                 it could single someone out (a group of fewer than 3, or the one person left
 *                 over when the rest are shown). Empty on free-text rows.
 *   answer_value  the number on the agreement scale (1 to 5); empty for every other answer
 *   answer_label  the answer in words, as in the one-respondent CSV ("Not answered" when blank)
 *
 * Rows go person by person, each through the questions in the order asked, leaving out the
 * sector and role-level questions (they are the two columns) and free text. Then come the
 * free-text rows: every about-you text, reflection and section comment, question by question,
 * in alphabetical order, with no person, sector or role. Last, one row per area the group
 * recorded in consensus (item_id "agreed:<dimension id>", no person, sector or role):
 *   answer_value  the agreed score (0 to 100, one decimal), or empty
 *   answer_label  its band
 *   target        the group's agreed target, or empty
 *   gap           the target minus the agreed score (minus the median where no score was
 *                 agreed), one decimal; empty without both
 *
 * Safety and encoding as serialize-csv.ts: formula-like text cells get a leading apostrophe,
 * UTF-8 with a byte order mark, CRLF line ends.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { csvHeaders } from './csv-headers';
import Papa from 'papaparse';
import type { Bank } from '../../domain/bank/bank-schema';
import type { SessionFile } from '../../domain/group/session';
import { buildGroupTable } from '../../domain/report/build-group-table';
import { HIDDEN_TEXT } from '../../domain/privacy/privacy-rule';
import { neutraliseFormula } from './serialize-csv';
import { aggregateGroup } from '../../domain/group/aggregate';
import { bandFor } from '../../domain/scoring/bands';
import { roundScore } from '../../domain/scoring/round-score';
import { gap } from '../../domain/plan/targets';

export const GROUP_CSV_COLUMNS = [
  'respondent',
  'sector',
  'role_level',
  'section',
  'dimension',
  'item_id',
  'question',
  'answer_value',
  'answer_label',
  'target',
  'gap',
] as const;

const BOM = '\uFEFF';
/** Written in the sector or role_level column where the group is not shown. */
export const SMALL_GROUP_LABEL = HIDDEN_TEXT;

/**
 * The privacy module's English words in the language in use: "Person A" and "Not shown".
 * The letters stay as they are, so a person is the same letter in either language.
 */
function personLabel(label: string, i18n: I18n): string {
  const letters = /^Person ([A-Z]+)$/.exec(label)?.[1];
  return letters ? i18n._(msg`Person ${letters}`) : label;
}
const groupLabel = (label: string, i18n: I18n) =>
  label === HIDDEN_TEXT ? i18n._(msg`Not shown`) : label;

const figure = (n: number | null) => (n === null ? '' : n.toFixed(1));

/** One row per area with a consensus record: the agreed score, its band, the target and the gap. */
function agreedRows(bank: Bank, session: SessionFile, i18n: I18n): (string | number)[][] {
  if (session.consensus.length === 0) return [];
  const medians = new Map(
    aggregateGroup(bank, session.responses).dimensions.map((d) => [d.dimensionId, d.medianScore]),
  );
  const section = i18n._(msg`Agreed by the group`);
  return bank.dimensions.flatMap((d) => {
    const record = session.consensus.find((c) => c.dimensionId === d.id);
    if (!record) return [];
    const name = d.name;
    const agreed = record.agreedScore === null ? null : roundScore(record.agreedScore);
    const target = record.targetScore === null ? null : roundScore(record.targetScore);
    return [
      [
        '',
        '',
        '',
        neutraliseFormula(section),
        neutraliseFormula(name),
        `agreed:${d.id}`,
        neutraliseFormula(i18n._(msg`Agreed score for ${name}, 0 to 100`)),
        figure(agreed),
        neutraliseFormula(bandFor(bank, agreed)?.label ?? ''),
        figure(target),
        figure(gap(target, agreed ?? medians.get(d.id) ?? null)),
      ],
    ];
  });
}

/**
 * Every answer in the session as CSV text, ready to save as a .csv file, in the language of
 * `i18n` (headers, labels and the words of the table).
 */
export function serializeGroupCsv(bank: Bank, session: SessionFile, i18n: I18n): string {
  const rows = buildGroupTable(bank, session, i18n).rows.map((row) => [
    neutraliseFormula(personLabel(row.respondent, i18n)),
    neutraliseFormula(groupLabel(row.sector, i18n)),
    neutraliseFormula(groupLabel(row.roleLevel, i18n)),
    neutraliseFormula(row.section),
    neutraliseFormula(row.dimension),
    neutraliseFormula(row.itemId),
    neutraliseFormula(row.question),
    row.answerValue ?? '',
    neutraliseFormula(row.answerLabel),
    '',
    '',
  ]);
  rows.push(...agreedRows(bank, session, i18n));
  return (
    BOM +
    Papa.unparse(
      { fields: csvHeaders(GROUP_CSV_COLUMNS, i18n), data: rows },
      { newline: '\r\n', quotes: false },
    )
  );
}

export { groupCsvFileName } from '../file-name';
