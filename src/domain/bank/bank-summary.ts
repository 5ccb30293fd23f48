/** Counts over a parsed bank, for `npm run bank:check` and the integrity tests. Pure. */
import type { Bank } from './bank-schema';
import { allItems } from './bank-queries';

export type BankSummary = {
  /** Agreement items per dimension, keyed by the dimension's name, in the bank's order. */
  dimensions: Record<string, number>;
  agreementItems: number;
  /** Items of kind `choice` or `grid`. */
  choiceItems: number;
  sections: number;
};

export function summariseBank(bank: Bank): BankSummary {
  const items = allItems(bank);
  const dimensions: Record<string, number> = {};
  for (const d of bank.dimensions) {
    dimensions[d.name] = items.filter((i) => i.kind === 'agreement' && i.dimension === d.id).length;
  }
  return {
    dimensions,
    agreementItems: items.filter((i) => i.kind === 'agreement').length,
    choiceItems: items.filter((i) => i.kind === 'choice' || i.kind === 'grid').length,
    sections: bank.sections.length,
  };
}
