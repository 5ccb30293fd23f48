/**
 * The session file: a whole group session (its details, every response handed in, and the
 * group's consensus records), as the facilitator saves and restores it.
 *
 * Envelope (format version 1):
 *   format         always "rally-session"
 *   formatVersion  1; a file with a higher number was made by a newer version of Rally
 *   bankId, bankVersion   the question bank every response answers
 *   session        { id, partnershipName, date, label? } (see session-link.ts)
 *   responses      response envelopes (response-schema.ts), at most 500
 *   consensus      consensus records (consensus.ts), at most one per dimension
 *   createdAt, updatedAt  ISO 8601 date-times
 *
 * Reading never throws and never trusts the file. It checks, in order: size, JSON, that it is
 * a Rally session file, its version, its bank (same rule as a response file: another bank or
 * major version is refused, another minor or patch version is read with a warning), its shape
 * and sizes, then every response through parseResponseFile (one that cannot be read refuses the
 * whole file, so that a damaged file never half-loads). Answers a bank cannot use are dropped
 * with a warning, as for a single response. A response id that appears twice keeps its first
 * copy, with a warning; so does a dimension with two consensus records.
 *
 * Merging responses into a session (`mergeResponses`) takes already-read inputs (files or
 * codes), keeps every valid new response, and reports duplicates (a response id already there,
 * or earlier in the same batch), the inputs that could not be read, and any past the limit of
 * 500. It never changes its inputs.
 */
import { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { IdSchema } from '../bank/bank-schema';
import { parseResponseFile } from '../response/response-file';
import { readEnvelope } from '../response/read-envelope';
import { FILE_MESSAGES, issueDetails, sessionPart } from '../response/file-messages';
import { ResponseEnvelopeSchema } from '../response/response-schema';
import type { ResponseEnvelope } from '../response/response-schema';
import { aggregateGroup } from './aggregate';
import type { Answered } from './aggregate';
import { ConsensusRecordSchema } from './consensus';
import type { ConsensusRecord } from './consensus';
import { SessionDetailsSchema } from './session-link';
import type { SessionDetails } from './session-link';

export const SESSION_FORMAT = 'rally-session';
export const SESSION_FORMAT_VERSION = 1;
export const MAX_SESSION_RESPONSES = 500;
/** Larger texts are refused unread: 500 full responses with long comments fit well within this. */
export const MAX_SESSION_FILE_CHARS = 30_000_000;

const IsoDateTime = z.iso.datetime({ offset: true });

export const SessionFileSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  formatVersion: z.literal(SESSION_FORMAT_VERSION),
  bankId: IdSchema,
  bankVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version number like 1.0.0'),
  session: SessionDetailsSchema,
  responses: z
    .array(ResponseEnvelopeSchema)
    .max(
      MAX_SESSION_RESPONSES,
      `holds more than the ${MAX_SESSION_RESPONSES} responses a session can hold`,
    ),
  consensus: z
    .array(ConsensusRecordSchema)
    .max(50, 'holds more than the 50 records a session can hold')
    .default([]),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

/** The outer shape only: responses are checked one by one with parseResponseFile. */
const OuterSchema = SessionFileSchema.extend({
  responses: z
    .array(z.unknown())
    .max(
      MAX_SESSION_RESPONSES,
      `holds more than the ${MAX_SESSION_RESPONSES} responses a session can hold`,
    ),
});

export type ParseSessionResult =
  { ok: true; session: SessionFile; warnings: string[] } | { ok: false; message: string };

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
    createdAt: at,
    updatedAt: at,
  };
}

/** The session as pretty-printed JSON, keys in a fixed order, ending with a newline. */
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
    })),
    consensus: file.consensus.map((c) => ({
      dimensionId: c.dimensionId,
      agreedScore: c.agreedScore,
      rationale: c.rationale,
      actions: c.actions,
    })),
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** At most `limit` distinct warnings, then a count of the rest. */
function capped(warnings: string[], limit = 20): string[] {
  const unique = [...new Set(warnings)];
  if (unique.length <= limit) return unique;
  return [...unique.slice(0, limit), `And ${unique.length - limit} more warnings.`];
}

