/**
 * A second question bank for tests, made from the real one: another id and title, three of
 * the typology questions dropped and one statement reworded. It exercises everything a
 * custom bank file goes through, without a second copy of the content to keep in step.
 */
import { makeBankBundle } from '../../src/domain/bank/bank-bundle';
import type { RawBankFiles } from '../../src/domain/bank/parse-bank';
import { readRealFiles } from '../bank/real-bank';

export const SHORT_BANK_ID = 'rally-short';
const DROPPED_PAGES = ['type-funding', 'type-horizon', 'type-disruption'];

export async function shortBankFiles(): Promise<RawBankFiles> {
  const files = structuredClone(await readRealFiles());
  const bank = files.bank.data as Record<string, unknown>;
  bank.id = SHORT_BANK_ID;
  bank.title = 'Rally short form';
  bank.version = '1.0.0';
  for (const s of files.sections) {
    const section = s.data as {
      id: string;
      pages: { id: string; items: { id: string; text: string }[] }[];
    };
    section.pages = section.pages.filter((p) => !DROPPED_PAGES.includes(p.id));
    if (section.id === 'culture')
      section.pages[0]!.items[0]!.text =
        'From the start, partners said plainly why we must work differently.';
  }
  return files;
}

export async function shortBankBundle(): Promise<string> {
  return makeBankBundle(await shortBankFiles());
}
