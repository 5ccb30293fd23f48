/**
 * Downloads from the results page. The PDF and CSV code (jspdf, papaparse, the fonts) is
 * fetched only when the user asks for that file, never with the page.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { buildReport } from '../../domain/report/build-report';
import type { Results } from '../../domain/scoring/build-results';
import { serializeResponse } from '../../domain/response/response-file';
import { downloadFile } from '../../export/download';
import { csvFileName, exportFileName, pdfFileName } from '../../export/file-name';
import type { PdfScope } from '../../export/file-name';
import { Radios } from '../../ui/choice-fields';
import { paths } from '../../config/paths';
import { useAssessmentStore } from '../../state/assessment-store';
import { toResponseEnvelope } from '../../state/response-envelope';
import { radarFromDimensions } from './results-radar';

export async function makePdf(
  bank: Bank,
  results: Results,
  i18n: I18n,
  scope: PdfScope = 'full',
): Promise<{ name: string; blob: Blob }> {
  const [{ buildPdf, pdfBlob }, { loadPdfFonts }, { renderRadarPng }] = await Promise.all([
    import('../../export/pdf/build-pdf'),
    import('../../export/pdf/fonts'),
    import('../../charts/radar/radar-chart'),
  ]);
  const envelope = toResponseEnvelope(bank, useAssessmentStore.getState());
  const report = buildReport(bank, envelope, i18n);
  const fonts = await loadPdfFonts();
  // The targets are drawn as on the screen.
  const radarPng = renderRadarPng(
    radarFromDimensions(results.dimensions, i18n._(msg`Your scores`), {
      targets: envelope.targets,
      label: i18n._(msg`Your targets`),
    }),
    1000,
    'jpeg',
  );
  return {
    name: pdfFileName(report.cover.partnershipName, report.cover.dateIso, i18n, scope),
    blob: pdfBlob(buildPdf(report, { fonts, radarPng, scope }, i18n)),
  };
}

export function ExportActions({ bank, results }: { bank: Bank; results: Results }) {
  const { i18n, t } = useLingui();
  const [status, setStatus] = useState('');
  const [scope, setScope] = useState<PdfScope>('full');
  const envelope = () => toResponseEnvelope(bank, useAssessmentStore.getState());
  const name = () => {
    const e = envelope();
    return { partnership: e.about['partnership-name'] ?? null, date: e.updatedAt.slice(0, 10) };
  };

  const downloadPdf = async () => {
    setStatus(t`Preparing your PDF…`);
    try {
      const { name: file, blob } = await makePdf(bank, results, i18n, scope);
      downloadFile(file, blob, 'application/pdf');
      setStatus(t`Your PDF, ${file}, has been made.`);
    } catch {
      setStatus(t`The PDF could not be made. Try again, or print this page instead.`);
    }
  };
  const downloadCsv = async () => {
    const { serializeCsv } = await import('../../export/csv/serialize-csv');
    const n = name();
    downloadFile(
      csvFileName(n.partnership, n.date, i18n),
      serializeCsv(
        buildReport(bank, envelope(), i18n),
        i18n,
        useAssessmentStore.getState().targets,
      ),
      'text/csv',
    );
    setStatus(t`Your spreadsheet file has been made.`);
  };
  const downloadJson = () => {
    const n = name();
    downloadFile(
      exportFileName(`${t`answers`} ${n.partnership ?? ''}`, n.date, 'json'),
      serializeResponse(envelope()),
      'application/json',
    );
    setStatus(t`Your answers file has been made.`);
  };

  return (
    <div className="app-no-print">
      <h2 className="govuk-heading-m">
        <Trans>Save or share your results</Trans>
      </h2>
      <PdfScopeRadios scope={scope} onChange={setScope} />
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void downloadPdf()}>
          <Trans>Download the PDF</Trans>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void downloadCsv()}
        >
          <Trans>Download a spreadsheet (CSV)</Trans>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={downloadJson}
        >
          <Trans>Download your answers (JSON)</Trans>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => window.print()}
        >
          <Trans>Print this page</Trans>
        </button>
      </div>
      <p className="govuk-body-s" role="status" aria-live="polite" id="export-status">
        {status}
      </p>
      <p className="govuk-body-s">
        <Trans>
          The PDF is for reading and sharing; screen-reader users will find this page, printed or
          saved with your browser’s “Save as PDF”, easier to use, because that copy is tagged for
          accessibility. The answers file (JSON) can be imported again later on any device.{' '}
          <a className="govuk-link" href={paths.accessibility()}>
            Accessibility statement
          </a>
        </Trans>
      </p>
    </div>
  );
}

/**
 * "Summary (2 pages)" or "Full report" (the default), as GOV.UK radios. The inputs follow
 * `scope` on every render, so the choice stays what the page holds.
 */
function PdfScopeRadios({
  scope,
  onChange,
}: {
  scope: PdfScope;
  onChange: (scope: PdfScope) => void;
}) {
  const { t } = useLingui();
  return (
    <Radios
      idPrefix="pdf-scope"
      legend={t`What should the PDF hold?`}
      legendSize="s"
      small
      options={[
        {
          value: 'summary',
          label: t`Summary (2 pages)`,
          hint: t`For a board: the type of partnership, the scores and targets, the three areas to work on first and the top actions.`,
        },
        {
          value: 'full',
          label: t`Full report`,
          hint: t`The summary, then every result, answer and action.`,
        },
      ]}
      registration={{
        name: 'pdf-scope',
        ref: (input) => {
          if (input) input.checked = input.value === scope;
        },
        onChange: (e) => onChange(e.target.value === 'summary' ? 'summary' : 'full'),
        onBlur: () => undefined,
      }}
    />
  );
}
