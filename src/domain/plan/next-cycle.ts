/**
 * The next cycle: a new session started from an earlier one, and what changed since.
 *
 * `startNextCycle` makes the new session: its actions are the earlier ones, carried over for
 * review (`carryOver`: each keeps its status and records where it came from), its targets start
 * as the earlier targets (the group can change them), and `previousCycle` records what the
 * earlier file said. It has no responses and no agreed scores yet.
 *
 * `sinceLastTime` is the model of the "Since last time" section (screen, PDF, `npm run score`):
 *   actions  every carried action in exactly one list: done, dropped, overdue (due before
 *            `today` and still open) or open (not started or under way, not overdue), each with
 *            its review note;
 *   areas    per dimension: the score then (agreed then) and now (agreed now, or the median
 *            where nothing is agreed yet, saying which), both bands, whether the band changed
 *            and which way, and whether the target set then is met (now >= target).
 * Pure; the caller says what "today" is (the app uses the new session's date, so the PDF says
 * the same whenever it is made).
 */
import type { Bank } from '../bank/bank-schema';
import { aggregateGroup } from '../group/aggregate';
import type { ConsensusRecord } from '../group/consensus';
import { createSession, parseSessionFile, type SessionFile } from '../group/session';
import { parseResponseFile } from '../response/response-file';
import type { SessionDetails } from '../group/session-link';
import { bandFor, bandsHighFirst } from '../scoring/bands';
import type { BandRef } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';
import type { Action } from './action-plan';
import { carryOver, isOverdue } from './action-plan';
import type { EarlierCycle, PreviousCycle } from './previous-cycle';
import { earlierFromResponse, earlierFromSession, orderedPreviousCycle } from './previous-cycle';

export type ReadEarlierResult =
  | {
      ok: true;
      earlier: EarlierCycle;
      /** Warnings from reading the file (another minor bank version, answers dropped). */
      warnings: string[];
      /** How many parts of a session file could not be read, and so do not come across. */
      unreadable: number;
    }
  | { ok: false; message: string };

/**
 * Reads an earlier session file or answers file (its text) for the next cycle, through the same
 * checks and migrations as opening or adding one. Never throws; a bad file gives a message.
 */
export function readEarlierCycle(bank: Bank, text: string): ReadEarlierResult {
  if (text.includes('"rally-session"')) {
    const read = parseSessionFile(text, bank);
    if (!read.ok) return read;
    return {
      ok: true,
      earlier: earlierFromSession(bank, read.session),
      warnings: read.warnings,
      unreadable: read.unreadable.length,
    };
  }
  const read = parseResponseFile(text, bank);
  if (!read.ok) return read;
  return {
    ok: true,
    earlier: earlierFromResponse(bank, read.response),
    warnings: read.warnings,
    unreadable: 0,
  };
}

/**
 * A new session for `details`, following `earlier`: the earlier actions carried over, the
 * earlier targets as its starting targets, and the earlier cycle recorded. Pure.
 */
export function startNextCycle(
  bank: Bank,
  earlier: EarlierCycle,
  details: SessionDetails,
  now: Date,
): SessionFile {
  const { previous } = earlier;
  const session = createSession(bank, details, now);
  const consensus: ConsensusRecord[] = previous.areas
    .filter((a) => a.target !== null)
    .map((a) => ({
      dimensionId: a.dimensionId,
      agreedScore: null,
      rationale: '',
      targetScore: a.target,
    }));
  const actions = carryOver(earlier.actions, {
    id: previous.id,
    date: previous.date,
    ...(previous.name === undefined ? {} : { name: previous.name }),
  });
  return { ...session, consensus, actions, previousCycle: orderedPreviousCycle(previous) };
}

/** What the earlier file brings, for the page that asks the facilitator to confirm. */
export type NextCycleSummary = {
  name: string | null;
  date: string;
  kind: PreviousCycle['kind'];
  /** Actions to review: all of them, done and dropped included. */
  actions: number;
  /** Of those, the ones still open (not started or under way). */
  open: number;
  /** The targets that come across, in bank order. */
  targets: { dimensionId: string; name: string; target: number; band: BandRef | null }[];
};

