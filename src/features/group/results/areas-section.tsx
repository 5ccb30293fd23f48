import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { RadarWhenNear } from '../../../charts/radar/radar-when-near';
import type { GroupResultsView } from '../../../domain/group/results-view';
import { formatScore } from '../../../domain/report/report-format';
import { DataTable } from '../../../ui/data-table';
import { LazyDetails } from '../../../ui/lazy-details';
import { groupRadar } from '../group-radar';
import { PersonLinesField } from './person-lines-field';
import type { Bank } from '../../../domain/bank/bank-schema';
import type { PreviousCycle } from '../../../domain/plan/previous-cycle';
import { thenCells, thenColumns } from './then-columns';

const fmt = (n: number | undefined | null) =>
  n === undefined || n === null ? '–' : formatScore(Math.round(n * 10) / 10);
const fmt2 = (n: number | undefined | null) =>
  n === undefined || n === null ? '–' : (Math.round(n * 100) / 100).toString();

/**
 * The six areas: the radar with its person lines, the table of scores, every statement. The
 * table is part of the first paint; the chart (in a box of its own size meanwhile) and every
 * statement's spread follow (ui/deferred.tsx).
 */
export function AreasSection({
  view,
  shown,
  onShownChange,
  targets = {},
  then,
}: {
  view: GroupResultsView;
  shown: ReadonlySet<string>;
  onShownChange: (next: Set<string>) => void;
  /** The group's agreed targets by dimension id (consensus), for the radar and the table. */
  targets?: Readonly<Record<string, number | null>>;
  /** The earlier cycle this session follows, shown beside the medians. */
  then?: { bank: Bank; previous: PreviousCycle } | undefined;
}) {
  const { aggregate } = view;
  const { t, i18n } = useLingui();
  /** "40.0 to 60.0". */
  const span = (low: string | number, high: string | number) => t`${low} to ${high}`;
  const chartCaption = Object.values(targets).some((v) => v !== null && v !== undefined)
    ? t`The solid line is the group median; the shaded band holds the middle half of the group; the dashed line with triangles is the group’s target. The table gives the same figures.`
    : t`The solid line is the group median; the shaded band holds the middle half of the group. The table gives the same figures.`;
  const radar = useMemo(
    () => groupRadar(aggregate, view.personLines, shown, i18n, targets),
    [aggregate, view.personLines, shown, i18n, targets],
  );
  const hasTargets = Object.values(targets).some((v) => v !== null && v !== undefined);
  const targetText = (dimensionId: string) => {
    const aim = targets[dimensionId];
    return aim === null || aim === undefined ? '–' : formatScore(aim);
  };
  return (
    <section aria-labelledby="group-areas">
      <h2 className="govuk-heading-l" id="group-areas">
        <Trans>The six areas</Trans>
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <RadarWhenNear data={radar} caption={chartCaption} />
        </div>
        <div className="govuk-grid-column-one-half">
          {view.respondents > 0 && (
            <PersonLinesField
              offered={view.personLinesOffered}
              lines={view.personLines}
              shown={shown}
              onChange={onShownChange}
            />
          )}
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <DataTable
            id="group-dimension-table"
            caption={t`Scores by area`}
            captionSize="m"
            scrollLabel={t`Scores by area`}
            columns={[
              { label: t`Area` },
              { label: t`n`, numeric: true },
              { label: t`Median`, numeric: true },
              { label: t`Middle half`, numeric: true },
              { label: t`Range`, numeric: true },
              { label: t`Don’t know`, numeric: true },
              ...(hasTargets ? [{ label: t`Group target`, numeric: true }] : []),
              ...(then ? thenColumns(then.previous, i18n) : []),
            ]}
            rows={aggregate.dimensions.map((d) => ({
              key: d.dimensionId,
              header: d.name,
              cells: [
                d.n,
                d.medianScore === null ? '–' : formatScore(d.medianScore),
                d.scoreStats ? span(fmt(d.scoreStats.q1), fmt(d.scoreStats.q3)) : '–',
                d.scoreStats ? span(fmt(d.scoreStats.min), fmt(d.scoreStats.max)) : '–',
                d.dontKnow,
                ...(hasTargets ? [targetText(d.dimensionId)] : []),
                ...(then ? thenCells(then.bank, then.previous, d.dimensionId) : []),
              ],
            }))}
          />
        </div>
      </div>
      {/* Long, and closed until opened: drawn only while open. */}
      <LazyDetails summary={<Trans>Every statement, with its spread</Trans>}>
        {() => (
          <>
            {aggregate.dimensions.map(({ name, ...d }) => (
              <DataTable
                key={d.dimensionId}
                caption={t`${name} (ratings 1 to 5)`}
                scrollLabel={t`${name} statements`}
                columns={[
                  { label: t`Statement` },
                  { label: t`n`, numeric: true },
                  { label: t`Median`, numeric: true },
                  { label: t`IQR`, numeric: true },
                  { label: t`Min to max`, numeric: true },
                  { label: t`Mean`, numeric: true },
                  { label: t`Don’t know`, numeric: true },
                ]}
                rows={d.items.map((it) => ({
                  key: it.itemId,
                  header: it.text,
                  plainHeader: true,
                  cells: [
                    it.n,
                    fmt2(it.stats?.median),
                    fmt2(it.stats?.iqr),
                    it.stats ? span(it.stats.min, it.stats.max) : '–',
                    fmt2(it.stats?.mean),
                    it.dontKnow,
                  ],
                }))}
              />
            ))}
          </>
        )}
      </LazyDetails>
    </section>
  );
}
