/**
 * The answers part of the report: every question of the bank with its answer (the appendix and
 * the CSV), every section comment, and every reflection.
 *
 * Rule: questions appear in bank order, grouped by section. An answer is written with
 * `formatAnswer`; an item that `isAnswered` does not accept (no entry, blank text) reads
 * "Not answered". Only agreement answers on the scale have a number. Reflections are the free-text
 * items that do not fill an about-you field; only those with text are listed.
 */
import { msg } from '@lingui/core/macro';
import { isAnswered } from '../answers/answer-schema';
import type { AnswerMap, AnswerValue } from '../answers/answer-schema';
import { formatAnswer } from '../answers/format-answer';
import type { Bank, Item } from '../bank/bank-schema';
import { sectionItems } from '../bank/bank-queries';
import type { AppendixRow, AppendixSection, ReportComment, ReportReflection } from './report-types';
import type { Translator } from './translate';

export const NOT_ANSWERED_MESSAGE = msg`Not answered`;

/** "Comments on Governance": the heading of a section's comments. */
export function commentsOn(sectionTitle: string, i18n: Translator): string {
  return i18n._(msg`Comments on ${sectionTitle}`);
}

function valueOf(answers: AnswerMap, id: string): AnswerValue | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

function commentOf(comments: Record<string, string>, sectionId: string): string | null {
  const text = Object.hasOwn(comments, sectionId) ? comments[sectionId]?.trim() : undefined;
  return text ? text : null;
}

function appendixRow(
  bank: Bank,
  sectionId: string,
  sectionTitle: string,
  item: Item,
  answers: AnswerMap,
  notAnswered: string,
): AppendixRow {
  const value = valueOf(answers, item.id);
  const answered = isAnswered(item, value);
  const lines = answered ? formatAnswer(item, value, bank.scale) : [];
  const answerLines = lines.length > 0 ? lines : [notAnswered];
  const dimension =
    item.kind === 'agreement' ? bank.dimensions.find((d) => d.id === item.dimension) : undefined;
  return {
    sectionId,
    sectionTitle,
    dimensionId: dimension?.id ?? null,
    dimensionName: dimension?.name ?? null,
    itemId: item.id,
    question: item.text,
    answerValue: item.kind === 'agreement' && typeof value === 'number' && answered ? value : null,
    answerLines,
    answerLabel: answerLines.join('; '),
    answered: lines.length > 0,
  };
}

/** Every question with its answer, section by section. */
export function buildAppendix(
  bank: Bank,
  answers: AnswerMap,
  comments: Record<string, string>,
  i18n: Translator,
): AppendixSection[] {
  const notAnswered = i18n._(NOT_ANSWERED_MESSAGE);
  return bank.sections.map((section) => ({
    sectionId: section.id,
    title: section.title,
    comment: commentOf(comments, section.id),
    rows: sectionItems(section).map((item) =>
      appendixRow(bank, section.id, section.title, item, answers, notAnswered),
    ),
  }));
}

/** The section comments, in bank order (comments for sections not in the bank are left out). */
export function buildComments(bank: Bank, comments: Record<string, string>): ReportComment[] {
  return bank.sections.flatMap((section) => {
    const text = commentOf(comments, section.id);
    return text ? [{ sectionId: section.id, sectionTitle: section.title, text }] : [];
  });
}

/** The free-text answers that are not about-you fields, in bank order. */
export function buildReflections(bank: Bank, answers: AnswerMap): ReportReflection[] {
  return bank.sections.flatMap((section) =>
    sectionItems(section).flatMap((item) => {
      if (item.kind !== 'text' || item.field) return [];
      const value = valueOf(answers, item.id);
      return typeof value === 'string' && value.trim()
        ? [{ itemId: item.id, question: item.text, answer: value.trim() }]
        : [];
    }),
  );
}
