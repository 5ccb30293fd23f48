/**
 * The programme's data for other tools (issue 14): one button that downloads every answer as a
 * zip of Parquet files with a datapackage.json (docs/programme-data.md), and a choice to
 * include free text, which asks the user to confirm after a warning.
 *
 * The Parquet writer, the zip code and the tables' code load only when the button is pressed
 * (their own chunk). Making the zip takes a few seconds for thousands of people, so the status
 * line says so first.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useRef, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import type { ProgrammeData } from '../../domain/programme/programme-model';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { WarningText } from '../../ui/warning-text';

/** Lets the browser draw the status line before the work that blocks it starts. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function ProgrammeDataDownload({ data, bank }: { data: ProgrammeData; bank: Bank }) {
  const { t } = useLingui();
  const [includeText, setIncludeText] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const confirmRef = useRef<HTMLInputElement>(null);
  const people = data.partnerships.reduce(
    (n, p) => n + p.cycles.reduce((m, c) => m + c.responses.length, 0),
    0,
  );

  const download = async () => {
    if (busy) return;
    if (includeText && !confirmed) {
      setConfirmError(true);
      confirmRef.current?.focus();
      return;
    }
    setConfirmError(false);
    setBusy(true);
    setStatus(t`Preparing the zip. This can take a few seconds.`);
    try {
      const { buildProgrammeZipDetailed } =
        await import('../../export/programme-data/build-programme-zip');
      await nextFrame();
      const zip = buildProgrammeZipDetailed(data, bank, { includeText });
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const file = exportFileName(t`programme data`, today, 'zip');
      downloadFile(
        file,
        new Blob([zip.bytes as BlobPart], { type: 'application/zip' }),
        'application/zip',
      );
      const rows = zip.rows;
      const respondents = zip.respondents;
      setStatus(t`The zip, ${file}, has been made. Rows: ${rows}. People: ${respondents}.`);
    } catch {
      setStatus(t`The zip could not be made. Try again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="app-no-print" aria-labelledby="programme-data-heading">
      <h2 className="govuk-heading-m" id="programme-data-heading">
        <Trans>Data for analysis</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          Download every answer as one zip file, to analyse in DuckDB, Spark, R or Python. It holds
          Parquet files, one row for each answer, and a file that describes each column
          (datapackage.json).
        </Trans>
      </p>
      <p className="govuk-body">
        <Trans>
          Nobody is named: each person has a made-up id. A sector or role is given only where at
          least 3 people in the same session share it.
        </Trans>
      </p>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="programme-data-text"
              type="checkbox"
              checked={includeText}
              aria-describedby="programme-data-text-hint"
              onChange={(e) => {
                setIncludeText(e.target.checked);
                setConfirmed(false);
                setConfirmError(false);
              }}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="programme-data-text">
              <Trans>Include free text</Trans>
            </label>
            <div className="govuk-hint govuk-checkboxes__hint" id="programme-data-text-hint">
              <Trans>Answers people typed and their comments. Left out unless you tick this.</Trans>
            </div>
          </div>
        </div>
      </div>
      {includeText ? (
        <>
          <WarningText>
            <Trans>
              Free text can name people, places and organisations, and someone who knows the
              partnership may recognise who wrote it. People wrote it for their own session, not for
              publication. Include it only if your analysis needs it, and keep the file safe.
            </Trans>
          </WarningText>
          <div className={`govuk-form-group${confirmError ? ' govuk-form-group--error' : ''}`}>
            {confirmError ? (
              <p className="govuk-error-message" id="programme-data-confirm-error">
                <span className="govuk-visually-hidden">
                  <Trans>Error:</Trans>
                </span>{' '}
                <Trans>
                  Confirm that you will keep the free text safe, or untick Include free text
                </Trans>
              </p>
            ) : null}
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  ref={confirmRef}
                  className="govuk-checkboxes__input"
                  id="programme-data-confirm"
                  type="checkbox"
                  checked={confirmed}
                  aria-describedby={confirmError ? 'programme-data-confirm-error' : undefined}
                  onChange={(e) => {
                    setConfirmed(e.target.checked);
                    if (e.target.checked) setConfirmError(false);
                  }}
                />
                <label
                  className="govuk-label govuk-checkboxes__label"
                  htmlFor="programme-data-confirm"
                >
                  <Trans>
                    I understand the free text may identify people, and I will keep the file safe
                  </Trans>
                </label>
              </div>
            </div>
          </div>
        </>
      ) : null}
      {people === 0 ? (
        <p className="govuk-body">
          <Trans>There are no answers to download yet.</Trans>
        </p>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-disabled={busy}
          onClick={() => void download()}
        >
          <Trans>Download data for analysis (zip)</Trans>
        </button>
      )}
      <p className="govuk-body-s" role="status" aria-live="polite" id="programme-data-status">
        {status}
      </p>
    </section>
  );
}
