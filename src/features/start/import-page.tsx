/**
 * Import a response file: read it, validate it against the bank, show what it holds, and ask
 * before replacing answers already saved. Nothing changes until the user confirms.
 */
import { useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { isAnswered } from '../../domain/answers/answer-schema';
import { allItems } from '../../domain/bank/bank-queries';
import { countOf, listInWords } from '../../domain/report/counts';
import { MAX_FILE_CHARS, parseResponseFile } from '../../domain/response/response-file';
import type { ResponseEnvelope } from '../../domain/response/response-schema';
import { paths } from '../../config/paths';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { replaceWithResponse } from '../../state/assessment-actions';
import { useAssessmentStore } from '../../state/assessment-store';
import { BackLink } from '../../ui/back-link';
import { FileField } from '../../ui/file-field';
import { ErrorSummary } from '../../ui/error-summary';

type Loaded = { response: ResponseEnvelope; warnings: string[]; fileName: string };

function answeredCount(bank: Bank, answers: Record<string, unknown>) {
  return allItems(bank).filter((i) => isAnswered(i, answers[i.id] as never)).length;
}

export function ImportPage({ bank }: { bank: Bank }) {
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const saved = useAssessmentStore((s) => s.answers);
  const savedComments = useAssessmentStore((s) => s.comments);
  // Anything typed counts: a draft with only comments is replaced too.
  const savedAnswers = answeredCount(bank, saved);
  const savedCommentCount = Object.values(savedComments).filter((c) => c.trim() !== '').length;
  const savedParts = [
    ...(savedAnswers > 0 ? [countOf(savedAnswers, 'answer', 'answers')] : []),
    ...(savedCommentCount > 0 ? [countOf(savedCommentCount, 'comment', 'comments')] : []),
  ];
  const replacing = savedParts.length > 0;
  useDocumentTitle(
    loaded ? 'Check the file before you import it' : 'Import answers from a file',
    error !== null,
  );

  async function readFile(file: File | undefined) {
    setAttempt((n) => n + 1);
    setLoaded(null);
    if (!file) {
      setError('Select a Rally answers file');
      return;
    }
    if (file.size > MAX_FILE_CHARS) {
      setError(
        `The selected file is larger than ${Math.round(MAX_FILE_CHARS / 1_000_000)} MB, so it cannot be a Rally answers file`,
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
            <h1 className="govuk-heading-l">Check the file before you import it</h1>
            <dl className="govuk-summary-list">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">File</dt>
                <dd className="govuk-summary-list__value">{loaded.fileName}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Partnership</dt>
                <dd className="govuk-summary-list__value">
                  {response.about['partnership-name'] || 'Not given'}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Questions answered</dt>
                <dd className="govuk-summary-list__value">{count}</dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Last changed</dt>
                <dd className="govuk-summary-list__value">
                  {new Date(response.updatedAt).toLocaleString('en-GB')}
                </dd>
              </div>
            </dl>
            {loaded.warnings.map((w) => (
              <div className="govuk-inset-text" key={w}>
                {w}
              </div>
            ))}
            {replacing && (
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  Importing replaces the {listInWords(savedParts)} saved on this device. Download
                  them from your results page first if you want to keep them.
                </strong>
              </div>
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
                {replacing ? 'Replace my answers with these' : 'Import these answers'}
              </button>
              <a className="govuk-link" href={paths.start()}>
                Cancel
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
              label="Import answers from a file"
              labelAsHeading
              labelSize="l"
              hint="Choose a Rally answers file (.json) that you downloaded earlier. It is read on this device and not sent anywhere."
              error={error ?? undefined}
            />
            <button type="submit" className="govuk-button">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