/** Reads a session file's text against `bank`. Never throws. */
export function parseSessionFile(text: string, bank: Bank): ParseSessionResult {
  const read = readEnvelope(text, bank, {
    format: SESSION_FORMAT,
    version: SESSION_FORMAT_VERSION,
    maxChars: MAX_SESSION_FILE_CHARS,
    words: { kind: 'session', usesBank: 'The session uses', madeWith: 'The session was made with' },
    otherFormats: { 'rally-response': FILE_MESSAGES.responseNotSession },
  });
  if (!read.ok) return read;
  const { data, warnings } = read;
  const outer = OuterSchema.safeParse(data);
  if (!outer.success)
    return {
      ok: false,
      message: FILE_MESSAGES.damaged(
        'session',
        issueDetails(outer.error.issues, (path) => sessionPart(bank, data, path)),
      ),
    };

  const responses: ResponseEnvelope[] = [];
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const [index, raw] of outer.data.responses.entries()) {
    let text: string;
    try {
      text = JSON.stringify(raw);
    } catch {
      // JSON.stringify recurses: thousands of levels of nesting exhaust the stack. No response looks like that.
      return { ok: false, message: FILE_MESSAGES.nestedTooDeeply(index) };
    }
    const parsed = parseResponseFile(text, bank);
    if (!parsed.ok) {
      return { ok: false, message: FILE_MESSAGES.sessionResponse(index, parsed.message) };
    }
    for (const w of parsed.warnings) warnings.push(`Response ${index + 1}: ${w}`);
    if (seen.has(parsed.response.responseId)) {
      repeated.push(parsed.response.responseId);
      continue;
    }
    seen.add(parsed.response.responseId);
    responses.push(parsed.response);
  }
  if (repeated.length) {
    warnings.push(
      `${repeated.length === 1 ? '1 response appears' : `${repeated.length} responses appear`} more than once in the session; each was kept once.`,
    );
  }

  const consensus: ConsensusRecord[] = [];
  for (const record of outer.data.consensus) {
    if (consensus.some((c) => c.dimensionId === record.dimensionId)) {
      const name =
        bank.dimensions.find((d) => d.id === record.dimensionId)?.name ?? record.dimensionId;
      warnings.push(`The session holds two agreed records for ${name}; the first was kept.`);
      continue;
    }
    consensus.push(record);
  }
  return {
    ok: true,
    session: { ...outer.data, session: { ...outer.data.session }, responses, consensus },
    warnings: capped(warnings),
  };
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
  /** Inputs whose response id was already in the session or earlier in this batch. */
  duplicates: { source: string; responseId: string }[];
  /** Inputs that could not be read, or that would take the session past its limit. */
  rejected: { source: string; message: string }[];
  /** Warnings from inputs that were kept. */
  warnings: { source: string; message: string }[];
};

/** Adds valid, new responses to `existing`; reports the rest. Pure. */
export function mergeResponses(
  existing: readonly ResponseEnvelope[],
  incoming: readonly IncomingResponse[],
): MergeResult {
  const responses = [...existing];
  const ids = new Set(existing.map((r) => r.responseId));
  const result: MergeResult = { responses, added: [], duplicates: [], rejected: [], warnings: [] };
  for (const { source, result: input } of incoming) {
    if (!input.ok) {
      result.rejected.push({ source, message: input.message });
      continue;
    }
    const id = input.response.responseId;
    if (ids.has(id)) {
      result.duplicates.push({ source, responseId: id });
      continue;
    }
    if (responses.length >= MAX_SESSION_RESPONSES) {
      result.rejected.push({
        source,
        message: `The session already holds ${MAX_SESSION_RESPONSES} responses, the most it can hold.`,
      });
      continue;
    }
    ids.add(id);
    responses.push(input.response);
    result.added.push({ source, responseId: id });
    for (const message of input.warnings ?? []) result.warnings.push({ source, message });
  }
  return result;
}

/** The responses without the one with `responseId`. */
export function removeResponse(
  responses: readonly ResponseEnvelope[],
  responseId: string,
): ResponseEnvelope[] {
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
