/** The facilitator's home: create a session, or see where the current one stands. */
import { zodResolver } from '@hookform/resolvers/zod';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { z } from '../../domain/zod';
import type { Bank } from '../../domain/bank/bank-schema';
import { MAX_SESSION_NAME } from '../../domain/group/session-link';
import {
  parseSessionFile,
  serializeSession,
  type SessionFile,
  type UnreadablePart,
} from '../../domain/group/session';
import { paths } from '../../config/paths';
import { formatDate } from '../../i18n';
import { downloadFile } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { useDocumentTitle } from '../../lib/use-document-title';
import { endSession, restoreSession, startSession } from '../../state/group-actions';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { FileField } from '../../ui/file-field';
import { ErrorSummary } from '../../ui/error-summary';
import { TextField } from '../../ui/text-fields';
import { sessionFileName } from './group-files';
import { translated } from '../../domain/said';

/** The form's rules, with its messages in the language in use. */
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

/** What the facilitator is told after opening a session file that was not read in full. */
type Opened = { warnings: string[]; unreadable: UnreadablePart[] };

function CreateSession({ bank, onOpened }: { bank: Bank; onOpened: (opened: Opened) => void }) {
  const [attempt, setAttempt] = useState(0);
  const [fileError, setFileError] = useState<string | null>(null);
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
  useDocumentTitle(t`Run a group session`, links.length > 0 || fileError !== null);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={[
            ...links,
            ...(fileError ? [{ href: '#session-file', text: translated(i18n, fileError) }] : []),
          ]}
          attempt={attempt}
        />
        <h1 className="govuk-heading-l">
          <Trans>Run a group session</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            Each person answers on their own phone or laptop, or in turn on one device. They hand
            their answers to you as a file or a short code, and this browser puts them together.
            Nothing goes through a server.
          </Trans>
        </p>
        <p className="govuk-body">
          <Trans>
            <a className="govuk-link" href={paths.group('guide')}>
              Read the facilitator’s guide
            </a>{' '}
            before your first session.
          </Trans>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={paths.pack()}>
            <Trans>Facilitator pack to print: agenda, handout and action-plan template</Trans>
          </a>
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            setAttempt((n) => n + 1);
            void form.handleSubmit((v) =>
              startSession(bank, {
                id: randomId(),
                partnershipName: v.partnershipName,
                date: v.date,
                ...(v.label ? { label: v.label } : {}),
              }),
            )(e);
          }}
        >
          <h2 className="govuk-heading-m">
            <Trans>Create a session</Trans>
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
            hint={t`For example, Board away day`}
            error={errors.label?.message}
            registration={form.register('label')}
            width="two-thirds"
            limit={MAX_SESSION_NAME}
          />
          <button type="submit" className="govuk-button">
            <Trans>Create session</Trans>
          </button>
        </form>
        <h2 className="govuk-heading-m">
          <Trans>Or open a saved session</Trans>
        </h2>
        <FileField
          id="session-file"
          label={t`Upload a Rally session file`}
          error={fileError === null ? undefined : translated(i18n, fileError)}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setAttempt((n) => n + 1);
            let text: string;
            try {
              text = await file.text();
            } catch {
              setFileError(
                t`The file could not be opened. It may have been moved, renamed or deleted since it was chosen. Choose it again.`,
              );
              return;
            }
            const result = parseSessionFile(text, bank);
            if (result.ok) {
              setFileError(null);
              onOpened({ warnings: result.warnings, unreadable: result.unreadable });
              restoreSession(result.session);
            } else setFileError(result.message);
          }}
        />
        <h2 className="govuk-heading-m">
          <Trans>Or start the next cycle</Trans>
        </h2>
        <p className="govuk-body">
          <Trans>
            Months after a session, start the next one from its file: its actions come across for
            review, and what the group agreed and aimed for is shown beside the new results.
          </Trans>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={paths.cycle('start')}>
            <Trans>Start the next cycle from an earlier session file</Trans>
          </a>
        </p>
      </div>
    </div>
  );
}

/**
 * After opening a session file: what could not be read (each with the reason, and all of it
 * to download, so nothing in the file is lost) and any warnings.
 */
