/**
 * Consensus: what the group agrees about each dimension after discussing it, and what it will
 * do (instrument.md section 7). One record per dimension:
 *
 *   dimensionId   the dimension
 *   agreedScore   0..100, starting at the group median score; null when no score is agreed
 *                 (for example when nobody had enough answers to score the dimension)
 *   rationale     why the group settled on that score
 *   targetScore   0..100, where the group aims to be (src/domain/plan/targets.ts); null when
 *                 no target is agreed. Added in session format version 2.
 *
 * The group's actions are one action plan for the whole session (src/domain/plan/action-plan.ts,
 * the session file's `actions`), each naming its area. Session files of version 1 kept free-text
 * actions ({ what, who, byWhen }) inside each record (`ConsensusRecordVersion1Schema`); reading
 * one moves them into the plan (session.ts, `migrateSessionVersion1`). The consensus page edits
 * the plan itself; a record with actions in that older shape (`ConsensusDraftRecord`, as test
 * fixtures write them) is still checked by `validateConsensusRecord`.
 *
 * Rule: a rationale is required when the agreed score is "a band or more from the median".
 * This is read as: the agreed score's band differs from the band of the group median score.
 * Both are banded the way every score is (rounded to one decimal place, then the bank's bands),
 * so moving from a median of 74.0 to an agreed 76.0 needs a rationale (Developing to Strength),
 * while moving from 51.0 to 74.0 does not (both Developing). A score where the group median has
 * none, or no score where the median has one, also counts as a different band.
 *
 * Each action needs a "what"; "who" and "by when" may be left blank for the group to fill later.
 *
 * Consensus records live beside the responses in the session file; they never change any
 * respondent's answers, and nothing here reads or writes them.
 */
