import { Trans } from '@lingui/react/macro';
import type { GovernanceSpread, TypologySpread } from '../../../domain/group/breakdown';

/** How people's own results spread across the types and the ways of governing. */
export function ShapeSection({ types, modes }: { types: TypologySpread; modes: GovernanceSpread }) {
  const { blend, tooFew } = types;
  const { distinct, unclear, dontKnow, notAnswered } = modes;
  return (
    <section className="app-result-block" aria-labelledby="group-shape">
      <h2 className="govuk-heading-l" id="group-shape">
        <Trans>How people see the partnership</Trans>
      </h2>
      <h3 className="govuk-heading-m">
        <Trans>Which type it is closest to</Trans>
      </h3>
      <ul className="govuk-list govuk-list--bullet" id="typology-spread">
        {types.types.map((t) => (
          <li key={t.typeId}>
            {t.name}: {t.count}
          </li>
        ))}
        <li>
          <Trans>A blend of two types: {blend}</Trans>
        </li>
        <li>
          <Trans>Too few answers to say: {tooFew}</Trans>
        </li>
      </ul>
      <h3 className="govuk-heading-m">
        <Trans>How it is governed</Trans>
      </h3>
      {distinct > 1 && (
        <div className="govuk-inset-text">
          <Trans>
            People describe the governance in {distinct} different ways. Disagreement about how the
            partnership is governed is itself a finding worth discussing.
          </Trans>
        </div>
      )}
      <ul className="govuk-list govuk-list--bullet" id="governance-spread">
        {modes.modes.map((m) => (
          <li key={m.modeId}>
            {m.name}: {m.count}
          </li>
        ))}
        <li>
          <Trans>Not clear: {unclear}</Trans>
        </li>
        <li>
          <Trans>Don’t know: {dontKnow}</Trans>
        </li>
        <li>
          <Trans>Not answered: {notAnswered}</Trans>
        </li>
      </ul>
    </section>
  );
}
