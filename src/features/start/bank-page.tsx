/**
 * Use a different question bank: load a `rally-bank` file, see every problem listed by its
 * place in the file, or see what it holds and switch to it. Each bank keeps its own answers.
 */
import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
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
import { formatNumber } from '../../i18n';
import { translated } from '../../domain/said';

const SHOWN_PROBLEMS = 25;

/**
 * The reader's messages about the file as a whole, in the language in use. A problem inside a
 * bank (a question's id, a missing text) comes from the checker as English and is shown in the
 * language in use with `translated` (src/domain/said.ts).
 */
const FILE_PROBLEMS = new Map<string, MessageDescriptor>([
  [
    BANK_FILE_MESSAGES.notJson,
    msg`The file could not be read. It may be damaged, or it may not be a question bank file`,
  ],
  [BANK_FILE_MESSAGES.notBank, msg`The file is not a Rally question bank file`],
  [
    BANK_FILE_MESSAGES.newer,
    msg`The file was made with a newer version of Rally. Open it in the latest version of Rally`,
  ],
  [
    BANK_FILE_MESSAGES.noVersion,
    msg`The file is damaged or was changed by hand: it does not say which version of Rally made it`,
  ],
  [
    BANK_FILE_MESSAGES.noSections,
    msg`The file is damaged or was changed by hand: it has no list of sections`,
  ],
]);

export function BankPage({ bank, builtIn }: { bank: Bank; builtIn: Bank }) {
  const { t, i18n } = useLingui();
  const [found, setProblems] = useState<(string | MessageDescriptor)[]>([]);
  const problems = found.map((p) => {
    if (typeof p !== 'string') return i18n._(p);
    if (p === BANK_FILE_MESSAGES.tooLarge) {
      const limit = formatNumber(MAX_BANK_BUNDLE_CHARS, i18n.locale);
      return t`The file is larger than ${limit} characters, too large to be a question bank`;
    }
    const known = FILE_PROBLEMS.get(p);
    return known ? i18n._(known) : translated(i18n, p);
  });
  const [candidate, setCandidate] = useState<{
    bank: Bank;
    text: string;
    translations: Parameters<typeof chooseCustomBank>[2];
  } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [switchError, setSwitchError] = useState<string | null>(null);
  useDocumentTitle(t`Question bank`, problems.length > 0 || switchError !== null);
  const usingBuiltIn = bank === builtIn;
  const inUseLang = bankLanguage(bank);
  const { title: inUseTitle, version: inUseVersion } = bank;

  async function read(file: File | undefined) {
    setAttempt((n) => n + 1);
    setCandidate(null);
    if (!file) return setProblems([msg`Select a Rally question bank file`]);
    if (file.size > MAX_BANK_BUNDLE_CHARS) return setProblems([BANK_FILE_MESSAGES.tooLarge]);
    const text = await file.text();
    const parsed = parseBankBundle(text);
    if (!parsed.ok) return setProblems(parsed.problems.map(describeBankProblem));
    setProblems([]);
    setCandidate({ bank: parsed.bank, text, translations: parsed.translations });
  }

  const summary = candidate ? summariseBank(candidate.bank) : null;
  const statements = summary?.agreementItems ?? 0;
  const choiceQuestions = summary?.choiceItems ?? 0;
  const moreProblems = problems.length - SHOWN_PROBLEMS;
  const problemCount = problems.length;
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
                      text: plural(moreProblems, {
                        one: 'and # more problem',
                        other: 'and # more problems',
                      }),
                    },
                  ]
                : []),
            ]}
            attempt={attempt}
          />
          <h1 className="govuk-heading-l">
            <Trans>Question bank</Trans>
          </h1>
          <p className="govuk-body">
            {usingBuiltIn ? (
              <Trans>
                In use: <strong lang={inUseLang}>{inUseTitle}</strong>, version {inUseVersion}{' '}
                (built in).
              </Trans>
            ) : (
              <Trans>
                In use: <strong lang={inUseLang}>{inUseTitle}</strong>, version {inUseVersion}{' '}
                (loaded from a file).
              </Trans>
            )}
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
              <Trans>Go back to the built-in question bank</Trans>
            </button>
          )}
          <h2 className="govuk-heading-m">
            <Trans>Use a different question bank</Trans>
          </h2>
          <p className="govuk-body">
            <Trans>
              An organisation can adapt the questions, for example to shorten them or to translate
              them, as a question bank file. The file is checked in full before anything changes.
              Answers given with each bank are kept apart, so switching does not lose any.
            </Trans>
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
                  <dt className="govuk-summary-list__key">
                    <Trans>Title</Trans>
                  </dt>
                  <dd className="govuk-summary-list__value">{candidate.bank.title}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">
                    <Trans>Identifier and version</Trans>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    {candidate.bank.id} {candidate.bank.version}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">
                    <Trans>Sections</Trans>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    {formatNumber(summary.sections, i18n.locale)}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">
                    <Trans>Questions</Trans>
                  </dt>
                  <dd className="govuk-summary-list__value">
                    <Trans>
                      <Plural value={statements} one="# statement" other="# statements" /> and{' '}
                      <Plural
                        value={choiceQuestions}
                        one="# choice question"
                        other="# choice questions"
                      />
                    </Trans>
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
                  <Trans>Use this question bank</Trans>
                </button>
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => setCandidate(null)}
                >
                  <Trans>Choose another file</Trans>
                </button>
              </div>
            </>
          ) : (
            <FileField
              id="bank-file"
              label={t`Upload a question bank file (.json)`}
              labelSize="s"
              hint={t`Use the file you were given by whoever adapted the questions for your organisation.`}
              error={
                problems.length > 0
                  ? plural(problemCount, {
                      one: 'The file has # problem, listed above',
                      other: 'The file has # problems, listed above',
                    })
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
