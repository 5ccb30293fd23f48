import { Trans } from '@lingui/react/macro';
/**
 * Use a different question bank: load a `rally-bank` file, see every problem listed by its
 * place in the file, or see what it holds and switch to it. Each bank keeps its own answers.
 */
import { useState } from 'react';
import {
  BANK_FILE_MESSAGES,
  MAX_BANK_BUNDLE_CHARS,
  parseBankBundle,
} from '../../domain/bank/bank-bundle';
import { describeBankProblem } from '../../domain/bank/parse-bank';
import type { Bank } from '../../domain/bank/bank-schema';
import { summariseBank } from '../../domain/bank/bank-summary';
import { paths } from '../../config/paths';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { chooseBuiltInBank, chooseCustomBank } from '../../state/bank-store';
import { BackLink } from '../../ui/back-link';
import { FileField } from '../../ui/file-field';
import { bankLanguage } from '../../domain/bank/bank-texts';
import { ErrorSummary } from '../../ui/error-summary';
import { countOf } from '../../domain/report/counts';

const SHOWN_PROBLEMS = 25;

export function BankPage({ bank, builtIn }: { bank: Bank; builtIn: Bank }) {
  const [problems, setProblems] = useState<string[]>([]);
  const [candidate, setCandidate] = useState<{
    bank: Bank;
    text: string;
    translations: Parameters<typeof chooseCustomBank>[2];
  } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [switchError, setSwitchError] = useState<string | null>(null);
  useDocumentTitle('Question bank', problems.length > 0 || switchError !== null);
  const usingBuiltIn = bank === builtIn;

  async function read(file: File | undefined) {
    setAttempt((n) => n + 1);
    setCandidate(null);
    if (!file) return setProblems(['Select a Rally question bank file']);
    if (file.size > MAX_BANK_BUNDLE_CHARS) return setProblems([BANK_FILE_MESSAGES.tooLarge]);
    const text = await file.text();
    const parsed = parseBankBundle(text);
    if (!parsed.ok) return setProblems(parsed.problems.map(describeBankProblem));
    setProblems([]);
    setCandidate({ bank: parsed.bank, text, translations: parsed.translations });
  }

  const summary = candidate ? summariseBank(candidate.bank) : null;
  return (
    <>
      <BackLink href={paths.about()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={[
              ...(switchError ? [{ href: '#save-warning-title', text: switchError }] : []),
              ...problems.slice(0, SHOWN_PROBLEMS).map((text) => ({ href: '#bank-file', text })),
              ...(problems.length > SHOWN_PROBLEMS
                ? [
                    {
                      href: '#bank-file',
                      text: `and ${problems.length - SHOWN_PROBLEMS} more problems`,
                    },
                  ]
                : []),
            ]}
            attempt={attempt}
          />
          <h1 className="govuk-heading-l">Question bank</h1>
          <p className="govuk-body">
            In use: <strong lang={bankLanguage(bank)}>{bank.title}</strong>, version {bank.version}{' '}
            ({usingBuiltIn ? 'built in' : 'loaded from a file'}).
          </p>
          {!usingBuiltIn && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                setAttempt((n) => n + 1);
                const error = chooseBuiltInBank(builtIn);
                setSwitchError(error);
                if (error === null) navigate(paths.tasks());
              }}
            >
              Go back to the built-in question bank
            </button>
          )}
          <h2 className="govuk-heading-m">Use a different question bank</h2>
          <p className="govuk-body">
            An organisation can adapt the questions, for example to shorten them or to translate
            them, as a question bank file. The file is checked in full before anything changes.
            Answers given with each bank are kept apart, so switching does not lose any.
          </p>
          <p className="govuk-body">
            <Trans>
              A question bank file may have its texts in English and Welsh, or in English only. A
              bank in English only is shown in English when you use Rally in Welsh.
            </Trans>
          </p>
          {candidate && summary ? (
            <>
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Title</dt>
                  <dd className="govuk-summary-list__value">{candidate.bank.title}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Identifier and version</dt>
                  <dd className="govuk-summary-list__value">
                    {candidate.bank.id} {candidate.bank.version}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Sections</dt>
                  <dd className="govuk-summary-list__value">{summary.sections}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Questions</dt>
                  <dd className="govuk-summary-list__value">
                    {countOf(summary.agreementItems, 'statement', 'statements')} and{' '}
                    {countOf(summary.choiceItems, 'choice question', 'choice questions')}
                  </dd>
                </div>
              </dl>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button"
                  onClick={() => {
                    setAttempt((n) => n + 1);
                    const error = chooseCustomBank(
                      candidate.bank,
                      candidate.text,
                      candidate.translations,
                    );
                    setSwitchError(error);
                    if (error === null) navigate(paths.tasks());
                  }}
                >
                  Use this question bank
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => setCandidate(null)}
                >
                  Choose another file
                </button>
              </div>
            </>
          ) : (
            <FileField
              id="bank-file"
              label="Upload a question bank file (.json)"
              labelSize="s"
              hint="Use the file you were given by whoever adapted the questions for your organisation."
              error={
                problems.length > 0
                  ? `The file has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}, listed above`
                  : undefined
              }
              onChange={(e) => void read(e.target.files?.[0])}
            />
          )}
        </div>
      </div>
    </>
  );
}
