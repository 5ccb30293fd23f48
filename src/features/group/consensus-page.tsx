/**
 * Consensus: per area the group records an agreed score (starting at the median), a reason
 * (needed when the agreed score is in another band from the median) and actions. Individual
 * answers never change.
 */
import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { aggregateGroup } from '../../domain/group/aggregate';
import {
  MAX_ACTION_WHAT,
  MAX_ACTION_WHEN,
  MAX_ACTION_WHO,
  MAX_RATIONALE,
  rationaleRequired,
  startConsensus,
  validateConsensus,
  withSaved,
  type ConsensusDraftRecord,
  type ConsensusRecord,
} from '../../domain/group/consensus';
import type { Action } from '../../domain/plan/action-plan';
import { areaActionsAsDrafts } from '../../domain/plan/area-actions';
import { formatScore } from '../../domain/report/report-format';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import {
  clearConsensusDraft,
  keepConsensusDraft,
  readConsensusDraft,
} from '../../state/consensus-drafts';
import { saveConsensus } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/error-summary';
import { describedBy, ErrorMessage } from '../../ui/field-messages';
import { TextField, type TextRegistration } from '../../ui/text-fields';
import { NoSession } from './share-page';
import { ThenNowTable } from './then-now-table';

/** A field this page holds in its own state, as a text field takes it. */
function held(name: string, value: string, set: (value: string) => void): TextRegistration {
  return {
    name,
    value,
    ref: null,
    onChange: (e) => set(e.target.value),
    onBlur: () => undefined,
  };
}

const ACTION_FIELDS = {
  what: { label: msg`What will be done`, limit: MAX_ACTION_WHAT },
  who: { label: msg`Who will do it (optional)`, limit: MAX_ACTION_WHO },
  byWhen: { label: msg`By when (optional)`, limit: MAX_ACTION_WHEN },
} as const;

type Draft = {
  dimensionId: string;
  agreedScore: string;
  rationale: string;
  actions: { what: string; who: string; byWhen: string }[];
};

// Until the action plan has its own form, this page edits each area's actions in their first
// shape (what, who, by when); saveConsensus writes them into the plan (src/domain/plan/area-actions.ts).
function toDraft(r: ConsensusRecord, plan: readonly Action[]): Draft {
  return {
    dimensionId: r.dimensionId,
    agreedScore: r.agreedScore === null ? '' : String(r.agreedScore),
    rationale: r.rationale,
    actions: areaActionsAsDrafts(plan, r.dimensionId),
  };
}

function fromDraft(d: Draft): ConsensusDraftRecord {
  const trimmed = d.agreedScore.trim();
  const n = trimmed === '' ? null : Number(trimmed);
  return {
    dimensionId: d.dimensionId as ConsensusRecord['dimensionId'],
    agreedScore: n === null ? null : Number.isFinite(n) ? n : Number.NaN,
    rationale: d.rationale,
    actions: d.actions.filter((a) => a.what.trim() || a.who.trim() || a.byWhen.trim()),
  };
}

