/**
 * Under the group's scores: "What each area's band looks like in practice", closed, with, for
 * each area, the bank's descriptions of practice at the band of the group median, their sources
 * and the next step. Nothing is drawn inside until it is opened (ui/lazy-details.tsx), so the
 * page's load is unchanged. Shows nothing when the bank does not describe practice or no area
 * has a band yet.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../../domain/bank/bank-schema';
import type { GroupResultsView } from '../../../domain/group/results-view';
import { bandPractice } from '../../../domain/report/band-practice';
import { formatScore } from '../../../domain/report/report-format';
import { LazyDetails } from '../../../ui/lazy-details';
import { PracticeText } from '../../../ui/practice-text';

export function GroupBandPractice({ bank, view }: { bank: Bank; view: GroupResultsView }) {
  const { i18n, t } = useLingui();
  const banded = view.aggregate.dimensions.filter(
    (d) =>
      d.band && bank.dimensions.find((x) => x.id === d.dimensionId)?.bands[d.band.id]?.practice,
  );
  if (banded.length === 0) return null;
  return (
    <LazyDetails summary={<Trans>What each area’s band looks like in practice</Trans>}>
      {() => (
        <>
          <p className="govuk-body">
            <Trans>
              For each area, what practice often looks like in the band of the group median, and
              what would move the partnership on. Use it to start the discussion, not to settle it.
            </Trans>
          </p>
          {banded.map((d) => {
            const practice = bandPractice(bank, d.dimensionId, d.band?.id, i18n);
            if (!practice) return null;
            const { name } = d;
            const median = formatScore(d.medianScore);
            const band = practice.bandLabel;
            return (
              <div key={d.dimensionId}>
                <h3 className="govuk-heading-m">
                  <Trans>
                    {name}: group median {median}, {band}
                  </Trans>
                </h3>
                <PracticeText
                  items={practice.items}
                  nextStepLabel={practice.nextStepLabel}
                  nextStep={practice.nextStep}
                  sourcesLabel={t`Sources`}
                  sources={practice.sources.map((s) => s.text)}
                />
              </div>
            );
          })}
        </>
      )}
    </LazyDetails>
  );
}
