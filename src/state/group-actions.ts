/** The only writers of the group store. */
import type { Bank } from '../domain/bank/bank-schema';
import type { ConsensusRecord } from '../domain/group/consensus';
import {
  createSession,
  mergeResponses,
  removeResponse,
  type IncomingResponse,
  type MergeResult,
  type SessionFile,
} from '../domain/group/session';
import type { SessionDetails } from '../domain/group/session-link';
import type { ResponseEnvelope } from '../domain/response/response-schema';
import { useGroupStore } from './group-store';

const touch = (session: SessionFile): SessionFile => ({
  ...session,
  updatedAt: new Date().toISOString(),
});

export function startSession(bank: Bank, details: SessionDetails) {
  useGroupStore.setState({ session: createSession(bank, details, new Date()) });
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

export function removeRespondent(responseId: string) {
  const { session } = useGroupStore.getState();
  if (!session) return;
  useGroupStore.setState({
    session: touch({ ...session, responses: removeResponse(session.responses, responseId) }),
  });
}

export function saveConsensus(records: ConsensusRecord[]) {
  const { session } = useGroupStore.getState();
  if (!session) return;
  useGroupStore.setState({ session: touch({ ...session, consensus: records }) });
}

export function joinSession(details: SessionDetails) {
  useGroupStore.setState({ joined: details });
}

export function leaveSession() {
  useGroupStore.setState({ joined: null });
}

/** Pass the device: keeps a participant's response for the facilitator, out of sight. */
export function handIn(response: ResponseEnvelope) {
  const { handedIn } = useGroupStore.getState();
  if (handedIn.some((r) => r.responseId === response.responseId)) return;
  useGroupStore.setState({ handedIn: [...handedIn, response] });
}

export function takeHandedIn(): ResponseEnvelope[] {
  const { handedIn } = useGroupStore.getState();
  useGroupStore.setState({ handedIn: [] });
  return handedIn;
}
