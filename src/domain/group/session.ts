/**
 * The session file: a whole group session (its details, every response handed in, and the
 * group's consensus records), as the facilitator saves and restores it.
 *
 * Envelope (format version 2):
 *   format         always "rally-session"
 *   formatVersion  2; a file with a higher number was made by a newer version of Rally. A
 *                  version 1 file is read and brought up to version 2 first
 *                  (`migrateSessionVersion1`): each agreed record's free-text actions move into
 *                  the action plan, and each record gets an empty target. Nothing is lost.
 *   bankId, bankVersion   the question bank every response answers
 *   session        { id, partnershipName, date, label? } (see session-link.ts)
 *   responses      response envelopes (response-schema.ts), at most 500
 *   consensus      consensus records (consensus.ts), at most one per dimension, each with
 *                  the group's agreed score, reason and target
 *   actions        the group's action plan (src/domain/plan/action-plan.ts), in order, at most
 *                  120; added in version 2
 *   previousCycle  optional: the earlier cycle this session follows, what it agreed and aimed
 *                  for (src/domain/plan/previous-cycle.ts); one that cannot be read is listed
 *                  in `unreadable` and left out
 *   createdAt, updatedAt  ISO 8601 date-times
 *
 * Reading never throws and never trusts the file. It checks, in order: size, JSON, that it is
 * a Rally session file, its version, its bank (same rule as a response file: another bank or
 * major version is refused, another minor or patch version is read with a warning), the shape
 * and sizes of the session itself, then every response as the response file it would be
 * written out as (parseResponseData, which migrates version 1 responses: the same as
 * parseResponseFile given that text, without writing it), every consensus record and every
 * action through its schema. A response or record that cannot be read does not stop
 * the rest: the session opens with the good ones, and each bad one is listed in `unreadable`
 * with the reason and its text, for the facilitator to see and download. Answers a bank cannot
 * use are dropped with a warning, as for a single response. A response that appears twice with
 * the same answers is kept once, with a warning; with different answers, the first is kept and
 * the other listed as unreadable. A dimension with two consensus records keeps the first.
 *
 * Fields this version does not know (at the top of the file, in a response or in a consensus
 * record, as a newer version might write) are kept and written back by serializeSession, as
 * Excalidraw's restore keeps unknown element properties, so that opening and saving a file in
 * this version never strips what a newer one put there.
 *
 * Merging responses into a session (`mergeResponses`) takes already-read inputs (files or
 * codes), keeps every valid new response, and reports duplicates (the same response, with the
 * same answers, already there or earlier in the same batch), the inputs that could not be read
 * or that clash with a different response under the same id, and any past the limit of 500. It
 * never changes its inputs.
 */
import { msg } from '@lingui/core/macro';
import { ownPhrase, z } from '../zod';
import { english, messageFor } from '../said';
import type { Bank } from '../bank/bank-schema';
import { IdSchema } from '../bank/bank-ids';
import {
  MAX_FILE_CHARS,
  parseResponseData,
  parseResponseFile,
  type ParseResponseOptions,
  type ParseResponseResult,
} from '../response/response-file';
import { readEnvelope } from '../response/read-envelope';
import { FILE_MESSAGES, issueDetails, sessionPart } from '../response/file-messages';
import { checkKeptEnvelope, KeptEnvelopeSchema } from '../response/check-response';
import type { ResponseEnvelope } from '../response/response-schema';
import { aggregateGroup } from './aggregate';
import type { Answered } from './aggregate';
import { ConsensusRecordSchema } from './consensus';
import { SessionDetailsSchema } from './session-link';
import type { SessionDetails } from './session-link';
import type { Message } from './message';
import { ConsensusRecordVersion1Schema } from './consensus';
import { ACTION_KEYS, ActionSchema, MAX_PLAN_ACTIONS, orderedAction } from '../plan/action-plan';
import type { Action } from '../plan/action-plan';
import { actionFromVersion1 } from '../plan/from-version-1';
import { orderedPreviousCycle, PreviousCycleSchema } from '../plan/previous-cycle';
import type { PreviousCycle } from '../plan/previous-cycle';

export const SESSION_FORMAT = 'rally-session';
export const SESSION_FORMAT_VERSION = 2;
/** The oldest format version still read (and migrated) on import. */
export const OLDEST_SESSION_FORMAT_VERSION = 1;
export const MAX_SESSION_RESPONSES = 500;

