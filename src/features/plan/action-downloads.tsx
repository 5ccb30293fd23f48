/**
 * Downloads of an action plan: a spreadsheet of every action (CSV) and a calendar file (.ics)
 * of the due dates, named like the other exports ("rally-actions-<partnership>-<date>.csv",
 * "rally-group-actions-...ics"). The CSV and calendar code loads only when asked for. With no
 * due date in the plan there is no calendar file to give: the page says so instead.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { Action } from '../../domain/plan/action-plan';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';

export function ActionDownloads({
  bank,
  actions,
  partnershipName,
  date,
  group = false,
}: {
  bank: Bank;
  actions: readonly Action[];
  partnershipName: string | null;
  /** YYYY-MM-DD, for the file names. */
  date: string;
  /** A group's plan: "group" goes into the file names. */
  group?: boolean;
}) {
  const { t, i18n } = useLingui();
  const [status, setStatus] = useState('');
  if (actions.length === 0) return null;
  const dated = actions.filter((a) => a.due !== undefined).length;
  const base = `${group ? `${t`group`} ` : ''}${t`actions`} ${partnershipName ?? ''}`;
  const csv = async () => {
    const { serializeActionsCsv } = await import('../../export/csv/serialize-actions-csv');
    const file = exportFileName(base, date, 'csv');
    downloadFile(file, serializeActionsCsv(bank, actions, i18n), 'text/csv');
    setStatus(t`The actions spreadsheet, ${file}, has been made.`);
  };
  const calendar = async () => {
    const { actionsCalendar } = await import('../../export/calendar/actions-ics');
    const file = exportFileName(base, date, 'ics');
    const name = partnershipName ? t`Rally actions: ${partnershipName}` : t`Rally actions`;
    downloadFile(
      file,
      actionsCalendar(bank, actions, { name, now: new Date(), i18n }),
      'text/calendar',
    );
    setStatus(t`The calendar file, ${file}, has been made.`);
  };
  return (
    <div className="app-no-print">
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void csv()}
        >
          <Trans>Download the actions (CSV)</Trans>
        </button>
        {dated > 0 && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void calendar()}
          >
            <Trans>Download the due dates for a calendar (.ics)</Trans>
          </button>
        )}
      </div>
      {dated === 0 && (
        <p className="govuk-body-s">
          <Trans>
            No action has a date yet, so there is no calendar file to download. Give an action a
            date to add it to a calendar.
          </Trans>
        </p>
      )}
      <p className="govuk-body-s" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