function OpenedReport({ opened, session }: { opened: Opened; session: SessionFile }) {
  const { unreadable, warnings } = opened;
  const { t, i18n } = useLingui();
  const parts = unreadable.length;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="opened-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="opened-title">
          <Trans>Important</Trans>
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {unreadable.length > 0 && (
          <>
            <p className="govuk-notification-banner__heading">
              <Plural
                value={parts}
                one="The session opened, but # part of the file could not be read and is left out."
                other="The session opened, but # parts of the file could not be read and are left out."
              />
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {unreadable.map((u) => (
                <li key={u.what}>
                  {translated(i18n, u.what)}: {translated(i18n, u.message)}
                </li>
              ))}
            </ul>
            <p className="govuk-body">
              <Trans>
                The file you opened has not changed. You can also download what could not be read,
                to keep it or to ask for help with it.
              </Trans>
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() =>
                downloadFile(
                  exportFileName(
                    `${t`session`} ${session.session.partnershipName} ${t`not read`}`,
                    session.session.date,
                    'json',
                  ),
                  `${JSON.stringify(
                    unreadable.map((u) => ({
                      part: u.what,
                      problem: u.message,
                      data: u.text ? (JSON.parse(u.text) as unknown) : null,
                    })),
                    null,
                    2,
                  )}\n`,
                )
              }
            >
              <Trans>Download what could not be read</Trans>
            </button>
          </>
        )}
        {warnings.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {warnings.map((w) => (
              <li key={w}>{translated(i18n, w)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

export function GroupHomePage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const handedIn = useGroupStore((s) => s.handedIn.length);
  const { t, i18n } = useLingui();
  const partnershipName = session?.session.partnershipName ?? '';
  useDocumentTitle(session ? t`Group session: ${partnershipName}` : t`Run a group session`);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [opened, setOpened] = useState<Opened | null>(null);
  if (!session)
    return (
      <>
        <BackLink href={paths.start()} />
        <CreateSession bank={bank} onOpened={setOpened} />
      </>
    );
  const n = session.responses.length;
  return (
    <>
      <BackLink href={paths.start()} />
      <span className="govuk-caption-l">
        <Trans>Group session</Trans> · {formatDate(session.session.date, i18n.locale)}
        {session.session.label ? ` · ${session.session.label}` : ''}
      </span>
      <h1 className="govuk-heading-l">{session.session.partnershipName}</h1>
      {opened && (opened.unreadable.length > 0 || opened.warnings.length > 0) && (
        <OpenedReport opened={opened} session={session} />
      )}
      <p className="govuk-body-l" id="respondent-count">
        <Plural value={n} one="# response so far." other="# responses so far." />
        {handedIn > 0 && ' '}
        {handedIn > 0 && (
          <Plural
            value={handedIn}
            one="# more handed in on this device."
            other="# more handed in on this device."
          />
        )}
      </p>
      <ol className="govuk-list govuk-list--number govuk-list--spaced">
        <li>
          <a className="govuk-link" href={paths.group('share')}>
            <Trans>Show the participant link and QR code</Trans>
          </a>
        </li>
        <li>
          <Trans>
            <a className="govuk-link" href={paths.group('add')}>
              Add responses
            </a>{' '}
            from files, codes or this device
          </Trans>
        </li>
        {session.actions.some((a) => a.carriedFrom !== undefined) && (
          <li>
            <a className="govuk-link" href={paths.cycle('review')}>
              <Trans>Review the actions from last time</Trans>
            </a>
          </li>
        )}
        <li>
          <a className="govuk-link" href={paths.group('results')}>
            <Trans>See the group’s results</Trans>
          </a>
        </li>
        <li>
          <a className="govuk-link" href={paths.group('consensus')}>
            <Trans>Record what you agree and the actions</Trans>
          </a>
        </li>
        <li>
          <a className="govuk-link" href={paths.group('compare')}>
            <Trans>Compare with an earlier session</Trans>
          </a>
        </li>
      </ol>
      <p className="govuk-body">
        <a className="govuk-link" href={paths.group('guide')}>
          <Trans>Facilitator’s guide</Trans>
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={paths.cycle('start')}>
          <Trans>Start the next cycle from an earlier session file</Trans>
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={paths.present('home')}>
          <Trans>Present on a projector</Trans>
        </a>
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={paths.pack()}>
          <Trans>Facilitator pack to print: agenda, handout and action-plan template</Trans>
        </a>
      </p>
      <h2 className="govuk-heading-m">
        <Trans>Pass this device round</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          If people will answer in turn on this device, set it up first. You choose a passcode, the
          group pages close, and each person hands in on the device for you before passing it on.
        </Trans>
      </p>
      <a
        className="govuk-button govuk-button--secondary"
        href={paths.group('pass')}
        role="button"
        draggable={false}
      >
        <Trans>Pass this device round</Trans>
      </a>
      <h2 className="govuk-heading-m">
        <Trans>Keep the session</Trans>
      </h2>
      <p className="govuk-body">
        <Trans>
          The session is saved in this browser. Save it as a file to keep it safe or to carry on
          elsewhere.
        </Trans>
      </p>
      <p className="govuk-body" id="session-file-note">
        <Trans>
          The session file holds everyone’s answers and comments in full, so that you can open the
          session again. Keep it to yourself. To share the results, use the group PDF or
          spreadsheet, which leave out anything that could pick someone out.
        </Trans>
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() =>
            downloadFile(sessionFileName(session, t`session`), serializeSession(session))
          }
        >
          <Trans>Save the session file</Trans>
        </button>
        {!confirmEnd ? (
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            onClick={() => setConfirmEnd(true)}
          >
            <Trans>End the session on this device</Trans>
          </button>
        ) : (
          <>
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              onClick={() => endSession()}
            >
              <Trans>Yes, delete this session from this device</Trans>
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => setConfirmEnd(false)}
            >
              <Trans>Keep the session</Trans>
            </button>
          </>
        )}
      </div>
    </>
  );
}
