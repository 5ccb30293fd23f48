import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { AddResponsesPage } from './add-responses-page';
import { ComparePage } from './compare-page';
import { ConsensusPage } from './consensus-page';
import { GroupHomePage } from './group-home-page';
import { GroupResultsPage } from './group-results-page';
import { GuidePage } from './guide-page';
import { LockedPage, PassDevicePage } from './pass-device-pages';
import { SharePage } from './share-page';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { isLocked, useDeviceLockStore } from '../../state/device-lock';
import { useGroupStore } from '../../state/group-store';

/** A session's answers only make sense with the bank they were given to. */
function OtherBank({ bank, sessionBank }: { bank: Bank; sessionBank: string }) {
  const { t } = useLingui();
  useDocumentTitle(t`This session uses another question bank`);
  const bankNow = `${bank.id} ${bank.version}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>This session uses another question bank</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            The group session on this device was made with the question bank {sessionBank}, but the
            bank in use now is {bankNow}. Switch back to that bank to work with the session.
          </Trans>
        </p>
        <a className="govuk-button" href={paths.bank()} role="button" draggable={false}>
          <Trans>Choose the question bank</Trans>
        </a>
      </div>
    </div>
  );
}

export type GroupView =
  'home' | 'share' | 'add' | 'results' | 'consensus' | 'compare' | 'guide' | 'pass';

/**
 * The facilitator's pages, fetched together as one chunk. While the device is being passed
 * round, every one of them but the printable guide (which holds nobody's answers) shows the
 * closed page instead, until the facilitator enters the passcode.
 */
export function GroupScreen({ bank, view }: { bank: Bank; view: GroupView }) {
  const session = useGroupStore((s) => s.session);
  const locked = useDeviceLockStore(isLocked);
  if (locked && view !== 'guide') return <LockedPage bank={bank} />;
  if (session && view !== 'guide' && session.bankId !== bank.id)
    return <OtherBank bank={bank} sessionBank={`${session.bankId} ${session.bankVersion}`} />;
  switch (view) {
    case 'home':
      return <GroupHomePage bank={bank} />;
    case 'share':
      return <SharePage bank={bank} />;
    case 'add':
      return <AddResponsesPage bank={bank} />;
    case 'results':
      return <GroupResultsPage bank={bank} />;
    case 'consensus':
      return <ConsensusPage bank={bank} />;
    case 'compare':
      return <ComparePage bank={bank} />;
    case 'guide':
      return <GuidePage />;
    case 'pass':
      return <PassDevicePage bank={bank} />;
  }
}
