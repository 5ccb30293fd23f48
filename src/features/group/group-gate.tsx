/**
 * What every facilitator page checks before it shows a session: while the device is being
 * passed round, the closed page (until the facilitator enters the passcode); and a session made
 * with another question bank cannot be worked with under this one.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { isLocked, useDeviceLockStore } from '../../state/device-lock';
import { useGroupStore } from '../../state/group-store';

/** A session's answers only make sense with the bank they were given to. */
export function OtherBank({ bank, sessionBank }: { bank: Bank; sessionBank: string }) {
  const { t } = useLingui();
  useDocumentTitle(t`This session uses another question bank`);
  const bankNow = `${bank.id} ${bank.version}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>This session uses another question bank</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            The group session on this device was made with the question bank {sessionBank}, but the
            bank in use now is {bankNow}. Switch back to that bank to work with the session.
          </Trans>
        </p>
        <a className="govuk-button" href={paths.bank()} role="button" draggable={false}>
          <Trans>Choose the question bank</Trans>
        </a>
      </div>
    </div>
  );
}

/**
 * A facilitator page with no session to show. `needsAnswers`: the page shows the answers people
 * hand in, so the way on says to add them too.
 */
export function NoSession({ needsAnswers = false }: { needsAnswers?: boolean }) {
  const { t } = useLingui();
  useDocumentTitle(t`There is no group session on this device`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>There is no group session on this device</Trans>
        </h1>
        <p className="govuk-body">
          {needsAnswers ? (
            <Trans>
              <a className="govuk-link" href={paths.group()}>
                Create a session or open a saved one
              </a>
              , then add the answers people hand in.
            </Trans>
          ) : (
            <Trans>
              <a className="govuk-link" href={paths.group()}>
                Create a session or open a saved one
              </a>
              .
            </Trans>
          )}
        </p>
      </div>
    </div>
  );
}

/** `sessionBank` for `OtherBank`: the bank the saved session was made with. */
const bankOf = (session: { bankId: string; bankVersion: string }) =>
  `${session.bankId} ${session.bankVersion}`;

/** `children`, or the closed page (`locked`) or the other-bank page in its place. */
export function GroupGate({
  bank,
  locked,
  children,
}: {
  bank: Bank;
  /** The closed page, drawn while the device is being passed round. */
  locked: ReactNode;
  children: ReactNode;
}) {
  const session = useGroupStore((s) => s.session);
  const isClosed = useDeviceLockStore(isLocked);
  if (isClosed) return locked;
  if (session && session.bankId !== bank.id)
    return <OtherBank bank={bank} sessionBank={bankOf(session)} />;
  return children;
}
