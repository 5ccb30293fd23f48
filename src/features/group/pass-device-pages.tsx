/**
 * Passing one device round: the facilitator's set-up page (#/group/pass), and the page every
 * facilitator route shows instead while the device is being passed round. See
 * src/domain/group/device-lock.ts for the rules and docs/group-sessions.md for what the lock
 * does and does not protect against.
 */
import { msg, plural } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useState, type FormEvent } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { isAnswered, type AnswerMap } from '../../domain/answers/answer-schema';
import { allItems } from '../../domain/bank/bank-queries';
import {
  PASSCODE_MIN,
  forSafeKeeping,
  passcodeProblems,
  type PasscodeProblem,
} from '../../domain/group/device-lock';
import { serializeSession } from '../../domain/group/session';
import { encodeSessionLink } from '../../domain/group/session-link';
import { serializeResponse } from '../../domain/response/response-file';
import { paths } from '../../config/paths';
import { saveErrorText } from './save-error-text';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { clearForNextPerson } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import {
  endPassingDevice,
  startPassingDevice,
  unlockWithPasscode,
  useDeviceLockStore,
} from '../../state/device-lock';
import { endSession, takeHandedIn } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { toResponseEnvelope } from '../../state/response-envelope';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/error-summary';
import { describedBy, FieldMessages } from '../../ui/field-messages';
import { sessionFileName } from './group-files';
import { NoSession } from './group-gate';
import { WarningText } from '../../ui/warning-text';

function PasscodeInput(p: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
}) {
  return (
    <div className={`govuk-form-group${p.error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={p.id}>
        {p.label}
      </label>
      <FieldMessages id={p.id} hint={p.hint} error={p.error} />
      <input
        id={p.id}
        name={p.id}
        type="password"
        className={`govuk-input govuk-input--width-20${p.error ? ' govuk-input--error' : ''}`}
        autoComplete={p.autoComplete}
        spellCheck={false}
        aria-describedby={describedBy(p.id, p.hint, p.error)}
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </div>
  );
}

/** "12 answers and 1 comment", or null when nothing is saved, in the language in use. */
function savedSummary(
  i18n: I18n,
  bank: Bank,
  answerMap: AnswerMap,
  commentMap: Record<string, string>,
): string | null {
  const answers = allItems(bank).filter((i) => isAnswered(i, answerMap[i.id])).length;
  const comments = Object.values(commentMap).filter((c) => c.trim() !== '').length;
  const answerText = plural(answers, { one: '# answer', other: '# answers' });
  const commentText = plural(comments, { one: '# comment', other: '# comments' });
  if (answers > 0 && comments > 0) return i18n._(msg`${answerText} and ${commentText}`);
  if (answers > 0) return answerText;
  if (comments > 0) return commentText;
  return null;
}

/** #/group/pass: the facilitator sets a passcode and starts passing the device round. */
export function PassDevicePage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const answers = useAssessmentStore((s) => s.answers);
  const comments = useAssessmentStore((s) => s.comments);
  const [passcode, setPasscode] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<PasscodeProblem[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { t, i18n } = useLingui();
  useDocumentTitle(
    session ? t`Pass this device round` : null,
    problems.length > 0 || saveError !== null,
  );
  if (!session) return <NoSession />;
  const saved = savedSummary(i18n, bank, answers, comments);
  const min = PASSCODE_MIN;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const found = passcodeProblems(passcode, again);
    setProblems(found);
    if (found.length > 0) return;
    const error = startPassingDevice(passcode, session.session);
    setSaveError(error);
    if (error) return;
    clearForNextPerson(bank);
    navigate(paths.join(encodeSessionLink(session.session)));
  };
  const errorFor = (field: PasscodeProblem['field']) => {
    const found = problems.find((p) => p.field === field);
    return found ? i18n._(found.message) : undefined;
  };

  return (
    <>
      <BackLink href={paths.group()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={[
              ...problems.map((p) => ({ href: `#${p.field}`, text: i18n._(p.message) })),
              ...(saveError ? [{ href: '#passcode', text: saveErrorText(i18n, saveError) }] : []),
            ]}
            attempt={attempt}
          />
          <span className="govuk-caption-l">{session.session.partnershipName}</span>
          <h1 className="govuk-heading-l">
            <Trans>Pass this device round</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>
              People answer in turn on this device. Each one hands in on it when they have finished:
              their answers are kept on the device for you, out of sight, and the questions are
              cleared for the next person.
            </Trans>
          </p>
          <p className="govuk-body">
            <Trans>
              While the device is passed round, the group pages are closed: the session, the
              responses, the results, what you agree and the session file. To open them again, and
              to stop passing the device round, you enter the passcode you set here.
            </Trans>
          </p>
          <div className="govuk-inset-text">
            <Trans>
              The passcode stops someone opening the group pages by accident or out of curiosity. It
              is not encryption: a person who knows how to use the browser’s developer tools could
              still read what is saved on this device. Keep the device in sight.
            </Trans>
          </div>
          {saved && (
            <>
              <WarningText textId="saved-answers-warning">
                <Trans>
                  This device has {saved} saved. Starting clears them, so that the first person does
                  not see them. Download them first if you want to keep them.
                </Trans>
              </WarningText>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
                  downloadFile(
                    exportFileName(t`answers`, envelope.updatedAt.slice(0, 10), 'json'),
                    serializeResponse(envelope),
                  );
                }}
              >
                <Trans>Download the saved answers</Trans>
              </button>
            </>
          )}
          <form noValidate onSubmit={submit}>
            <h2 className="govuk-heading-m">
              <Trans>Set a passcode for this device</Trans>
            </h2>
            <PasscodeInput
              id="passcode"
              label={t`Passcode`}
              hint={t`At least ${min} characters. Choose one you will remember: you need it to open the group pages again.`}
              error={errorFor('passcode')}
              value={passcode}
              onChange={setPasscode}
              autoComplete="new-password"
            />
            <PasscodeInput
              id="again"
              label={t`Enter the passcode again`}
              error={errorFor('again')}
              value={again}
              onChange={setAgain}
              autoComplete="new-password"
            />
            <button type="submit" className="govuk-button">
              <Trans>Start passing the device round</Trans>
            </button>
          </form>
        </div>
      </div>
    </>
  );
}

