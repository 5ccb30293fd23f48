/**
 * On the consensus page of a session that follows an earlier cycle: per area the median now
 * beside what was agreed and aimed for last time, so the group can discuss the change.
 */
import { useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import type { GroupAggregate } from '../../domain/group/aggregate';
import type { PreviousCycle } from '../../domain/plan/previous-cycle';
import { formatScore } from '../../domain/report/report-format';
import { DataTable } from '../../ui/data-table';
import { thenCells, thenColumns } from './results/then-columns';

export function ThenNowTable({
  bank,
  previous,
  aggregate,
}: {
  bank: Bank;
  previous: PreviousCycle;
  aggregate: GroupAggregate;
}) {
  const { t, i18n } = useLingui();
  return (
    <DataTable
      id="then-now-table"
      caption={t`Last time and now`}
      captionSize="m"
      scrollLabel={t`Last time and now`}
      columns={[
        { label: t`Area` },
        { label: t`Median now`, numeric: true },
        ...thenColumns(previous, i18n),
      ]}
      rows={aggregate.dimensions.map((d) => ({
        key: d.dimensionId,
        header: d.name,
        cells: [
          d.medianScore === null
            ? '–'
            : `${formatScore(d.medianScore)}${d.band ? ` (${d.band.label})` : ''}`,
          ...thenCells(bank, previous, d.dimensionId),
        ],
      }))}
    />
  );
}
