/**
 * The group session a participant has joined, for the pages that only need to know whether
 * there is one (check your answers and results offer "Hand in your answers"), without the group
 * store and the session file's checks it brings (the `session-data` chunk, about 15 KB and the
 * building of its schemas) on a device where no session is saved: a council officer answering
 * alone never needs them.
 *
 * The group store hands itself over here when its code runs, whoever loaded it. The app loads
 * it, with the session banner, before it draws any page while a session may be saved, and after
 * every move once one may be (src/app/app.tsx, `sessionMaybeSaved`); the join page loads it too.
 * So where a session is saved, the store is here before these pages draw.
 */
import { useSyncExternalStore } from 'react';
import type { SessionDetails } from '../domain/group/session-link';

type JoinedSource = {
  getState(): { joined: SessionDetails | null };
  subscribe(listener: () => void): () => void;
};

let source: JoinedSource | null = null;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** Called once by the group store as it is made. */
export function provideJoinedSession(store: JoinedSource): void {
  if (source) return;
  source = store;
  store.subscribe(notify);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The joined session's details, or null: none, or the group store's code not needed yet. */
export function useJoinedSession(): SessionDetails | null {
  return useSyncExternalStore(
    subscribe,
    () => source?.getState().joined ?? null,
    () => null,
  );
}
