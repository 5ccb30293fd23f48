import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BackLink } from '../../ui/back-link';

export function AboutPage({ bank }: { bank: Bank }) {
  const { t } = useLingui();
  useDocumentTitle(t`How this assessment works`);
  const agreement = bank.sections
    .flatMap((s) => s.pages.flatMap((p) => p.items))
    .filter((i) => i.kind === 'agreement').length;
  const sections = bank.sections.length;
  const types = bank.typology.types.map((t) => t.name.toLowerCase()).join(', ');
  const { title, version } = bank;
  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>How this assessment works</Trans>
          </h1>
          <p className="govuk-body">{bank.description}</p>

          <h2 className="govuk-heading-m">
            <Trans>What it asks</Trans>
          </h2>
          <p className="govuk-body">
            <Plural value={sections} one="There is # section:" other="There are # sections:" />
          </p>
          <ol className="govuk-list govuk-list--number">
            {bank.sections.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>: {s.summary}
              </li>
            ))}
          </ol>
          <p className="govuk-body">
            <Plural
              value={agreement}
              one="Most questions ask how far you agree with a statement about what happens in your partnership (# statement). “Don’t know” and “Not applicable” are real answers: they are counted and shown, but they never change a score."
              other="Most questions ask how far you agree with a statement about what happens in your partnership (# statements). “Don’t know” and “Not applicable” are real answers: they are counted and shown, but they never change a score."
            />
          </p>

          <h2 className="govuk-heading-m">
            <Trans>What you get</Trans>
          </h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Trans>
                which of the report’s four types of collaboration your partnership is closest to:{' '}
                {types}
              </Trans>
            </li>
            <li>
              <Trans>
                a score from 0 to 100 for each of six areas, shown on a chart and in a table, with a
                band and questions to discuss
              </Trans>
            </li>
            <li>
              <Trans>
                how the way your partnership is governed compares with what research suggests suits
                it
              </Trans>
            </li>
            <li>
              <Trans>
                a profile of the leadership roles people play, and how you use evidence for learning
                and accountability
              </Trans>
            </li>
          </ul>
          <p className="govuk-body">
            <Trans>
              There is no single overall score. Each area stands on its own, because a partnership
              can be strong in one and new to another.
            </Trans>
          </p>

          <h2 className="govuk-heading-m">
            <Trans>Where it comes from</Trans>
          </h2>
          <p className="govuk-body">{bank.citation}</p>
          <p className="govuk-body">{bank.disclaimer}</p>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                <Trans>Sources the questions draw on</Trans>
              </span>
            </summary>
            <div className="govuk-details__text">
              <ul className="govuk-list govuk-list--bullet">
                {bank.citations.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            </div>
          </details>

          <h2 className="govuk-heading-m">
            <Trans>Your privacy</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              Rally runs entirely in your browser. It has no server, no account, no cookies and no
              analytics, and it loads nothing from other websites. Your answers are saved in this
              browser’s storage on this device until you delete them.
            </Trans>
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={paths.delete()}>
              <Trans>Delete my answers from this device</Trans>
            </a>
          </p>
          <p className="govuk-body">
            <Trans>
              Question bank: {title}, version {version}.
            </Trans>{' '}
            <a className="govuk-link" href={paths.bank()}>
              <Trans>Use a different question bank</Trans>
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
