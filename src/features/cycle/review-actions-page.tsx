/**
 * Review last cycle's actions: for each action carried from the earlier cycle, where it has got
 * to (status) and what happened (review note), saved with the session as they change. Whether
 * an action is overdue is judged on the day of this session, so the page, the PDF and the
 * command line say the same.
 */
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import {
  ACTION_STATUSES,
  editAction,
  isOverdue,
  MAX_REVIEW_NOTE,
  STATUS_WORDS,
  type Action,
  type ActionStatus,
} from '../../domain/plan/action-plan';
import { sinceLastTime } from '../../domain/plan/next-cycle';
import { paths } from '../../config/paths';
import { formatDate } from '../../i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { changeGroupPlan } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { TextField } from '../../ui/text-fields';

function NothingToReview({ hasSession }: { hasSession: boolean }) {
  return (
    <>
      <p className="govuk-body">
        {hasSession ? (
          <Trans>This session has no actions from an earlier cycle to review.</Trans>
        ) : (
          <Trans>There is no group session on this device.</Trans>
        )}
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={paths.cycle('start')}>
          <Trans>Start the next cycle from an earlier session file</Trans>
        </a>
      </p>
    </>
  );
}

export function ReviewActionsPage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const { t, i18n } = useLingui();
  // What is typed in each "What happened" box, while it is longer than a note may be.
  const [notes, setNotes] = useState<Record<string, string>>({});
  const carried = session ? session.actions.filter((a) => a.carriedFrom !== undefined) : [];
  const tooLong = carried.filter((a) => (notes[a.id] ?? '').length > MAX_REVIEW_NOTE);
  useDocumentTitle(t`Review last cycle’s actions`, tooLong.length > 0);
  const today = session?.session.date ?? '';
  const since = session ? sinceLastTime(bank, session, today) : null;
  const first = carried[0]?.carriedFrom;
  const fromName = first?.name ?? '';
  const fromDate = first ? formatDate(first.date, i18n.locale) : '';
  const sessionDate = today ? formatDate(today, i18n.locale) : '';
  const max = MAX_REVIEW_NOTE;
  const done = since?.actions.done.length ?? 0;
  const dropped = since?.actions.dropped.length ?? 0;
  const overdue = since?.actions.overdue.length ?? 0;
  const open = since?.actions.open.length ?? 0;

  const noteError = (a: Action, number: number) =>
    (notes[a.id] ?? '').length > MAX_REVIEW_NOTE
      ? t`What happened with action ${number} must be ${max} characters or fewer`
      : undefined;

  return (
    <>
      <BackLink href={paths.group()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {session && <span className="govuk-caption-l">{session.session.partnershipName}</span>}
          <h1 className="govuk-heading-l">
            <Trans>Review last cycle’s actions</Trans>
          </h1>
          {!session || carried.length === 0 ? (
            <NothingToReview hasSession={session !== null} />
          ) : (
            <>
              <p className="govuk-body">
                {fromName ? (
                  <Trans>
                    These actions come from {fromName}, {fromDate}. For each one, say where it has
                    got to and what happened. Your changes are saved with the session as you make
                    them.
                  </Trans>
                ) : (
                  <Trans>
                    These actions come from the answers file of {fromDate}. For each one, say where
                    it has got to and what happened. Your changes are saved with the session as you
                    make them.
                  </Trans>
                )}
              </p>
              {since && (
                <p className="govuk-body" id="review-counts" role="status">
                  <Plural
                    value={carried.length}
                    one={`# action from last time: ${done} done, ${dropped} dropped, ${overdue} overdue and ${open} still open.`}
                    other={`# actions from last time: ${done} done, ${dropped} dropped, ${overdue} overdue and ${open} still open.`}
                  />
                </p>
              )}
            </>
          )}
        </div>
      </div>
      {session &&
        carried.map((a, i) => {
          const number = i + 1;
          const area = bank.dimensions.find((d) => d.id === a.dimensionId)?.name ?? a.dimensionId;
          const due = a.due ? formatDate(a.due, i18n.locale) : null;
          const late = isOverdue(a, today);
          const error = noteError(a, number);
          const what = a.what;
          return (
            <div className="govuk-grid-row" key={a.id}>
              <section
                className="govuk-grid-column-two-thirds govuk-!-margin-bottom-6"
                aria-labelledby={`${a.id}-heading`}
              >
                <h2 className="govuk-heading-m" id={`${a.id}-heading`}>
                  <Trans>
                    Action {number}: {what}
                  </Trans>
                </h2>
                <dl className="govuk-summary-list govuk-summary-list--no-border">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">
                      <Trans>Area</Trans>
                    </dt>
                    <dd className="govuk-summary-list__value">{area}</dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">
                      <Trans>Who leads</Trans>
                    </dt>
                    <dd className="govuk-summary-list__value">
                      {a.lead || <Trans>Not said</Trans>}
                    </dd>
                  </div>
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">
                      <Trans>Due</Trans>
                    </dt>
                    <dd className="govuk-summary-list__value" id={`${a.id}-due`}>
                      {due ?? a.dueNote ?? <Trans>Not said</Trans>}
                      {late && (
                        <>
                          {' '}
                          <strong className="govuk-tag govuk-tag--red">
                            <Trans>Overdue</Trans>
                          </strong>{' '}
                          <Trans>
                            It was due before this session on {sessionDate} and is not done.
                          </Trans>
                        </>
                      )}
                    </dd>
                  </div>
                  {a.measure && (
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">
                        <Trans>How we will know it worked</Trans>
                      </dt>
                      <dd className="govuk-summary-list__value">{a.measure}</dd>
                    </div>
                  )}
                </dl>
                <div className="govuk-form-group">
                  <fieldset className="govuk-fieldset">
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                      <Trans>Where has action {number} got to?</Trans>
                    </legend>
                    <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
                      {ACTION_STATUSES.map((status, k) => {
                        const id = k === 0 ? `${a.id}-status` : `${a.id}-status-${k + 1}`;
                        return (
                          <div className="govuk-radios__item" key={status}>
                            <input
                              className="govuk-radios__input"
                              id={id}
                              name={`${a.id}-status`}
                              type="radio"
                              value={status}
                              checked={a.status === status}
                              onChange={() =>
                                changeGroupPlan((p) =>
                                  editAction(p, a.id, { status: status as ActionStatus }),
                                )
                              }
                            />
                            <label className="govuk-label govuk-radios__label" htmlFor={id}>
                              {i18n._(STATUS_WORDS[status])}
                            </label>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                </div>
                <TextField
                  id={`${a.id}-note`}
                  label={t`What happened with action ${number} (optional)`}
                  hint={t`For example, what was done, what got in the way, or why it was dropped.`}
                  error={error}
                  multiline
                  rows={3}
                  limit={MAX_REVIEW_NOTE}
                  registration={{
                    name: `${a.id}-note`,
                    value: notes[a.id] ?? a.reviewNote ?? '',
                    ref: null,
                    onBlur: () => undefined,
                    onChange: (e) => {
                      const value = e.target.value;
                      setNotes((n) => ({ ...n, [a.id]: value }));
                      // Saved as typed, unless it is longer than a note may be.
                      if (value.length <= MAX_REVIEW_NOTE)
                        changeGroupPlan((p) => editAction(p, a.id, { reviewNote: value }));
                    },
                  }}
                />
              </section>
            </div>
          );
        })}
      {session && carried.length > 0 && (
        <div className="govuk-button-group">
          <a className="govuk-button" href={paths.group()} role="button" draggable={false}>
            <Trans>Continue to the session</Trans>
          </a>
          <a className="govuk-link" href={paths.group('consensus')}>
            <Trans>Record what you agree</Trans>
          </a>
        </div>
      )}
    </>
  );
}
