import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { deleteEverything } from '../../state/assessment-actions';
import { BackLink } from '../../ui/back-link';

export function DeletePage({ bank }: { bank: Bank }) {
  const [deleted, setDeleted] = useState(false);
  useDocumentTitle(
    deleted ? 'Your answers have been deleted' : 'Delete your answers from this device',
  );
  if (deleted) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div className="govuk-panel govuk-panel--confirmation">
            <h1 className="govuk-panel__title">Your answers have been deleted</h1>
            <div className="govuk-panel__body">
              Nothing from this assessment is left on this device.
            </div>
          </div>
          <p className="govuk-body">
            <a className="govuk-link" href={paths.start()}>
              Go to the start page
            </a>
          </p>
        </div>
      </div>
    );
  }
  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Delete your answers from this device</h1>
          <p className="govuk-body">
            This removes every answer and comment saved in this browser, and any saved data that was
            kept aside. It cannot be undone.
          </p>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              If you want to keep your answers, download them from your results page first.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => {
                deleteEverything(bank);
                setDeleted(true);
              }}
            >
              Delete my answers
            </button>
            <a className="govuk-link" href={paths.start()}>
              Cancel
            </a>
          </div>
        </div>
      </div>
    </>
  );
}