const TOO_MANY_RESPONSES = ownPhrase(
  /*i18n*/ {
    id: 'holds more than the {most} responses a session can hold',
    message: 'holds more than the {most} responses a session can hold',
    values: { most: MAX_SESSION_RESPONSES },
  },
);
const TOO_MANY_RECORDS = ownPhrase(
  /*i18n*/ {
    id: 'holds more than the 50 records a session can hold',
    message: 'holds more than the 50 records a session can hold',
  },
);
/** Larger texts are refused unread: 500 full responses with long comments fit well within this. */
export const MAX_SESSION_FILE_CHARS = 30_000_000;

const IsoDateTime = z.iso.datetime({ offset: true });

/** A response in a session: fields this version does not know are kept. */
export const SessionResponseSchema = KeptEnvelopeSchema;
export type SessionResponse = z.infer<typeof SessionResponseSchema>;
// A record that still holds version 1 actions (one that could not be migrated) is unreadable,
// listed with its text, as it was in version 1; it is never read without them.
const ReadConsensusSchema = z.catchall(
  z.extend(ConsensusRecordSchema, { actions: z.optional(z.never()) }),
  z.unknown(),
);
const SessionConsensusSchema = z.catchall(ConsensusRecordSchema, z.unknown());
const SessionActionSchema = z.catchall(ActionSchema, z.unknown());
const TOO_MANY_ACTIONS = ownPhrase(
  /*i18n*/ {
    id: 'holds more than the {most} actions a plan can hold',
    message: 'holds more than the {most} actions a plan can hold',
    values: { most: MAX_PLAN_ACTIONS },
  },
);

export const SessionFileSchema = z.looseObject({
  format: z.literal(SESSION_FORMAT),
  formatVersion: z.literal(SESSION_FORMAT_VERSION),
  bankId: IdSchema,
  bankVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version number like 1.0.0')),
  session: SessionDetailsSchema,
  responses: z
    .array(SessionResponseSchema)
    .check(z.maxLength(MAX_SESSION_RESPONSES, TOO_MANY_RESPONSES)),
  consensus: z._default(
    z.array(SessionConsensusSchema).check(z.maxLength(50, TOO_MANY_RECORDS)),
    [],
  ),
  actions: z._default(
    z.array(SessionActionSchema).check(z.maxLength(MAX_PLAN_ACTIONS, TOO_MANY_ACTIONS)),
    [],
  ),
  previousCycle: z.optional(PreviousCycleSchema),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

/** Everything but the responses, which `checkSessionData` checks one by one. */
const WithoutResponsesSchema = z.extend(SessionFileSchema, {
  responses: z.array(z.unknown()).check(z.maxLength(MAX_SESSION_RESPONSES, TOO_MANY_RESPONSES)),
});

/**
 * SessionFileSchema.safeParse(data) for a session as the app saves it (a group session on the
 * device), faster where each response's answers are plainly valid (checkKeptEnvelope): a
 * session of 60 responses took zod about 60 ms on a laptop, on the way to every facilitator
 * page. Anything else goes through the whole schema, so every failure is zod's own.
 */
export function checkSessionData(data: unknown): ReturnType<typeof SessionFileSchema.safeParse> {
  const outer = WithoutResponsesSchema.safeParse(data);
  if (outer.success) {
    const responses: SessionResponse[] = [];
    for (const raw of outer.data.responses) {
      const response = checkKeptEnvelope(raw);
      if (!response.success) return SessionFileSchema.safeParse(data);
      responses.push(response.data);
    }
    // The responses keep their place among the fields.
    return { success: true, data: { ...outer.data, responses } };
  }
  return SessionFileSchema.safeParse(data);
}

/** The outer shape only: responses and records are checked one by one. */
const OuterSchema = z.extend(SessionFileSchema, {
  responses: z.array(z.unknown()).check(z.maxLength(MAX_SESSION_RESPONSES, TOO_MANY_RESPONSES)),
  consensus: z._default(z.array(z.unknown()).check(z.maxLength(50, TOO_MANY_RECORDS)), []),
  actions: z._default(
    z.array(z.unknown()).check(z.maxLength(MAX_PLAN_ACTIONS, TOO_MANY_ACTIONS)),
    [],
  ),
  previousCycle: z.optional(z.unknown()),
});

/** Part of a session file that could not be read: what it is, why, and its text. */
export type UnreadablePart = { what: string; message: string; text: string };

export type ParseSessionResult =
  | { ok: true; session: SessionFile; warnings: string[]; unreadable: UnreadablePart[] }
  | { ok: false; message: string };

const SESSION_KEYS = [
  'format',
  'formatVersion',
  'bankId',
  'bankVersion',
  'session',
  'responses',
  'consensus',
  'actions',
  'previousCycle',
  'createdAt',
  'updatedAt',
] as const;
const RESPONSE_KEYS = [
  'format',
  'formatVersion',
  'bankId',
  'bankVersion',
  'responseId',
  'createdAt',
  'updatedAt',
  'about',
  'answers',
  'comments',
  'commentLanguages',
  'answerLanguages',
  'targets',
  'actions',
] as const;
const CONSENSUS_KEYS = ['dimensionId', 'agreedScore', 'rationale', 'targetScore'] as const;

/** The fields of `value` that are not in `known`, to be kept as they are. */
function unknownFields(value: unknown, known: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([k]) => !known.includes(k) && k !== '__proto__'),
  );
}

