/**
 * Everything the group results page shows, worked out in one place from the session, so that
 * the page only lays it out and a test can check exactly what a projector would show.
 *
 * Privacy (src/domain/privacy): respondents appear only as the labelled people of people.ts, in
 * an order unrelated to arrival; per-person radar lines are offered only with at least 3
 * respondents and never name a sector or role; sector and role views suppress groups under 3;
 * comments carry no label. The whole-group figures are computed over the people in label order,
 * so that each person's line matches their label.
 *
 * The parts the page shows below its first screen (the breakdowns by sector and role, the
 * spread of types and modes, the comments) are worked out when first read, once: the page's
 * first paint waits only for what it shows first.
 */
import type { Bank } from '../bank/bank-schema';
import { listPeople, personLines } from '../privacy/people';
import type { PersonLine } from '../privacy/people';
import { fewPeople, mayOfferPersonLines } from '../privacy/privacy-rule';
import type { ResponseEnvelope } from '../response/response-schema';
import { aggregateGroupInSteps } from './aggregate';
import { runToEnd, type Steps } from '../steps';
import type { GroupAggregate } from './aggregate';
import { breakdownBy, governanceSpread, listComments, typologySpread } from './breakdown';
import type { Breakdown, CommentGroup, GovernanceSpread, TypologySpread } from './breakdown';
import { discussFirst } from './split';
import type { DiscussFirstEntry } from './split';

export type GroupResultsView = {
  respondents: number;
  /** 1 or 2 respondents: the page warns that answers may be easy to tell apart. */
  fewPeople: boolean;
  aggregate: GroupAggregate;
  discussFirst: DiscussFirstEntry[];
  sectors: Breakdown;
  roles: Breakdown;
  types: TypologySpread;
  modes: GovernanceSpread;
  comments: CommentGroup[];
  /** Whether each person's line may be offered on the radar (at least 3 respondents). */
  personLinesOffered: boolean;
  /** Each person's line, by label; empty when not offered. */
  personLines: PersonLine[];
};

/** `compute`, run the first time the result is asked for and remembered. */
function once<T>(compute: () => T): () => T {
  let value: { of: T } | null = null;
  return () => (value ??= { of: compute() }).of;
}

/**
 * The whole-group figures alone, as the view works them out (over the people in label order):
 * for a download asked for before the view is ready.
 */
export function groupAggregate(bank: Bank, session: ViewSession): GroupAggregate {
  const people = listPeople(bank, session.session.id, session.responses);
  return runToEnd(
    aggregateGroupInSteps(
      bank,
      people.people.map((p) => p.response),
    ),
  );
}

export function buildGroupResultsView(bank: Bank, session: ViewSession): GroupResultsView {
  return runToEnd(buildGroupResultsViewInSteps(bank, session));
}

type ViewSession = { session: { id: string }; responses: readonly ResponseEnvelope[] };

/**
 * `buildGroupResultsView` in steps (src/domain/steps.ts): the people, then each area's
 * figures, then each person's line, so that a page can stay responsive while a large group's
 * results are worked out.
 */
export function* buildGroupResultsViewInSteps(
  bank: Bank,
  session: ViewSession,
): Steps<GroupResultsView> {
  const people = listPeople(bank, session.session.id, session.responses);
  yield;
  const members = people.people.map((p) => p.response);
  const aggregate = yield* aggregateGroupInSteps(bank, members);
  const lines = personLines(
    people,
    aggregate.dimensions.map((d) => d.respondentScores),
  );
  const sectors = once(() => breakdownBy(bank, members, 'sector'));
  const roles = once(() => breakdownBy(bank, members, 'role-level'));
  const types = once(() => typologySpread(bank, members));
  const modes = once(() => governanceSpread(bank, members));
  const comments = once(() => listComments(bank, members));
  return {
    respondents: members.length,
    fewPeople: fewPeople(members.length),
    aggregate,
    discussFirst: discussFirst(aggregate),
    get sectors() {
      return sectors();
    },
    get roles() {
      return roles();
    },
    get types() {
      return types();
    },
    get modes() {
      return modes();
    },
    get comments() {
      return comments();
    },
    personLinesOffered: mayOfferPersonLines(members.length),
    personLines: lines,
  };
}
