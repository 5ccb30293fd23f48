/**
 * The room's results: where it agrees and where it does not. Split dimensions and statements
 * come first ("discuss first"); small sector and role groups are never shown. Everything shown
 * comes from one model, buildGroupResultsView, which follows the privacy rule
 * (src/domain/privacy); the sections in results/ only lay it out.
 *
 * What is painted first is the headline: what to discuss first and the table of scores. The
 * chart, every statement's spread and the sections below follow, one part at a time, without
 * holding up the page (ui/deferred.tsx).
 */
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import type { Bank } from '../../domain/bank/bank-schema';
import {
  buildGroupResultsViewInSteps,
  type GroupResultsView,
} from '../../domain/group/results-view';
import { useInSteps } from '../../ui/in-steps';
import { MIN_GROUP_SIZE, fewPeople } from '../../domain/privacy/privacy-rule';
import { paths } from '../../config/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useGroupStore } from '../../state/group-store';
import { BackLink } from '../../ui/back-link';
import { Deferred } from '../../ui/deferred';
import { GroupExports } from './group-exports';
import { AreasSection } from './results/areas-section';
import { GroupBandPractice } from './results/band-practice-section';
import { BreakdownSection } from './results/breakdown-section';
import { CommentsSection } from './results/comments-section';
import { DiscussFirstSection } from './results/discuss-first-section';
import { ShapeSection } from './results/shape-section';
import { NoSession } from './group-gate';
import { WarningText } from '../../ui/warning-text';

/** Up to this many responses, the figures are worked out at once (it takes a moment). */
const IN_ONE_GO = 24;

export function GroupResultsPage({ bank }: { bank: Bank }) {
  const session = useGroupStore((s) => s.session);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const { t } = useLingui();
  useDocumentTitle(session ? t`The group’s results` : null);
  // A large group's figures are worked out a slice at a time, so the page stays responsive.
  const responses = session?.responses.length ?? 0;
  const view = useInSteps(
    () => buildGroupResultsViewInSteps(bank, session ?? { session: { id: '' }, responses: [] }),
    [bank, session],
    responses <= IN_ONE_GO,
  );
  const targets = useMemo(
    () =>
      Object.fromEntries(
        (session?.consensus ?? []).map((c) => [c.dimensionId, c.targetScore ?? null]),
      ),
    [session],
  );
  if (!session) return <NoSession />;
  // Everything above the results needs only the session, so it is drawn at once, while a large
  // group's figures are still being worked out below it: the first screen does not wait for
  // them, and nothing above moves when they arrive. (The view counts everyone in the session.)
  const n = session.responses.length;
  const min = MIN_GROUP_SIZE;
  const top = (
    <>
      <BackLink href={paths.group()} />
      <span className="govuk-caption-xl">{session.session.partnershipName}</span>
      <h1 className="govuk-heading-xl">
        <Trans>The group’s results</Trans>
      </h1>
      <p className="govuk-body-l">
        <Plural value={n} one="From # response." other="From # responses." />{' '}
        <Trans>Scores run from 0 to 100; each area stands on its own.</Trans>
      </p>
      {fewPeople(n) && (
        <WarningText>
          <Trans>
            With fewer than {min} responses, people’s answers may be easy to tell apart. Take care
            when you show these results.
          </Trans>
        </WarningText>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={paths.present('results')}>
          <Trans>Present on a projector</Trans>
        </a>
      </p>
      <GroupExports bank={bank} session={session} aggregate={view?.aggregate ?? null} />
    </>
  );
  // The part above stays where it is (the same elements) when the figures arrive below it.
  return (
    <>
      {top}
      {view ? (
        <>
          <DiscussFirstSection entries={view.discussFirst} />
          <AreasSection
            view={view}
            shown={shown}
            onShownChange={setShown}
            targets={targets}
            then={session.previousCycle && { bank, previous: session.previousCycle }}
          />
          <GroupBandPractice bank={bank} view={view} />
          {/* The view works these parts out when first asked (results-view.ts), each in a
              task of its own before its part is drawn. */}
          <Deferred prepare={[() => view.sectors, () => view.roles]}>
            <BreakdownPart bank={bank} view={view} />
          </Deferred>
          <Deferred prepare={[() => view.types, () => view.modes, () => view.comments]}>
            <ShapePart view={view} />
            <a
              className="govuk-button"
              href={paths.group('consensus')}
              role="button"
              draggable={false}
            >
              <Trans>Record what you agree</Trans>
            </a>
          </Deferred>
        </>
      ) : (
        <div className="app-working-out">
          <p className="govuk-body" role="status">
            <Trans>Working out the group’s results…</Trans>
          </p>
        </div>
      )}
    </>
  );
}

function BreakdownPart({ bank, view }: { bank: Bank; view: GroupResultsView }) {
  return <BreakdownSection bank={bank} sectors={view.sectors} roles={view.roles} />;
}

function ShapePart({ view }: { view: GroupResultsView }) {
  return (
    <>
      <ShapeSection types={view.types} modes={view.modes} />
      <CommentsSection comments={view.comments} />
    </>
  );
}
