import { Trans, useLingui } from '@lingui/react/macro';
import { RadarWhenNear } from '../../charts/radar/radar-when-near';
import type { Bank } from '../../domain/bank/bank-schema';
import { describeStrongestWeakest } from '../../domain/report/build-report';
import { areaAnsweredText } from '../../domain/report/counts';
import { formatScore } from '../../domain/report/report-format';
import { bandFor } from '../../domain/scoring/bands';
import { useAssessmentStore } from '../../state/assessment-store';
import { gapText } from '../plan/gap-text';
import type { Results } from '../../domain/scoring/build-results';
import { Deferred } from '../../ui/deferred';
import { DataTable } from '../../ui/data-table';
import { BandPracticeDetails } from './band-practice-details';
import { radarFromDimensions } from './results-radar';

/** Tag colours by a band's rank, so banks with other bands still read top to bottom. */
function bandColour(bank: Bank, bandId: string): string {
  const ranked = [...bank.scoring.bands].sort((a, b) => b.min - a.min);
  const rank = ranked.findIndex((b) => b.id === bandId);
  if (rank === 0) return 'green';
  if (rank === ranked.length - 1) return 'orange';
  return 'yellow';
}

/**
 * The scores: first the sentence and the table (the table comes first in the page, so that on a
 * phone the chart, drawn a moment later below it, moves nothing above), then the chart and what
 * each area's score means.
 */
export function DimensionsSection({ bank, results }: { bank: Bank; results: Results }) {
  const { i18n, t } = useLingui();
  const targets: Readonly<Record<string, number | undefined>> =
    useAssessmentStore((s) => s.targets) ?? {};
  const radar = radarFromDimensions(results.dimensions, t`Your scores`, {
    targets,
    label: t`Your targets`,
  });
  const hasTargets = radar.series.length > 1;
  const chartCaption = hasTargets
    ? t`Radar chart of the six scores (solid line) and your targets (dashed line with triangles). The table gives the same figures.`
    : t`Radar chart of the six scores. The table gives the same figures.`;
  const targetCell = (dimensionId: string) => {
    const aim = targets[dimensionId];
    if (aim === undefined) return t`No target`;
    const band = bandFor(bank, aim)?.label ?? '';
    const score = formatScore(aim);
    return t`${score} (${band})`;
  };
  return (
    <section aria-labelledby="dimensions-heading">
      <h2 className="govuk-heading-l" id="dimensions-heading">
        <Trans>How your partnership stands on six areas</Trans>
      </h2>
      <p className="govuk-body-l" id="strongest-weakest">
        {describeStrongestWeakest(results, i18n)}
      </p>
      <p className="govuk-body">
        <Trans>
          Each score runs from 0 to 100. There is no overall score: each area stands on its own.
        </Trans>
      </p>
      <div className="govuk-grid-row">
        {/* With targets the table has six columns: it takes the whole width, the chart below. */}
        <div className={hasTargets ? 'govuk-grid-column-full' : 'govuk-grid-column-one-half'}>
          <DataTable
            id="dimension-table"
            caption={t`Scores by area`}
            captionSize="m"
            columns={[
              { label: t`Area` },
              { label: t`Score`, numeric: true },
              { label: t`Band` },
              { label: t`Answered`, numeric: true },
              ...(hasTargets ? [{ label: t`Target` }, { label: t`Gap` }] : []),
            ]}
            rows={results.dimensions.map((d) => {
              const { answered, total } = d;
              return {
                key: d.dimensionId,
                header: d.name,
                cells: [
                  d.score === null ? '–' : formatScore(d.score),
                  d.band?.label ?? t`Not enough answers`,
                  t`${answered} of ${total}`,
                  ...(hasTargets
                    ? [
                        targetCell(d.dimensionId),
                        gapText(i18n, d.score, targets[d.dimensionId] ?? null) ?? '–',
                      ]
                    : []),
                ],
              };
            })}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <RadarWhenNear data={radar} caption={chartCaption} />
        </div>
      </div>

      <Deferred>
        {results.dimensions.map((d) => (
          <div className="app-result-block" key={d.dimensionId}>
            <h3 className="govuk-heading-m">
              {d.name}:{' '}
              {d.band ? (
                <>
                  {formatScore(d.score)}{' '}
                  <span className="govuk-visually-hidden">
                    <Trans>out of 100,</Trans>
                  </span>
                  <strong className={`govuk-tag govuk-tag--${bandColour(bank, d.band.id)}`}>
                    {d.band.label}
                  </strong>
                </>
              ) : (
                <strong className="govuk-tag govuk-tag--grey">
                  <Trans>Not enough answers</Trans>
                </strong>
              )}
            </h3>
            <p className="govuk-body">{d.interpretation}</p>
            {d.prompts.length > 0 && (
              <>
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  <Trans>To discuss</Trans>
                </p>
                <ul className="govuk-list govuk-list--bullet">
                  {d.prompts.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            )}
            <p className="govuk-body-s">{areaAnsweredText(d, bank.scale, i18n)}</p>
            <BandPracticeDetails bank={bank} dimensionId={d.dimensionId} bandId={d.band?.id} />
          </div>
        ))}
      </Deferred>
    </section>
  );
}
