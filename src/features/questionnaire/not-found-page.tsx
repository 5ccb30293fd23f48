import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={paths.tasks()}>
            Go to the list of sections
          </a>{' '}
          or{' '}
          <a className="govuk-link" href={paths.start()}>
            the start page
          </a>
          .
        </p>
      </div>
    </div>
  );
}
