/**
 * Consensus: per area the group records an agreed score (starting at the median), a reason
 * (needed when the agreed score is in another band from the median) and where it aims (a
 * target); then the group's action plan, one list for every area, edited with the same editor
 * as a respondent's own plan (src/features/plan). Individual answers never change.
 *
 * The scores, reasons and targets are saved together with "Save what we agreed"; each change to
 * the action plan is saved as it is made (changeGroupPlan).
 */
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { aggregateGroup } from '../../domain/group/aggregate';
import {
  MAX_RATIONALE,
  rationaleRequired,
  startConsensus,
  validateConsensus,
  withSaved,
  type ConsensusRecord,
} from '../../domain/group/consensus';
import {
  choiceForTarget,
  readTargetChoice,
  type TargetChoice,
} from '../../domain/plan/target-choice';
import { formatScore } from '../../domain/report/report-format';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import {
  clearConsensusDraft,
  keepConsensusDraft,
  readConsensusDraft,
} from '../../state/consensus-drafts';
import { changeGroupPlan, newActionId, saveConsensus } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/error-summary';
import { describedBy, ErrorMessage } from '../../ui/field-messages';
import { TextField, type TextRegistration } from '../../ui/text-fields';
import { ActionDownloads } from '../plan/action-downloads';
import { ActionPlanEditor } from '../plan/action-plan-editor';
import { TargetControl } from '../plan/target-control';
import { NoSession } from './group-gate';
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

type Draft = {
  dimensionId: string;
  agreedScore: string;
  rationale: string;
  /** Absent in a draft kept before targets were on this page: the saved target is used. */
  target?: TargetChoice;
};

function toDraft(bank: Bank, r: ConsensusRecord): Draft {
  return {
    dimensionId: r.dimensionId,
    agreedScore: r.agreedScore === null ? '' : String(r.agreedScore),
    rationale: r.rationale,
    target: choiceForTarget(bank, r.targetScore),
  };
}

function fromDraft(bank: Bank, d: Draft, saved: ConsensusRecord | undefined): ConsensusRecord {
  const trimmed = d.agreedScore.trim();
  const n = trimmed === '' ? null : Number(trimmed);
  const target = d.target ? readTargetChoice(bank, d.target) : (saved?.targetScore ?? null);
  return {
    dimensionId: d.dimensionId as ConsensusRecord['dimensionId'],
    agreedScore: n === null ? null : Number.isFinite(n) ? n : Number.NaN,
    rationale: d.rationale,
    // Not a number from 0 to 100: validateConsensus names the area.
    targetScore: target === 'invalid' ? Number.NaN : target,
  };
}

/** Where an error summary link for a problem's field goes. */
const fieldId = (dimensionId: string, field: string) =>
  field === 'targetScore' ? `${dimensionId}-target-score` : `${dimensionId}-${field}`;

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
  useDocumentTitle(session && aggregate ? t`Record what you agree` : null, problems.length > 0);
  if (!session || !aggregate) return <NoSession />;

  const start = startConsensus(aggregate).map((r) => withSaved(r, session.consensus));
  const current = drafts ?? start.map((r) => toDraft(bank, r));
  const savedRecord = (dimensionId: string) =>
    session.consensus.find((c) => c.dimensionId === dimensionId);
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
              a score in a different band from the median, say why. Then agree where you aim, and
              below, what you will do. Nobody’s own answers change.
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
              const records = current.map((d) => fromDraft(bank, d, savedRecord(d.dimensionId)));
              const found = validateConsensus(bank, records, aggregate);
              setProblems(
                found.map((p) => ({
                  href: `#${fieldId(p.dimensionId, p.field)}`,
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
              const record = fromDraft(bank, d, savedRecord(d.dimensionId));
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
                  <TargetControl
                    idPrefix={`${d.dimensionId}-target`}
                    legend={t`Where the group aims in ${name}`}
                    bank={bank}
                    current={
                      record.agreedScore !== null && Number.isFinite(record.agreedScore)
                        ? record.agreedScore
                        : dim.medianScore
                    }
                    currentWords={
                      record.agreedScore !== null && Number.isFinite(record.agreedScore)
                        ? t`Agreed score`
                        : t`Group median`
                    }
                    value={
                      d.target ?? choiceForTarget(bank, savedRecord(d.dimensionId)?.targetScore)
                    }
                    error={error('target-score')}
                    onChange={(next) => update(i, (x) => ({ ...x, target: next }))}
                  />
                </fieldset>
              );
            })}
            <button type="submit" className="govuk-button">
              <Trans>Save what we agreed</Trans>
            </button>
          </form>
          <section aria-labelledby="group-plan-heading" className="govuk-!-margin-top-6">
            <h2 className="govuk-heading-l" id="group-plan-heading">
              <Trans>The group’s action plan</Trans>
            </h2>
            <p className="govuk-body">
              <Trans>
                Agree what the partnership will do to reach its targets, in the order you will do
                it. Each change is saved with the session as you make it.
              </Trans>
            </p>
            <ActionPlanEditor
              bank={bank}
              idPrefix="group-plan"
              actions={session.actions}
              change={changeGroupPlan}
              newId={newActionId}
              emptyText={t`The group has not added any actions yet.`}
            />
            <ActionDownloads
              bank={bank}
              actions={session.actions}
              partnershipName={session.session.partnershipName}
              date={session.session.date}
              group
            />
          </section>
        </div>
      </div>
    </>
  );
}
