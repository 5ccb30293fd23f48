/** The only writers of the group store. */
import type { Bank } from '../domain/bank/bank-schema';
import type { ConsensusRecord } from '../domain/group/consensus';
import { planState, type Action, type PlanState } from '../domain/plan/action-plan';
import type { DimensionId } from '../domain/plan/targets';
import { startNextCycle } from '../domain/plan/next-cycle';
import type { EarlierCycle } from '../domain/plan/previous-cycle';
import {
  createSession,
  mergeResponses,
  removeResponse,
  sameAnswers,
  type IncomingResponse,
  type MergeResult,
  type SessionFile,
  type SessionResponse,
} from '../domain/group/session';
import type { SessionDetails } from '../domain/group/session-link';
import { parseResponseFile } from '../domain/response/response-file';
import type { ResponseEnvelope } from '../domain/response/response-schema';
import { clearForNextPerson } from './assessment-actions';
import { newResponseId } from './assessment-store';
import { useGroupStore } from './group-store';

const touch = (session: SessionFile): SessionFile => ({
  ...session,
  updatedAt: new Date().toISOString(),
});

export function startSession(bank: Bank, details: SessionDetails) {
  useGroupStore.setState({ session: createSession(bank, details, new Date()) });
}

/**
 * Starts the next cycle from an earlier file (read with readEarlierCycle): a new session in
 * place of any on this device (the page asks first, and offers its file), with the earlier
 * actions to review and the earlier targets.
 */
export function startNextCycleSession(bank: Bank, earlier: EarlierCycle, details: SessionDetails) {
  groupLastRemoved = null;
  useGroupStore.setState({ session: startNextCycle(bank, earlier, details, new Date()) });
}

export function restoreSession(session: SessionFile) {
  useGroupStore.setState({ session });
}

export function endSession() {
  useGroupStore.setState({ session: null });
}

/** Adds read inputs to the session; returns what happened to each, for the facilitator. */
export function addResponses(incoming: IncomingResponse[]): MergeResult | null {
  const { session } = useGroupStore.getState();
  if (!session) return null;
  const result = mergeResponses(session.responses, incoming);
  if (result.added.length > 0)
    useGroupStore.setState({ session: touch({ ...session, responses: result.responses }) });
  return result;
}

export const handedInSource = (n: number) => `Handed in on this device ${n}`;

/**
 * Adds the responses handed in on this device, each checked against `bank` as a file would be.
 * Only those now in the session (added, or already there with the same answers) leave the
 * queue; any refused stay in it, listed with the reason, so that none is ever dropped.
 */
export function addHandedIn(bank: Bank): MergeResult | null {
  const { session, handedIn } = useGroupStore.getState();
  if (!session) return null;
  const incoming = handedIn.map((response, i): IncomingResponse => ({
    source: handedInSource(i + 1),
    result: parseResponseFile(JSON.stringify(response), bank),
  }));
  const result = mergeResponses(session.responses, incoming);
  const settled = new Set([...result.added, ...result.duplicates].map((a) => a.source));
  useGroupStore.setState({
    session: result.added.length > 0 ? touch({ ...session, responses: result.responses }) : session,
    handedIn: handedIn.filter((_, i) => !settled.has(handedInSource(i + 1))),
  });
  return result;
}

/**
 * Removes every hand-in waiting on this device and returns them. Only for callers that have
 * already put them somewhere safe (a downloaded file) or that delete everything on purpose.
 */
export function takeHandedIn(): ResponseEnvelope[] {
  const { handedIn } = useGroupStore.getState();
  useGroupStore.setState({ handedIn: [] });
  return handedIn;
}

/** What `undoRemove` needs to put a respondent back where they were. */
export type RemovedRespondent = { sessionId: string; response: SessionResponse; index: number };

export function removeRespondent(responseId: string): RemovedRespondent | null {
  const { session } = useGroupStore.getState();
  if (!session) return null;
  const index = session.responses.findIndex((r) => r.responseId === responseId);
  if (index < 0) return null;
  useGroupStore.setState({
    session: touch({ ...session, responses: removeResponse(session.responses, responseId) }),
  });
  return { sessionId: session.session.id, response: session.responses[index]!, index };
}

