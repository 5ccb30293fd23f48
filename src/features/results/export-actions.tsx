import type { Bank } from '../../domain/bank/bank-schema';
import type { Results } from '../../domain/scoring/build-results';
import { serializeResponse } from '../../domain/response/response-file';
import { downloadFile } from '../../export/download';
import { useAssessmentStore } from '../../state/assessment-store';
import { toResponseEnvelope } from '../../state/response-envelope';

function datePart(iso: string) {
  return iso.slice(0, 10);
}

export function ExportActions({ bank }: { bank: Bank; results: Results }) {
  const downloadJson = () => {
    const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
    downloadFile(`rally-answers-${datePart(envelope.updatedAt)}.json`, serializeResponse(envelope), 'application/json');
  };
  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m">Save or share your results</h2>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" onClick={downloadJson}>
          Download your answers (JSON)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </div>
      <p className="govuk-body-s">
        The answers file can be imported again later on any device, from the start page. Printing, or your browser’s “Save
        as PDF”, gives an accessible copy of this page.
      </p>
    </div>
  );
}
