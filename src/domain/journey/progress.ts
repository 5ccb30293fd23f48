/**
 * Where a respondent is, derived from their answers: nothing here is stored. A section is
 * completed when every required item has an answer (Don't know counts) and, for sections
 * with no required items, once the respondent has been through it.
 */
import { isAnswered, type AnswerMap } from '../answers/answer-schema';
import type { Bank, Section } from '../bank/bank-schema';
import { allPages, sectionItems, type PageRef } from '../bank/bank-queries';

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

export type Progress = {
  answers: AnswerMap;
  comments: Record<string, string>;
  finished: readonly string[];
};

export function sectionStatus(section: Section, p: Progress): SectionStatus {
  const items = sectionItems(section);
  const required = items.filter((i) => i.required);
  const allRequired = required.every((i) => isAnswered(i, p.answers[i.id]));
  const touched =
    items.some((i) => isAnswered(i, p.answers[i.id])) || Boolean(p.comments[section.id]?.trim());
  const finished = p.finished.includes(section.id);
  if (allRequired && (required.length > 0 || finished)) return 'completed';
  if (touched || finished) return 'in-progress';
  return 'not-started';
}

export function completedCount(bank: Bank, p: Progress): number {
  return bank.sections.filter((s) => sectionStatus(s, p) === 'completed').length;
}

/** The first page of a section that still has a required item unanswered, else its first page. */
export function resumePageOf(section: Section, answers: AnswerMap): string {
  const open = section.pages.find((page) =>
    page.items.some((i) => i.required && !isAnswered(i, answers[i.id])),
  );
  return (open ?? section.pages[0]!).id;
}

/** The page after this one within its section, or null at the section's end. */
export function nextPageInSection(section: Section, pageId: string): string | null {
  const index = section.pages.findIndex((p) => p.id === pageId);
  return section.pages[index + 1]?.id ?? null;
}

export function previousPageInSection(section: Section, pageId: string): string | null {
  const index = section.pages.findIndex((p) => p.id === pageId);
  return index > 0 ? section.pages[index - 1]!.id : null;
}

/** Every required item still unanswered, with the page that asks it. */
export function unansweredRequired(
  bank: Bank,
  answers: AnswerMap,
): { ref: PageRef; itemId: string; text: string }[] {
  return allPages(bank).flatMap((ref) =>
    ref.page.items
      .filter((i) => i.required && !isAnswered(i, answers[i.id]))
      .map((i) => ({ ref, itemId: i.id, text: i.text })),
  );
}
