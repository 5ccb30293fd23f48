import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BackLink } from '../../ui/back-link';

export function ResultsPage({ bank }: { bank: Bank }) {
  useDocumentTitle('Your results');
  return (
    <>
      <BackLink href={paths.check()} />
      <h1 className="govuk-heading-l">Your results</h1>
      <p className="govuk-body">Results for {bank.title} are not available in this version yet.</p>
    </>
  );
}
