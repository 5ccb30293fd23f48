import { Trans, useLingui } from '@lingui/react/macro';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { formatDate } from '../../i18n';
import { BackLink } from '../../ui/back-link';

/** When this statement was last prepared (an ISO date). */
const PREPARED = '2026-11-26';

/** The accessibility statement, in the structure of the GOV.UK model statement. */
export function AccessibilityPage() {
  const { t, i18n } = useLingui();
  useDocumentTitle(t`Accessibility statement`);
  const prepared = formatDate(PREPARED, i18n.locale);
  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>Accessibility statement for Rally</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>
              This statement applies to Rally, the partnership self-assessment. We want as many
              people as possible to be able to use it. For example, that means you should be able
              to:
            </Trans>
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Trans>
                change colours, contrast levels and fonts using browser or device settings
              </Trans>
            </li>
            <li>
              <Trans>zoom in up to 400% without the text spilling off the screen</Trans>
            </li>
            <li>
              <Trans>answer every question and reach your results using just a keyboard</Trans>
            </li>
            <li>
              <Trans>use it with speech recognition software</Trans>
            </li>
            <li>
              <Trans>
                listen to it with a screen reader, including the chart, which has a table with the
                same figures beside it
              </Trans>
            </li>
          </ul>

          <h2 className="govuk-heading-m">
            <Trans>How accessible this service is</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>We know some parts are not fully accessible:</Trans>
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Trans>
                the downloadable PDF summary is not tagged, so screen readers may read it in the
                wrong order and cannot find its headings and tables
              </Trans>
            </li>
            <li>
              <Trans>
                the radar chart on its own conveys the scores only visually; the table beside it
                gives every figure
              </Trans>
            </li>
          </ul>
          <p className="govuk-body">
            <Trans>
              For an accessible copy of your results, use “Print this page” on the results page and
              choose “Save as PDF”. The browser makes a tagged PDF with real headings and tables.
              The spreadsheet (CSV) and answers file (JSON) are plain text.
            </Trans>
          </p>

          <h2 className="govuk-heading-m">
            <Trans>Using Rally in Welsh</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              Rally is offered in English and in Welsh. Choose the language with the “English” and
              “Cymraeg” links at the top of every page. Rally remembers your choice on this device.
              A link to a group session opens in the language the facilitator was using, and you can
              change it.
            </Trans>
          </p>
          <p className="govuk-body">
            <Trans>
              The Welsh text was drafted by the people who make Rally, with the help of machine
              translation and without a professional translator. It is waiting for review by a
              professional Welsh translator, so some wording may not be the usual term. Every page,
              the PDF summary and the spreadsheet are in Welsh; a question bank you load from a file
              is shown in the language it was written in.
            </Trans>
          </p>

          <h2 className="govuk-heading-m">
            <Trans>Feedback and contact information</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              Rally has no server, so it cannot receive messages. If you find a problem, tell the
              person or organisation that gave you the link to Rally, so that they can pass it on to
              whoever maintains their copy.
            </Trans>
          </p>

          <h2 className="govuk-heading-m">
            <Trans>Enforcement procedure</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              The Equality and Human Rights Commission (EHRC) is responsible for enforcing the
              Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
              Regulations 2018. If you are not happy with how your complaint is handled, contact the
              Equality Advisory and Support Service (EASS).
            </Trans>
          </p>

          <h2 className="govuk-heading-m">
            <Trans>Technical information about this service’s accessibility</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              Rally is designed to meet the Web Content Accessibility Guidelines version 2.2 AA
              standard. Every page is checked with axe-core in automated tests, and the whole
              questionnaire is completed with the keyboard alone in a real browser in every test
              run.
            </Trans>
          </p>
          <h3 className="govuk-heading-s">
            <Trans>Non-accessible content</Trans>
          </h3>
          <p className="govuk-body">
            <Trans>
              The PDF summary is not tagged (WCAG 1.3.1 Info and relationships). It is offered
              alongside the tagged print copy and the plain text files, which carry the same
              content.
            </Trans>
          </p>

          <h2 className="govuk-heading-m">
            <Trans>How this service has been tested</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              Each release is tested automatically with axe-core against the WCAG 2.2 A and AA rules
              on every page, and with a keyboard-only journey in Chromium. This statement was
              prepared on {prepared}.
            </Trans>
          </p>
        </div>
      </div>
    </>
  );
}
