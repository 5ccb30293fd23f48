/**
 * Group sessions on this device, saved apart from the personal assessment:
 *   session   the facilitator's session (details, every response handed in, consensus)
 *   joined    the session a participant joined through a link (shown as a banner)
 *   handedIn  responses handed in on a shared device, waiting for the facilitator
 * Every read is validated; what fails is kept aside for download, never dropped.
 */
import { z } from '../domain/zod';
import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { SessionFileSchema, type SessionFile } from '../domain/group/session';
import { SessionDetailsSchema, type SessionDetails } from '../domain/group/session-link';
import { ResponseEnvelopeSchema, type ResponseEnvelope } from '../domain/response/response-schema';
import { keepAside, readRaw, removeRaw, writeRaw } from './device-storage';

export const GROUP_STORAGE_KEY = 'rally:group';
const GROUP_VERSION = 1;

const StoredGroupSchema = z.object({
  session: SessionFileSchema.nullable(),
  joined: SessionDetailsSchema.nullable(),
  handedIn: z.array(ResponseEnvelopeSchema).max(500),
});
export type StoredGroup = z.infer<typeof StoredGroupSchema>;

export type GroupState = StoredGroup & { saveError: string | null };

const storage: PersistStorage<StoredGroup> = {
  getItem(name) {
    const raw = readRaw(name);
    if (raw === null) return null;
    try {
      const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
      const state = StoredGroupSchema.safeParse(parsed.state);
      if (parsed.version === GROUP_VERSION && state.success)
        return { state: state.data, version: GROUP_VERSION };
      keepAside(
        raw,
        typeof parsed.version === 'number' && parsed.version > GROUP_VERSION
          ? 'A group session saved by a newer version of Rally.'
          : 'A saved group session that did not pass checks.',
      );
    } catch {
      keepAside(raw, 'A saved group session that was damaged (not valid JSON).');
    }
    removeRaw(name);
    return null;
  },
  setItem(name, value) {
    const error = writeRaw(name, JSON.stringify(value));
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
