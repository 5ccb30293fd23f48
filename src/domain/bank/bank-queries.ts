/** Read helpers over a parsed bank. Pure; no validation (parseBank has done that). */
import type { AgreementItem, Bank, Item, Page, Section } from './bank-schema';

export type PageRef = { section: Section; page: Page; index: number };

export function allItems(bank: Bank): Item[] {
  return bank.sections.flatMap((s) => s.pages.flatMap((p) => p.items));
}

export function agreementItems(bank: Bank): AgreementItem[] {
  return allItems(bank).filter((i): i is AgreementItem => i.kind === 'agreement');
}

export function findItem(bank: Bank, id: string): Item | undefined {
  return allItems(bank).find((i) => i.id === id);
}

export function findSection(bank: Bank, id: string): Section | undefined {
  return bank.sections.find((s) => s.id === id);
}

/** Every page in journey order, with its section and its position in the whole journey. */
export function allPages(bank: Bank): PageRef[] {
  return bank.sections
    .flatMap((section) => section.pages.map((page) => ({ section, page })))
    .map((ref, index) => ({ ...ref, index }));
}

export function findPage(bank: Bank, sectionId: string, pageId: string): PageRef | undefined {
  return allPages(bank).find((r) => r.section.id === sectionId && r.page.id === pageId);
}

export function sectionItems(section: Section): Item[] {
  return section.pages.flatMap((p) => p.items);
}
