import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { Results } from '../../domain/scoring/build-results';
import { formatScore } from '../../domain/report/report-format';
import type { ReportParts } from '../../domain/report/report-parts';
import { DataTable } from '../../ui/data-table';

export function GovernanceSection({ results }: { results: Results }) {
  const { t } = useLingui();
  const g = results.governance;
  const inUse = g.inUseDontKnow ? t`Don’t know` : (g.inUseName ?? t`Not answered`);
  const predicted =
    g.predictedName ??
    (g.predictedMissing === 'tied'
      ? t`The conditions point two ways equally`
      : t`Not enough answers about the conditions`);
  const answered = g.conditionsAnswered;
  const total = g.conditionsTotal;
  const conditions = plural(total, { one: '# condition', other: '# conditions' });
  return (
    <section className="app-result-block" aria-labelledby="governance-heading">
      <h2 className="govuk-heading-l" id="governance-heading">
        <Trans>How the partnership is governed</Trans>
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            <Trans>The way it is governed now</Trans>
          </dt>
          <dd className="govuk-summary-list__value">{inUse}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">
            <Trans>The way research suggests suits its conditions</Trans>
          </dt>
          <dd className="govuk-summary-list__value">
            {predicted}
            <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
              <Trans>
                From your answers on {answered} of {conditions}: number of partners, how trust is
                spread, agreement on goals and the need for shared capabilities (Provan and Kenis,
                2008).
              </Trans>
            </p>
          </dd>
        </div>
      </dl>
      {g.mismatchPrompt && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">
            <Trans>Worth discussing</Trans>
          </p>
          <p className="govuk-body">{g.mismatchPrompt}</p>
        </div>
      )}
      {g.unclearPrompt && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">
            <Trans>Worth discussing</Trans>
          </p>
          <p className="govuk-body">{g.unclearPrompt}</p>
        </div>
      )}
      {!g.mismatch && !g.unclear && g.inUse && g.predicted && (
        <p className="govuk-body">
          <Trans>The way the partnership is governed matches what its conditions suggest.</Trans>
        </p>
      )}
    </section>
  );
}

export function LeadershipSection({ results }: { results: Results }) {
  const { t } = useLingui();
  const { roles, note } = results.leadership;
  return (
    <section className="app-result-block" aria-labelledby="leadership-heading">
      <h2 className="govuk-heading-l" id="leadership-heading">
        <Trans>Leadership roles</Trans>
      </h2>
      <DataTable
        caption={t`How strongly each role shows, out of 100`}
        columns={[
          { label: t`Role` },
          { label: t`Score`, numeric: true },
          { label: t`Answered`, numeric: true },
        ]}
        rows={roles.map((r) => {
          const { answered, total } = r;
          return {
            key: r.roleId,
            header: r.name,
            cells: [
              r.score === null ? t`Not enough answers` : formatScore(r.score),
              t`${answered} of ${total}`,
            ],
          };
        })}
      />
      <p className="govuk-body">{note}</p>
    </section>
  );
}

export function AccountabilitySection({ results }: { results: Results }) {
  const { t } = useLingui();
  const a = results.profiles.accountability;
  return (
    <section className="app-result-block" aria-labelledby="accountability-heading">
      <h2 className="govuk-heading-l" id="accountability-heading">
        <Trans>How you use evidence</Trans>
      </h2>
      <DataTable
        caption={t`The report’s five approaches, and what you use each for`}
        columns={[{ label: t`Approach` }, ...a.columns.map((c) => ({ label: c.name }))]}
        rows={a.rows.map((r) => ({
          key: r.rowId,
          header: r.label,
          cells: a.columns.map((c) =>
            r.answer === null
              ? t`Not answered`
              : r.answer === 'dk'
                ? t`Don’t know`
                : r.uses[c.id]
                  ? t`Yes`
                  : t`No`,
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
  const { t } = useLingui();
  const blocks = [
    {
      id: 'justification',
      title: t`Why you collaborate`,
      profile: results.profiles.justification,
      asked: parts.justification,
    },
    {
      id: 'starting-conditions',
      title: t`Where you started from`,
      profile: results.profiles.startingConditions,
      asked: parts.startingConditions,
    },
    {
      id: 'community-involvement',
      title: t`How communities are involved`,
      profile: results.profiles.communityInvolvement,
      asked: parts.communityInvolvement,
    },
  ].filter((b) => b.asked);
  if (blocks.length === 0) return null;
  return (
    <section className="app-result-block" aria-labelledby="context-heading">
      <h2 className="govuk-heading-l" id="context-heading">
        <Trans>The partnership’s context</Trans>
      </h2>
      {blocks.map((b) => (
        <div key={b.id}>
          <h3 className="govuk-heading-s">{b.title}</h3>
          {b.profile.items.every((i) => i.chosen === null) ? (
            <p className="govuk-body">
              <Trans>Not answered.</Trans>
            </p>
          ) : b.profile.items.some((i) => i.chosen === 'dk') && b.profile.targets.length === 0 ? (
            <p className="govuk-body">
              <Trans>Don’t know.</Trans>
            </p>
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
