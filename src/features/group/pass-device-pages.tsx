/**
 * Passing one device round: the facilitator's set-up page (#/group/pass), and the page every
 * facilitator route shows instead while the device is being passed round. See
 * src/domain/group/device-lock.ts for the rules and docs/group-sessions.md for what the lock
 * does and does not protect against.
 */
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
import { countOf, listInWords } from '../../domain/report/counts';
import { serializeResponse } from '../../domain/response/response-file';
import { paths } from '../../config/paths';
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
import { NoSession } from './share-page';

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

/** "12 answers and 1 comment", or null when nothing is saved. */
function savedSummary(
  bank: Bank,
  answerMap: AnswerMap,
  commentMap: Record<string, string>,
): string | null {
  const answers = allItems(bank).filter((i) => isAnswered(i, answerMap[i.id])).length;
  const comments = Object.values(commentMap).filter((c) => c.trim() !== '').length;
  const parts = [
    answers > 0 ? countOf(answers, 'answer', 'answers') : null,
    comments > 0 ? countOf(comments, 'comment', 'comments') : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? listInWords(parts) : null;
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
  useDocumentTitle('Pass this device round', problems.length > 0 || saveError !== null);
  if (!session) return <NoSession />;
  const saved = savedSummary(bank, answers, comments);

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
  const errorFor = (field: PasscodeProblem['field']) =>
    problems.find((p) => p.field === field)?.message;

  return (
    <>
      <BackLink href={paths.group()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={[
              ...problems.map((p) => ({ href: `#${p.field}`, text: p.message })),
              ...(saveError ? [{ href: '#passcode', text: saveError }] : []),
            ]}
            attempt={attempt}
          />
          <span className="govuk-caption-l">{session.session.partnershipName}</span>
          <h1 className="govuk-heading-l">Pass this device round</h1>
          <p className="govuk-body">
            People answer in turn on this device. Each one hands in on it when they have finished:
            their answers are kept on the device for you, out of sight, and the questions are
            cleared for the next person.
          </p>
          <p className="govuk-body">
            While the device is passed round, the group pages are closed: the session, the
            responses, the results, what you agree and the session file. To open them again, and to
            stop passing the device round, you enter the passcode you set here.
          </p>
          <div className="govuk-inset-text">
            The passcode stops someone opening the group pages by accident or out of curiosity. It
            is not encryption: a person who knows how to use the browser’s developer tools could
            still read what is saved on this device. Keep the device in sight.
          </div>
          {saved && (
            <>
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text" id="saved-answers-warning">
                  <span className="govuk-visually-hidden">Warning</span>
                  This device has {saved} saved. Starting clears them, so that the first person does
                  not see them. Download them first if you want to keep them.
                </strong>
              </div>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
                  downloadFile(
                    exportFileName('answers', envelope.updatedAt.slice(0, 10), 'json'),
                    serializeResponse(envelope),
                  );
                }}
              >
                Download the saved answers
              </button>
            </>
          )}
          <form noValidate onSubmit={submit}>
            <h2 className="govuk-heading-m">Set a passcode for this device</h2>
            <PasscodeInput
              id="passcode"
              label="Passcode"
              hint={`At least ${PASSCODE_MIN} characters. Choose one you will remember: you need it to open the group pages again.`}
              error={errorFor('passcode')}
              value={passcode}
              onChange={setPasscode}
              autoComplete="new-password"
            />
            <PasscodeInput
              id="again"
              label="Enter the passcode again"
              error={errorFor('again')}
              value={again}
              onChange={setAgain}
              autoComplete="new-password"
            />
            <button type="submit" className="govuk-button">
              Start passing the device round
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

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">I have forgotten the passcode</span>
      </summary>
      <div className="govuk-details__text">
        {nothingKept || !details ? (
          <>
            <p className="govuk-body">
              There is no group session and no response handed in on this device, so you can stop
              passing it round without the passcode.
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => endPassingDevice()}
            >
              Stop passing the device round
            </button>
          </>
        ) : (
          <>
            <p className="govuk-body">
              You can stop passing the device round without the passcode. First save the session,
              with {countOf(handedIn.length, 'response', 'responses')} handed in on this device, as
              a session file. Then remove it from this browser, so that nobody can open it here.
            </p>
            <p className="govuk-body">
              To carry on, open the file on the group page (“Or open a saved session”) and add the
              responses handed in.
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                const file = forSafeKeeping(bank, session, handedIn, details, new Date());
                downloadFile(sessionFileName(file), serializeSession(file));
                setSaved(true);
              }}
            >
              1. Save the session file
            </button>
            {saved && (
              <>
                <p className="govuk-body" role="status">
                  The session file has been made. Check that it is in your downloads before you go
                  on.
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
                  2. Remove the session from this browser and stop passing the device round
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
  useDocumentTitle('The group pages are closed', error !== null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    if (passcode.trim() === '') return setError('Enter the passcode');
    if (!unlockWithPasscode(passcode)) {
      setPasscode('');
      setError('The passcode is not right. Check it and try again');
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
        <h1 className="govuk-heading-l">The group pages are closed</h1>
        <p className="govuk-body">
          This device is being passed round
          {lock ? ` for ${lock.details.partnershipName}` : ''}. The facilitator’s pages stay closed
          until the facilitator enters the passcode.
        </p>
        <p className="govuk-body">
          If you are answering,{' '}
          <a className="govuk-link" href={paths.tasks()}>
            go back to your questions
          </a>{' '}
          or{' '}
          <a className="govuk-link" href={paths.handIn()}>
            hand in your answers
          </a>
          .
        </p>
        <h2 className="govuk-heading-m">For the facilitator</h2>
        <form noValidate onSubmit={submit}>
          <PasscodeInput
            id="unlock-passcode"
            label="Passcode"
            hint="Opening the group pages also stops passing the device round. You can start again from the group page."
            error={error ?? undefined}
            value={passcode}
            onChange={setPasscode}
            autoComplete="current-password"
          />
          <button type="submit" className="govuk-button">
            Open the group pages
          </button>
        </form>
        <ForgottenPasscode bank={bank} />
      </div>
    </div>
  );
}
