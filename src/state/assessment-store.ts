/**
 * The one store of the app. It holds what the user said (answers by item id, comments) and
 * where they were; everything else (progress, statuses, scores) is derived by selectors.
 * It is saved to localStorage on every change, with a version and migrations
 * (`stored-assessment.ts`).
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import type { AnswerMap, AnswerValue } from '../domain/answers/answer-schema';
import {
  listKeptAside,
  readRaw,
  remember,
  removeRaw,
  saveValue,
  setAsideAndRemove,
  type KeptAside,
} from './device-storage';
import {
  STORAGE_KEY,
  STORE_VERSION,
  readStoredAssessment,
  type StoredAssessment,
} from './stored-assessment';

export type AssessmentState = StoredAssessment & {
  /** Saved data that could not be used, kept for download. Not persisted with the answers. */
  keptAside: KeptAside[];
  /** The last save failure, or null when the last save worked. */
  saveError: string | null;
  /** Set when saved data was upgraded from an older storage version this session. */
  migratedFrom: number | null;
};

export function newResponseId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A new action id (random), for a new action in any plan. */
export function newActionId(): string {
  return newResponseId();
}

export function emptyAssessment(now = new Date().toISOString()): StoredAssessment {
  return {
    bankId: null,
    bankVersion: null,
    responseId: newResponseId(),
    createdAt: now,
    updatedAt: now,
    answers: {},
    comments: {},
    position: null,
    finished: [],
    targets: {},
    actions: [],
  };
}

let migratedFrom: number | null = null;

const storage: PersistStorage<StoredAssessment> = {
  getItem(name) {
    const raw = readRaw(name);
    if (raw === null) return null;
    const read = readStoredAssessment(raw);
    if (!read.ok) {
      // Removed only once a copy is safely aside; otherwise it stays, and is not overwritten.
      setAsideAndRemove(name, raw, read.reason);
      return null;
    }
    remember(name, raw);
    migratedFrom = read.migratedFrom;
    return { state: read.state, version: STORE_VERSION };
  },
  setItem(name, value: StorageValue<StoredAssessment>) {
    const error = saveValue('assessment', name, JSON.stringify(value));
    if (error !== useAssessmentStore.getState().saveError)
      useAssessmentStore.setState({ saveError: error });
  },
  removeItem(name) {
    removeRaw(name);
  },
};

export const useAssessmentStore = create<AssessmentState>()(
  persist(
    () => ({
      ...emptyAssessment(),
      keptAside: [] as KeptAside[],
      saveError: null as string | null,
      migratedFrom: null as number | null,
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage,
      partialize: (s): StoredAssessment => ({
        bankId: s.bankId,
        bankVersion: s.bankVersion,
        responseId: s.responseId,
        createdAt: s.createdAt,
        updatedAt: s.updatedAt,
        answers: s.answers,
        comments: s.comments,
        position: s.position,
        finished: s.finished,
        ...(s.commentLanguages ? { commentLanguages: s.commentLanguages } : {}),
        ...(s.answerLanguages ? { answerLanguages: s.answerLanguages } : {}),
        targets: s.targets ?? {},
        actions: s.actions ?? [],
      }),
      onRehydrateStorage: () => () => {
        useAssessmentStore.setState({ keptAside: listKeptAside(), migratedFrom });
      },
    },
  ),
);

export type { AnswerMap, AnswerValue };
