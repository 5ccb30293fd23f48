/**
 * The facilitator's presenting pages, fetched together as one chunk: the projector view
 * (#/group/present) and the facilitator pack (#/group/pack).
 *
 * While the device is passed round, the projector is closed as every group page with answers
 * is (the group page asks for the passcode); the pack holds nobody's answers, so it stays open,
 * as the facilitator's guide does.
 */
import { Trans, useLingui } from '@lingui/react/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import { paths, type PresentFrom } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { isLocked, useDeviceLockStore } from '../../state/device-lock';
import { useGroupStore } from '../../state/group-store';
import { PackPage } from './pack-page';
import { ProjectorPage } from './projector-page';

export function PresentScreen({
  bank,
  view,
  from,
}: {
  bank: Bank;
  view: 'projector' | 'pack';
  from: PresentFrom;
}) {
  const session = useGroupStore((s) => s.session);
  const locked = useDeviceLockStore(isLocked);
  if (view === 'pack') return <PackPage bank={bank} />;
  if (locked) return <Closed />;
  if (!session) return <NoSession />;
  if (session.bankId !== bank.id) return <OtherBank />;
  return <ProjectorPage bank={bank} session={session} from={from} />;
}

function Closed() {
  const { t } = useLingui();
  useDocumentTitle(t`The group pages are closed`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>The group pages are closed</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            This device is being passed round, so the projector view is closed. To open it, enter
            the passcode on the{' '}
            <a className="govuk-link" href={paths.group()}>
              group page
            </a>
            .
          </Trans>
        </p>
      </div>
    </div>
  );
}

function NoSession() {
  const { t } = useLingui();
  useDocumentTitle(t`There is no group session on this device`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>There is no group session on this device</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            <a className="govuk-link" href={paths.group()}>
              Create a session or open a saved one
            </a>
            , then add the answers people hand in.
          </Trans>
        </p>
      </div>
    </div>
  );
}

function OtherBank() {
  const { t } = useLingui();
  useDocumentTitle(t`This session uses another question bank`);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">
          <Trans>This session uses another question bank</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>
            The session on this device was made with another question bank.{' '}
            <a className="govuk-link" href={paths.group()}>
              Go to the group page
            </a>{' '}
            to switch back to it.
          </Trans>
        </p>
      </div>
    </div>
  );
}
