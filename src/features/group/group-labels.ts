import type { Bank, SelectItem } from '../../domain/bank/bank-schema';
import { allItems } from '../../domain/bank/bank-queries';
import type { ResponseEnvelope } from '../../domain/response/response-schema';

/** The label of the sector a respondent chose, from the bank's about-you question. */
export function sectorLabel(bank: Bank, response: ResponseEnvelope): string | null {
  const item = allItems(bank).find(
    (i): i is SelectItem => i.kind === 'select' && i.field === 'sector',
  );
  const value = item ? (response.answers[item.id] ?? response.about.sector) : undefined;
  return item?.options.find((o) => o.id === value)?.label ?? null;
}
