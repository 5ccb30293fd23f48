/**
 * Everything the group results page shows, worked out in one place from the session, so that
 * the page only lays it out and a test can check exactly what a projector would show.
 *
 * Privacy (src/domain/privacy): respondents appear only as the labelled people of people.ts, in
 * an order unrelated to arrival; per-person radar lines are offered only with at least 3
 * respondents and never name a sector or role; sector and role views suppress groups under 3;
 * comments carry no label. The whole-group figures are computed over the people in label order,
 * so that each person's line matches their label.
 */
import type { Bank } from '../bank/bank-schema';
import { listPeople, personLines } from '../privacy/people';
import type { PersonLine } from '../privacy/people';
import { fewPeople, mayOfferPersonLines } from '../privacy/privacy-rule';
import type { ResponseEnvelope } from '../response/response-schema';
import { aggregateGroup } from './aggregate';
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

export function buildGroupResultsView(
  bank: Bank,
  session: { session: { id: string }; responses: readonly ResponseEnvelope[] },
): GroupResultsView {
  const people = listPeople(bank, session.session.id, session.responses);
  const members = people.people.map((p) => p.response);
  const aggregate = aggregateGroup(bank, members);
  return {
    respondents: members.length,
    fewPeople: fewPeople(members.length),
    aggregate,
    discussFirst: discussFirst(aggregate),
    sectors: breakdownBy(bank, members, 'sector'),
    roles: breakdownBy(bank, members, 'role-level'),
    types: typologySpread(bank, members),
    modes: governanceSpread(bank, members),
    comments: listComments(bank, members),
    personLinesOffered: mayOfferPersonLines(members.length),
    personLines: personLines(
      people,
      aggregate.dimensions.map((d) => d.respondentScores),
    ),
  };
}
