/**
 * Beside one area's score: "What this band looks like in practice", closed, with the bank's
 * descriptions of practice at the area's band, each with its source, and what would move the
 * partnership on. Nothing is drawn inside until it is opened (ui/lazy-details.tsx). Shows
 * nothing for an area without a band, or with a bank that does not describe practice.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { bandPractice } from '../../domain/report/band-practice';
import { LazyDetails } from '../../ui/lazy-details';
import { PracticeText } from '../../ui/practice-text';

export function BandPracticeDetails({
  bank,
  dimensionId,
  bandId,
}: {
  bank: Bank;
  dimensionId: string;
  bandId: string | null | undefined;
}) {
  const { i18n, t } = useLingui();
  const described = bandId
    ? bank.dimensions.find((d) => d.id === dimensionId)?.bands[bandId]
    : null;
  if (!bandId || !described?.practice) return null;
  return (
    <LazyDetails summary={<Trans>What this band looks like in practice</Trans>}>
      {() => {
        const practice = bandPractice(bank, dimensionId, bandId, i18n);
        return practice ? (
          <PracticeText
            items={practice.items}
            nextStepLabel={practice.nextStepLabel}
            nextStep={practice.nextStep}
            sourcesLabel={t`Sources`}
            sources={practice.sources.map((s) => s.text)}
          />
        ) : null;
      }}
    </LazyDetails>
  );
}
