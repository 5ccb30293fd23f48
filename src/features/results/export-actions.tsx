/**
 * Downloads from the results page. The PDF and CSV code (jspdf, papaparse, the fonts) is
 * fetched only when the user asks for that file, never with the page.
 */
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { buildReport } from '../../domain/report/build-report';
import type { Results } from '../../domain/scoring/build-results';
import { serializeResponse } from '../../domain/response/response-file';
import { downloadFile } from '../../export/download';
import { csvFileName, exportFileName, pdfFileName } from '../../export/file-name';
import { paths } from '../../config/paths';
import { useAssessmentStore } from '../../state/assessment-store';
import { toResponseEnvelope } from '../../state/response-envelope';
import { radarFromDimensions } from './results-radar';

export async function makePdf(bank: Bank, results: Results): Promise<{ name: string; blob: Blob }> {
  const [{ buildPdf, pdfBlob }, { loadPdfFonts }, { renderRadarPng }] = await Promise.all([
    import('../../export/pdf/build-pdf'),
    import('../../export/pdf/fonts'),
    import('../../charts/radar/radar-chart'),
  ]);
  const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
  const report = buildReport(bank, envelope);
  const fonts = await loadPdfFonts();
  const radarPng = renderRadarPng(radarFromDimensions(results.dimensions), 1000, 'jpeg');
  return {
    name: pdfFileName(report.cover.partnershipName, report.cover.dateIso),
    blob: pdfBlob(buildPdf(report, { fonts, radarPng })),
  };
}

export function ExportActions({ bank, results }: { bank: Bank; results: Results }) {
  const [status, setStatus] = useState('');
  const envelope = () => toResponseEnvelope(bank, useAssessmentStore.getState());
  const name = () => {
    const e = envelope();
    return { partnership: e.about['partnership-name'] ?? null, date: e.updatedAt.slice(0, 10) };
  };

  const downloadPdf = async () => {
    setStatus('Preparing your PDF…');
    try {
      const { name: file, blob } = await makePdf(bank, results);
      downloadFile(file, blob, 'application/pdf');
      setStatus(`Your PDF, ${file}, has been made.`);
    } catch {
      setStatus('The PDF could not be made. Try again, or print this page instead.');
    }
  };
  const downloadCsv = async () => {
    const { serializeCsv } = await import('../../export/csv/serialize-csv');
    const n = name();
    downloadFile(
      csvFileName(n.partnership, n.date),
      serializeCsv(buildReport(bank, envelope())),
      'text/csv',
    );
    setStatus('Your spreadsheet file has been made.');
  };
  const downloadJson = () => {
    const n = name();
    downloadFile(
      exportFileName(`answers ${n.partnership ?? ''}`, n.date, 'json'),
      serializeResponse(envelope()),
      'application/json',
    );
    setStatus('Your answers file has been made.');
  };

  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m">Save or share your results</h2>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void downloadPdf()}>
          Download a PDF summary
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void downloadCsv()}
        >
          Download a spreadsheet (CSV)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={downloadJson}
        >
          Download your answers (JSON)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => window.print()}
        >
          Print this page
        </button>
      </div>
      <p className="govuk-body-s" role="status" aria-live="polite" id="export-status">
        {status}
      </p>
      <p className="govuk-body-s">
        The PDF is for reading and sharing; screen-reader users will find this page, printed or
        saved with your browser’s “Save as PDF”, easier to use, because that copy is tagged for
        accessibility. The answers file (JSON) can be imported again later on any device.{' '}
        <a className="govuk-link" href={paths.accessibility()}>
          Accessibility statement
        </a>
      </p>
    </div>
  );
}
