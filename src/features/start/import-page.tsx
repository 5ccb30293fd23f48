/**
 * Import a response file: read it, validate it against the bank, show what it holds, and ask
 * before replacing answers already saved. Nothing changes until the user confirms.
 */
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { isAnswered } from '../../domain/answers/answer-schema';
import { allItems } from '../../domain/bank/bank-queries';
import { MAX_FILE_CHARS, parseResponseFile } from '../../domain/response/response-file';
import type { ResponseEnvelope } from '../../domain/response/response-schema';
import { paths } from '../../config/paths';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { replaceWithResponse } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import { formatDateTime, formatNumber } from '../../i18n';
import { BackLink } from '../../ui/back-link';
import { FileField } from '../../ui/file-field';
import { ErrorSummary } from '../../ui/error-summary';
import { translated } from '../../domain/said';
import { WarningText } from '../../ui/warning-text';

type Loaded = { response: ResponseEnvelope; warnings: string[]; fileName: string };

/** What went wrong reading the file: a message of this page, or the reader's own words. */
type Problem = MessageDescriptor | string;

function answeredCount(bank: Bank, answers: Record<string, unknown>) {
  return allItems(bank).filter((i) => isAnswered(i, answers[i.id] as never)).length;
}

export function ImportPage({ bank }: { bank: Bank }) {
  const { t, i18n } = useLingui();
  const [problem, setError] = useState<Problem | null>(null);
  const error =
    problem === null
      ? null
      : typeof problem === 'string'
        ? translated(i18n, problem)
        : i18n._(problem);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const saved = useAssessmentStore((s) => s.answers);
  const savedComments = useAssessmentStore((s) => s.comments);
  // Anything typed counts: a draft with only comments is replaced too.
  const savedAnswers = answeredCount(bank, saved);
  const savedCommentCount = Object.values(savedComments).filter((c) => c.trim() !== '').length;
  const replacing = savedAnswers > 0 || savedCommentCount > 0;
  useDocumentTitle(
    loaded ? t`Check the file before you import it` : t`Import answers from a file`,
    error !== null,
  );

  async function readFile(file: File | undefined) {
    setAttempt((n) => n + 1);
    setLoaded(null);
    if (!file) {
      setError(msg`Select a Rally answers file`);
      return;
    }
    if (file.size > MAX_FILE_CHARS) {
      const megabytes = Math.round(MAX_FILE_CHARS / 1_000_000);
      setError(
        msg`The selected file is larger than ${megabytes} MB, so it cannot be a Rally answers file`,
      );
      return;
    }
    const result = parseResponseFile(await file.text(), bank);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setLoaded({ response: result.response, warnings: result.warnings, fileName: file.name });
  }

  if (loaded) {
    const { response } = loaded;
    const count = answeredCount(bank, response.answers);
    return (
      <>
        <BackLink href={paths.import()} />
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">
              <Trans>Check the file before you import it</Trans>
            </h1>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>File</Trans>
                </dt>
                <dd className="govuk-summary-list__value">{loaded.fileName}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Partnership</Trans>
                </dt>
                <dd className="govuk-summary-list__value">
                  {response.about['partnership-name'] || t`Not given`}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Questions answered</Trans>
                </dt>
                <dd className="govuk-summary-list__value">{formatNumber(count, i18n.locale)}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Last changed</Trans>
                </dt>
                <dd className="govuk-summary-list__value">
                  {formatDateTime(response.updatedAt, i18n.locale)}
                </dd>
              </div>
            </dl>
            {loaded.warnings.map((w) => (
              <div className="govuk-inset-text" key={w}>
                {translated(i18n, w)}
              </div>
            ))}
            {replacing && (
              <WarningText>
                {savedCommentCount === 0 ? (
                  <Plural
                    value={savedAnswers}
                    one="Importing replaces the # answer saved on this device. Download it from your results page first if you want to keep it."
                    other="Importing replaces the # answers saved on this device. Download them from your results page first if you want to keep them."
                  />
                ) : savedAnswers === 0 ? (
                  <Plural
                    value={savedCommentCount}
                    one="Importing replaces the # comment saved on this device. Download it from your results page first if you want to keep it."
                    other="Importing replaces the # comments saved on this device. Download them from your results page first if you want to keep them."
                  />
                ) : (
                  <Trans>
                    Importing replaces the{' '}
                    <Plural value={savedAnswers} one="# answer" other="# answers" /> and{' '}
                    <Plural value={savedCommentCount} one="# comment" other="# comments" /> saved on
                    this device. Download them from your results page first if you want to keep
                    them.
                  </Trans>
                )}
              </WarningText>
            )}
            <div className="govuk-button-group">
              <button
                type="button"
                className={`govuk-button${replacing ? ' govuk-button--warning' : ''}`}
                onClick={() => {
                  replaceWithResponse(bank, response);
                  navigate(paths.check());
                }}
              >
                {replacing ? t`Replace my answers with these` : t`Import these answers`}
              </button>
              <a className="govuk-link" href={paths.start()}>
                <Trans>Cancel</Trans>
              </a>
            </div>
          </div>
        </div>
      </>
    );
  }

  return (
    <>
      <BackLink href={paths.start()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={error ? [{ href: '#response-file', text: error }] : []}
            attempt={attempt}
          />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const input = e.currentTarget.elements.namedItem('response-file') as HTMLInputElement;
              void readFile(input.files?.[0]);
            }}
          >
            <FileField
              id="response-file"
              label={t`Import answers from a file`}
              labelAsHeading
              labelSize="l"
              hint={t`Choose a Rally answers file (.json) that you downloaded earlier. It is read on this device and not sent anywhere.`}
              error={error ?? undefined}
            />
            <button type="submit" className="govuk-button">
              <Trans>Continue</Trans>
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
