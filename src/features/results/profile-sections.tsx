import type { Results } from '../../domain/scoring/build-results';
import { countOfTotal } from '../../domain/report/counts';
import { formatScore } from '../../domain/report/report-format';
import type { ReportParts } from '../../domain/report/report-parts';
import { DataTable } from '../../ui/data-table';

export function GovernanceSection({ results }: { results: Results }) {
  const g = results.governance;
  const inUse = g.inUseDontKnow ? 'Don’t know' : (g.inUseName ?? 'Not answered');
  const predicted =
    g.predictedName ??
    (g.predictedMissing === 'tied'
      ? 'The conditions point two ways equally'
      : 'Not enough answers about the conditions');
  return (
    <section className="app-result-block" aria-labelledby="governance-heading">
      <h2 className="govuk-heading-l" id="governance-heading">
        How the partnership is governed
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">The way it is governed now</dt>
          <dd className="govuk-summary-list__value">{inUse}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            The way research suggests suits its conditions
          </dt>
          <dd className="govuk-summary-list__value">
            {predicted}
            <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              From your answers on{' '}
              {countOfTotal(g.conditionsAnswered, g.conditionsTotal, 'condition', 'conditions')}:
              number of partners, how trust is spread, agreement on goals and the need for shared
              capabilities (Provan and Kenis, 2008).
            </p>
          </dd>
        </div>
      </dl>
      {g.mismatchPrompt && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">Worth discussing</p>
          <p className="govuk-body">{g.mismatchPrompt}</p>
        </div>
      )}
      {g.unclearPrompt && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">Worth discussing</p>
          <p className="govuk-body">{g.unclearPrompt}</p>
        </div>
      )}
      {!g.mismatch && !g.unclear && g.inUse && g.predicted && (
        <p className="govuk-body">
          The way the partnership is governed matches what its conditions suggest.
        </p>
      )}
    </section>
  );
}

export function LeadershipSection({ results }: { results: Results }) {
  const { roles, note } = results.leadership;
  return (
    <section className="app-result-block" aria-labelledby="leadership-heading">
      <h2 className="govuk-heading-l" id="leadership-heading">
        Leadership roles
      </h2>
      <DataTable
        caption="How strongly each role shows, out of 100"
        columns={[
          { label: 'Role' },
          { label: 'Score', numeric: true },
          { label: 'Answered', numeric: true },
        ]}
        rows={roles.map((r) => ({
          key: r.roleId,
          header: r.name,
          cells: [
            r.score === null ? 'Not enough answers' : formatScore(r.score),
            `${r.answered} of ${r.total}`,
          ],
        }))}
      />
      <p className="govuk-body">{note}</p>
    </section>
  );
}

export function AccountabilitySection({ results }: { results: Results }) {
  const a = results.profiles.accountability;
  return (
    <section className="app-result-block" aria-labelledby="accountability-heading">
      <h2 className="govuk-heading-l" id="accountability-heading">
        How you use evidence
      </h2>
      <DataTable
        caption="The report’s five approaches, and what you use each for"
        columns={[{ label: 'Approach' }, ...a.columns.map((c) => ({ label: c.name }))]}
        rows={a.rows.map((r) => ({
          key: r.rowId,
          header: r.label,
          cells: a.columns.map((c) =>
            r.answer === null
              ? 'Not answered'
              : r.answer === 'dk'
                ? 'Don’t know'
                : r.uses[c.id]
                  ? 'Yes'
                  : 'No',
          ),
        }))}
      />
      {a.flags.map((f) => (
        <div className="govuk-inset-text" key={f.id}>
          {f.text}
        </div>
      ))}
    </section>
  );
}

export function ContextSection({ results, parts }: { results: Results; parts: ReportParts }) {
  const blocks = [
    {
      id: 'justification',
      title: 'Why you collaborate',
      profile: results.profiles.justification,
      asked: parts.justification,
    },
    {
      id: 'starting-conditions',
      title: 'Where you started from',
      profile: results.profiles.startingConditions,
      asked: parts.startingConditions,
    },
    {
      id: 'community-involvement',
      title: 'How communities are involved',
      profile: results.profiles.communityInvolvement,
      asked: parts.communityInvolvement,
    },
  ].filter((b) => b.asked);
  if (blocks.length === 0) return null;
  return (
    <section className="app-result-block" aria-labelledby="context-heading">
      <h2 className="govuk-heading-l" id="context-heading">
        The partnership’s context
      </h2>
      {blocks.map((b) => (
        <div key={b.id}>
          <h3 className="govuk-heading-s">{b.title}</h3>
          {b.profile.items.every((i) => i.chosen === null) ? (
            <p className="govuk-body">Not answered.</p>
          ) : b.profile.items.some((i) => i.chosen === 'dk') && b.profile.targets.length === 0 ? (
            <p className="govuk-body">Don’t know.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {b.profile.items
                .flatMap((i) => (Array.isArray(i.chosen) ? i.chosen : []))
                .map((o) => (
                  <li key={o.id}>{o.label}</li>
                ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
