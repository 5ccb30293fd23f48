import type { Bank } from '../../../domain/bank/bank-schema';
import type { Breakdown } from '../../../domain/group/breakdown';
import { MIN_GROUP_SIZE } from '../../../domain/privacy/privacy-rule';
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
  return (
    <div className="app-result-block">
      <h3 className="govuk-heading-m">{title}</h3>
      {breakdown.groups.length === 0 ? (
        <p className="govuk-body">No responses yet.</p>
      ) : (
        <TableScroll label={title}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Median score by group. Groups of fewer than {MIN_GROUP_SIZE} people are not shown, so
              nobody can be picked out.
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Group
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
                    {g.label}
                  </th>
                  {g.suppressed ? (
                    <td className="govuk-table__cell" colSpan={bank.dimensions.length}>
                      Fewer than {MIN_GROUP_SIZE} people: not shown
                    </td>
                  ) : (
                    g.dimensions.map((c) => (
                      <td
                        className="govuk-table__cell govuk-table__cell--numeric"
                        key={c.dimensionId}
                      >
                        {c.suppressed ? 'Not shown' : formatScore(c.medianScore)}
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
  return (
    <section aria-labelledby="group-views">
      <h2 className="govuk-heading-l" id="group-views">
        By sector and by role
      </h2>
      <BreakdownTable breakdown={sectors} title="By sector" bank={bank} />
      <BreakdownTable breakdown={roles} title="By role level" bank={bank} />
    </section>
  );
}
