import { Trans } from '@lingui/react/macro';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BackLink } from '../../ui/back-link';

/** The accessibility statement, in the structure of the GOV.UK model statement. */
export function AccessibilityPage() {
  useDocumentTitle('Accessibility statement');
  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Accessibility statement for Rally</h1>
          <p className="govuk-body">
            This statement applies to Rally, the partnership self-assessment. We want as many people
            as possible to be able to use it. For example, that means you should be able to:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>change colours, contrast levels and fonts using browser or device settings</li>
            <li>zoom in up to 400% without the text spilling off the screen</li>
            <li>answer every question and reach your results using just a keyboard</li>
            <li>use it with speech recognition software</li>
            <li>
              listen to it with a screen reader, including the chart, which has a table with the
              same figures beside it
            </li>
          </ul>

          <h2 className="govuk-heading-m">How accessible this service is</h2>
          <p className="govuk-body">We know some parts are not fully accessible:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              the downloadable PDF summary is not tagged, so screen readers may read it in the wrong
              order and cannot find its headings and tables
            </li>
            <li>
              the radar chart on its own conveys the scores only visually; the table beside it gives
              every figure
            </li>
          </ul>
          <p className="govuk-body">
            For an accessible copy of your results, use “Print this page” on the results page and
            choose “Save as PDF”. The browser makes a tagged PDF with real headings and tables. The
            spreadsheet (CSV) and answers file (JSON) are plain text.
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
              professional Welsh translator, so some wording may not be the usual term. Until then,
              some pages, the PDF summary and the spreadsheet are still in English only.
            </Trans>
          </p>

          <h2 className="govuk-heading-m">Feedback and contact information</h2>
          <p className="govuk-body">
            Rally has no server, so it cannot receive messages. If you find a problem, tell the
            person or organisation that gave you the link to Rally, so that they can pass it on to
            whoever maintains their copy.
          </p>

          <h2 className="govuk-heading-m">Enforcement procedure</h2>
          <p className="govuk-body">
            The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public
            Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
            If you are not happy with how your complaint is handled, contact the Equality Advisory
            and Support Service (EASS).
          </p>

          <h2 className="govuk-heading-m">
            Technical information about this service’s accessibility
          </h2>
          <p className="govuk-body">
            Rally is designed to meet the Web Content Accessibility Guidelines version 2.2 AA
            standard. Every page is checked with axe-core in automated tests, and the whole
            questionnaire is completed with the keyboard alone in a real browser in every test run.
          </p>
          <h3 className="govuk-heading-s">Non-accessible content</h3>
          <p className="govuk-body">
            The PDF summary is not tagged (WCAG 1.3.1 Info and relationships). It is offered
            alongside the tagged print copy and the plain text files, which carry the same content.
          </p>

          <h2 className="govuk-heading-m">How this service has been tested</h2>
          <p className="govuk-body">
            Each release is tested automatically with axe-core against the WCAG 2.2 A and AA rules
            on every page, and with a keyboard-only journey in Chromium. This statement was prepared
            on 26 November 2026.
          </p>
        </div>
      </div>
    </>
  );
}
