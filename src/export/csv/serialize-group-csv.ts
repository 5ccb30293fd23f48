/**
 * The group CSV: every answer in a session in long format, one row per respondent and
 * question, for pivot tables and statistics packages.
 *
 * Columns: respondent, sector, role_level, section, dimension, item_id, question,
 * answer_value, answer_label.
 *   respondent    "R1", "R2", ... in the order the responses are held in the session. Never
 *                 the response id, so the file cannot be matched back to a response file.
 *   sector, role_level  the label of the option the respondent chose, or "Not given"; a sector or
 *                 role level that fewer than 3 respondents share is written as SMALL_GROUP_LABEL
 *                 instead, as in the on-screen views, so that nobody can be picked out
 *   answer_value  the number on the agreement scale (1 to 5); empty for every other answer
 *   answer_label  the answer in words, as in the one-respondent CSV ("Not answered" when blank)
 *
 * Rows go respondent by respondent, each through the questions in the order asked. Section
 * comments are not included: the group PDF lists them without names.
 *
 * Safety and encoding as serialize-csv.ts: formula-like text cells get a leading apostrophe,
 * UTF-8 with a byte order mark, CRLF line ends.
 */
import Papa from 'papaparse';
import type { Bank, SelectItem } from '../../domain/bank/bank-schema';
import { allItems } from '../../domain/bank/bank-queries';
import { MIN_GROUP_SIZE, NOT_GIVEN_LABEL } from '../../domain/group/breakdown';
import type { BreakdownField } from '../../domain/group/breakdown';
import type { SessionFile } from '../../domain/group/session';
import { buildAppendix } from '../../domain/report/report-appendix';
import type { ResponseEnvelope } from '../../domain/response/response-schema';
import { neutraliseFormula } from './serialize-csv';

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
] as const;

const BOM = '\uFEFF';
export const SMALL_GROUP_LABEL = `Fewer than ${MIN_GROUP_SIZE} people: not shown`;

/** Labels shared by fewer than MIN_GROUP_SIZE respondents are replaced. */
function suppressSmall(labels: string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return labels.map((l) => ((counts.get(l) ?? 0) < MIN_GROUP_SIZE ? SMALL_GROUP_LABEL : l));
}

/** The anonymous label of the respondent at `index` (0-based) in the session. */
export function respondentLabel(index: number): string {
  return `R${index + 1}`;
}

function aboutLabel(
  item: SelectItem | undefined,
  response: ResponseEnvelope,
  field: BreakdownField,
): string {
  if (!item) return NOT_GIVEN_LABEL;
  const answer = Object.hasOwn(response.answers, item.id) ? response.answers[item.id] : undefined;
  const value = answer ?? response.about[field];
  return item.options.find((o) => o.id === value)?.label ?? NOT_GIVEN_LABEL;
}

/** Every answer in the session as CSV text, ready to save as a .csv file. */
export function serializeGroupCsv(bank: Bank, session: SessionFile): string {
  const selects = allItems(bank).filter((i): i is SelectItem => i.kind === 'select');
  const sectorItem = selects.find((i) => i.field === 'sector');
  const roleItem = selects.find((i) => i.field === 'role-level');
  const rows: (string | number)[][] = [];
  const sectors = suppressSmall(session.responses.map((r) => aboutLabel(sectorItem, r, 'sector')));
  const roles = suppressSmall(session.responses.map((r) => aboutLabel(roleItem, r, 'role-level')));
  session.responses.forEach((response, index) => {
    const respondent = respondentLabel(index);
    const sector = neutraliseFormula(sectors[index]!);
    const role = neutraliseFormula(roles[index]!);
    for (const section of buildAppendix(bank, response.answers, {})) {
      const sectionTitle = neutraliseFormula(section.title);
      for (const row of section.rows) {
        rows.push([
          respondent,
          sector,
          role,
          sectionTitle,
          neutraliseFormula(row.dimensionName ?? ''),
          neutraliseFormula(row.itemId),
          neutraliseFormula(row.question),
          row.answerValue ?? '',
          neutraliseFormula(row.answerLabel),
        ]);
      }
    }
  });
  return (
    BOM +
    Papa.unparse({ fields: [...GROUP_CSV_COLUMNS], data: rows }, { newline: '\r\n', quotes: false })
  );
}

export { groupCsvFileName } from '../file-name';
