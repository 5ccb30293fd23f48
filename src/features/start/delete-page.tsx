/**
 * Delete answers from this device. The page says exactly what a deletion removes and what
 * stays: answers to other question banks, a group session and the responses handed in, a
 * loaded question bank. When anything else is saved, the user chooses between their own
 * answers only and everything Rally has saved on the device. While the device is being passed
 * round, only the current person's answers can be deleted here: the rest is the facilitator's.
 */
import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { isAnswered } from '../../domain/answers/answer-schema';
import { allItems } from '../../domain/bank/bank-queries';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { clearForNextPerson, deleteEverything } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import { useBankStore } from '../../state/bank-store';
import { isLocked, useDeviceLockStore } from '../../state/device-lock';
import { deleteEverythingOnDevice, otherBanksWithAnswers } from '../../state/device-inventory';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/error-summary';
import { ErrorMessage } from '../../ui/field-messages';
import { WarningText } from '../../ui/warning-text';

type Scope = 'mine' | 'everything';

/** What else is saved on this device, one line each, as the user would name it. */
function useOtherData(builtIn: Bank): string[] {
  const { t } = useLingui();
  const session = useGroupStore((s) => s.session);
  const handedIn = useGroupStore((s) => s.handedIn.length);
  const joined = useGroupStore((s) => s.joined);
  const custom = useBankStore((s) => s.custom);
  useAssessmentStore((s) => s.bankId);
  const sessionName = session ? session.session.partnershipName : null;
  const responses = session ? session.responses.length : 0;
  const customTitle = custom?.title;
  const joinedName = joined?.partnershipName;
  return [
    ...otherBanksWithAnswers(builtIn).map((id) => {
      const name = id === builtIn.id ? builtIn.title : id;
      return t`answers to another question bank (${name})`;
    }),
    ...(custom ? [t`the question bank loaded from a file (${customTitle})`] : []),
    ...(sessionName !== null
      ? [
          plural(responses, {
            one: `the group session ${sessionName}, with # response`,
            other: `the group session ${sessionName}, with # responses`,
          }),
        ]
      : []),
    ...(handedIn > 0
      ? [
          plural(handedIn, {
            one: '# response handed in on this device for a group session',
            other: '# responses handed in on this device for a group session',
          }),
        ]
      : []),
    ...(joined && !session ? [t`the group session you joined (${joinedName})`] : []),
  ];
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function DeletePage({ bank, builtIn }: { bank: Bank; builtIn: Bank }) {
  const [deleted, setDeleted] = useState<Scope | null>(null);
  const [scope, setScope] = useState<Scope | null>(null);
  const { t, i18n } = useLingui();
  const [problem, setError] = useState<MessageDescriptor | null>(null);
  const error = problem ? i18n._(problem) : null;
  const [attempt, setAttempt] = useState(0);
  const answers = useAssessmentStore((s) => s.answers);
  const comments = useAssessmentStore((s) => s.comments);
  const keptAside = useAssessmentStore((s) => s.keptAside.length);
  const locked = useDeviceLockStore(isLocked);
  const others = useOtherData(builtIn);
  useDocumentTitle(
    deleted ? t`Your answers have been deleted` : t`Delete your answers from this device`,
    error !== null,
  );

  if (deleted) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">
              {deleted === 'everything'
                ? t`Everything Rally saved on this device has been deleted`
                : t`Your answers have been deleted`}
            </h1>
          </div>
          {others.length === 0 ? (
            <p className="govuk-body" id="what-remains">
              <Trans>Nothing Rally saved is left on this device.</Trans>
            </p>
          ) : (
            <div id="what-remains">
              <p className="govuk-body">
                <Trans>
                  Your answers to this question bank are gone. Still saved on this device:
                </Trans>
              </p>
              <List items={others} />
            </div>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={paths.start()}>
              <Trans>Go to the start page</Trans>
            </a>
          </p>
        </div>
      </div>
    );
  }

  const answered = allItems(bank).filter((i) => isAnswered(i, answers[i.id])).length;
  const commented = Object.values(comments).filter((c) => c.trim() !== '').length;
  const { title } = bank;
  const mine = [
    i18n._(
      msg`your ${plural(answered, { one: '# answer', other: '# answers' })} and ${plural(commented, { one: '# comment', other: '# comments' })} to the question bank in use (${title})`,
    ),
    // Kept-aside data may be anyone's, so it is left alone while the device is passed round.
    ...(keptAside > 0 && !locked
      ? [
          plural(keptAside, {
            one: '# piece of saved data that was kept aside',
            other: '# pieces of saved data that were kept aside',
          }),
        ]
      : []),
  ];
  const choose = others.length > 0 && !locked;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const chosen: Scope | null = choose ? scope : 'mine';
    if (!chosen) {
      setError(msg`Choose what to delete`);
      return;
    }
    if (chosen === 'everything') deleteEverythingOnDevice(builtIn);
    else if (locked) clearForNextPerson(bank);
    else deleteEverything(bank);
    setDeleted(chosen);
  };

  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={error ? [{ href: '#delete-scope', text: error }] : []}
            attempt={attempt}
          />
          <h1 className="govuk-heading-l">
            <Trans>Delete your answers from this device</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>Deleting your answers removes:</Trans>
          </p>
          <List items={mine} />
          {locked ? (
            <p className="govuk-body">
              <Trans>
                This device is being passed round, so only your own answers can be deleted here. The
                facilitator’s group session, the answers handed in and any saved data kept aside
                stay.
              </Trans>
            </p>
          ) : others.length > 0 ? (
            <>
              <p className="govuk-body">
                <Trans>Also saved on this device, and kept unless you choose:</Trans>
              </p>
              <List items={others} />
            </>
          ) : (
            <p className="govuk-body">
              <Trans>Rally has nothing else saved on this device.</Trans>
            </p>
          )}
          <WarningText>
            {others.length > 0 && !locked ? (
              <Trans>
                Deleting cannot be undone. To keep your answers, download them from your results
                page first. To keep a group session, save its session file on the group page first.
              </Trans>
            ) : (
              <Trans>
                Deleting cannot be undone. To keep your answers, download them from your results
                page first.
              </Trans>
            )}
          </WarningText>
          <form noValidate onSubmit={submit}>
            {choose && (
              <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
                <fieldset
                  className="govuk-fieldset"
                  aria-describedby={error ? 'delete-scope-error' : undefined}
                >
                  <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                    <Trans>What do you want to delete?</Trans>
                  </legend>
                  {error && <ErrorMessage id="delete-scope-error" text={error} />}
                  <div className="govuk-radios" data-module="govuk-radios">
                    {(
                      [
                        [
                          'mine',
                          t`Only my answers to this question bank`,
                          t`Everything listed under “Also saved on this device” stays.`,
                        ],
                        [
                          'everything',
                          t`Everything Rally has saved on this device`,
                          t`Your answers and everything listed above, so the device is as if Rally had never been used on it.`,
                        ],
                      ] as const
                    ).map(([value, label, hint], i) => {
                      const id = i === 0 ? 'delete-scope' : `delete-scope-${value}`;
                      return (
                        <div className="govuk-radios__item" key={value}>
                          <input
                            className="govuk-radios__input"
                            id={id}
                            name="delete-scope"
                            type="radio"
                            value={value}
                            checked={scope === value}
                            onChange={() => setScope(value)}
                            aria-describedby={`${id}-hint`}
                          />
                          <label className="govuk-label govuk-radios__label" htmlFor={id}>
                            {label}
                          </label>
                          <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                            {hint}
                          </div>
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
              </div>
            )}
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button govuk-button--warning">
                {choose ? t`Delete` : t`Delete my answers`}
              </button>
              <a className="govuk-link" href={paths.start()}>
                <Trans>Cancel</Trans>
              </a>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
