/**
 * What the projector shows, worked out in one place from the session, so that the page only
 * lays it out and a test can check exactly what the room's screen would show.
 *
 * Views, in order (one at a time on the screen):
 *   1. handed-in  how many people's answers are in the session (and how many wait on this
 *                 device to be added), and how many are in each sector, for sectors the
 *                 privacy rule lets a count be shown beside (people.ts `showable`: each shown
 *                 sector has at least 3 people, and the people in sectors not shown number 0
 *                 or at least 3, so that nobody left out can be picked out either);
 *   2. discuss-first  the split areas and statements (split.ts), most ratings outside first,
 *                 at most DISCUSS_FIRST_SHOWN of them, with how many more there are;
 *   3. spread     per area, the number of scores, the lower quartile, the median and the upper
 *                 quartile of the 0..100 scores (aggregate.ts), each rounded as every shown score;
 *   4. agreed     per area, the group median, the agreed score, the target and the gap
 *                 (targets.ts: target minus the agreed score, or minus the median where none
 *                 was agreed);
 *   5. actions    the action plan in its order, at most ACTIONS_SHOWN actions, with how many
 *                 more there are (a view of its own: with the agreed scores it would not fit
 *                 a 1280 x 720 screen in large type);
 *   6. comments   only when the facilitator turns comments on, and only with at least 3
 *                 respondents (privacy-rule.ts, as for person lines): every comment and
 *                 reflection under its question, in alphabetical order, with no label, sector
 *                 or role (breakdown.ts `listComments`).
 *
 * Nothing here names a person, carries a person's label or line, or gives a sector or role
 * group of fewer than 3 a figure. Role groups are not shown at all.
 */
import type { Bank } from '../bank/bank-schema';
import type { CommentGroup } from '../group/breakdown';
import { buildGroupResultsView } from '../group/results-view';
import type { DiscussFirstEntry } from '../group/split';
import type { Action } from '../plan/action-plan';
import { dimensionGaps, type DimensionGap } from '../plan/targets';
import { showable } from '../privacy/people';
import { aboutSelect, groupOf, groupOptions, MIN_GROUP_SIZE } from '../privacy/privacy-rule';
import type { ResponseEnvelope } from '../response/response-schema';
import type { BandRef } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';

/** At most this many discuss-first entries fit on the screen in large type. */
export const DISCUSS_FIRST_SHOWN = 5;
/** At most this many actions fit on the screen in large type. */
export const ACTIONS_SHOWN = 4;

export const PROJECTOR_VIEWS = [
  'handed-in',
  'discuss-first',
  'spread',
  'agreed',
  'actions',
  'comments',
] as const;
export type ProjectorViewId = (typeof PROJECTOR_VIEWS)[number];

export type SectorCount = { groupId: string; label: string; n: number };

export type HandedIn = {
  /** Responses in the session. */
  respondents: number;
  /** Handed in on this device and not yet added to the session. */
  waiting: number;
  /** Sectors that may be shown with a count, in option order; empty when none may. */
  sectors: SectorCount[];
  /** People in sectors not shown (0, or at least 3). */
  otherSectors: number;
};

export type AreaSpread = {
  dimensionId: string;
  name: string;
  /** People with a score in this area. */
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  band: BandRef | null;
};

export type AgreedArea = DimensionGap & {
  /** The group median, the agreed score (null when none was agreed). */
  median: number | null;
  agreed: number | null;
  agreedBand: BandRef | null;
};

export type ProjectorModel = {
  respondents: number;
  /** 1 or 2 respondents: the screen warns that answers may be easy to tell apart. */
  fewPeople: boolean;
  handedIn: HandedIn;
  discussFirst: { shown: DiscussFirstEntry[]; more: number };
  spread: AreaSpread[];
  agreed: AgreedArea[];
  actions: { shown: Action[]; more: number; total: number };
  /** Whether the comments may be offered at all (at least 3 respondents). */
  commentsOffered: boolean;
  /** The comments, worked out when first read; empty when not offered. */
  readonly comments: CommentGroup[];
};

