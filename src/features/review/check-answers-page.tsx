import { Plural, Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { formatAnswer } from '../../domain/answers/format-answer';
import { isAnswered } from '../../domain/answers/answer-schema';
import { unansweredRequired } from '../../domain/journey/progress';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { useJoinedSession } from '../../state/joined-session';
import { BackLink } from '../../ui/back-link';

export function CheckAnswersPage({ bank }: { bank: Bank }) {
  const { t } = useLingui();
  useDocumentTitle(t`Check your answers`);
  const answers = useAssessmentStore((s) => s.answers);
  const comments = useAssessmentStore((s) => s.comments);
  const missing = unansweredRequired(bank, answers);
  const joined = useJoinedSession();
  const unanswered = missing.length;
  const notListed = missing.length - 10;

  return (
    <>
      <BackLink href={paths.tasks()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">
            <Trans>Check your answers</Trans>
          </h1>
          {missing.length > 0 ? (
            <div className="govuk-inset-text">
              <h2 className="govuk-heading-s">
                <Plural
                  value={unanswered}
                  one="# question is not answered yet"
                  other="# questions are not answered yet"
                />
              </h2>
              <p className="govuk-body">
                <Trans>
                  You can still see your results. Sections with too few answers will say so instead
                  of showing a score.
                </Trans>
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {missing.slice(0, 10).map((m) => (
                  <li key={m.itemId}>
                    <a
                      className="govuk-link"
                      href={paths.question(m.ref.section.id, m.ref.page.id, true)}
                    >
                      {m.text}
                    </a>
                  </li>
                ))}
              </ul>
              {missing.length > 10 && (
                <p className="govuk-body">
                  <Plural
                    value={notListed}
                    one="And # more, listed below as “Not answered”."
                    other="And # more, listed below as “Not answered”."
                  />
                </p>
              )}
            </div>
          ) : (
            <p className="govuk-body">
              <Trans>
                You have answered every question. Check your answers before you see your results.
              </Trans>
            </p>
          )}
        </div>
      </div>
      {bank.sections.map((section) => {
        const sectionTitle = section.title;
        return (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 className="govuk-heading-m" id={`check-${section.id}`}>
              {section.title}
            </h2>
            <dl className="govuk-summary-list govuk-!-margin-bottom-9">
              {section.pages.flatMap((page) =>
                page.items.map((item) => {
                  const question = item.text;
                  const value = answers[item.id];
                  const lines = isAnswered(item, value)
                    ? formatAnswer(item, value, bank.scale)
                    : [];
                  return (
                    <div className="govuk-summary-list__row" key={item.id}>
                      <dt className="govuk-summary-list__key">{item.text}</dt>
                      <dd className="govuk-summary-list__value">
                        {lines.length === 0 ? (
                          <span className="govuk-hint govuk-!-margin-bottom-0">
                            {item.required ? t`Not answered` : t`Not given`}
                          </span>
                        ) : lines.length === 1 ? (
                          <p className="govuk-body govuk-!-margin-bottom-0 app-pre-wrap">
                            {lines[0]}
                          </p>
                        ) : (
                          <ul className="govuk-list govuk-!-margin-bottom-0">
                            {lines.map((l) => (
                              <li key={l}>{l}</li>
                            ))}
                          </ul>
                        )}
                      </dd>
                      <dd className="govuk-summary-list__actions">
                        <a className="govuk-link" href={paths.question(section.id, page.id, true)}>
                          <Trans>
                            Change<span className="govuk-visually-hidden"> {question}</span>
                          </Trans>
                        </a>
                      </dd>
                    </div>
                  );
                }),
              )}
              {section.comment && (
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">
                    <Trans>Your comment on this section</Trans>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    {comments[section.id] ? (
                      <p className="govuk-body govuk-!-margin-bottom-0 app-pre-wrap">
                        {comments[section.id]}
                      </p>
                    ) : (
                      <span className="govuk-hint govuk-!-margin-bottom-0">
                        <Trans>Not given</Trans>
                      </span>
                    )}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <a
                      className="govuk-link"
                      href={paths.question(
                        section.id,
                        section.pages[section.pages.length - 1]!.id,
                        true,
                      )}
                    >
                      <Trans>
                        Change
                        <span className="govuk-visually-hidden">
                          {' '}
                          your comment on {sectionTitle}
                        </span>
                      </Trans>
                    </a>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        );
      })}
      <h2 className="govuk-heading-m">
        <Trans>Your results</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          Your results are worked out on this device from the answers above. Nothing is sent
          anywhere.
        </Trans>
      </p>
      <div className="govuk-button-group">
        <a href={paths.results()} className="govuk-button" role="button" draggable={false}>
          <Trans>See your results</Trans>
        </a>
        {joined && (
          <a
            href={paths.handIn()}
            className="govuk-button govuk-button--secondary"
            role="button"
            draggable={false}
          >
            <Trans>Hand in your answers</Trans>
          </a>
        )}
      </div>
    </>
  );
}