/** Unknown fields nested deeper than this are not kept: no real data is, and they could not be saved. */
const MAX_UNKNOWN_DEPTH = 64;

/** Whether `value` nests objects or arrays more than `max` levels deep (without recursing). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (depth > max) return true;
    if (typeof v === 'object' && v !== null)
      for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The unknown fields of `value` that can be kept; any nested too deeply to save is listed in
 * `unreadable` instead, under `what`.
 */
function keptUnknownFields(
  value: unknown,
  known: readonly string[],
  whatGiven: string | (() => string),
  unreadable: UnreadablePart[],
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(unknownFields(value, known))) {
    if (nestedDeeperThan(v, MAX_UNKNOWN_DEPTH)) {
      const what = typeof whatGiven === 'string' ? whatGiven : whatGiven();
      unreadable.push({
        what: english(
          /*i18n*/ {
            id: '{what}, field "{field}"',
            message: '{what}, field "{field}"',
            values: { what: messageFor(what) ?? what, field: k.slice(0, 60) },
          },
        ),
        message: english(
          /*i18n*/ {
            id: 'It is nested too deeply to keep.',
            message: 'It is nested too deeply to keep.',
          },
        ),
        text: '',
      });
    } else kept[k] = v;
  }
  return kept;
}

/** The JSON text of `value`, or '' when it is nested too deeply to write out. */
function textOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** Below this depth JSON.stringify surely has the stack it needs; real responses nest 4 deep. */
const SURELY_WRITTEN_DEPTH = 200;

/**
 * Whether `value` (from JSON.parse) would be written out by JSON.stringify in at most `maxChars`
 * characters and parse back to the same data. Not so for -0 (written "0"), a number too large
 * for JSON (written "null"), or nesting so deep that writing it out could run out of stack.
 * Walks the value once, without recursing; the length is an upper bound (6 characters for each
 * character of text, the most an escape takes; 25 for a number).
 */
