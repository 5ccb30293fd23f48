/**
 * Group sessions on this device, saved apart from the personal assessment:
 *   session   the facilitator's session (details, every response handed in, consensus)
 *   joined    the session a participant joined through a link (shown as a banner)
 *   handedIn  responses handed in on a shared device, waiting for the facilitator
 * Every read is validated; what fails is kept aside for download, never dropped. A failed save
 * is reported to the save warning, which offers the session file for download. When another
 * tab saves the group while this one could not, the two are merged (`catchUpGroup`).
 */
import { z } from '../domain/zod';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import {
  checkSessionData,
  migrateSessionVersion1,
  SessionFileSchema,
  type SessionFile,
} from '../domain/group/session';
import { checkResponseEnvelope } from '../domain/response/check-response';
import { SessionDetailsSchema, type SessionDetails } from '../domain/group/session-link';
import {
  migrateResponseVersion1,
  ResponseEnvelopeSchema,
  type ResponseEnvelope,
} from '../domain/response/response-schema';
import { useAssessmentStore } from './assessment-store';
import {
  lastKnown,
  listKeptAside,
  readRaw,
  remember,
  removeRaw,
  saveValue,
  setAside,
  setAsideAndRemove,
} from './device-storage';
import { GROUP_STORAGE_KEY } from './storage-keys';
import { provideJoinedSession } from './joined-session';
import { mergeGroup } from './tab-merge';
import { known } from '../domain/said';

export { GROUP_STORAGE_KEY };
/** 2: sessions and responses in file format version 2 (targets and the action plan). */
const GROUP_VERSION = 2;

/**
 * Saved group data of version 1 as version 2: the session and every response brought up to
 * format version 2 the way an imported file is (nothing lost; the result is then validated).
 */
export function migrateStoredGroupVersion1(state: unknown): unknown {
  if (typeof state !== 'object' || state === null) return state;
  const old = state as { session?: unknown; handedIn?: unknown };
  const responses = (list: unknown) =>
    Array.isArray(list) ? list.map((r: unknown) => migrateResponseVersion1(r)) : list;
  const session = migrateSessionVersion1(old.session);
  return {
    ...old,
    session:
      typeof session === 'object' && session !== null
        ? {
            ...session,
            responses: responses((session as { responses?: unknown }).responses),
          }
        : session,
    handedIn: responses(old.handedIn),
  };
}

export const StoredGroupSchema = z.object({
  session: z.nullable(SessionFileSchema),
  joined: z.nullable(SessionDetailsSchema),
  handedIn: z.array(ResponseEnvelopeSchema).check(z.maxLength(500)),
});
export type StoredGroup = z.infer<typeof StoredGroupSchema>;

/** The saved group with the session and the responses taken as they are, checked one by one. */
const StoredGroupOuterSchema = z.object({
  session: z.unknown(),
  joined: z.nullable(SessionDetailsSchema),
  handedIn: z.array(z.unknown()).check(z.maxLength(500)),
});

/**
 * StoredGroupSchema.safeParse(state), faster where the answers are plainly valid (the session's
 * responses and those handed in: checkSessionData, checkResponseEnvelope). It runs before any
 * facilitator page is drawn. Anything else goes through the whole schema.
 */
export function checkStoredGroup(state: unknown): ReturnType<typeof StoredGroupSchema.safeParse> {
  const whole = () => StoredGroupSchema.safeParse(state);
  const outer = StoredGroupOuterSchema.safeParse(state);
  if (!outer.success) return whole();
  let session: SessionFile | null = null;
  if (outer.data.session !== null) {
    const checked = checkSessionData(outer.data.session);
    if (!checked.success) return whole();
    session = checked.data;
  }
  const handedIn: ResponseEnvelope[] = [];
  for (const raw of outer.data.handedIn) {
    const checked = checkResponseEnvelope(raw);
    if (!checked.success) return whole();
    handedIn.push(checked.data);
  }
  return { success: true, data: { ...outer.data, session, handedIn } };
}

export type GroupState = StoredGroup & { saveError: string | null };

/** Why a saved group session was kept aside, stored in English (see KEPT_ASIDE_REASONS). */
const GROUP_REASONS = {
  newer: known(
    /*i18n*/ {
      id: 'A group session saved by a newer version of Rally.',
      message: 'A group session saved by a newer version of Rally.',
    },
  ),
  changed: known(
    /*i18n*/ {
      id: 'A saved group session that is damaged or was changed outside Rally.',
      message: 'A saved group session that is damaged or was changed outside Rally.',
    },
  ),
  damaged: known(
    /*i18n*/ {
      id: 'A saved group session that was damaged, so it could not be read.',
      message: 'A saved group session that was damaged, so it could not be read.',
    },
  ),
};

