/**
 * What is saved on this device, and how older saved data is brought up to date.
 *
 * The saved record holds facts only: answers by item id, section comments, where the user
 * was, and when. Scores are always derived. Every read is validated; anything that cannot be
 * read or migrated is kept aside for download, never dropped.
 */
import { z } from '../domain/zod';
import { AnswerMapSchema, MAX_SAVED_TEXT } from '../domain/answers/answer-schema';
import { TextLanguagesSchema } from '../domain/response/response-schema';

export const STORAGE_KEY = 'rally:assessment';
export const KEPT_ASIDE_PREFIX = 'rally:kept-aside:';
export const STORE_VERSION = 2;

export const StoredAssessmentSchema = z.object({
  bankId: z.string().max(60).nullable(),
  bankVersion: z.string().max(20).nullable(),
  responseId: z.string().min(1).max(60),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  answers: AnswerMapSchema,
  // As long as any field keeps, so a comment typed past its limit still loads.
  comments: z.record(z.string().max(60), z.string().max(MAX_SAVED_TEXT)),
  position: z.object({ sectionId: z.string().max(60), pageId: z.string().max(60) }).nullable(),
  /** Sections the user has been through to the end (pressed Continue on the last page). */
  finished: z.array(z.string().max(60)).max(100),
  /** The language each comment (by section id) and free-text answer (by item id) was written in. */
  commentLanguages: TextLanguagesSchema,
  answerLanguages: TextLanguagesSchema,
});
export type StoredAssessment = z.infer<typeof StoredAssessmentSchema>;

const EnvelopeSchema = z.object({ state: z.unknown(), version: z.number().int().min(0) });

/**
 * One function per version bump, each taking the previous version's state.
 * v1 had no comments, no record of finished sections, and kept the position as one
 * "section/page" string.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => {
    const pos = typeof old.position === 'string' ? old.position.split('/') : null;
    return {
      ...old,
      comments: {},
      finished: [],
      position: pos && pos.length === 2 ? { sectionId: pos[0], pageId: pos[1] } : null,
    };
  },
};

export type ReadResult =
  | { ok: true; state: StoredAssessment; migratedFrom: number | null }
  | { ok: false; reason: string };

/** Reads what localStorage held: parse, migrate older versions, validate. Never throws. */
export function readStoredAssessment(raw: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'The saved answers were damaged (not valid JSON).' };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (
    !envelope.success ||
    typeof envelope.data.state !== 'object' ||
    envelope.data.state === null
  ) {
    return {
      ok: false,
      reason: 'The saved answers were not in a form this version of Rally recognises.',
    };
  }
  const { version } = envelope.data;
  if (version > STORE_VERSION) {
    return {
      ok: false,
      reason: `The saved answers come from a newer version of Rally (storage version ${version}). They have been kept so that the newer version can still read them.`,
    };
  }
  let state = envelope.data.state as Record<string, unknown>;
  for (let v = version; v < STORE_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        reason: `The saved answers use storage version ${version}, which cannot be upgraded.`,
      };
    state = step(state);
  }
  const parsed = StoredAssessmentSchema.safeParse(state);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      reason: `The saved answers did not pass checks (${first ? `${first.path.join('.') || 'top level'}: ${first.message}` : 'unknown problem'}).`,
    };
  }
  return { ok: true, state: parsed.data, migratedFrom: version < STORE_VERSION ? version : null };
}
