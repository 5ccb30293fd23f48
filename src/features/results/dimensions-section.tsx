import { lazy, Suspense } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { formatScore } from '../../domain/report/report-format';
import type { Results } from '../../domain/scoring/build-results';
import { radarFromDimensions } from './results-radar';

// chart.js comes in its own chunk, fetched with the results and never before.
const RadarChart = lazy(() => import('../../charts/radar/radar-chart').then((m) => ({ default: m.RadarChart })));

export function strongestWeakestSentence(results: Results): string {
  const { strongest, weakest } = results;
  if (!strongest || !weakest) return 'No area has enough answers for a score yet.';
  if (strongest.dimensionId === weakest.dimensionId) return `Only ${strongest.name.toLowerCase()} has enough answers for a score (${formatScore(strongest.score)}).`;
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
          <Suspense fallback={<p className="govuk-body">Drawing the chart…</p>}>
            <RadarChart data={radar} caption="Radar chart of the six scores. The table gives the same figures." />
          </Suspense>
        </div>
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table" id="dimension-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Scores by area</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Area</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
                <th scope="col" className="govuk-table__header">Band</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Answered</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {results.dimensions.map((d) => (
                <tr className="govuk-table__row" key={d.dimensionId}>
                  <th scope="row" className="govuk-table__header">{d.name}</th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{d.score === null ? '–' : formatScore(d.score)}</td>
                  <td className="govuk-table__cell">{d.band?.label ?? 'Not enough answers'}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {d.answered} of {d.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      {results.dimensions.map((d) => (
        <div className="app-result-block" key={d.dimensionId}>
          <h3 className="govuk-heading-m">
            {d.name}:{' '}
            {d.band ? (
              <>
                {formatScore(d.score)} <span className="govuk-visually-hidden">out of 100,</span>
                <strong className={`govuk-tag govuk-tag--${bandColour(bank, d.band.id)}`}>{d.band.label}</strong>
              </>
            ) : (
              <strong className="govuk-tag govuk-tag--grey">Not enough answers</strong>
            )}
          </h3>
          <p className="govuk-body">{d.interpretation}</p>
          {d.prompts.length > 0 && (
            <>
              <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">To discuss</p>
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
    </section>
  );
}