export function ConsensusPage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const aggregate = useMemo(
    () => (session ? aggregateGroup(bank, session.responses) : null),
    [bank, session],
  );
  // Text typed and not yet saved comes back after leaving the page or reloading it.
  const sessionId = session?.session.id;
  const [drafts, setDrafts] = useState<Draft[] | null>(() =>
    sessionId ? readConsensusDraft(sessionId) : null,
  );
  const [problems, setProblems] = useState<{ href: string; text: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Record what you agree`, problems.length > 0);
  if (!session || !aggregate) return <NoSession />;

  const start = startConsensus(aggregate).map((r) => withSaved(r, session.consensus));
  const current = drafts ?? start.map((r) => toDraft(r, session.actions));
  const update = (i: number, change: (d: Draft) => Draft) => {
    setSaved(false);
    const next = current.map((d, k) => (k === i ? change(d) : d));
    setDrafts(next);
    keepConsensusDraft(session.session.id, next);
  };

  return (
    <>
      <BackLink href={paths.group('results')} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={problems} attempt={attempt} />
          <span className="govuk-caption-l">{session.session.partnershipName}</span>
          <h1 className="govuk-heading-l">
            <Trans>Record what you agree</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>
              For each area, agree a score as a group. It starts at the group’s median. If you agree
              a score in a different band from the median, say why. Then note what you will do.
              Nobody’s own answers change.
            </Trans>
          </p>
          {session.previousCycle && (
            <ThenNowTable bank={bank} previous={session.previousCycle} aggregate={aggregate} />
          )}
          {saved && (
            <div
              className="govuk-notification-banner govuk-notification-banner--success"
              role="status"
              aria-labelledby="consensus-saved"
            >
              <div className="govuk-notification-banner__header">
                <h2 className="govuk-notification-banner__title" id="consensus-saved">
                  <Trans>Saved</Trans>
                </h2>
              </div>
              <div className="govuk-notification-banner__content">
                <p className="govuk-notification-banner__heading">
                  <Trans>What you agreed is saved with the session.</Trans>
                </p>
              </div>
            </div>
          )}
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setAttempt((n) => n + 1);
              const records = current.map(fromDraft);
              const found = validateConsensus(bank, records, aggregate);
              setProblems(
                found.map((p) => ({
                  href: `#${p.dimensionId}-${p.field.replace(/\./g, '-')}`,
                  text: i18n._(p.message),
                })),
              );
              if (found.length === 0) {
                saveConsensus(records);
                clearConsensusDraft(session.session.id);
                setSaved(true);
              }
            }}
          >
            {current.map((d, i) => {
              const dim = aggregate.dimensions.find((x) => x.dimensionId === d.dimensionId)!;
              const record = fromDraft(d);
              const needsReason =
                record.agreedScore !== null &&
                Number.isFinite(record.agreedScore) &&
                rationaleRequired(bank, record.agreedScore, dim.medianScore);
              const error = (field: string) =>
                problems.find((p) => p.href === `#${d.dimensionId}-${field}`)?.text;
              const name = dim.name;
              const score = dim.medianScore === null ? null : formatScore(dim.medianScore);
              const band = dim.band?.label ?? '';
              return (
                <fieldset className="govuk-fieldset govuk-!-margin-bottom-8" key={d.dimensionId}>
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                    <h2 className="govuk-fieldset__heading">{dim.name}</h2>
                  </legend>
                  <p className="govuk-body">
                    {score === null ? (
                      <Trans>Group median: no score,</Trans>
                    ) : (
                      <Trans>
                        Group median: {score} ({band}),
                      </Trans>
                    )}{' '}
                    <Plural value={dim.n} one="from # person." other="from # people." />
                  </p>
                  <div
                    className={`govuk-form-group${error('agreedScore') ? ' govuk-form-group--error' : ''}`}
                  >
                    <label className="govuk-label" htmlFor={`${d.dimensionId}-agreedScore`}>
                      <Trans>Agreed score, 0 to 100</Trans>
                    </label>
                    {error('agreedScore') && (
                      <ErrorMessage
                        id={`${d.dimensionId}-agreedScore-error`}
                        text={error('agreedScore')!}
                      />
                    )}
                    <input
                      className={`govuk-input govuk-input--width-4${error('agreedScore') ? ' govuk-input--error' : ''}`}
                      id={`${d.dimensionId}-agreedScore`}
                      inputMode="decimal"
                      aria-describedby={describedBy(
                        `${d.dimensionId}-agreedScore`,
                        null,
                        error('agreedScore'),
                      )}
                      value={d.agreedScore}
                      onChange={(e) => update(i, (x) => ({ ...x, agreedScore: e.target.value }))}
                    />
                  </div>
                  <TextField
                    id={`${d.dimensionId}-rationale`}
                    label={
                      needsReason
                        ? t`Why the group agreed this score`
                        : t`Why the group agreed this score (optional)`
                    }
                    hint={
                      needsReason
                        ? t`Needed: this score is in a different band from the median.`
                        : undefined
                    }
                    error={error('rationale')}
                    multiline
                    rows={3}
                    limit={MAX_RATIONALE}
                    registration={held(`${d.dimensionId}-rationale`, d.rationale, (v) =>
                      update(i, (x) => ({ ...x, rationale: v })),
                    )}
                  />
                  {d.actions.map((a, k) => {
                    const number = k + 1;
                    return (
                      <div className="govuk-inset-text" key={k}>
                        <h3 className="govuk-heading-s">
                          <Trans>Action {number}</Trans>
                        </h3>
                        {(['what', 'who', 'byWhen'] as const).map((f) => (
                          <TextField
                            key={f}
                            id={`${d.dimensionId}-actions-${k}-${f}`}
                            label={i18n._(ACTION_FIELDS[f].label)}
                            error={error(`actions-${k}-${f}`)}
                            limit={ACTION_FIELDS[f].limit}
                            registration={held(`${d.dimensionId}-actions-${k}-${f}`, a[f], (v) =>
                              update(i, (x) => ({
                                ...x,
                                actions: x.actions.map((y, j) => (j === k ? { ...y, [f]: v } : y)),
                              })),
                            )}
                          />
                        ))}
                        <button
                          type="button"
                          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          onClick={() =>
                            update(i, (x) => ({
                              ...x,
                              actions: x.actions.filter((_, j) => j !== k),
                            }))
                          }
                        >
                          <Trans>
                            Remove action {number}{' '}
                            <span className="govuk-visually-hidden">for {name}</span>
                          </Trans>
                        </button>
                      </div>
                    );
                  })}
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    onClick={() =>
                      update(i, (x) => ({
                        ...x,
                        actions: [...x.actions, { what: '', who: '', byWhen: '' }],
                      }))
                    }
                  >
                    <Trans>
                      Add an action <span className="govuk-visually-hidden">for {name}</span>
                    </Trans>
                  </button>
                </fieldset>
              );
            })}
            <button type="submit" className="govuk-button">
              <Trans>Save what we agreed</Trans>
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