/** Puts a removed respondent back in the same place (if the session is still the same one). */
export function undoRemove(removed: RemovedRespondent) {
  const { session } = useGroupStore.getState();
  if (!session || session.session.id !== removed.sessionId) return;
  if (session.responses.some((r) => r.responseId === removed.response.responseId)) return;
  const responses = [...session.responses];
  responses.splice(Math.min(removed.index, responses.length), 0, removed.response);
  useGroupStore.setState({ session: touch({ ...session, responses }) });
}

/**
 * Saves the consensus page's records: agreed score, reason and target for each area. Each record
 * keeps any field this version does not know. The action plan is saved on its own
 * (changeGroupPlan).
 */
export function saveConsensus(records: ConsensusRecord[]) {
  const { session } = useGroupStore.getState();
  if (!session) return;
  const consensus = records.map((r): ConsensusRecord => {
    const before = session.consensus.find((c) => c.dimensionId === r.dimensionId);
    return {
      ...before,
      dimensionId: r.dimensionId,
      agreedScore: r.agreedScore,
      rationale: r.rationale,
      targetScore: r.targetScore,
    };
  });
  useGroupStore.setState({ session: touch({ ...session, consensus }) });
}

/** Sets (a number) or clears (null) the group's agreed target for one area. */
export function setGroupTarget(dimensionId: DimensionId, targetScore: number | null) {
  const { session } = useGroupStore.getState();
  if (!session) return;
  const at = session.consensus.findIndex((c) => c.dimensionId === dimensionId);
  const consensus =
    at < 0
      ? [...session.consensus, { dimensionId, agreedScore: null, rationale: '', targetScore }]
      : session.consensus.map((c, i) => (i === at ? { ...c, targetScore } : c));
  useGroupStore.setState({ session: touch({ ...session, consensus }) });
}

/**
 * The group's action plan with the last removal (for Undo). The removal is held in memory only:
 * the plan itself is saved with the session.
 */
let groupLastRemoved: PlanState['lastRemoved'] = null;

/** The group plan as the operations in src/domain/plan/action-plan.ts take it. */
export function groupPlan(): PlanState {
  const { session } = useGroupStore.getState();
  return { ...planState(session?.actions ?? []), lastRemoved: groupLastRemoved };
}

/**
 * Applies one plan operation to the group's plan and saves it, e.g.
 * `changeGroupPlan((p) => moveAction(p, id, 0))` or `changeGroupPlan(undoRemove)`.
 */
export function changeGroupPlan(change: (plan: PlanState) => PlanState) {
  const { session } = useGroupStore.getState();
  if (!session) return;
  const next = change(groupPlan());
  groupLastRemoved = next.lastRemoved;
  if (JSON.stringify(next.actions) !== JSON.stringify(session.actions))
    useGroupStore.setState({ session: touch({ ...session, actions: next.actions }) });
}

// A new action id, for a new action in any plan (kept with the assessment's store, so that the
// personal results page does not need the group store's code for it).
export { newActionId } from './assessment-store';
export type { Action };

export function joinSession(details: SessionDetails) {
  useGroupStore.setState({ joined: details });
}

export function leaveSession() {
  useGroupStore.setState({ joined: null });
}

/**
 * Pass the device: keeps a participant's response for the facilitator, out of sight. Returns
 * an error, and keeps nothing, when it could not be saved on the device. A response already
 * waiting with the same id but other answers (the same person handing in again after a change)
 * is kept as well, under a new id, so that neither is lost.
 */
export function handIn(response: ResponseEnvelope): string | null {
  const { handedIn } = useGroupStore.getState();
  const waiting = handedIn.find((r) => r.responseId === response.responseId);
  if (waiting && sameAnswers(waiting, response)) return null;
  const kept = waiting ? { ...response, responseId: newResponseId() } : response;
  useGroupStore.setState({ handedIn: [...handedIn, kept] });
  const error = useGroupStore.getState().saveError;
  if (error !== null) useGroupStore.setState({ handedIn });
  return error;
}

/**
 * Hands in and clears the answers for the next person. When the response cannot be kept on
 * the device, nothing is cleared and the error is returned for the participant to see.
 */
export function handInAndClear(bank: Bank, response: ResponseEnvelope): string | null {
  const error = handIn(response);
  if (error === null) clearForNextPerson(bank);
  return error;
}
