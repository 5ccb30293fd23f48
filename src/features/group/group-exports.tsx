/** Group downloads: PDF, long-format CSV, and the session file. PDF and CSV code load on click. */
import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { GroupAggregate } from '../../domain/group/aggregate';
import { serializeSession, type SessionFile } from '../../domain/group/session';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { groupRadar } from './group-radar';
import { sessionFileName } from './group-files';

export function GroupExports({
  bank,
  session,
  aggregate,
}: {
  bank: Bank;
  session: SessionFile;
  aggregate: GroupAggregate;
}) {
  const { i18n } = useLingui();
  const [status, setStatus] = useState('');
  const name = session.session.partnershipName;
  const date = session.session.date;
  const pdf = async () => {
    setStatus('Preparing the group PDF…');
    try {
      const [
        { buildGroupReport },
        { buildGroupPdf },
        { pdfBlob },
        { loadPdfFonts },
        { renderRadarPng },
      ] = await Promise.all([
        import('../../domain/report/build-group-report'),
        import('../../export/pdf/build-group-pdf'),
        import('../../export/pdf/build-pdf'),
        import('../../export/pdf/fonts'),
        import('../../charts/radar/radar-chart'),
      ]);
      const fonts = await loadPdfFonts();
      const radarPng = renderRadarPng(groupRadar(aggregate), 1000, 'jpeg');
      const file = exportFileName(`group ${name}`, date, 'pdf');
      downloadFile(
        file,
        pdfBlob(buildGroupPdf(buildGroupReport(bank, session, i18n), { fonts, radarPng }, i18n)),
        'application/pdf',
      );
      setStatus(`The group PDF, ${file}, has been made.`);
    } catch {
      setStatus('The group PDF could not be made. Try again.');
    }
  };
  const csv = async () => {
    const { serializeGroupCsv } = await import('../../export/csv/serialize-group-csv');
    downloadFile(
      exportFileName(`group ${name}`, date, 'csv'),
      serializeGroupCsv(bank, session, i18n),
      'text/csv',
    );
    setStatus('The group spreadsheet has been made.');
  };
  return (
    <div className="app-no-print">
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void pdf()}>
          Download the group PDF
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void csv()}
        >
          Download the group spreadsheet (CSV)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => downloadFile(sessionFileName(session), serializeSession(session))}
        >
          Save the session file
        </button>
      </div>
      <p className="govuk-body-s">
        The PDF and spreadsheet are for sharing. The session file holds everyone’s answers in full:
        keep it to yourself.
      </p>
      <p className="govuk-body-s" role="status" aria-live="polite" id="group-export-status">
        {status}
      </p>
    </div>
  );
}
