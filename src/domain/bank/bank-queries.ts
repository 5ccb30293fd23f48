/** Read helpers over a parsed bank. Pure; no validation (parseBank has done that). */
import type { AgreementItem, Bank, Item, Page, Section } from './bank-schema';

export type PageRef = { section: Section; page: Page; index: number };

/**
 * Every item in bank order, remembered per sections list: scoring asks for it once per item
 * kind and respondent, and the programme page scores thousands of respondents at once. A bank
 * is never changed in place once parsed; each caller gets its own copy of the list.
 */
const itemsOf = new WeakMap<Bank['sections'], Item[]>();

export function allItems(bank: Bank): Item[] {
  let items = itemsOf.get(bank.sections);
  if (!items) {
    items = bank.sections.flatMap((s) => s.pages.flatMap((p) => p.items));
    itemsOf.set(bank.sections, items);
  }
  return items.slice();
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
