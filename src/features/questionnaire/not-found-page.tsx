import { Trans, useLingui } from '@lingui/react/macro';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useLingui();
  useDocumentTitle(t`Page not found`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>Page not found</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>If you typed the web address, check it is correct.</Trans>
        </p>
        <p className="govuk-body">
          <Trans>
            <a className="govuk-link" href={paths.tasks()}>
              Go to the list of sections
            </a>{' '}
            or{' '}
            <a className="govuk-link" href={paths.start()}>
              the start page
            </a>
            .
          </Trans>
        </p>
      </div>
    </div>
  );
}
