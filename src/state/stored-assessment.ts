/**
 * What is saved on this device, and how older saved data is brought up to date.
 *
 * The saved record holds facts only: answers by item id, section comments, where the user
 * was, and when. Scores are always derived. Every read is validated; anything that cannot be
 * read or migrated is kept aside for download, never dropped.
 */
import { z } from '../domain/zod';
import { known, type Message } from '../domain/said';
import { AnswerMapSchema, MAX_SAVED_TEXT } from '../domain/answers/answer-schema';
import { TextLanguagesSchema } from '../domain/response/response-schema';
import { TargetsSchema } from '../domain/plan/targets';
import { ActionSchema, MAX_PLAN_ACTIONS } from '../domain/plan/action-plan';

export const STORAGE_KEY = 'rally:assessment';
export { KEPT_ASIDE_PREFIX } from './storage-keys';
export const STORE_VERSION = 3;

export const StoredAssessmentSchema = z.object({
  bankId: z.nullable(z.string().check(z.maxLength(60))),
  bankVersion: z.nullable(z.string().check(z.maxLength(20))),
  responseId: z.string().check(z.minLength(1), z.maxLength(60)),
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  answers: AnswerMapSchema,
  // As long as any field keeps, so a comment typed past its limit still loads.
  comments: z.record(
    z.string().check(z.maxLength(60)),
    z.string().check(z.maxLength(MAX_SAVED_TEXT)),
  ),
  position: z.nullable(
    z.object({
      sectionId: z.string().check(z.maxLength(60)),
      pageId: z.string().check(z.maxLength(60)),
    }),
  ),
  /** Sections the user has been through to the end (pressed Continue on the last page). */
  finished: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100)),
  /** The language each comment (by section id) and free-text answer (by item id) was written in. */
  commentLanguages: TextLanguagesSchema,
  answerLanguages: TextLanguagesSchema,
  /** Version 3: the respondent's own targets and action plan (src/domain/plan). */
  targets: z.optional(TargetsSchema),
  actions: z.optional(z.array(ActionSchema).check(z.maxLength(MAX_PLAN_ACTIONS))),
});
export type StoredAssessment = z.infer<typeof StoredAssessmentSchema>;

const EnvelopeSchema = z.object({
  state: z.unknown(),
  version: z.number().check(z.int(), z.gte(0)),
});

/**
 * One function per version bump, each taking the previous version's state.
 * v1 had no comments, no record of finished sections, and kept the position as one
 * "section/page" string. v2 had no targets and no action plan.
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
  2: (old) => ({ ...old, targets: {}, actions: [] }),
};

/** What each saved field is, in words a person knows, for the message when one is damaged. */
const SAVED_PARTS: Record<string, Message> = {
  bankId: /*i18n*/ {
    id: 'the question bank they belong to',
    message: 'the question bank they belong to',
  },
  bankVersion: /*i18n*/ {
    id: 'the version of the question bank',
    message: 'the version of the question bank',
  },
  responseId: /*i18n*/ { id: 'their identifier', message: 'their identifier' },
  createdAt: /*i18n*/ { id: 'the date they were started', message: 'the date they were started' },
  updatedAt: /*i18n*/ { id: 'the date they last changed', message: 'the date they last changed' },
  answers: /*i18n*/ { id: 'an answer', message: 'an answer' },
  comments: /*i18n*/ { id: 'a comment', message: 'a comment' },
  position: /*i18n*/ { id: 'the page you were on', message: 'the page you were on' },
  finished: /*i18n*/ {
    id: 'the list of finished sections',
    message: 'the list of finished sections',
  },
};
const SOME_PART: Message = /*i18n*/ { id: 'part of them', message: 'part of them' };

/**
 * Why saved answers were kept aside. The reason is stored on the device in English with the
 * data; each is written for the catalogue and remembered (`known`), so that the page listing
 * kept data shows it in the language in use (src/domain/said.ts).
 */
export const KEPT_ASIDE_REASONS = {
  damaged: known(
    /*i18n*/ {
      id: 'The saved answers were damaged, so they could not be read.',
      message: 'The saved answers were damaged, so they could not be read.',
    },
  ),
  unknownForm: known(
    /*i18n*/ {
      id: 'The saved answers were not in a form this version of Rally recognises.',
      message: 'The saved answers were not in a form this version of Rally recognises.',
    },
  ),
  newer: known(
    /*i18n*/ {
      id: 'The saved answers were made by a newer version of Rally. They have been kept so that the newer version can still read them.',
      message:
        'The saved answers were made by a newer version of Rally. They have been kept so that the newer version can still read them.',
    },
  ),
  tooOld: known(
    /*i18n*/ {
      id: 'The saved answers were made by an old version of Rally that this version cannot upgrade.',
      message:
        'The saved answers were made by an old version of Rally that this version cannot upgrade.',
    },
  ),
} as const;

function unusable(part: Message): string {
  return known(
    /*i18n*/ {
      id: 'The saved answers could not be used: {part} is damaged or was changed outside Rally.',
      message:
        'The saved answers could not be used: {part} is damaged or was changed outside Rally.',
      values: { part },
    },
  );
}
const UNUSABLE = new Map(Object.entries(SAVED_PARTS).map(([k, part]) => [k, unusable(part)]));
const UNUSABLE_SOME = unusable(SOME_PART);

export type ReadResult =
  | { ok: true; state: StoredAssessment; migratedFrom: number | null }
  | { ok: false; reason: string };

/** Reads what localStorage held: parse, migrate older versions, validate. Never throws. */
export function readStoredAssessment(raw: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: KEPT_ASIDE_REASONS.damaged };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (
    !envelope.success ||
    typeof envelope.data.state !== 'object' ||
    envelope.data.state === null
  ) {
    return {
      ok: false,
      reason: KEPT_ASIDE_REASONS.unknownForm,
    };
  }
  const { version } = envelope.data;
  if (version > STORE_VERSION) {
    return {
      ok: false,
      reason: KEPT_ASIDE_REASONS.newer,
    };
  }
  let state = envelope.data.state as Record<string, unknown>;
  for (let v = version; v < STORE_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      return {
        ok: false,
        reason: KEPT_ASIDE_REASONS.tooOld,
      };
    state = step(state);
  }
  const parsed = StoredAssessmentSchema.safeParse(state);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return {
      ok: false,
      reason: (typeof field === 'string' && UNUSABLE.get(field)) || UNUSABLE_SOME,
    };
  }
  return { ok: true, state: parsed.data, migratedFrom: version < STORE_VERSION ? version : null };
}
