import type { GovernanceSpread, TypologySpread } from '../../../domain/group/breakdown';

/** How people's own results spread across the types and the ways of governing. */
export function ShapeSection({ types, modes }: { types: TypologySpread; modes: GovernanceSpread }) {
  return (
    <section className="app-result-block" aria-labelledby="group-shape">
      <h2 className="govuk-heading-l" id="group-shape">
        How people see the partnership
      </h2>
      <h3 className="govuk-heading-m">Which type it is closest to</h3>
      <ul className="govuk-list govuk-list--bullet" id="typology-spread">
        {types.types.map((t) => (
          <li key={t.typeId}>
            {t.name}: {t.count}
          </li>
        ))}
        <li>A blend of two types: {types.blend}</li>
        <li>Too few answers to say: {types.tooFew}</li>
      </ul>
      <h3 className="govuk-heading-m">How it is governed</h3>
      {modes.distinct > 1 && (
        <div className="govuk-inset-text">
          People describe the governance in {modes.distinct} different ways. Disagreement about how
          the partnership is governed is itself a finding worth discussing.
        </div>
      )}
      <ul className="govuk-list govuk-list--bullet" id="governance-spread">
        {modes.modes.map((m) => (
          <li key={m.modeId}>
            {m.name}: {m.count}
          </li>
        ))}
        <li>Not clear: {modes.unclear}</li>
        <li>Don’t know: {modes.dontKnow}</li>
        <li>Not answered: {modes.notAnswered}</li>
      </ul>
    </section>
  );
}