/**
 * For a facilitator who has forgotten the passcode: save the session and every response handed
 * in on this device as a file, then remove them from the browser. Nothing is shown on screen,
 * and nothing is removed before the file has been made.
 */
function ForgottenPasscode({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const handedIn = useGroupStore((s) => s.handedIn);
  const joined = useGroupStore((s) => s.joined);
  const lock = useDeviceLockStore((s) => s.lock);
  const [saved, setSaved] = useState(false);
  const details = lock?.details ?? session?.session ?? joined;
  const nothingKept = !session && handedIn.length === 0;
  const { t } = useLingui();

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          <Trans>I have forgotten the passcode</Trans>
        </span>
      </summary>
      <div className="govuk-details__text">
        {nothingKept || !details ? (
          <>
            <p className="govuk-body">
              <Trans>
                There is no group session and no response handed in on this device, so you can stop
                passing it round without the passcode.
              </Trans>
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => endPassingDevice()}
            >
              <Trans>Stop passing the device round</Trans>
            </button>
          </>
        ) : (
          <>
            <p className="govuk-body">
              <Plural
                value={handedIn.length}
                one="You can stop passing the device round without the passcode. First save the session, with # response handed in on this device, as a session file. Then remove it from this browser, so that nobody can open it here."
                other="You can stop passing the device round without the passcode. First save the session, with # responses handed in on this device, as a session file. Then remove it from this browser, so that nobody can open it here."
              />
            </p>
            <p className="govuk-body">
              <Trans>
                To carry on, open the file on the group page (“Or open a saved session”) and add the
                responses handed in.
              </Trans>
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                const file = forSafeKeeping(bank, session, handedIn, details, new Date());
                downloadFile(sessionFileName(file, t`session`), serializeSession(file));
                setSaved(true);
              }}
            >
              <Trans>1. Save the session file</Trans>
            </button>
            {saved && (
              <>
                <p className="govuk-body" role="status">
                  <Trans>
                    The session file has been made. Check that it is in your downloads before you go
                    on.
                  </Trans>
                </p>
                <button
                  type="button"
                  className="govuk-button govuk-button--warning"
                  onClick={() => {
                    takeHandedIn();
                    endSession();
                    endPassingDevice();
                    navigate(paths.group());
                  }}
                >
                  <Trans>
                    2. Remove the session from this browser and stop passing the device round
                  </Trans>
                </button>
              </>
            )}
          </>
        )}
      </div>
    </details>
  );
}

/** What every facilitator page shows while the device is being passed round. */
export function LockedPage({ bank }: { bank: Bank }) {
  const lock = useDeviceLockStore((s) => s.lock);
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { t } = useLingui();
  const partnershipName = lock?.details.partnershipName ?? '';
  useDocumentTitle(t`The group pages are closed`, error !== null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    if (passcode.trim() === '') return setError(t`Enter the passcode`);
    if (!unlockWithPasscode(passcode)) {
      setPasscode('');
      setError(t`The passcode is not right. Check it and try again`);
      return;
    }
    setError(null);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={error ? [{ href: '#unlock-passcode', text: error }] : []}
          attempt={attempt}
        />
        <h1 className="govuk-heading-l">
          <Trans>The group pages are closed</Trans>
        </h1>
        <p className="govuk-body">
          {lock ? (
            <Trans>
              This device is being passed round for {partnershipName}. The facilitator’s pages stay
              closed until the facilitator enters the passcode.
            </Trans>
          ) : (
            <Trans>
              This device is being passed round. The facilitator’s pages stay closed until the
              facilitator enters the passcode.
            </Trans>
          )}
        </p>
        <p className="govuk-body">
          <Trans>
            If you are answering,{' '}
            <a className="govuk-link" href={paths.tasks()}>
              go back to your questions
            </a>{' '}
            or{' '}
            <a className="govuk-link" href={paths.handIn()}>
              hand in your answers
            </a>
            .
          </Trans>
        </p>
        <h2 className="govuk-heading-m">
          <Trans>For the facilitator</Trans>
        </h2>
        <form noValidate onSubmit={submit}>
          <PasscodeInput
            id="unlock-passcode"
            label={t`Passcode`}
            hint={t`Opening the group pages also stops passing the device round. You can start again from the group page.`}
            error={error ?? undefined}
            value={passcode}
            onChange={setPasscode}
            autoComplete="current-password"
          />
          <button type="submit" className="govuk-button">
            <Trans>Open the group pages</Trans>
          </button>
        </form>
        <ForgottenPasscode bank={bank} />
      </div>
    </div>
  );
}
