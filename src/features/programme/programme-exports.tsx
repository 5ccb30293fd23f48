/**
 * The programme comparison's downloads: a PDF and a CSV of the views, made from the same
 * tables as the page. Their code loads on click.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { ViewTable } from '../../domain/programme/view-table';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { formatDate } from '../../i18n';

export function ProgrammeExports({
  tables,
  summary,
  method,
}: {
  tables: readonly ViewTable[];
  summary: string[];
  method: string[];
}) {
  const { t, i18n } = useLingui();
  const [status, setStatus] = useState('');
  const today = new Date().toISOString().slice(0, 10);
  const base = t`programme comparison`;

  const pdf = async () => {
    setStatus(t`Preparing the PDF…`);
    try {
      const [{ buildProgrammePdf }, { pdfBlob }, { loadPdfFonts }] = await Promise.all([
        import('../../export/pdf/build-programme-pdf'),
        import('../../export/pdf/build-pdf'),
        import('../../export/pdf/fonts'),
      ]);
      const fonts = await loadPdfFonts();
      const file = exportFileName(base, today, 'pdf');
      const doc = buildProgrammePdf(
        tables,
        {
          title: t`Compare partnerships`,
          summary,
          method,
          made: t`Made on ${formatDate(today, i18n.locale)}`,
          language: i18n.locale === 'cy' ? 'cy' : 'en-GB',
        },
        fonts,
        i18n,
      );
      downloadFile(file, pdfBlob(doc), 'application/pdf');
      setStatus(t`The PDF, ${file}, has been made.`);
    } catch {
      setStatus(t`The PDF could not be made. Try again.`);
    }
  };

  const csv = async () => {
    try {
      const { serializeProgrammeCsv } = await import('../../export/csv/serialize-programme-csv');
      const file = exportFileName(base, today, 'csv');
      downloadFile(file, serializeProgrammeCsv(tables, i18n), 'text/csv');
      setStatus(t`The spreadsheet, ${file}, has been made.`);
    } catch {
      setStatus(t`The spreadsheet could not be made. Try again.`);
    }
  };

  return (
    <div className="app-no-print">
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void pdf()}>
          <Trans>Download the comparison as a PDF</Trans>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void csv()}
        >
          <Trans>Download the comparison as a spreadsheet (CSV)</Trans>
        </button>
      </div>
      <p className="govuk-body" role="status">
        {status}
      </p>
    </div>
  );
}