export type ProjectorSession = {
  session: { id: string };
  responses: readonly ResponseEnvelope[];
  consensus: readonly {
    dimensionId: string;
    agreedScore: number | null;
    targetScore?: number | null;
  }[];
  actions: readonly Action[];
};

/** Sector counts as the privacy rule lets them be shown. */
export function sectorCounts(
  bank: Bank,
  members: readonly ResponseEnvelope[],
): { sectors: SectorCount[]; otherSectors: number } {
  const item = aboutSelect(bank, 'sector');
  if (!item) return { sectors: [], otherSectors: 0 };
  const options = groupOptions(item);
  const ids = members.map((m) => groupOf(item, m, 'sector'));
  const shown = showable(
    ids,
    options.map((o) => o.id),
  );
  const sectors = options
    .filter((o) => shown.has(o.id))
    .map((o) => ({ groupId: o.id, label: o.label, n: ids.filter((id) => id === o.id).length }));
  const otherSectors = members.length - sectors.reduce((sum, s) => sum + s.n, 0);
  // Nothing shown: no breakdown at all (the total is on the screen already).
  return sectors.length === 0 ? { sectors: [], otherSectors: 0 } : { sectors, otherSectors };
}

export function buildProjectorModel(
  bank: Bank,
  session: ProjectorSession,
  waiting = 0,
): ProjectorModel {
  const view = buildGroupResultsView(bank, session);
  const split = view.discussFirst;
  const spread = view.aggregate.dimensions.map((d): AreaSpread => {
    const stats = d.scoreStats;
    return {
      dimensionId: d.dimensionId,
      name: d.name,
      n: d.n,
      q1: stats ? roundScore(stats.q1) : null,
      median: d.medianScore,
      q3: stats ? roundScore(stats.q3) : null,
      band: d.band,
    };
  });
  const medians = Object.fromEntries(view.aggregate.dimensions.map((d) => [d.dimensionId, d]));
  const record = (id: string) => session.consensus.find((c) => c.dimensionId === id);
  const current = Object.fromEntries(
    bank.dimensions.map((d) => [
      d.id,
      record(d.id)?.agreedScore ?? medians[d.id]?.medianScore ?? null,
    ]),
  );
  const targets = Object.fromEntries(
    bank.dimensions.map((d) => [d.id, record(d.id)?.targetScore ?? null]),
  );
  const gaps = dimensionGaps(bank, current, targets);
  const agreed = gaps.map((g): AgreedArea => {
    const score = record(g.dimensionId)?.agreedScore ?? null;
    const median = medians[g.dimensionId]?.medianScore ?? null;
    return {
      ...g,
      median,
      agreed: score === null ? null : roundScore(score),
      agreedBand: score === null ? null : g.currentBand,
    };
  });
  const commentsOffered = view.respondents >= MIN_GROUP_SIZE;
  return {
    respondents: view.respondents,
    fewPeople: view.fewPeople,
    handedIn: { respondents: view.respondents, waiting, ...sectorCounts(bank, session.responses) },
    discussFirst: {
      shown: split.slice(0, DISCUSS_FIRST_SHOWN),
      more: Math.max(0, split.length - DISCUSS_FIRST_SHOWN),
    },
    spread,
    agreed,
    actions: {
      shown: session.actions.slice(0, ACTIONS_SHOWN),
      more: Math.max(0, session.actions.length - ACTIONS_SHOWN),
      total: session.actions.length,
    },
    commentsOffered,
    get comments() {
      return commentsOffered ? view.comments : [];
    },
  };
}

/** The views the projector steps through: the comments only when shown and offered. */
export function projectorViews(
  model: Pick<ProjectorModel, 'commentsOffered'>,
  showComments: boolean,
): ProjectorViewId[] {
  return PROJECTOR_VIEWS.filter((v) => v !== 'comments' || (showComments && model.commentsOffered));
}
