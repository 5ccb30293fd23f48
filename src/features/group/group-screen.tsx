import type { Bank } from '../../domain/bank/bank-schema';
import { AddResponsesPage } from './add-responses-page';
import { ComparePage } from './compare-page';
import { ConsensusPage } from './consensus-page';
import { GroupHomePage } from './group-home-page';
import { GroupGate } from './group-gate';
import { GuidePage } from './guide-page';
import { LockedPage, PassDevicePage } from './pass-device-pages';
import { SharePage } from './share-page';

export type GroupView =
  'home' | 'share' | 'add' | 'results' | 'consensus' | 'compare' | 'guide' | 'pass';

/**
 * The facilitator's pages but the results (group-results-screen.tsx, fetched on its own),
 * fetched together as one chunk. While the device is being passed round, every one of them but
 * the printable guide (which holds nobody's answers) shows the closed page instead, until the
 * facilitator enters the passcode.
 */
export function GroupScreen({ bank, view }: { bank: Bank; view: Exclude<GroupView, 'results'> }) {
  if (view === 'guide') return <GuidePage />;
  return (
    <GroupGate bank={bank} locked={<LockedPage bank={bank} />}>
      <GroupView bank={bank} view={view} />
    </GroupGate>
  );
}

function GroupView({ bank, view }: { bank: Bank; view: Exclude<GroupView, 'results' | 'guide'> }) {
  switch (view) {
    case 'home':
      return <GroupHomePage bank={bank} />;
    case 'share':
      return <SharePage bank={bank} />;
    case 'add':
      return <AddResponsesPage bank={bank} />;
    case 'consensus':
      return <ConsensusPage bank={bank} />;
    case 'compare':
      return <ComparePage bank={bank} />;
    case 'pass':
      return <PassDevicePage bank={bank} />;
  }
}
