import { lazy, Suspense, useMemo } from 'react';
import type { GroupResultsView } from '../../../domain/group/results-view';
import { formatScore } from '../../../domain/report/report-format';
import { DataTable } from '../../../ui/data-table';
import { groupRadar } from '../group-radar';
import { PersonLinesField } from './person-lines-field';

// chart.js comes in its own chunk, fetched with the results and never before.
const RadarChart = lazy(() =>
  import('../../../charts/radar/radar-chart').then((m) => ({ default: m.RadarChart })),
);

const fmt = (n: number | undefined | null) =>
  n === undefined || n === null ? '–' : formatScore(Math.round(n * 10) / 10);
const fmt2 = (n: number | undefined | null) =>
  n === undefined || n === null ? '–' : (Math.round(n * 100) / 100).toString();

/** The six areas: the radar with its person lines, the table of scores, every statement. */
export function AreasSection({
  view,
  shown,
  onShownChange,
}: {
  view: GroupResultsView;
  shown: ReadonlySet<string>;
  onShownChange: (next: Set<string>) => void;
}) {
  const { aggregate } = view;
  const radar = useMemo(
    () => groupRadar(aggregate, view.personLines, shown),
    [aggregate, view.personLines, shown],
  );
  return (
    <section aria-labelledby="group-areas">
      <h2 className="govuk-heading-l" id="group-areas">
        The six areas
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Suspense fallback={<p className="govuk-body">Drawing the chart…</p>}>
            <RadarChart
              data={radar}
              caption="The solid line is the group median; the shaded band holds the middle half of the group. The table gives the same figures."
            />
          </Suspense>
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
            caption="Scores by area"
            captionSize="m"
            scrollLabel="Scores by area"
            columns={[
              { label: 'Area' },
              { label: 'n', numeric: true },
              { label: 'Median', numeric: true },
              { label: 'Middle half', numeric: true },
              { label: 'Range', numeric: true },
              { label: 'Don’t know', numeric: true },
            ]}
            rows={aggregate.dimensions.map((d) => ({
              key: d.dimensionId,
              header: d.name,
              cells: [
                d.n,
                d.medianScore === null ? '–' : formatScore(d.medianScore),
                d.scoreStats ? `${fmt(d.scoreStats.q1)} to ${fmt(d.scoreStats.q3)}` : '–',
                d.scoreStats ? `${fmt(d.scoreStats.min)} to ${fmt(d.scoreStats.max)}` : '–',
                d.dontKnow,
              ],
            }))}
          />
        </div>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Every statement, with its spread</span>
        </summary>
        <div className="govuk-details__text">
          {aggregate.dimensions.map((d) => (
            <DataTable
              key={d.dimensionId}
              caption={`${d.name} (ratings 1 to 5)`}
              scrollLabel={`${d.name} statements`}
              columns={[
                { label: 'Statement' },
                { label: 'n', numeric: true },
                { label: 'Median', numeric: true },
                { label: 'IQR', numeric: true },
                { label: 'Min to max', numeric: true },
                { label: 'Mean', numeric: true },
                { label: 'Don’t know', numeric: true },
              ]}
              rows={d.items.map((it) => ({
                key: it.itemId,
                header: it.text,
                plainHeader: true,
                cells: [
                  it.n,
                  fmt2(it.stats?.median),
                  fmt2(it.stats?.iqr),
                  it.stats ? `${it.stats.min} to ${it.stats.max}` : '–',
                  fmt2(it.stats?.mean),
                  it.dontKnow,
                ],
              }))}
            />
          ))}
        </div>
      </details>
    </section>
  );
}
