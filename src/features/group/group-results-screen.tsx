/**
 * The group's results as a page of their own, fetched without the other facilitator pages
 * (group-screen.tsx): a board member or facilitator who opens the results (often on a phone)
 * does not wait for the share page's QR code, the add-responses page's file reading or the
 * forms of the others. The closed page, needed only while the device is being passed round,
 * is fetched when it is.
 */
import type { Bank } from '../../domain/bank/bank-schema';
import { lazyPart, moduleLoader } from '../../lib/lazy-part';
import { GroupGate } from './group-gate';
import { GroupResultsPage } from './group-results-page';

const passDevice = moduleLoader(() => import('./pass-device-pages'));
const LockedPage = lazyPart(passDevice, (m) => m.LockedPage);

export function GroupResultsScreen({ bank }: { bank: Bank }) {
  return (
    <GroupGate bank={bank} locked={<LockedPage bank={bank} />}>
      <GroupResultsPage bank={bank} />
    </GroupGate>
  );
}
