import { Trans, useLingui } from '@lingui/react/macro';
import { paths } from '../../config/paths';
import { downloadFile } from '../../export/download';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useEffect } from 'react';
import { discardKeptAside, refreshKeptAside } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import { isLocked, useDeviceLockStore } from '../../state/device-lock';
import { formatDateTime } from '../../i18n';
import { BackLink } from '../../ui/back-link';
import { translated } from '../../domain/said';

export function RecoveredPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Saved data that could not be used`);
  const keptAside = useAssessmentStore((s) => s.keptAside);
  // What is kept aside can change after the stores first load (a set-aside while loading,
  // another tab), so the page reads it again when it opens.
  useEffect(refreshKeptAside, []);
  // Kept-aside data can hold anyone's saved answers, so it is the facilitator's while the
  // device is being passed round.
  const locked = useDeviceLockStore(isLocked);
  if (locked)
    return (
      <>
        <BackLink href={paths.start()} />
        <h1 className="govuk-heading-l">
          <Trans>Saved data that could not be used</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            This device is being passed round, so this page is closed until the facilitator opens
            the{' '}
            <a className="govuk-link" href={paths.group()}>
              group pages
            </a>{' '}
            with the passcode.
          </Trans>
        </p>
      </>
    );
  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>Saved data that could not be used</Trans>
          </h1>
          {keptAside.length === 0 ? (
            <p className="govuk-body">
              <Trans>There is nothing kept aside on this device.</Trans>
            </p>
          ) : (
            <>
              <p className="govuk-body">
                <Trans>
                  Rally found saved data on this device that it could not use. Nothing has been
                  thrown away: download it to keep a copy, then remove it when you no longer need
                  it.
                </Trans>
              </p>
              <dl className="govuk-summary-list">
                {keptAside.map((k, index) => {
                  const kept = formatDateTime(k.keptAt, i18n.locale);
                  return (
                    <div className="govuk-summary-list__row" key={k.key}>
                      <dt className="govuk-summary-list__key">
                        <Trans>Kept {kept}</Trans>
                      </dt>
                      <dd className="govuk-summary-list__value">{translated(i18n, k.reason)}</dd>
                      <dd className="govuk-summary-list__actions">
                        <ul className="govuk-summary-list__actions-list">
                          <li className="govuk-summary-list__actions-list-item">
                            <button
                              type="button"
                              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                              onClick={() =>
                                downloadFile(`rally-kept-data-${index + 1}.json`, k.raw)
                              }
                            >
                              <Trans>
                                Download
                                <span className="govuk-visually-hidden"> data kept {kept}</span>
                              </Trans>
                            </button>
                          </li>
                          <li className="govuk-summary-list__actions-list-item">
                            <button
                              type="button"
                              className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                              onClick={() => discardKeptAside(k.key)}
                            >
                              <Trans>
                                Remove
                                <span className="govuk-visually-hidden"> data kept {kept}</span>
                              </Trans>
                            </button>
                          </li>
                        </ul>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={paths.start()}>
              <Trans>Return to the start page</Trans>
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
