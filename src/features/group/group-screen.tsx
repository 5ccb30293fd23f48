import type { Bank } from '../../domain/bank/bank-schema';
import { AddResponsesPage } from './add-responses-page';
import { ComparePage } from './compare-page';
import { ConsensusPage } from './consensus-page';
import { GroupHomePage } from './group-home-page';
import { GroupResultsPage } from './group-results-page';
import { GuidePage } from './guide-page';
import { SharePage } from './share-page';

export type GroupView = 'home' | 'share' | 'add' | 'results' | 'consensus' | 'compare' | 'guide';

/** The facilitator's pages, fetched together as one chunk. */
export function GroupScreen({ bank, view }: { bank: Bank; view: GroupView }) {
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
  }
}
