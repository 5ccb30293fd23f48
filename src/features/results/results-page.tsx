/**
 * The results, worked out on the device from the saved answers every time the page renders:
 * nothing derived is stored. Every number on the page traces to an answer and a rule in the
 * bank (questions/).
 *
 * The headline comes first and is painted first: the type, the strongest and weakest areas and
 * the table of scores. The chart, what each area and the type mean, and the longer sections
 * follow, one part at a time, without holding up the page (ui/deferred.tsx).
 */
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { answerCountsSentence } from '../../domain/report/counts';
import { buildComments, buildReflections } from '../../domain/report/report-appendix';
import { reportParts } from '../../domain/report/report-parts';
import { buildResults } from '../../domain/scoring/build-results';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAssessmentStore } from '../../state/assessment-store';
import { useJoinedSession } from '../../state/joined-session';
import { BackLink } from '../../ui/back-link';
import { Deferred } from '../../ui/deferred';
import { DimensionsSection } from './dimensions-section';
import { ExportActions } from './export-actions';
import { PlanSection } from './plan-section';
import {
  AccountabilitySection,
  ContextSection,
  GovernanceSection,
  LeadershipSection,
} from './profile-sections';
import { TypologyCard, TypologyDetails } from './typology-card';

export function ResultsPage({ bank }: { bank: Bank }) {
  const { i18n, t } = useLingui();
  useDocumentTitle(t`Your results`);
  const answers = useAssessmentStore((s) => s.answers);
  const comments = useAssessmentStore((s) => s.comments);
  const joined = useJoinedSession();
  const results = useMemo(() => buildResults(bank, answers), [bank, answers]);
  const name = typeof answers['partnership-name'] === 'string' ? answers['partnership-name'] : '';
  const { counts } = results;
  const parts = useMemo(() => reportParts(bank), [bank]);
  const reflections = useMemo(() => buildReflections(bank, answers), [bank, answers]);
  const commentList = useMemo(() => buildComments(bank, comments), [bank, comments]);
  const bankTitle = bank.title;
  const bankVersion = bank.version;

  return (
    <>
      <BackLink href={paths.check()} />
      <span className="govuk-caption-xl">{name || t`Your partnership`}</span>
      <h1 className="govuk-heading-xl">
        <Trans>Your results</Trans>
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            <Trans>
              These results are a guide for discussion, worked out on this device from your answers.
              They are not a verdict.
            </Trans>
          </p>
          <p className="govuk-body" id="answer-counts">
            {answerCountsSentence(counts, bank.scale, i18n)}
          </p>
          {joined && (
            <div className="govuk-inset-text app-no-print">
              <Trans>
                You are answering for a group session.{' '}
                <a className="govuk-link" href={paths.handIn()}>
                  Hand in your answers
                </a>{' '}
                when you are ready.
              </Trans>
            </div>
          )}
          <ExportActions bank={bank} results={results} />
        </div>
      </div>

      {parts.typology && <TypologyCard bank={bank} typology={results.typology} />}
      <DimensionsSection bank={bank} results={results} />

      <Deferred>
        {parts.typology && <TypologyDetails bank={bank} typology={results.typology} />}

        <section className="app-result-block" aria-labelledby="strengths-heading">
          <h2 className="govuk-heading-l" id="strengths-heading">
            <Trans>Strengths and priorities</Trans>
          </h2>
          <h3 className="govuk-heading-s">
            <Trans>Strengths to build on</Trans>
          </h3>
          {results.strengths.length ? (
            <ul className="govuk-list govuk-list--bullet">
              {results.strengths.map((d) => (
                <li key={d.dimensionId}>
                  {d.name} ({d.score})
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">
              <Trans>No area is in the top band yet.</Trans>
            </p>
          )}
          <h3 className="govuk-heading-s">
            <Trans>Priorities to discuss</Trans>
          </h3>
          {results.priorities.length ? (
            <ul className="govuk-list govuk-list--bullet">
              {results.priorities.map((d) => (
                <li key={d.dimensionId}>
                  {d.name} ({d.score})
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">
              <Trans>No area is in the lowest band.</Trans>
            </p>
          )}
        </section>
      </Deferred>
      <Deferred>
        <PlanSection bank={bank} results={results} />
      </Deferred>
      <Deferred>
        {parts.governance && <GovernanceSection results={results} />}
        {parts.leadership && <LeadershipSection results={results} />}
        {parts.accountability && <AccountabilitySection results={results} />}
        <ContextSection results={results} parts={parts} />
      </Deferred>
      <Deferred>
        {reflections.length > 0 && (
          <section className="app-result-block" aria-labelledby="reflections-heading">
            <h2 className="govuk-heading-l" id="reflections-heading">
              <Trans>Your reflections</Trans>
            </h2>
            <dl className="govuk-summary-list">
              {reflections.map((r) => (
                <div className="govuk-summary-list__row" key={r.itemId}>
                  <dt className="govuk-summary-list__key">{r.question}</dt>
                  <dd className="govuk-summary-list__value app-pre-wrap">{r.answer}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        {commentList.length > 0 && (
          <section className="app-result-block" aria-labelledby="comments-heading">
            <h2 className="govuk-heading-l" id="comments-heading">
              <Trans>Your comments</Trans>
            </h2>
            <dl className="govuk-summary-list">
              {commentList.map((c) => (
                <div className="govuk-summary-list__row" key={c.sectionId}>
                  <dt className="govuk-summary-list__key">{c.sectionTitle}</dt>
                  <dd className="govuk-summary-list__value app-pre-wrap">{c.text}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        <p className="govuk-body app-no-print">
          <Trans>
            Assessed before?{' '}
            <a className="govuk-link" href={paths.group('compare')}>
              Compare these results with an earlier answers file
            </a>
            .
          </Trans>
        </p>

        <section aria-labelledby="source-heading">
          <h2 className="govuk-heading-m" id="source-heading">
            <Trans>Where this comes from</Trans>
          </h2>
          <p className="govuk-body">{bank.citation}</p>
          <p className="govuk-body">{bank.disclaimer}</p>
          <p className="govuk-body-s">
            <Trans>
              Question bank {bankTitle}, version {bankVersion}.
            </Trans>{' '}
            <a className="govuk-link app-no-print" href={paths.about()}>
              <Trans>How the scores are worked out</Trans>
            </a>
          </p>
        </section>
      </Deferred>
    </>
  );
}
