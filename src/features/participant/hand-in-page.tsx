/**
 * Hand in: a participant gives their answers to the facilitator as a QR code for the
 * facilitator's camera (everything, or without what they wrote: response-qr.tsx), as a short
 * code to type (answers and about-you choices only, no free text) or as a file (with comments). On a device the
 * facilitator has set up for passing round, the first and plainest way is to leave them on the
 * device: they are kept for the facilitator, out of sight, and the questions are cleared for
 * the next person.
 *
 * A hand-in with nothing answered is refused: it would count as a respondent who said nothing.
 * After a hand-over the page moves to #/hand-in/done in place of the hand-in page, so Back and
 * Forward never bring back a hand-in page for the person who has gone.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { Fragment, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { hasSomethingToHandIn } from '../../domain/group/device-lock';
import { encodeSessionLink } from '../../domain/group/session-link';
import { encodeResponseCode } from '../../domain/response/response-code';
import { serializeResponse } from '../../domain/response/response-file';
import type { ResponseEnvelope } from '../../domain/response/response-schema';
import { paths } from '../../config/paths';
import { ResponseQr } from './response-qr';
import { saveErrorText } from './save-error-text';
import { downloadFile } from '../../export/download';
import { participantFileName } from '../../export/file-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { useDeviceLockStore } from '../../state/device-lock';
import { handInAndClear } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { toResponseEnvelope } from '../../state/response-envelope';
import { BackLink } from '../../ui/back-link';
import { WarningText } from '../../ui/warning-text';

/** After a hand-over on a shared device: nothing of the person who has gone is shown. */
function HandedIn() {
  const { t } = useLingui();
  useDocumentTitle(t`Your answers have been handed in`);
  const lock = useDeviceLockStore((s) => s.lock);
  const next = lock ? paths.join(encodeSessionLink(lock.details)) : paths.tasks();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">
            <Trans>Your answers have been handed in</Trans>
          </h1>
          <div className="govuk-panel__body">
            <Trans>They are kept on this device for the facilitator, out of sight.</Trans>
          </div>
        </div>
        <p className="govuk-body">
          <Trans>Pass the device to the next person. Their questions start empty.</Trans>
        </p>
        <a className="govuk-button" href={next} role="button" draggable={false}>
          <Trans>Start as the next person</Trans>
        </a>
      </div>
    </div>
  );
}

function CodeAndFile({ bank, envelope }: { bank: Bank; envelope: ResponseEnvelope }) {
  const joined = useGroupStore((s) => s.joined);
  const code = encodeResponseCode(bank, envelope);
  const session = joined ? [joined.partnershipName, joined.label].filter(Boolean).join(' ') : null;
  const fileName = participantFileName(
    session,
    joined?.date ?? envelope.updatedAt.slice(0, 10),
    envelope.responseId,
  );
  return (
    <>
      <ResponseQr bank={bank} envelope={envelope} />

      <h2 className="govuk-heading-m">
        <Trans>Show or read out a code</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          The code holds your answers and your sector and role, but none of your comments or other
          writing. Show it to the facilitator or read it out, and they type it in.
        </Trans>
      </p>
      <p
        className="govuk-body govuk-!-font-size-27 govuk-!-font-weight-bold app-code app-code--grouped"
        id="response-code"
      >
        {/* A narrow screen wraps the code only after a hyphen, never inside a group of four. */}
        {code.split('-').map((group, i, groups) => (
          <Fragment key={i}>
            {group}
            {i < groups.length - 1 && (
              <>
                -<wbr />
              </>
            )}
          </Fragment>
        ))}
      </p>

      <h2 className="govuk-heading-m">
        <Trans>Send a file</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          The file holds your answers and comments. Send it to the facilitator the way they ask, for
          example by email. Its name says which session it is for, not who you are.
        </Trans>
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        onClick={() => downloadFile(fileName, serializeResponse(envelope))}
      >
        <Trans>Download your answers file</Trans>
      </button>
    </>
  );
}

export function HandInPage({ bank, done = false }: { bank: Bank; done?: boolean }) {
  const [handInError, setHandInError] = useState<string | null>(null);
  const state = useAssessmentStore();
  const joined = useGroupStore((s) => s.joined);
  const shared = useDeviceLockStore((s) => s.lock !== null);
  const envelope = toResponseEnvelope(bank, state);
  const something = hasSomethingToHandIn(bank, envelope);
  const { t, i18n } = useLingui();
  const reason = handInError === null ? '' : saveErrorText(i18n, handInError);
  useDocumentTitle(done ? t`Your answers have been handed in` : t`Hand in your answers`);
  if (done) return <HandedIn />;

  return (
    <>
      <BackLink href={paths.check()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {joined && <span className="govuk-caption-l">{joined.partnershipName}</span>}
          <h1 className="govuk-heading-l">
            <Trans>Hand in your answers</Trans>
          </h1>
          {!something ? (
            <>
              <div className="govuk-inset-text" id="nothing-to-hand-in">
                <Trans>
                  You have not answered any questions yet, so there is nothing to hand in.
                </Trans>
              </div>
              <a className="govuk-button" href={paths.tasks()} role="button" draggable={false}>
                <Trans>Answer the questions</Trans>
              </a>
            </>
          ) : shared ? (
            <>
              <p className="govuk-body">
                <Trans>
                  This device is being passed round. When you hand in, your answers are kept on it
                  for the facilitator and cleared from the screen, so the next person cannot see
                  them.
                </Trans>
              </p>
              <button
                type="button"
                className="govuk-button"
                onClick={() => {
                  const error = handInAndClear(bank, envelope);
                  setHandInError(error);
                  // In place of this page in the history, so Back cannot return to it.
                  if (error === null) window.location.replace(paths.handedIn());
                }}
              >
                <Trans>Hand in and pass the device on</Trans>
              </button>
              {handInError && (
                <WarningText role="alert">
                  <Trans>
                    Your answers could not be kept on this device, so they have not been cleared.{' '}
                    {reason} Hand in with a code or a file below instead.
                  </Trans>
                </WarningText>
              )}
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">
                    <Trans>Hand in another way, with a code or a file</Trans>
                  </span>
                </summary>
                <div className="govuk-details__text">
                  <p className="govuk-body">
                    <Trans>
                      Only if the facilitator asks for it. Then pass the device on as well, so the
                      next person starts with empty questions.
                    </Trans>
                  </p>
                  <CodeAndFile bank={bank} envelope={envelope} />
                </div>
              </details>
            </>
          ) : (
            <>
              <p className="govuk-body">
                <Trans>
                  Choose one of these ways. Nothing is sent over the internet: you decide what the
                  facilitator gets.
                </Trans>
              </p>
              <CodeAndFile bank={bank} envelope={envelope} />
              <h2 className="govuk-heading-m">
                <Trans>On a device that is passed round</Trans>
              </h2>
              <p className="govuk-body">
                <Trans>
                  If everyone is answering in turn on one device, the facilitator sets it up for
                  that first. Then this page offers to hand in on the device and pass it on.
                </Trans>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