export type ReadGroupResult = { ok: true; state: StoredGroup } | { ok: false; reason: string };

/** Reads what localStorage held under the group key. Never throws. */
export function readStoredGroup(raw: string): ReadGroupResult {
  try {
    const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
    const state = checkStoredGroup(
      parsed.version === 1 ? migrateStoredGroupVersion1(parsed.state) : parsed.state,
    );
    if ((parsed.version === GROUP_VERSION || parsed.version === 1) && state.success)
      return { ok: true, state: state.data };
    return {
      ok: false,
      reason:
        typeof parsed.version === 'number' && parsed.version > GROUP_VERSION
          ? GROUP_REASONS.newer
          : GROUP_REASONS.changed,
    };
  } catch {
    return {
      ok: false,
      reason: GROUP_REASONS.damaged,
    };
  }
}

function showKeptAside() {
  useAssessmentStore.setState({ keptAside: listKeptAside() });
}

const storage: PersistStorage<StoredGroup> = {
  getItem(name) {
    const raw = readRaw(name);
    if (raw === null) return null;
    const read = readStoredGroup(raw);
    if (read.ok) {
      remember(name, raw);
      return { state: read.state, version: GROUP_VERSION };
    }
    // Removed only once a copy is safely aside; otherwise it stays, and is not overwritten.
    if (setAsideAndRemove(name, raw, read.reason)) showKeptAside();
    return null;
  },
  setItem(name, value) {
    const error = saveValue('group', name, JSON.stringify(value));
    if (error !== useGroupStore.getState().saveError) useGroupStore.setState({ saveError: error });
  },
  removeItem: removeRaw,
};

export const useGroupStore = create<GroupState>()(
  persist(
    () => ({
      session: null as SessionFile | null,
      joined: null as SessionDetails | null,
      handedIn: [] as ResponseEnvelope[],
      saveError: null as string | null,
    }),
    {
      name: GROUP_STORAGE_KEY,
      version: GROUP_VERSION,
      storage,
      partialize: (s): StoredGroup => ({
        session: s.session,
        joined: s.joined,
        handedIn: s.handedIn,
      }),
    },
  ),
);

// Pages that only need the joined session read it through joined-session.ts.
provideJoinedSession(useGroupStore);

const stored = (s: GroupState): StoredGroup => ({
  session: s.session,
  joined: s.joined,
  handedIn: s.handedIn,
});

/**
 * Another tab saved the group. With nothing unsaved here, this tab simply loads it. Otherwise
 * the two are merged, so that neither tab's changes are lost; a session that cannot be merged
 * (the tabs hold different sessions) is kept aside.
 */
export async function catchUpGroup(): Promise<void> {
  const mine = useGroupStore.getState();
  const theirsRaw = readRaw(GROUP_STORAGE_KEY);
  if (mine.saveError === null) {
    await useGroupStore.persist.rehydrate();
    // What the other tab saved could not be used (it is kept aside): save this tab's again.
    if (theirsRaw === null || !readStoredGroup(theirsRaw).ok) useGroupStore.setState({});
    return;
  }
  if (theirsRaw === null) {
    useGroupStore.setState({});
    return;
  }
  const theirs = readStoredGroup(theirsRaw);
  if (!theirs.ok) {
    if (setAside(GROUP_STORAGE_KEY, theirsRaw, theirs.reason)) showKeptAside();
    useGroupStore.setState({});
    return;
  }
  const baseRaw = lastKnown(GROUP_STORAGE_KEY);
  const base = baseRaw === undefined ? null : readStoredGroup(baseRaw);
  const { merged, setAside: other } = mergeGroup(
    base?.ok ? base.state : null,
    stored(mine),
    theirs.state,
  );
  remember(GROUP_STORAGE_KEY, theirsRaw);
  if (other) {
    // Kept aside before it is overwritten; if that fails, the save below is refused instead.
    const kept = setAside(
      GROUP_STORAGE_KEY,
      theirsRaw,
      `A group session ("${other.session.partnershipName}") saved in another tab while this tab could not save.`,
    );
    if (kept) showKeptAside();
  }
  useGroupStore.setState(merged);
}
