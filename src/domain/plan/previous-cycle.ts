/**
 * The cycle a session follows: what an earlier session (or one respondent's answers file) said,
 * kept in the new session so that the group can see "then" beside "now" without the earlier
 * file. It is recorded once, when the next cycle is started from the earlier file, and never
 * changes after that.
 *
 *   kind   "session" (a group session file) or "response" (one respondent's answers file)
 *   id     the earlier session's id, or the response id
 *   name   the partnership's name from the earlier session (a response file has none)
 *   date   the earlier session's date, or the day the answers were last changed (YYYY-MM-DD)
 *   respondents  for a session only: how many people had answered then
 *   areas  one entry per dimension, in bank order:
 *            score   what was agreed then (for a session: the group's agreed score; for a
 *                    response: the respondent's own score), 0 to 100, or null
 *            band    the band id of that score as the bank named it then, or null
 *            target  the target set then, or null
 *            median  for a session only: the group median then, or null
 *
 * A session file keeps it as the optional `previousCycle` field (session format version 2);
 * see docs/response-format.md. Everything in it is a whole-group figure or the respondent's own,
 * never a figure for a sector or role group, so it cannot pick anybody out (decision 011).
 */
import { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { DIMENSION_IDS } from '../bank/bank-ids';
import { aggregateGroup } from '../group/aggregate';
import type { ConsensusRecord } from '../group/consensus';
import type { ResponseEnvelope } from '../response/response-schema';
import type { ThenNow } from '../group/session';
import { bandFor } from '../scoring/bands';
import { buildResults } from '../scoring/build-results';
import { roundScore } from '../scoring/round-score';
import type { Action } from './action-plan';
import { CalendarDaySchema } from './action-plan';

const Score = z.number().check(z.gte(0, 'must be 0 or more'), z.lte(100, 'must be 100 or less'));

export const PreviousCycleAreaSchema = z.object({
  dimensionId: z.enum(DIMENSION_IDS),
  score: z.nullable(Score),
  band: z.nullable(z.string().check(z.maxLength(60))),
  target: z.nullable(Score),
  median: z.optional(z.nullable(Score)),
});
export type PreviousCycleArea = z.infer<typeof PreviousCycleAreaSchema>;

export const PreviousCycleSchema = z.object({
  kind: z.enum(['session', 'response']),
  id: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(100),
      z.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, hyphens or underscores'),
    ),
  name: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  date: CalendarDaySchema,
  respondents: z.optional(z.number().check(z.int(), z.gte(0), z.lte(500))),
  areas: z.array(PreviousCycleAreaSchema).check(z.maxLength(DIMENSION_IDS.length)),
});
export type PreviousCycle = z.infer<typeof PreviousCycleSchema>;

/** The earlier file as the next cycle takes it: what is recorded, and the actions to carry. */
export type EarlierCycle = { previous: PreviousCycle; actions: Action[] };

const score1 = (s: number | null | undefined) =>
  s === null || s === undefined ? null : roundScore(s);

/** The fields of the previous cycle in the order a file writes them, empty ones left out. */
export function orderedPreviousCycle(p: PreviousCycle): PreviousCycle {
  return {
    kind: p.kind,
    id: p.id,
    ...(p.name === undefined ? {} : { name: p.name }),
    date: p.date,
    ...(p.respondents === undefined ? {} : { respondents: p.respondents }),
    areas: p.areas.map((a) => ({
      dimensionId: a.dimensionId,
      score: a.score,
      band: a.band,
      target: a.target,
      ...(a.median === undefined ? {} : { median: a.median }),
    })),
  };
}

/**
 * What an earlier session file brings to the next cycle: per dimension the group's agreed score
 * and its band, the target and the median, and every action. Pure.
 */
export function earlierFromSession(
  bank: Bank,
  file: {
    session: { id: string; partnershipName: string; date: string };
    responses: readonly { answers: ResponseEnvelope['answers'] }[];
    consensus: readonly ConsensusRecord[];
    actions: readonly Action[];
  },
): EarlierCycle {
  const aggregate = aggregateGroup(bank, file.responses);
  return {
    previous: {
      kind: 'session',
      id: file.session.id,
      name: file.session.partnershipName,
      date: file.session.date,
      respondents: file.responses.length,
      areas: bank.dimensions.map((d) => {
        const record = file.consensus.find((c) => c.dimensionId === d.id);
        const score = score1(record?.agreedScore);
        const median = aggregate.dimensions.find((x) => x.dimensionId === d.id)?.medianScore;
        return {
          dimensionId: d.id,
          score,
          band: bandFor(bank, score)?.id ?? null,
          target: score1(record?.targetScore),
          median: score1(median),
        };
      }),
    },
    actions: [...file.actions],
  };
}

/**
 * What one respondent's answers file brings to the next cycle: their own score and band per
 * dimension as "then", their own targets, and their own actions. Pure.
 */
export function earlierFromResponse(bank: Bank, response: ResponseEnvelope): EarlierCycle {
  const results = buildResults(bank, response.answers);
  const targets = response.targets as Readonly<Record<string, number | undefined>>;
  return {
    previous: {
      kind: 'response',
      id: response.responseId,
      date: response.updatedAt.slice(0, 10),
      areas: bank.dimensions.map((d) => {
        const score = score1(results.dimensions.find((x) => x.dimensionId === d.id)?.score);
        return {
          dimensionId: d.id,
          score,
          band: bandFor(bank, score)?.id ?? null,
          target: score1(targets[d.id]),
        };
      }),
    },
    actions: [...response.actions],
  };
}

/** What the earlier cycle said about one area, its band named as the bank names it now. */
export type ThenForArea = {
  score: number | null;
  band: { id: string; label: string } | null;
  target: number | null;
  median: number | null;
};

export function thenForArea(bank: Bank, previous: PreviousCycle, dimensionId: string): ThenForArea {
  const area = previous.areas.find((a) => a.dimensionId === dimensionId);
  if (!area) return { score: null, band: null, target: null, median: null };
  const named = area.band === null ? null : bank.scoring.bands.find((b) => b.id === area.band);
  return {
    score: area.score,
    // A band the bank no longer has keeps its id as its name.
    band:
      area.band === null
        ? null
        : named
          ? { id: named.id, label: named.label }
          : { id: area.band, label: area.band },
    target: area.target,
    median: area.median ?? null,
  };
}

/**
 * Then and now with the earlier cycle as "then", without its file: per area the median then
 * (a response's own score) beside the median now, as compareThenNow gives for two files. The
 * number of people then is the earlier session's (1 for a response file).
 */
export function compareWithPrevious(
  bank: Bank,
  previous: PreviousCycle,
  now: readonly { answers: ResponseEnvelope['answers'] }[],
): ThenNow {
  const after = aggregateGroup(bank, now);
  const thenRespondents = previous.kind === 'response' ? 1 : (previous.respondents ?? 0);
  return {
    thenRespondents,
    nowRespondents: now.length,
    dimensions: bank.dimensions.map((d, i) => {
      const area = previous.areas.find((a) => a.dimensionId === d.id);
      const thenScore = (previous.kind === 'response' ? area?.score : area?.median) ?? null;
      const b = after.dimensions[i]!;
      return {
        dimensionId: d.id,
        name: d.name,
        then: { n: thenScore === null ? 0 : thenRespondents, medianScore: thenScore },
        now: { n: b.n, medianScore: b.medianScore },
        change:
          thenScore === null || b.medianScore === null
            ? null
            : Math.round((b.medianScore - thenScore) * 10) / 10,
      };
    }),
  };
}
