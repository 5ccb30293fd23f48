/**
 * What `npm run score` prints for a session file: per area the group median, what the group
 * agreed, its target and the gap, and the action plan with each action's status. Pure.
 *
 * Small groups stay hidden: the summary holds figures for the whole group only, never for a
 * sector or role group, no per-person figure, no name and no comment, so it cannot tie anything
 * to a group of fewer than 3 (decision 011). The gap is the target minus the agreed score, or
 * minus the median where no score was agreed.
 */
import type { Bank } from '../bank/bank-schema';
import { aggregateGroup } from '../group/aggregate';
import type { SessionFile } from '../group/session';
import { bandFor } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';
import type { Action } from './action-plan';
import { isOverdue, orderedAction } from './action-plan';
import { gap } from './targets';
import { sinceLastTime } from './next-cycle';
import type { PreviousCycle } from './previous-cycle';

/** "Since last time" for a program: band ids, and the actions by id (they are in `actions`). */
export type SessionSummarySince = {
  /** The day overdue is judged on: the session's own date, as in the PDF. */
  asOf: string;
  actions: { done: string[]; dropped: string[]; overdue: string[]; open: string[] };
  areas: Record<
    string,
    {
      then: number | null;
      thenBand: string | null;
      now: number | null;
      nowBand: string | null;
      /** What "now" is: the score agreed in this session, or the median where none is. */
      nowSource: 'agreed' | 'median' | null;
      bandChanged: boolean | null;
      direction: 'up' | 'down' | 'same' | null;
      target: number | null;
      targetMet: boolean | null;
    }
  >;
};

export type SessionSummaryArea = {
  name: string;
  /** Respondents with a score in this area. */
  n: number;
  median: number | null;
  medianBand: string | null;
  agreed: number | null;
  agreedBand: string | null;
  rationale: string;
  target: number | null;
  targetBand: string | null;
  gap: number | null;
};

export type SessionSummary = {
  session: { id: string; partnershipName: string; date: string; label?: string };
  formatVersion: number;
  respondents: number;
  areas: Record<string, SessionSummaryArea>;
  actions: (Action & { area: string; overdue: boolean })[];
  /** Only for a session that follows an earlier cycle. */
  previousCycle?: PreviousCycle;
  sinceLastTime?: SessionSummarySince;
};

const score1 = (s: number | null) => (s === null ? null : roundScore(s));

/** The summary of `file` (already read with parseSessionFile) on `today` (YYYY-MM-DD). */
export function summariseSession(bank: Bank, file: SessionFile, today: string): SessionSummary {
  const aggregate = aggregateGroup(bank, file.responses);
  const areas: Record<string, SessionSummaryArea> = {};
  for (const d of aggregate.dimensions) {
    const record = file.consensus.find((c) => c.dimensionId === d.dimensionId);
    const agreed = score1(record?.agreedScore ?? null);
    const target = score1(record?.targetScore ?? null);
    areas[d.dimensionId] = {
      name: bank.dimensions.find((x) => x.id === d.dimensionId)?.name ?? d.dimensionId,
      n: d.n,
      median: d.medianScore,
      medianBand: d.band?.id ?? null,
      agreed,
      agreedBand: bandFor(bank, agreed)?.id ?? null,
      rationale: record?.rationale ?? '',
      target,
      targetBand: bandFor(bank, target)?.id ?? null,
      gap: gap(target, agreed ?? d.medianScore),
    };
  }
  return {
    session: {
      id: file.session.id,
      partnershipName: file.session.partnershipName,
      date: file.session.date,
      ...(file.session.label === undefined ? {} : { label: file.session.label }),
    },
    formatVersion: file.formatVersion,
    respondents: file.responses.length,
    areas,
    actions: file.actions.map((a) => ({
      ...orderedAction(a),
      area: bank.dimensions.find((x) => x.id === a.dimensionId)?.name ?? a.dimensionId,
      overdue: isOverdue(a, today),
    })),
    ...sinceFields(bank, file),
  };
}

function sinceFields(
  bank: Bank,
  file: SessionFile,
): Pick<SessionSummary, 'previousCycle' | 'sinceLastTime'> {
  const since = sinceLastTime(bank, file, file.session.date);
  if (!since || !file.previousCycle) return {};
  const ids = (list: Action[]) => list.map((a) => a.id);
  return {
    previousCycle: file.previousCycle,
    sinceLastTime: {
      asOf: since.today,
      actions: {
        done: ids(since.actions.done),
        dropped: ids(since.actions.dropped),
        overdue: ids(since.actions.overdue),
        open: ids(since.actions.open),
      },
      areas: Object.fromEntries(
        since.areas.map((a) => [
          a.dimensionId,
          {
            then: a.then.score,
            thenBand: a.then.band?.id ?? null,
            now: a.now.score,
            nowBand: a.now.band?.id ?? null,
            nowSource: a.now.source,
            bandChanged: a.bandChanged,
            direction: a.direction,
            target: a.target,
            targetMet: a.targetMet,
          },
        ]),
      ),
    },
  };
}
