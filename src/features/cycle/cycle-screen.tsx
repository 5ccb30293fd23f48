/**
 * The next cycle's pages: starting a session from an earlier file, and reviewing the actions it
 * carried. They are facilitator's pages like the group's, so they close while the device is
 * passed round and need the session's own question bank.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GroupGate } from '../group/group-gate';
import { NextCyclePage } from './next-cycle-page';
import { ReviewActionsPage } from './review-actions-page';

function Closed() {
  const { t } = useLingui();
  useDocumentTitle(t`The group pages are closed`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>The group pages are closed</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            This device is being passed round. The facilitator can open the group pages again with
            the passcode.
          </Trans>
        </p>
        <a className="govuk-button" href={paths.group()} role="button" draggable={false}>
          <Trans>Enter the passcode</Trans>
        </a>
      </div>
    </div>
  );
}

export function CycleScreen({ bank, view }: { bank: Bank; view: 'start' | 'review' }) {
  return (
    <GroupGate bank={bank} locked={<Closed />}>
      {view === 'start' ? <NextCyclePage bank={bank} /> : <ReviewActionsPage bank={bank} />}
    </GroupGate>
  );
}
