/**
 * Shared by the group export tests: a session built from the golden fixtures, each handed in
 * again under a new response id, the way a facilitator's session holds real hand-ins.
 *
 * With every fixture once, the sectors are: voluntary or community 4 (shown), local
 * authority 2, NHS or health 1 and other public body 1 (all suppressed).
 */
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { ConsensusDraftRecord, ConsensusRecord } from '../../../src/domain/group/consensus';
import { splitAreaActions } from '../../../src/domain/plan/area-actions';
import type { SessionFile } from '../../../src/domain/group/session';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION } from '../../../src/domain/group/session';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { fixtureNames, readFixture } from './report-fixtures';

export const GROUP_NAME = 'Partneriaeth Gŵyl Ŷd';
export const RATIONALE = 'Trust has grown since the spring, more than the median shows.';
export const ACTION = {
  what: 'Hold a joint away day for frontline staff',
  who: 'Chair of the board',
  byWhen: 'March 2027',
};

/** `count` responses cycling through the fixtures, each with a fresh id. */
export function fixtureResponses(
  bank: Bank,
  count: number = fixtureNames.length,
  idPrefix = 'handed-in',
): ResponseEnvelope[] {
  return Array.from({ length: count }, (_, i) => {
    const name = fixtureNames[i % fixtureNames.length]!;
    return { ...readFixture(bank, name), responseId: `${idPrefix}-${i + 1}-${name}` };
  });
}

export function makeSession(
  bank: Bank,
  responses: ResponseEnvelope[],
  drafts: (ConsensusRecord | ConsensusDraftRecord)[] = [],
): SessionFile {
  // Each area's actions go into the session's action plan, as the consensus page saves them.
  let n = 0;
  const split = splitAreaActions(drafts, [], () => `action-${++n}`);
  const consensus = split.records.map((r) => ({ ...r, targetScore: r.targetScore ?? null }));
  return {
    format: SESSION_FORMAT,
    formatVersion: SESSION_FORMAT_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    session: {
      id: 'session-test',
      partnershipName: GROUP_NAME,
      date: '2026-11-26',
      label: 'Autumn workshop',
    },
    responses,
    consensus,
    actions: split.actions,
    createdAt: '2026-11-26T09:00:00.000Z',
    updatedAt: '2026-11-26T11:30:00.000Z',
  };
}

/** A consensus record for culture that moves a band from `median` and has one action. */
export function cultureConsensus(median: number | null): ConsensusDraftRecord {
  const agreed = median !== null && median >= 75 ? 60 : 80;
  return { dimensionId: 'culture', agreedScore: agreed, rationale: RATIONALE, actions: [ACTION] };
}
