// The reading of session files as it was before responses were read without being written out
// again (commit 682567d), kept verbatim for tests/unit/group/session-fast-read.test.ts to
// compare the faster reading with. Not used by the app.
/**
 * Reading and writing response files (see response-schema.ts for the envelope).
 *
 * Reading never throws and never trusts the file: it checks, in this order, that the text is
 * JSON, that it is a Rally response file, that its format version is one this code reads, that
 * it belongs to this question bank, and that its shape and sizes are valid. A version 1 file is
 * migrated to version 2 (no targets, no actions) before its shape is checked. Each failure has
 * its own plain message. A file that passes may still hold answers this bank cannot use (an
 * item that is not in the bank, a value its item does not allow): those are dropped, and each
 * drop is listed in `warnings`. Answers to a bank with the same id and major version but a
 * different minor or patch version are read, with a warning, because item ids are never
 * reused; a different major version means items may have changed meaning, so it is refused.
 *
 * Invariants: inputs are never mutated; the returned response holds only answers that are
 * valid for their items in this bank.
 */
import type { Bank, Item } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { isValidAnswer } from '../../../src/domain/answers/answer-schema';
import type { AnswerMap, AnswerValue } from '../../../src/domain/answers/answer-schema';
import {
  FILE_MESSAGES,
  issueDetails,
  leftOutCommentsMessage,
  leftOutMessage,
  responsePart,
} from '../../../src/domain/response/file-messages';
import {
  ABOUT_FIELDS,
  RESPONSE_FORMAT,
  OLDEST_RESPONSE_FORMAT_VERSION,
  RESPONSE_FORMAT_VERSION,
  ResponseEnvelopeSchema,
  migrateResponseVersion1,
} from '../../../src/domain/response/response-schema';
import { orderedAction } from '../../../src/domain/plan/action-plan';
import { readEnvelope } from './read-envelope';
import type { About, ResponseEnvelope } from '../../../src/domain/response/response-schema';

/** Larger texts are refused unread: 500 answers of 5,000 characters fit well within this. */
export const MAX_FILE_CHARS = 5_000_000;

export type ParseResponseResult =
  { ok: true; response: ResponseEnvelope; warnings: string[] } | { ok: false; message: string };

/** A new, empty response to `bank`. The caller supplies the id maker and the time. */
export function createResponse(bank: Bank, newId: () => string, now: Date): ResponseEnvelope {
  const at = now.toISOString();
  return {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: newId(),
    createdAt: at,
    updatedAt: at,
    about: {},
    answers: {},
    comments: {},
    targets: {},
    actions: [],
  };
}

/** The about-you fields filled by the bank's select and text items that name a `field`. */
export function aboutFromAnswers(bank: Bank, answers: AnswerMap): About {
  const about: About = {};
  for (const item of allItems(bank)) {
    if ((item.kind !== 'select' && item.kind !== 'text') || !item.field) continue;
    const field = ABOUT_FIELDS.find((f) => f === item.field);
    const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (field && typeof value === 'string' && value.trim() !== '' && isValidAnswer(item, value))
      about[field] = value;
  }
  return about;
}

/** The envelope as pretty-printed JSON, keys in a fixed order, ending with a newline. */
export function serializeResponse(envelope: ResponseEnvelope): string {
  const ordered: ResponseEnvelope = {
    format: envelope.format,
    formatVersion: envelope.formatVersion,
    bankId: envelope.bankId,
    bankVersion: envelope.bankVersion,
    responseId: envelope.responseId,
    createdAt: envelope.createdAt,
    updatedAt: envelope.updatedAt,
    about: envelope.about,
    answers: envelope.answers,
    comments: envelope.comments,
    // Optional (issue 11): the language each free text was written in, when recorded.
    ...(envelope.commentLanguages ? { commentLanguages: envelope.commentLanguages } : {}),
    ...(envelope.answerLanguages ? { answerLanguages: envelope.answerLanguages } : {}),
    // Version 2: the respondent's targets (dimension order as written) and action plan.
    targets: envelope.targets,
    actions: envelope.actions.map(orderedAction),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export { leftOutMessage };

/** Whether `value` is an answer `item` accepts in this bank (agreement values come from its scale). */
export function isAnswerForBank(bank: Bank, item: Item, value: unknown): value is AnswerValue {
  return isValidAnswer(item, value, lookupsFor(bank).scale);
}

/**
 * What reading a file looks up in the bank, made once per bank rather than once per file: a
 * programme load reads 20,000 files against one bank. A bank is never changed once loaded, so
 * the lookups are kept for as long as the bank is.
 */
type BankLookups = {
  items: ReadonlyMap<string, Item>;
  scale: readonly number[];
  sections: ReadonlySet<string>;
};
const lookups = new WeakMap<Bank, BankLookups>();
function lookupsFor(bank: Bank): BankLookups {
  let found = lookups.get(bank);
  if (!found) {
    found = {
      items: new Map(allItems(bank).map((i) => [i.id, i])),
      scale: bank.scale.points.map((p) => p.value),
      sections: new Set(bank.sections.map((s) => s.id)),
    };
    lookups.set(bank, found);
  }
  return found;
}

export type ParseResponseOptions = {
  /**
   * Whether to word the warnings about answers and comments left out (default true). A reader
   * that never shows them (the programme page's) saves building 20,000 sentences; what is read,
   * and whether the file is refused, is the same either way.
   */
  warnings?: boolean;
};

/** Reads a response file's text against `bank`. Never throws. */
export function parseResponseFile(
  text: string,
  bank: Bank,
  options: ParseResponseOptions = {},
): ParseResponseResult {
  const worded = options.warnings ?? true;
  const read = readEnvelope(text, bank, {
    format: RESPONSE_FORMAT,
    version: RESPONSE_FORMAT_VERSION,
    oldest: OLDEST_RESPONSE_FORMAT_VERSION,
    maxChars: MAX_FILE_CHARS,
    words: { kind: 'response' },
  });
  if (!read.ok) return read;
  const { warnings } = read;
  // A version 1 file is brought up to version 2 before it is checked: nothing in it changes.
  const data = migrateResponseVersion1(read.data);

  const parsed = ResponseEnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const details = issueDetails(parsed.error.issues, (path) => responsePart(bank, path));
    return { ok: false, message: FILE_MESSAGES.damaged('response', details) };
  }
  const envelope = parsed.data;

  const { items, scale, sections } = lookupsFor(bank);
  // Built key by key in the file's order, as Object.fromEntries would, without the pairs.
  const answers: AnswerMap = {};
  const unknown: string[] = [];
  const invalid: string[] = [];
  for (const id in envelope.answers) {
    const value = envelope.answers[id]!;
    const item = items.get(id);
    if (!item) unknown.push(id);
    else if (!isValidAnswer(item, value, scale)) invalid.push(id);
    else answers[id] = value;
  }
  if (worded && unknown.length) warnings.push(leftOutMessage(bank, unknown, 'unknown'));
  if (worded && invalid.length) warnings.push(leftOutMessage(bank, invalid, 'invalid'));

  const comments: Record<string, string> = {};
  const lostComments: string[] = [];
  for (const id in envelope.comments) {
    if (sections.has(id)) comments[id] = envelope.comments[id]!;
    else lostComments.push(id);
  }
  if (worded && lostComments.length) warnings.push(leftOutCommentsMessage(lostComments));

  return {
    ok: true,
    response: { ...envelope, about: { ...envelope.about }, answers, comments },
    warnings,
  };
}