function readsBackAsItIs(value: unknown, maxChars: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  let chars = 0;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop()!;
    chars += 1; // the comma after it
    if (typeof v === 'string') chars += 6 * v.length + 2;
    else if (typeof v === 'number') {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      chars += 25;
    } else if (typeof v === 'boolean' || v === null) chars += 5;
    else if (typeof v === 'object') {
      if (depth >= SURELY_WRITTEN_DEPTH) return false;
      chars += 2;
      if (Array.isArray(v))
        for (const child of v) {
          values.push(child);
          depths.push(depth + 1);
        }
      else
        for (const key of Object.keys(v)) {
          chars += 6 * key.length + 3;
          values.push((v as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
    } else return false;
    if (chars > maxChars) return false;
  }
  return true;
}

/** JSON with object keys sorted, so that equal data gives equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v === null || typeof v !== 'object' || Array.isArray(v)
      ? v
      : Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        ),
  );
}

/** Whether two responses hold the same answers, about-you fields, comments, targets and actions. */
export function sameAnswers(a: ResponseEnvelope, b: ResponseEnvelope): boolean {
  return (
    canonical([a.answers, a.comments, a.about, a.targets, a.actions]) ===
    canonical([b.answers, b.comments, b.about, b.targets, b.actions])
  );
}

/** A new, empty session for `bank`. The caller supplies the details (with a random id) and the time. */
export function createSession(bank: Bank, details: SessionDetails, now: Date): SessionFile {
  const at = now.toISOString();
  return {
    format: SESSION_FORMAT,
    formatVersion: SESSION_FORMAT_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    session: SessionDetailsSchema.parse(details),
    responses: [],
    consensus: [],
    actions: [],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * The session as pretty-printed JSON, keys in a fixed order (fields this version does not know
 * after the rest, as they were), ending with a newline.
 */
export function serializeSession(file: SessionFile): string {
  const details: SessionDetails = {
    id: file.session.id,
    partnershipName: file.session.partnershipName,
    date: file.session.date,
    ...(file.session.label === undefined ? {} : { label: file.session.label }),
  };
  const ordered: SessionFile = {
    format: file.format,
    formatVersion: file.formatVersion,
    bankId: file.bankId,
    bankVersion: file.bankVersion,
    session: details,
    responses: file.responses.map((r) => ({
      format: r.format,
      formatVersion: r.formatVersion,
      bankId: r.bankId,
      bankVersion: r.bankVersion,
      responseId: r.responseId,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      about: r.about,
      answers: r.answers,
      comments: r.comments,
      ...(r.commentLanguages ? { commentLanguages: r.commentLanguages } : {}),
      ...(r.answerLanguages ? { answerLanguages: r.answerLanguages } : {}),
      targets: r.targets,
      actions: r.actions.map(orderedAction),
      ...unknownFields(r, RESPONSE_KEYS),
    })),
    consensus: file.consensus.map((c) => ({
      dimensionId: c.dimensionId,
      agreedScore: c.agreedScore,
      rationale: c.rationale,
      targetScore: c.targetScore,
      ...unknownFields(c, CONSENSUS_KEYS),
    })),
    actions: file.actions.map((a) => ({ ...orderedAction(a), ...unknownFields(a, ACTION_KEYS) })),
    ...(file.previousCycle === undefined
      ? {}
      : { previousCycle: orderedPreviousCycle(file.previousCycle) }),
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
    ...unknownFields(file, SESSION_KEYS),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** "Agreed record 2", for a part of a session file that could not be read. */
function agreedRecord(number: number): string {
  return english(
    /*i18n*/ {
      id: 'Agreed record {number}',
      message: 'Agreed record {number}',
      values: { number },
    },
  );
}

/** At most `limit` distinct warnings, then a count of the rest. */
function capped(warnings: string[], limit = 20): string[] {
  const unique = [...new Set(warnings)];
  if (unique.length <= limit) return unique;
  const more = unique.length - limit;
  return [
    ...unique.slice(0, limit),
    english(
      /*i18n*/ {
        id: '{more, plural, one {And # more warning.} other {And # more warnings.}}',
        message: '{more, plural, one {And # more warning.} other {And # more warnings.}}',
        values: { more },
      },
    ),
  ];
}

/**
 * Reads a session file's text against `bank`. Never throws. With `{ warnings: false }` (the
 * programme page's reader, which never shows them), the warnings about each response's answers
 * and comments left out, repeated responses and repeated agreed records are not worded; what is
 * read, what is unreadable, and whether the file is refused, are the same either way.
 */
export function parseSessionFile(
  text: string,
  bank: Bank,
  options: ParseResponseOptions = {},
): ParseSessionResult {
  const worded = options.warnings ?? true;
  const read = readEnvelope(text, bank, {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    oldest: OLDEST_SESSION_FORMAT_VERSION,
    maxChars: MAX_SESSION_FILE_CHARS,
    words: { kind: 'session' },
    otherFormats: { 'rally-response': FILE_MESSAGES.responseNotSession },
  });
  if (!read.ok) return read;
  const { warnings } = read;
  // A version 1 file is brought up to version 2 before anything else is checked.
  const data = migrateSessionVersion1(read.data) as Record<string, unknown>;
  const outer = OuterSchema.safeParse(data);
  if (!outer.success)
    return {
      ok: false,
      message: FILE_MESSAGES.damaged(
        'session',
        issueDetails(outer.error.issues, (path) => sessionPart(bank, data, path)),
      ),
    };

  const responses: SessionResponse[] = [];
  const unreadable: UnreadablePart[] = [];
  const seen = new Map<string, ResponseEnvelope>();
  const repeated: string[] = [];
  for (const [index, raw] of outer.data.responses.entries()) {
    const number = index + 1;
    // Worded only when needed: for a warning, or a part that could not be read.
    let whatText: string | undefined;
    const what = () =>
      (whatText ??= english(
        /*i18n*/ { id: 'Response {number}', message: 'Response {number}', values: { number } },
      ));
    // Each response is read as the response file it would be written out as. Where writing it
    // out and parsing it again gives the same data (all but the odd one out), it is read as it
    // stands: the text is made only for a part that is listed as unreadable.
    let written: string | undefined;
    let parsed: ParseResponseResult;
    if (readsBackAsItIs(raw, MAX_FILE_CHARS)) {
      parsed = parseResponseData(raw, bank, { warnings: worded });
    } else {
      try {
        written = JSON.stringify(raw);
      } catch {
        // JSON.stringify recurses: thousands of levels of nesting exhaust the stack. No response looks like that.
        unreadable.push({
          what: what(),
          message: english(
            /*i18n*/ {
              id: 'It is nested too deeply to read.',
              message: 'It is nested too deeply to read.',
            },
          ),
          text: '',
        });
        continue;
      }
      parsed = parseResponseFile(written, bank, { warnings: worded });
    }
    const text = () => (written ??= JSON.stringify(raw));
    if (!parsed.ok) {
      unreadable.push({ what: what(), message: parsed.message, text: text() });
      continue;
    }
    const earlier = seen.get(parsed.response.responseId);
    if (earlier) {
      if (sameAnswers(earlier, parsed.response)) repeated.push(parsed.response.responseId);
      else
        unreadable.push({
          what: what(),
          message: english(
            /*i18n*/ {
              id: 'An earlier response in the file has the same id but different answers. The earlier one was kept.',
              message:
                'An earlier response in the file has the same id but different answers. The earlier one was kept.',
            },
          ),
          text: text(),
        });
      continue;
    }
    for (const w of parsed.warnings)
      warnings.push(
        english(
          /*i18n*/ {
            id: '{what}: {warning}',
            message: '{what}: {warning}',
            values: { what: messageFor(what()) ?? what(), warning: messageFor(w) ?? w },
          },
        ),
      );
    seen.set(parsed.response.responseId, parsed.response);
    responses.push({
      ...parsed.response,
      ...keptUnknownFields(raw, RESPONSE_KEYS, what, unreadable),
    });
  }
  if (worded && repeated.length) {
    const count = repeated.length;
    warnings.push(
      english(
        /*i18n*/ {
          id: '{count, plural, one {# response appears more than once in the session; each was kept once.} other {# responses appear more than once in the session; each was kept once.}}',
          message:
            '{count, plural, one {# response appears more than once in the session; each was kept once.} other {# responses appear more than once in the session; each was kept once.}}',
          values: { count },
        },
      ),
    );
  }

  const consensus: SessionFile['consensus'] = [];
  for (const [index, raw] of outer.data.consensus.entries()) {
    const record = ReadConsensusSchema.safeParse(raw);
    const recordName = agreedRecord(index + 1);
    if (!record.success) {
      unreadable.push({
        what: recordName,
        message: english(
          /*i18n*/ {
            id: 'It is damaged and could not be read: {details}.',
            message: 'It is damaged and could not be read: {details}.',
            values: {
              details: issueDetails(record.error.issues, (path) =>
                sessionPart(bank, data, ['consensus', index, ...path]),
              ),
            },
          },
        ),
        text: textOf(raw),
      });
      continue;
    }
    if (consensus.some((c) => c.dimensionId === record.data.dimensionId)) {
      const name =
        bank.dimensions.find((d) => d.id === record.data.dimensionId)?.name ??
        record.data.dimensionId;
      if (worded)
        warnings.push(
          english(
            /*i18n*/ {
              id: 'The session holds two agreed records for {name}; the first was kept.',
              message: 'The session holds two agreed records for {name}; the first was kept.',
              values: { name },
            },
          ),
        );
      continue;
    }
    const { dimensionId, agreedScore, rationale, targetScore } = record.data;
    consensus.push({
      dimensionId,
      agreedScore,
      rationale,
      targetScore,
      ...keptUnknownFields(record.data, CONSENSUS_KEYS, recordName, unreadable),
    });
  }

  const actions: SessionFile['actions'] = [];
  for (const [index, raw] of outer.data.actions.entries()) {
    const action = SessionActionSchema.safeParse(raw);
    const number = index + 1;
    const actionName = english(
      /*i18n*/ { id: 'Action {number}', message: 'Action {number}', values: { number } },
    );
    if (!action.success) {
      unreadable.push({
        what: actionName,
        message: english(
          /*i18n*/ {
            id: 'It is damaged and could not be read: {details}.',
            message: 'It is damaged and could not be read: {details}.',
            values: {
              details: issueDetails(action.error.issues, (path) =>
                sessionPart(bank, data, ['actions', index, ...path]),
              ),
            },
          },
        ),
        text: textOf(raw),
      });
      continue;
    }
    if (actions.some((a) => a.id === action.data.id)) {
      unreadable.push({
        what: actionName,
        message: english(
          /*i18n*/ {
            id: 'An earlier action in the file has the same identifier. The earlier one was kept.',
            message:
              'An earlier action in the file has the same identifier. The earlier one was kept.',
          },
        ),
        text: textOf(raw),
      });
      continue;
    }
    actions.push({
      ...orderedAction(action.data),
      ...keptUnknownFields(action.data, ACTION_KEYS, actionName, unreadable),
    });
  }
  // The earlier cycle this session follows: one that cannot be read is listed with its text.
  let previousCycle: PreviousCycle | undefined;
  if (outer.data.previousCycle !== undefined) {
    const read = PreviousCycleSchema.safeParse(outer.data.previousCycle);
    if (read.success) previousCycle = orderedPreviousCycle(read.data);
    else
      unreadable.push({
        what: english(/*i18n*/ { id: 'The earlier cycle', message: 'The earlier cycle' }),
        message: english(
          /*i18n*/ {
            id: 'What the earlier cycle agreed could not be read, so it is left out.',
            message: 'What the earlier cycle agreed could not be read, so it is left out.',
          },
        ),
        text: textOf(outer.data.previousCycle),
      });
  }
  const { format, formatVersion, bankId, bankVersion, createdAt, updatedAt } = outer.data;
  return {
    ok: true,
    session: {
      format,
      formatVersion,
      bankId,
      bankVersion,
      session: { ...outer.data.session },
      responses,
      consensus,
      actions,
      ...(previousCycle === undefined ? {} : { previousCycle }),
      createdAt,
      updatedAt,
      ...keptUnknownFields(
        outer.data,
        SESSION_KEYS,
        english(/*i18n*/ { id: 'The session', message: 'The session' }),
        unreadable,
      ),
    },
    warnings: capped(warnings),
    unreadable,
  };
}

// ---------------------------------------------------------------------------------------
// Version 1
// ---------------------------------------------------------------------------------------

/**
 * A version 1 session file's data as version 2. Each agreed record that reads as version 1 loses
 * its `actions`, which become actions of the plan in record order (actionFromVersion1, ids
 * "r<record>-a<action>"), and gets no target; a record that does not read is left as it was, to
 * be listed as unreadable with its text. Responses stay as they are: each is migrated as it is
 * read. Data of any other version is returned unchanged. Pure.
 */
export function migrateSessionVersion1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const old = data as Record<string, unknown>;
  if (old.formatVersion !== 1) return data;
  const actions: Action[] = [];
  const consensus = Array.isArray(old.consensus)
    ? old.consensus.map((raw: unknown, i) => {
        const record = ConsensusRecordVersion1Schema.safeParse(raw);
        if (!record.success) return raw;
        record.data.actions.forEach((a, k) =>
          actions.push(actionFromVersion1(a, record.data.dimensionId, `r${i + 1}-a${k + 1}`)),
        );
        const { actions: _moved, ...rest } = raw as Record<string, unknown>;
        return { ...rest, targetScore: null };
      })
    : old.consensus;
  return { ...old, formatVersion: 2, consensus, actions };
}

// ---------------------------------------------------------------------------------------
// Merging
// ---------------------------------------------------------------------------------------

/** One input to merge: a file or pasted code, already read (parseResponseFile, decodeResponseCode). */
export type IncomingResponse = {
  /** What the facilitator would recognise: a file name, or "The code on line 2". */
  source: string;
  result:
    { ok: true; response: ResponseEnvelope; warnings?: string[] } | { ok: false; message: string };
};

export type MergeResult = {
  /** The existing responses followed by every new one, in the order given. */
  responses: ResponseEnvelope[];
  /** New responses kept. */
  added: { source: string; responseId: string }[];
  /** Inputs whose response, with the same answers, was already in the session or earlier in this batch. */
  duplicates: { source: string; responseId: string }[];
  /**
   * Inputs that could not be read, that clash with a different response under the same id, or
   * that would take the session past its limit.
   */
  rejected: { source: string; message: string | Message }[];
  /** Warnings from inputs that were kept. */
  warnings: { source: string; message: string }[];
};

/** Adds valid, new responses to `existing`; reports the rest. Pure. */
export function mergeResponses(
  existing: readonly ResponseEnvelope[],
  incoming: readonly IncomingResponse[],
): MergeResult {
  const responses = [...existing];
  const byId = new Map(existing.map((r) => [r.responseId, r]));
  const result: MergeResult = { responses, added: [], duplicates: [], rejected: [], warnings: [] };
  const most = MAX_SESSION_RESPONSES;
  for (const { source, result: input } of incoming) {
    if (!input.ok) {
      result.rejected.push({ source, message: input.message });
      continue;
    }
    const id = input.response.responseId;
    const there = byId.get(id);
    if (there) {
      if (sameAnswers(there, input.response)) result.duplicates.push({ source, responseId: id });
      else
        result.rejected.push({
          source,
          message: msg`A response from the same person, with different answers, is already in the session. To use this one instead, remove that respondent, then add this again.`,
        });
      continue;
    }
    if (responses.length >= MAX_SESSION_RESPONSES) {
      result.rejected.push({
        source,
        message: msg`The session already holds ${most} responses, the most it can hold.`,
      });
      continue;
    }
    byId.set(id, input.response);
    responses.push(input.response);
    result.added.push({ source, responseId: id });
    for (const message of input.warnings ?? []) result.warnings.push({ source, message });
  }
  return result;
}

/** The responses without the one with `responseId`. */
export function removeResponse<T extends ResponseEnvelope>(
  responses: readonly T[],
  responseId: string,
): T[] {
  return responses.filter((r) => r.responseId !== responseId);
}

// ---------------------------------------------------------------------------------------
// Then and now
// ---------------------------------------------------------------------------------------

export type ThenNowSide = {
  /** Respondents with a score in this dimension. */
  n: number;
  /** Median score, rounded to one decimal place; null when nobody has a score. */
  medianScore: number | null;
};

export type ThenNowDimension = {
  dimensionId: string;
  name: string;
  then: ThenNowSide;
  now: ThenNowSide;
  /** now - then, rounded to one decimal place; null when either side has no score. */
  change: number | null;
};

export type ThenNow = {
  thenRespondents: number;
  nowRespondents: number;
  dimensions: ThenNowDimension[];
};

/**
 * Per dimension, the median score then and now and the change (for one person, the median is
 * their own score). The change is the difference of the two rounded medians, so it always
 * matches the figures shown beside it.
 */
export function compareThenNow(
  bank: Bank,
  then: readonly Answered[],
  now: readonly Answered[],
): ThenNow {
  const before = aggregateGroup(bank, then);
  const after = aggregateGroup(bank, now);
  return {
    thenRespondents: then.length,
    nowRespondents: now.length,
    dimensions: bank.dimensions.map((d, i) => {
      const a = before.dimensions[i]!;
      const b = after.dimensions[i]!;
      const change =
        a.medianScore === null || b.medianScore === null
          ? null
          : Math.round((b.medianScore - a.medianScore) * 10) / 10;
      return {
        dimensionId: d.id,
        name: d.name,
        then: { n: a.n, medianScore: a.medianScore },
        now: { n: b.n, medianScore: b.medianScore },
        change,
      };
    }),
  };
}