import { msg } from '@lingui/core/macro';
import { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { DIMENSION_IDS } from '../bank/bank-ids';
import { bandFor } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';
import { count } from '../items/item-kind';
import type { GroupAggregate } from './aggregate';
import type { Message } from './message';
import { TargetScoreSchema } from '../plan/targets';

export const MAX_RATIONALE = 2000;
export const MAX_ACTIONS = 20;
export const MAX_ACTION_WHAT = 500;
export const MAX_ACTION_WHO = 200;
export const MAX_ACTION_WHEN = 100;

export const ConsensusActionSchema = z.object({
  what: z
    .string()
    .check(z.trim(), z.minLength(1, 'must say what will be done'), z.maxLength(MAX_ACTION_WHAT)),
  who: z._default(z.string().check(z.trim(), z.maxLength(MAX_ACTION_WHO)), ''),
  byWhen: z._default(z.string().check(z.trim(), z.maxLength(MAX_ACTION_WHEN)), ''),
});
export type ConsensusAction = z.infer<typeof ConsensusActionSchema>;

export const ConsensusRecordSchema = z.object({
  dimensionId: z.enum(DIMENSION_IDS),
  agreedScore: z.nullable(
    z.number().check(z.gte(0, 'must be 0 or more'), z.lte(100, 'must be 100 or less')),
  ),
  rationale: z._default(z.string().check(z.trim(), z.maxLength(MAX_RATIONALE)), ''),
  targetScore: z._default(z.nullable(TargetScoreSchema), null),
});
export type ConsensusRecord = z.infer<typeof ConsensusRecordSchema>;

/** A record as session format version 1 wrote it: actions inside, no target. */
export const ConsensusRecordVersion1Schema = z.object({
  dimensionId: z.enum(DIMENSION_IDS),
  agreedScore: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  rationale: z._default(z.string().check(z.trim(), z.maxLength(MAX_RATIONALE)), ''),
  actions: z._default(z.array(ConsensusActionSchema).check(z.maxLength(MAX_ACTIONS)), []),
});

/** A record as the consensus page edits it: with the area's actions in the version 1 shape. */
export type ConsensusDraftRecord = Omit<ConsensusRecord, 'targetScore'> & {
  targetScore?: number | null;
  actions: ConsensusAction[];
};

export type ConsensusProblem = {
  dimensionId: string;
  /** 'agreedScore', 'rationale', or 'actions.<index>.what' (and so on), for the form's errors. */
  field: string;
  message: Message;
};

/** One record per dimension, in bank order, each starting at the group median score. */
export function startConsensus(aggregate: GroupAggregate): ConsensusRecord[] {
  return aggregate.dimensions.map((d) => ({
    dimensionId: d.dimensionId as ConsensusRecord['dimensionId'],
    agreedScore: d.medianScore,
    rationale: '',
    targetScore: null,
  }));
}

/**
 * The record the consensus page starts from for one area: the saved one, except that a saved
 * record with no agreed score and no reason (only a target so far, as the next cycle brings
 * across or a target set before the discussion) starts at the group median like a new one,
 * keeping its target.
 */
export function withSaved(
  start: ConsensusRecord,
  saved: readonly ConsensusRecord[],
): ConsensusRecord {
  const record = saved.find((c) => c.dimensionId === start.dimensionId);
  if (!record) return start;
  if (record.agreedScore === null && record.rationale.trim() === '')
    return { ...record, agreedScore: start.agreedScore };
  return record;
}

/** Whether an agreed score needs a rationale: its band differs from the median score's band. */
export function rationaleRequired(
  bank: Bank,
  agreedScore: number | null,
  medianScore: number | null,
): boolean {
  const agreed = bandFor(bank, agreedScore === null ? null : roundScore(agreedScore));
  const median = bandFor(bank, medianScore === null ? null : roundScore(medianScore));
  return (agreed?.id ?? null) !== (median?.id ?? null);
}

/** Problems with one record, given the group median score it started from. Empty when valid. */
export function validateConsensusRecord(
  bank: Bank,
  record: ConsensusRecord | ConsensusDraftRecord,
  medianScore: number | null,
): ConsensusProblem[] {
  const problems: ConsensusProblem[] = [];
  const add = (field: string, message: Message) =>
    problems.push({ dimensionId: record.dimensionId, field, message });
  const name = bank.dimensions.find((d) => d.id === record.dimensionId)?.name ?? record.dimensionId;
  const score = record.agreedScore;
  const most = count(MAX_RATIONALE);
  const maxActions = MAX_ACTIONS;
  const maxWhat = MAX_ACTION_WHAT;
  const maxWho = MAX_ACTION_WHO;
  const maxWhen = MAX_ACTION_WHEN;
  if (score !== null && !(Number.isFinite(score) && score >= 0 && score <= 100)) {
    add('agreedScore', msg`The agreed score for ${name} must be a number from 0 to 100`);
  } else if (rationaleRequired(bank, score, medianScore) && record.rationale.trim() === '') {
    add(
      'rationale',
      msg`Enter why the group agreed this score for ${name}: it is in a different band from the group median`,
    );
  } else if (record.rationale.length > MAX_RATIONALE) {
    add('rationale', msg`The reason for ${name} must be ${most} characters or fewer`);
  }
  const target = record.targetScore ?? null;
  if (target !== null && !(Number.isFinite(target) && target >= 0 && target <= 100))
    add('targetScore', msg`The target for ${name} must be a number from 0 to 100`);
  const actions = 'actions' in record ? record.actions : [];
  if (actions.length > MAX_ACTIONS)
    add('actions', msg`${name} can have at most ${maxActions} actions`);
  actions.forEach((action, i) => {
    const number = i + 1;
    if (action.what.trim() === '')
      add(`actions.${i}.what`, msg`Enter what action ${number} for ${name} is`);
    else if (action.what.length > MAX_ACTION_WHAT)
      add(
        `actions.${i}.what`,
        msg`Action ${number} for ${name} must be ${maxWhat} characters or fewer`,
      );
    if (action.who.length > MAX_ACTION_WHO)
      add(
        `actions.${i}.who`,
        msg`Who does action ${number} for ${name} must be ${maxWho} characters or fewer`,
      );
    if (action.byWhen.length > MAX_ACTION_WHEN)
      add(
        `actions.${i}.byWhen`,
        msg`When action ${number} for ${name} is due must be ${maxWhen} characters or fewer`,
      );
  });
  return problems;
}

/** Problems with every record against the group's current medians. Empty when all are valid. */
export function validateConsensus(
  bank: Bank,
  records: readonly (ConsensusRecord | ConsensusDraftRecord)[],
  aggregate: GroupAggregate,
): ConsensusProblem[] {
  const medians = new Map(aggregate.dimensions.map((d) => [d.dimensionId, d.medianScore]));
  const seen = new Set<string>();
  const problems: ConsensusProblem[] = [];
  for (const record of records) {
    if (seen.has(record.dimensionId)) {
      const name =
        bank.dimensions.find((d) => d.id === record.dimensionId)?.name ?? record.dimensionId;
      problems.push({
        dimensionId: record.dimensionId,
        field: 'dimensionId',
        message: msg`${name} has more than one agreed record`,
      });
    }
    seen.add(record.dimensionId);
    problems.push(
      ...validateConsensusRecord(bank, record, medians.get(record.dimensionId) ?? null),
    );
  }
  return problems;
}
