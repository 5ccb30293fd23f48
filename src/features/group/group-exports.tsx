/**
 * Group downloads: PDF, long-format CSV, the session file, and the action plan (CSV and a
 * calendar of its due dates). PDF, CSV and calendar code load on click.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { GroupAggregate } from '../../domain/group/aggregate';
import { groupAggregate } from '../../domain/group/results-view';
import { serializeSession, type SessionFile } from '../../domain/group/session';
import { downloadFile } from '../../export/download';
import { exportFileName, groupPdfFileName } from '../../export/file-name';
import type { PdfScope } from '../../export/file-name';
import { Radios } from '../../ui/choice-fields';
import { ActionDownloads } from '../plan/action-downloads';
import { groupRadar } from './group-radar';
import { sessionFileName } from './group-files';

export function GroupExports({
  bank,
  session,
  aggregate,
}: {
  bank: Bank;
  session: SessionFile;
  /** The whole-group figures, when the page has worked them out (else worked out on click). */
  aggregate: GroupAggregate | null;
}) {
  const [status, setStatus] = useState('');
  const [scope, setScope] = useState<PdfScope>('full');
  const { t, i18n } = useLingui();
  const word = t`group`;
  const name = session.session.partnershipName;
  const date = session.session.date;
  const pdf = async () => {
    setStatus(t`Preparing the group PDF…`);
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
      // The agreed targets are drawn too, as on the screen.
      const targets = Object.fromEntries(
        session.consensus.map((c) => [c.dimensionId, c.targetScore ?? null]),
      );
      const radarPng = renderRadarPng(
        groupRadar(aggregate ?? groupAggregate(bank, session), [], new Set(), i18n, targets),
        1000,
        'jpeg',
      );
      const file = groupPdfFileName(name, date, i18n, scope);
      downloadFile(
        file,
        pdfBlob(
          buildGroupPdf(buildGroupReport(bank, session, i18n), { fonts, radarPng, scope }, i18n),
        ),
        'application/pdf',
      );
      setStatus(t`The group PDF, ${file}, has been made.`);
    } catch {
      setStatus(t`The group PDF could not be made. Try again.`);
    }
  };
  const csv = async () => {
    const { serializeGroupCsv } = await import('../../export/csv/serialize-group-csv');
    downloadFile(
      exportFileName(`${word} ${name}`, date, 'csv'),
      serializeGroupCsv(bank, session, i18n),
      'text/csv',
    );
    setStatus(t`The group spreadsheet has been made.`);
  };
  return (
    <div className="app-no-print">
      <Radios
        idPrefix="group-pdf-scope"
        legend={t`What should the group PDF hold?`}
        legendSize="s"
        small
        options={[
          {
            value: 'summary',
            label: t`Summary (2 pages)`,
            hint: t`For a board: how people see the partnership, the scores, spread, agreed scores and targets, the three areas to work on first and the top actions.`,
          },
          {
            value: 'full',
            label: t`Full report`,
            hint: t`The summary, then every figure, what the group agreed, the action plan and the comments.`,
          },
        ]}
        registration={{
          name: 'group-pdf-scope',
          // The inputs follow `scope` on every render.
          ref: (input) => {
            if (input) input.checked = input.value === scope;
          },
          onChange: (e) => setScope(e.target.value === 'summary' ? 'summary' : 'full'),
          onBlur: () => undefined,
        }}
      />
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void pdf()}>
          <Trans>Download the group PDF</Trans>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void csv()}
        >
          <Trans>Download the group spreadsheet (CSV)</Trans>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            downloadFile(sessionFileName(session, t`session`), serializeSession(session))
          }
        >
          <Trans>Save the session file</Trans>
        </button>
      </div>
      <p className="govuk-body-s">
        <Trans>
          The PDF and spreadsheet are for sharing. The session file holds everyone’s answers in
          full: keep it to yourself.
        </Trans>
      </p>
      <p className="govuk-body-s" role="status" aria-live="polite" id="group-export-status">
        {status}
      </p>
      <ActionDownloads
        bank={bank}
        actions={session.actions}
        partnershipName={name}
        date={date}
        group
      />
    </div>
  );
}
