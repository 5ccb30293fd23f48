/**
 * Start the next cycle: choose the session file saved last time (or one person's answers file),
 * check what comes across, and start a new session whose actions are the earlier ones, ready
 * for review, and whose targets start as the earlier targets. A file that cannot be used
 * changes nothing. A session already open on this device is replaced only after the
 * facilitator has been told so and offered its file.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { z } from '../../domain/zod';
import type { Bank } from '../../domain/bank/bank-schema';
import { MAX_SESSION_NAME } from '../../domain/group/session-link';
import { serializeSession } from '../../domain/group/session';
import { readEarlierCycle, summariseEarlier } from '../../domain/plan/next-cycle';
import type { EarlierCycle } from '../../domain/plan/previous-cycle';
import { formatScore } from '../../domain/report/report-format';
import { translated } from '../../domain/said';
import { paths } from '../../config/paths';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { formatDate } from '../../i18n';
import { navigate } from '../../lib/hash-router';
import { useDocumentTitle } from '../../lib/use-document-title';
import { startNextCycleSession } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary } from '../../ui/error-summary';
import { FileField } from '../../ui/file-field';
import { TextField } from '../../ui/text-fields';
import { WarningText } from '../../ui/warning-text';

/** Larger files are refused unread (the session file's own limit). */
const MAX_EARLIER_FILE_BYTES = 30_000_000;

