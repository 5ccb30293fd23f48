/**
 * The group table: every answer in a session in long format, as the group CSV writes it. Pure:
 * the same bank and session give the same table, whatever the order the responses arrived in.
 *
 * Person rows: one per person and question, person by person in label order ("Person A",
 * "Person B", ..., src/domain/privacy/people.ts), each through the questions in the order asked.
 *   - `sector` and `roleLevel` are what people.ts allows beside a label: the group's label, or
 *     "Not shown" where showing it could single someone out.
 *   - The sector and role-level questions themselves are not repeated as person rows: their
 *     answers are the two columns, and repeating the real answer would undo the hiding.
 *   - Free-text questions are not person rows either (see below).
 *
 * Free-text rows: every free-text answer (about-you texts such as the place, reflections) and
 * every section comment, with no person, sector or role: question by question in bank order,
 * the texts in alphabetical order, as the group PDF lists comments. A label beside free text
 * would let anyone who recognises one person's words read all of their answers.
 */
import type { Bank } from '../bank/bank-schema';
import { listComments } from '../group/breakdown';
import { listPeople, shownText } from '../privacy/people';
import { aboutSelect } from '../privacy/privacy-rule';
import type { ResponseEnvelope } from '../response/response-schema';
import { buildAppendix, commentsOn } from './report-appendix';
import type { Translator } from './translate';

export type GroupTableRow = {
  /** The person's label; empty on free-text rows. */
  respondent: string;
  /** Empty on free-text rows. */
  sector: string;
  roleLevel: string;
  section: string;
  dimension: string;
  /** The question's id; empty for a section's comment box. */
  itemId: string;
  question: string;
  /** The number on the agreement scale; null for every other answer. */
  answerValue: number | null;
  answerLabel: string;
};

export type GroupTable = {
  /** Person rows first, then free-text rows. */
  rows: GroupTableRow[];
  /** How many of `rows` are person rows. */
  personRows: number;
};

/** Every answer in the session as rows, people by label and free text without them, in the language of `i18n`. */
export function buildGroupTable(
  bank: Bank,
  session: { session: { id: string }; responses: readonly ResponseEnvelope[] },
  i18n: Translator,
): GroupTable {
  const people = listPeople(bank, session.session.id, session.responses);
  const leftOut = new Set<string>(
    [aboutSelect(bank, 'sector'), aboutSelect(bank, 'role-level')]
      .filter((i) => i !== undefined)
      .map((i) => i.id),
  );
  const textItems = new Set(
    bank.sections.flatMap((s) =>
      s.pages.flatMap((p) => p.items.filter((i) => i.kind === 'text').map((i) => i.id)),
    ),
  );
  const rows: GroupTableRow[] = [];
  for (const person of people.people) {
    const sector = shownText(person.sector);
    const roleLevel = shownText(person.role);
    for (const section of buildAppendix(bank, person.response.answers, {}, i18n)) {
      for (const row of section.rows) {
        if (leftOut.has(row.itemId) || textItems.has(row.itemId)) continue;
        rows.push({
          respondent: person.label,
          sector,
          roleLevel,
          section: section.title,
          dimension: row.dimensionName ?? '',
          itemId: row.itemId,
          question: row.question,
          answerValue: row.answerValue,
          answerLabel: row.answerLabel,
        });
      }
    }
  }
  const personRows = rows.length;
  for (const group of listComments(bank, session.responses, { aboutTexts: true })) {
    for (const text of group.texts) {
      rows.push({
        respondent: '',
        sector: '',
        roleLevel: '',
        section: group.sectionTitle,
        dimension: '',
        itemId: group.itemId ?? '',
        question: group.question ?? commentsOn(group.sectionTitle, i18n),
        answerValue: null,
        answerLabel: text,
      });
    }
  }
  return { rows, personRows };
}
