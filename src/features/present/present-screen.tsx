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
import { useGroupStore } from '../../state/group-store';
import { GroupGate, NoSession } from '../group/group-gate';
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
  if (view === 'pack') return <PackPage bank={bank} />;
  return (
    <GroupGate bank={bank} locked={<Closed />}>
      {session ? (
        <ProjectorPage bank={bank} session={session} from={from} />
      ) : (
        <NoSession needsAnswers />
      )}
    </GroupGate>
  );
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