function useFormSchema() {
  const { t } = useLingui();
  const max = MAX_SESSION_NAME;
  return useMemo(
    () =>
      z.object({
        partnershipName: z
          .string({ error: t`Enter the partnership’s name` })
          .check(
            z.trim(),
            z.minLength(1, t`Enter the partnership’s name`),
            z.maxLength(max, t`The partnership’s name must be ${max} characters or fewer`),
          ),
        date: z.iso.date({
          error: t`Enter the date of the session as a real date, like 2026-03-01`,
        }),
        label: z
          .string({ error: t`Enter a session label, or leave it blank` })
          .check(
            z.trim(),
            z.maxLength(max, t`The session label must be ${max} characters or fewer`),
          ),
      }),
    [t, max],
  );
}
type FormValues = z.infer<ReturnType<typeof useFormSchema>>;

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now().toString(36)}`;
}

type Chosen = { earlier: EarlierCycle; warnings: string[]; unreadable: number };

export function NextCyclePage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { t, i18n } = useLingui();
  const schema = useFormSchema();
  const form = useForm<FormValues>({
    defaultValues: { partnershipName: '', date: new Date().toISOString().slice(0, 10), label: '' },
    resolver: zodResolver(schema) as unknown as Resolver<FormValues>,
    shouldFocusError: false,
  });
  const errors = form.formState.errors;
  const links = (['partnershipName', 'date', 'label'] as const)
    .filter((k) => errors[k]?.message)
    .map((k) => ({ href: `#${k}`, text: errors[k]!.message! }));
  useDocumentTitle(t`Start the next cycle`, links.length > 0 || fileError !== null);
  const summary = chosen ? summariseEarlier(bank, chosen.earlier) : null;
  const openName = session?.session.partnershipName ?? '';
  const openCount = session?.responses.length ?? 0;

  return (
    <>
      <BackLink href={paths.group()} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            errors={[
              ...(fileError ? [{ href: '#earlier-file', text: translated(i18n, fileError) }] : []),
              ...links,
            ]}
            attempt={attempt}
          />
          <h1 className="govuk-heading-l">
            <Trans>Start the next cycle</Trans>
          </h1>
          <p className="govuk-body">
            <Trans>
              Start a new session from the session file you saved last time. Its actions come across
              for the group to review, and its targets become the starting targets. What the group
              agreed last time is shown beside the new results.
            </Trans>
          </p>
          <p className="govuk-body">
            <Trans>
              You can also start from one person’s answers file. Their own scores, targets and
              actions then stand for last time.
            </Trans>
          </p>
          {session && (
            <WarningText id="open-session-warning">
              <Trans>
                A session is open on this device: {openName}, with{' '}
                <Plural value={openCount} one="# response" other="# responses" />. Starting the next
                cycle replaces it. Save its file first if you want to keep it.
              </Trans>
            </WarningText>
          )}
          {session && (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() =>
                downloadFile(
                  exportFileName(
                    `${t`session`} ${session.session.partnershipName}`,
                    session.session.date,
                    'json',
                  ),
                  serializeSession(session),
                )
              }
            >
              <Trans>Save the open session’s file</Trans>
            </button>
          )}
          <FileField
            id="earlier-file"
            label={t`Upload the earlier session file`}
            labelSize="m"
            hint={t`The file you saved at the end of the last session, or one person’s answers file.`}
            error={fileError === null ? undefined : translated(i18n, fileError)}
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              setAttempt((n) => n + 1);
              if (file.size > MAX_EARLIER_FILE_BYTES) {
                setChosen(null);
                setFileError(t`The file is too large to be a Rally file.`);
                return;
              }
              let text: string;
              try {
                text = await file.text();
              } catch {
                setChosen(null);
                setFileError(
                  t`The file could not be opened. It may have been moved, renamed or deleted since it was chosen. Choose it again.`,
                );
                return;
              }
              const read = readEarlierCycle(bank, text);
              if (!read.ok) {
                setChosen(null);
                setFileError(read.message);
                return;
              }
              setFileError(null);
              setChosen({
                earlier: read.earlier,
                warnings: read.warnings,
                unreadable: read.unreadable,
              });
              const name = read.earlier.previous.name;
              if (name !== undefined)
                form.setValue('partnershipName', name.slice(0, MAX_SESSION_NAME));
            }}
          />
        </div>
      </div>
      {chosen && summary && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m" id="what-comes-across">
              <Trans>Check what comes across</Trans>
            </h2>
            <dl className="govuk-summary-list" id="earlier-summary">
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Last time</Trans>
                </dt>
                <dd className="govuk-summary-list__value">
                  {summary.kind === 'session' ? summary.name : <Trans>One person’s answers</Trans>}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Date</Trans>
                </dt>
                <dd className="govuk-summary-list__value">
                  {formatDate(summary.date, i18n.locale)}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Actions to review</Trans>
                </dt>
                <dd className="govuk-summary-list__value">
                  {summary.actions === 0 ? (
                    <Trans>None</Trans>
                  ) : summary.open === 0 ? (
                    <Plural
                      value={summary.actions}
                      one="# action, done or dropped"
                      other="# actions, all done or dropped"
                    />
                  ) : (
                    <>
                      <Plural value={summary.actions} one="# action" other="# actions" />
                      {', '}
                      <Plural value={summary.open} one="# still open" other="# still open" />
                    </>
                  )}
                </dd>
              </div>
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">
                  <Trans>Targets</Trans>
                </dt>
                <dd className="govuk-summary-list__value">
                  {summary.targets.length === 0 ? (
                    <Trans>None were set</Trans>
                  ) : (
                    <ul className="govuk-list">
                      {summary.targets.map((x) => {
                        const name = x.name;
                        const score = formatScore(x.target);
                        const band = x.band?.label ?? '';
                        return (
                          <li key={x.dimensionId}>
                            <Trans>
                              {name}: {score} ({band})
                            </Trans>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
            {chosen.unreadable > 0 && (
              <p className="govuk-body" id="earlier-unreadable">
                <Plural
                  value={chosen.unreadable}
                  one="# part of the earlier file could not be read, so it does not come across. Open the file on the group session page to see why."
                  other="# parts of the earlier file could not be read, so they do not come across. Open the file on the group session page to see why."
                />
              </p>
            )}
            {chosen.warnings.length > 0 && (
              <ul className="govuk-list govuk-list--bullet">
                {chosen.warnings.map((w) => (
                  <li key={w}>{translated(i18n, w)}</li>
                ))}
              </ul>
            )}
            <p className="govuk-body">
              <Trans>
                The group can change the targets when it records what it agrees. Nobody’s answers
                come across: everyone answers again in this cycle.
              </Trans>
            </p>
            <form
              noValidate
              onSubmit={(e) => {
                setAttempt((n) => n + 1);
                void form.handleSubmit((v) => {
                  startNextCycleSession(bank, chosen.earlier, {
                    id: randomId(),
                    partnershipName: v.partnershipName,
                    date: v.date,
                    ...(v.label ? { label: v.label } : {}),
                  });
                  navigate(paths.cycle('review'));
                })(e);
              }}
            >
              <h2 className="govuk-heading-m">
                <Trans>This session</Trans>
              </h2>
              <TextField
                id="partnershipName"
                label={t`Partnership name`}
                hint={t`Shown to everyone who joins. Do not include anyone’s personal details.`}
                error={errors.partnershipName?.message}
                registration={form.register('partnershipName')}
                width="two-thirds"
                limit={MAX_SESSION_NAME}
              />
              <TextField
                id="date"
                label={t`Date of the session`}
                hint={t`For example, 2026-03-01`}
                error={errors.date?.message}
                registration={form.register('date')}
                width="one-half"
              />
              <TextField
                id="label"
                label={t`Session label (optional)`}
                hint={t`For example, Cycle two`}
                error={errors.label?.message}
                registration={form.register('label')}
                width="two-thirds"
                limit={MAX_SESSION_NAME}
              />
              <button type="submit" className="govuk-button">
                {session ? (
                  <Trans>Replace the open session and start the next cycle</Trans>
                ) : (
                  <Trans>Start the next cycle</Trans>
                )}
              </button>
            </form>
          </div>
        </div>
      )}
    </>
  );
}
