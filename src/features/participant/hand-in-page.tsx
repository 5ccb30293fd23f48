/**
 * Hand in: a participant gives their answers to the facilitator as a short code (answers and
 * about-you choices only, no free text), as a file (with comments), or, on a shared device,
 * by leaving them on the device for the facilitator and clearing it for the next person.
 */
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { encodeResponseCode } from '../../domain/response/response-code';
import { serializeResponse } from '../../domain/response/response-file';
import { paths } from '../../config/paths';
import { downloadFile } from '../../export/download';
import { QrImage } from '../../lib/qr/qr-image';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { handInAndClear } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { toResponseEnvelope } from '../../state/response-envelope';
import { BackLink } from '../../ui/back-link';

export function HandInPage({ bank }: { bank: Bank }) {
  const [cleared, setCleared] = useState(false);
  const [handInError, setHandInError] = useState<string | null>(null);
  const state = useAssessmentStore();
  const joined = useGroupStore((s) => s.joined);
  useDocumentTitle(cleared ? 'Your answers have been handed in' : 'Hand in your answers');
  const envelope = toResponseEnvelope(bank, state);
  const code = encodeResponseCode(bank, envelope);

  if (cleared) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">Your answers have been handed in</h1>
            <div className="govuk-panel__body">
              They are kept on this device for the facilitator, out of sight.
            </div>
          </div>
          <p className="govuk-body">
            Pass the device to the next person. Their answers start empty.
          </p>
          <a className="govuk-button" href={paths.tasks()} role="button" draggable={false}>
            Start answering as the next person
          </a>
        </div>
      </div>
    );
  }

  return (
    <>
      <BackLink href={paths.check()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {joined && <span className="govuk-caption-l">{joined.partnershipName}</span>}
          <h1 className="govuk-heading-l">Hand in your answers</h1>
          <p className="govuk-body">
            Choose one of these ways. Nothing is sent over the internet: you decide what the
            facilitator gets.
          </p>

          <h2 className="govuk-heading-m">Show or read out a code</h2>
          <p className="govuk-body">
            The code holds your answers and your sector and role, but none of your comments or other
            writing. The facilitator scans the QR code or types the code in.
          </p>
          <p
            className="govuk-body govuk-!-font-size-27 govuk-!-font-weight-bold app-code"
            id="response-code"
          >
            {code}
          </p>
          <QrImage text={code} alt="QR code of your response code" width={240} />

          <h2 className="govuk-heading-m">Send a file</h2>
          <p className="govuk-body">
            The file holds your answers and comments. Send it to the facilitator the way they ask,
            for example by email.
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() =>
              downloadFile(
                `rally-answers-${envelope.updatedAt.slice(0, 10)}.json`,
                serializeResponse(envelope),
              )
            }
          >
            Download your answers file
          </button>

          <h2 className="govuk-heading-m">Leave them on this device</h2>
          <p className="govuk-body">
            If you are passing this device to the next person, hand in here. Your answers are kept
            for the facilitator and cleared from the screen, so the next person cannot see them.
          </p>
          <button
            type="button"
            className="govuk-button"
            onClick={() => {
              const error = handInAndClear(bank, envelope);
              setHandInError(error);
              if (error === null) setCleared(true);
            }}
          >
            Hand in and clear for the next person
          </button>
          {handInError && (
            <div className="govuk-warning-text" role="alert">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Your answers could not be kept on this device, so they have not been cleared.{' '}
                {handInError} Download your answers file or show your code to the facilitator
                instead.
              </strong>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
