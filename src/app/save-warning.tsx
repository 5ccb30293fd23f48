import type { Bank } from '../domain/bank/bank-schema';
import { downloadFile } from '../export/download';
import { useAssessmentStore } from '../state/assessment-store';

/**
 * Shown on every page while saving fails (for example, the device's storage is full), with a
 * way to keep the answers as a file. Answers stay in the open page until it is closed.
 */
export function SaveWarning({ bank }: { bank: Bank }) {
  const saveError = useAssessmentStore((s) => s.saveError);
  if (!saveError) return null;
  return (
    <div className="govuk-notification-banner" role="alert" aria-labelledby="save-warning-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="save-warning-title">
          Your answers are not being saved
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{saveError}</p>
        <p className="govuk-body">
          Your answers are still in this page. Download them now so that you do not lose them when
          you close it; you can import the file later.
        </p>
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-0"
          onClick={async () => {
            // Fetched on click: the file code is not needed unless saving fails.
            const [{ serializeResponse }, { toResponseEnvelope }] = await Promise.all([
              import('../domain/response/response-file'),
              import('../state/response-envelope'),
            ]);
            const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
            downloadFile(
              `rally-answers-${envelope.updatedAt.slice(0, 10)}.json`,
              serializeResponse(envelope),
            );
          }}
        >
          Download your answers
        </button>
      </div>
    </div>
  );
}
