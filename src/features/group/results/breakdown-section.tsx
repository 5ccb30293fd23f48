import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../../domain/bank/bank-schema';
import type { Breakdown } from '../../../domain/group/breakdown';
import {
  HIDDEN_MESSAGE,
  MIN_GROUP_SIZE,
  NOT_GIVEN,
  NOT_GIVEN_MESSAGE,
} from '../../../domain/privacy/privacy-rule';
import { formatScore } from '../../../domain/report/report-format';
import { TableScroll } from '../../../ui/table-scroll';

function BreakdownTable({
  breakdown,
  title,
  bank,
}: {
  breakdown: Breakdown;
  title: string;
  bank: Bank;
}) {
  const { i18n } = useLingui();
  const min = MIN_GROUP_SIZE;
  return (
    <div className="app-result-block">
      <h3 className="govuk-heading-m">{title}</h3>
      {breakdown.groups.length === 0 ? (
        <p className="govuk-body">
          <Trans>No responses yet.</Trans>
        </p>
      ) : (
        <TableScroll label={title}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              <Trans>
                Median score by group. Groups of fewer than {min} people are not shown, so nobody
                can be picked out.
              </Trans>
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  <Trans>Group</Trans>
                </th>
                {bank.dimensions.map((d) => (
                  <th
                    scope="col"
                    className="govuk-table__header govuk-table__header--numeric"
                    key={d.id}
                  >
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {breakdown.groups.map((g) => (
                <tr className="govuk-table__row" key={g.groupId}>
                  <th scope="row" className="govuk-table__header">
                    {g.groupId === NOT_GIVEN ? i18n._(NOT_GIVEN_MESSAGE) : g.label}
                  </th>
                  {g.suppressed ? (
                    <td className="govuk-table__cell" colSpan={bank.dimensions.length}>
                      <Trans>Fewer than {min} people: not shown</Trans>
                    </td>
                  ) : (
                    g.dimensions.map((c) => (
                      <td
                        className="govuk-table__cell govuk-table__cell--numeric"
                        key={c.dimensionId}
                      >
                        {c.suppressed ? i18n._(HIDDEN_MESSAGE) : formatScore(c.medianScore)}
                      </td>
                    ))
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

/** Median scores by sector and by role level; groups under 3 are not shown. */
export function BreakdownSection({
  bank,
  sectors,
  roles,
}: {
  bank: Bank;
  sectors: Breakdown;
  roles: Breakdown;
}) {
  const { t } = useLingui();
  return (
    <section aria-labelledby="group-views">
      <h2 className="govuk-heading-l" id="group-views">
        <Trans>By sector and by role</Trans>
      </h2>
      <BreakdownTable breakdown={sectors} title={t`By sector`} bank={bank} />
      <BreakdownTable breakdown={roles} title={t`By role level`} bank={bank} />
    </section>
  );
}
