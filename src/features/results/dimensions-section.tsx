import { lazy, Suspense } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { formatScore } from '../../domain/report/report-format';
import type { Results } from '../../domain/scoring/build-results';
import { DataTable } from '../../ui/data-table';
import { Deferred } from '../../ui/deferred';
import { radarFromDimensions } from './results-radar';

// chart.js comes in its own chunk, fetched with the results and never before.
const RadarChart = lazy(() =>
  import('../../charts/radar/radar-chart').then((m) => ({ default: m.RadarChart })),
);

export function strongestWeakestSentence(results: Results): string {
  const { strongest, weakest } = results;
  if (!strongest || !weakest) return 'No area has enough answers for a score yet.';
  if (strongest.dimensionId === weakest.dimensionId)
    return `Only ${strongest.name.toLowerCase()} has enough answers for a score (${formatScore(strongest.score)}).`;
  return `Your strongest area is ${strongest.name.toLowerCase()} (${formatScore(strongest.score)}) and your weakest is ${weakest.name.toLowerCase()} (${formatScore(weakest.score)}).`;
}

/** Tag colours by a band's rank, so banks with other bands still read top to bottom. */
function bandColour(bank: Bank, bandId: string): string {
  const ranked = [...bank.scoring.bands].sort((a, b) => b.min - a.min);
  const rank = ranked.findIndex((b) => b.id === bandId);
  if (rank === 0) return 'green';
  if (rank === ranked.length - 1) return 'orange';
  return 'yellow';
}

const chartPlaceholder = <p className="govuk-body">Drawing the chart…</p>;

/**
 * The scores: first the sentence and the table (the table comes first in the page, so that on a
 * phone the chart, drawn a moment later below it, moves nothing above), then the chart and what
 * each area's score means.
 */
export function DimensionsSection({ bank, results }: { bank: Bank; results: Results }) {
  const radar = radarFromDimensions(results.dimensions);
  return (
    <section aria-labelledby="dimensions-heading">
      <h2 className="govuk-heading-l" id="dimensions-heading">
        How your partnership stands on six areas
      </h2>
      <p className="govuk-body-l">{strongestWeakestSentence(results)}</p>
      <p className="govuk-body">
        Each score runs from 0 to 100. There is no overall score: each area stands on its own.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DataTable
            id="dimension-table"
            caption="Scores by area"
            captionSize="m"
            columns={[
              { label: 'Area' },
              { label: 'Score', numeric: true },
              { label: 'Band' },
              { label: 'Answered', numeric: true },
            ]}
            rows={results.dimensions.map((d) => ({
              key: d.dimensionId,
              header: d.name,
              cells: [
                d.score === null ? '–' : formatScore(d.score),
                d.band?.label ?? 'Not enough answers',
                `${d.answered} of ${d.total}`,
              ],
            }))}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Deferred placeholder={chartPlaceholder}>
            <Suspense fallback={chartPlaceholder}>
              <RadarChart
                data={radar}
                caption="Radar chart of the six scores. The table gives the same figures."
              />
            </Suspense>
          </Deferred>
        </div>
      </div>

      <Deferred>
        {results.dimensions.map((d) => (
          <div className="app-result-block" key={d.dimensionId}>
            <h3 className="govuk-heading-m">
              {d.name}:{' '}
              {d.band ? (
                <>
                  {formatScore(d.score)} <span className="govuk-visually-hidden">out of 100,</span>
                  <strong className={`govuk-tag govuk-tag--${bandColour(bank, d.band.id)}`}>
                    {d.band.label}
                  </strong>
                </>
              ) : (
                <strong className="govuk-tag govuk-tag--grey">Not enough answers</strong>
              )}
            </h3>
            <p className="govuk-body">{d.interpretation}</p>
            {d.prompts.length > 0 && (
              <>
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  To discuss
                </p>
                <ul className="govuk-list govuk-list--bullet">
                  {d.prompts.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="govuk-body-s">
              {d.answered} of {d.total} statements answered
              {d.dontKnow > 0 ? `; ${d.dontKnow} Don’t know` : ''}
              {d.notApplicable > 0 ? `; ${d.notApplicable} Not applicable` : ''}.
            </p>
          </div>
        ))}
      </Deferred>
    </section>
  );
}
