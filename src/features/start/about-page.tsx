import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BackLink } from '../../ui/back-link';
import { countOf, isAre } from '../../domain/report/counts';

export function AboutPage({ bank }: { bank: Bank }) {
  useDocumentTitle('How this assessment works');
  const agreement = bank.sections
    .flatMap((s) => s.pages.flatMap((p) => p.items))
    .filter((i) => i.kind === 'agreement').length;
  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">How this assessment works</h1>
          <p className="govuk-body">{bank.description}</p>

          <h2 className="govuk-heading-m">What it asks</h2>
          <p className="govuk-body">
            There {isAre(bank.sections.length)}{' '}
            {countOf(bank.sections.length, 'section', 'sections')}:
          </p>
          <ol className="govuk-list govuk-list--number">
            {bank.sections.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>: {s.summary}
              </li>
            ))}
          </ol>
          <p className="govuk-body">
            Most questions ask how far you agree with a statement about what happens in your
            partnership ({countOf(agreement, 'statement', 'statements')}). “Don’t know” and “Not
            applicable” are real answers: they are counted and shown, but they never change a score.
          </p>

          <h2 className="govuk-heading-m">What you get</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              which of the report’s four types of collaboration your partnership is closest to:{' '}
              {bank.typology.types.map((t) => t.name.toLowerCase()).join(', ')}
            </li>
            <li>
              a score from 0 to 100 for each of six areas, shown on a chart and in a table, with a
              band and questions to discuss
            </li>
            <li>
              how the way your partnership is governed compares with what research suggests suits it
            </li>
            <li>
              a profile of the leadership roles people play, and how you use evidence for learning
              and accountability
            </li>
          </ul>
          <p className="govuk-body">
            There is no single overall score. Each area stands on its own, because a partnership can
            be strong in one and new to another.
          </p>

          <h2 className="govuk-heading-m">Where it comes from</h2>
          <p className="govuk-body">{bank.citation}</p>
          <p className="govuk-body">{bank.disclaimer}</p>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Sources the questions draw on</span>
            </summary>
            <div className="govuk-details__text">
              <ul className="govuk-list govuk-list--bullet">
                {bank.citations.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            </div>
          </details>

          <h2 className="govuk-heading-m">Your privacy</h2>
          <p className="govuk-body">
            Rally runs entirely in your browser. It has no server, no account, no cookies and no
            analytics, and it loads nothing from other websites. Your answers are saved in this
            browser’s storage on this device until you delete them.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={paths.delete()}>
              Delete my answers from this device
            </a>
          </p>
          <p className="govuk-body">
            Question bank: {bank.title}, version {bank.version}.{' '}
            <a className="govuk-link" href={paths.bank()}>
              Use a different question bank
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
