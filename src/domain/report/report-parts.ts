/**
 * Which parts of the results a bank can fill. A bank that asks no question for a part (no
 * typology items, no governance items, no accountability grid, no item tagged with a
 * leadership role) leaves that part out of the results page, the PDF and the CSV, instead of
 * showing an empty section such as "0 of the 0 questions".
 */
import type { Bank, ProfileId } from '../bank/bank-schema';
import { agreementItems, allItems } from '../bank/bank-queries';

export type ReportParts = {
  typology: boolean;
  governance: boolean;
  leadership: boolean;
  accountability: boolean;
  justification: boolean;
  startingConditions: boolean;
  communityInvolvement: boolean;
};

function asks(bank: Bank, profile: ProfileId): boolean {
  return allItems(bank).some(
    (i) => (i.kind === 'choice' || i.kind === 'grid') && i.profile === profile,
  );
}

/** The parts of the results that `bank` has questions for. */
export function reportParts(bank: Bank): ReportParts {
  const tagged = new Set(agreementItems(bank).flatMap((i) => i.roles));
  return {
    typology: asks(bank, 'typology'),
    governance: asks(bank, 'governance-mode') || asks(bank, 'governance-conditions'),
    leadership: bank.leadership.roles.some((r) => tagged.has(r.id)),
    accountability: allItems(bank).some((i) => i.kind === 'grid' && i.profile === 'accountability'),
    justification: asks(bank, 'justification'),
    startingConditions: asks(bank, 'starting-conditions'),
    communityInvolvement: asks(bank, 'community-involvement'),
  };
}
