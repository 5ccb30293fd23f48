/**
 * Where the data for other tools goes, below the views: programme-data's download
 * (src/features/programme-data/programme-data-download.tsx, issue 14 parts 3 and 4).
 *
 * PLACEHOLDER until the two branches are merged: the lead replaces the body of this component
 * with `<ProgrammeDataDownload data={data} bank={bank} />` at merge. It draws nothing meanwhile.
 */
import type { Bank } from '../../domain/bank/bank-schema';
import type { ProgrammeData } from '../../domain/programme/programme-model';

export function ProgrammeDataSlot(_props: { data: ProgrammeData; bank: Bank }) {
  return null;
}
