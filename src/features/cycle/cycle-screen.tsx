/**
 * The next cycle's pages: starting a session from an earlier file, and reviewing the actions it
 * carried. They are facilitator's pages like the group's, so they close while the device is
 * passed round and need the session's own question bank.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { isLocked, useDeviceLockStore } from '../../state/device-lock';
import { useGroupStore } from '../../state/group-store';
import { bankOf, OtherBank } from '../group/group-gate';
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
  const session = useGroupStore((s) => s.session);
  const locked = useDeviceLockStore(isLocked);
  if (locked) return <Closed />;
  if (session && session.bankId !== bank.id)
    return <OtherBank bank={bank} sessionBank={bankOf(session)} />;
  return view === 'start' ? <NextCyclePage bank={bank} /> : <ReviewActionsPage bank={bank} />;
}