export function summariseEarlier(bank: Bank, earlier: EarlierCycle): NextCycleSummary {
  const { previous } = earlier;
  return {
    name: previous.name ?? null,
    date: previous.date,
    kind: previous.kind,
    actions: earlier.actions.length,
    open: earlier.actions.filter((a) => a.status === 'not-started' || a.status === 'under-way')
      .length,
    targets: bank.dimensions.flatMap((d) => {
      const target = previous.areas.find((a) => a.dimensionId === d.id)?.target ?? null;
      return target === null
        ? []
        : [{ dimensionId: d.id, name: d.name, target, band: bandFor(bank, target) }];
    }),
  };
}

export type SinceArea = {
  dimensionId: string;
  name: string;
  then: { score: number | null; band: BandRef | null };
  now: { score: number | null; band: BandRef | null; source: 'agreed' | 'median' | null };
  /** Whether the band now differs from the band then; null when either has no score. */
  bandChanged: boolean | null;
  /** Which way the band moved: 'up', 'down' or 'same'; null when either has no score. */
  direction: 'up' | 'down' | 'same' | null;
  target: number | null;
  /** now >= target; null when there was no target or there is no score now. */
  targetMet: boolean | null;
};

export type SinceLastTime = {
  from: { kind: PreviousCycle['kind']; id: string; name: string | null; date: string };
  today: string;
  actions: { done: Action[]; dropped: Action[]; overdue: Action[]; open: Action[] };
  areas: SinceArea[];
};

/** The band `id` as the bank names it now, or as an unnamed ref when the bank no longer has it. */
function bandRef(bank: Bank, id: string | null): BandRef | null {
  if (id === null) return null;
  const band = bank.scoring.bands.find((b) => b.id === id);
  return band ? { id: band.id, label: band.label } : { id, label: id };
}

/** The session's "since last time", or null when it does not follow an earlier cycle. */
export function sinceLastTime(
  bank: Bank,
  session: Pick<SessionFile, 'responses' | 'consensus' | 'actions'> & {
    previousCycle?: PreviousCycle | undefined;
  },
  today: string,
): SinceLastTime | null {
  const previous = session.previousCycle;
  if (!previous) return null;
  const carried = session.actions.filter((a) => a.carriedFrom !== undefined);
  const actions: SinceLastTime['actions'] = { done: [], dropped: [], overdue: [], open: [] };
  for (const a of carried) {
    if (a.status === 'done') actions.done.push(a);
    else if (a.status === 'dropped') actions.dropped.push(a);
    else if (isOverdue(a, today)) actions.overdue.push(a);
    else actions.open.push(a);
  }
  const aggregate = aggregateGroup(bank, session.responses);
  // Bands from lowest to highest, to say which way a band moved.
  const order = bandsHighFirst(bank)
    .map((b) => b.id)
    .reverse();
  const areas = bank.dimensions.map((d): SinceArea => {
    const then = previous.areas.find((a) => a.dimensionId === d.id);
    const thenScore = then?.score ?? null;
    const thenBand = then ? bandRef(bank, then.band) : null;
    const agreed = session.consensus.find((c) => c.dimensionId === d.id)?.agreedScore ?? null;
    const median = aggregate.dimensions.find((x) => x.dimensionId === d.id)?.medianScore ?? null;
    const nowScore = agreed !== null ? roundScore(agreed) : median;
    const source = agreed !== null ? 'agreed' : median !== null ? 'median' : null;
    const nowBand = bandFor(bank, nowScore);
    const from = thenBand ? order.indexOf(thenBand.id) : -1;
    const to = nowBand ? order.indexOf(nowBand.id) : -1;
    const target = then?.target ?? null;
    return {
      dimensionId: d.id,
      name: d.name,
      then: { score: thenScore, band: thenBand },
      now: { score: nowScore, band: nowBand, source },
      bandChanged: thenBand === null || nowBand === null ? null : thenBand.id !== nowBand.id,
      // A band the bank no longer has cannot be placed: the direction is unknown (null).
      direction: from < 0 || to < 0 ? null : to > from ? 'up' : to < from ? 'down' : 'same',
      target,
      targetMet: target === null || nowScore === null ? null : nowScore >= roundScore(target),
    };
  });
  return {
    from: {
      kind: previous.kind,
      id: previous.id,
      name: previous.name ?? null,
      date: previous.date,
    },
    today,
    actions,
    areas,
  };
}
