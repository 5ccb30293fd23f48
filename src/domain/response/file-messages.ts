/**
 * Every message a person sees when Rally reads a response file, a response code or a session
 * file, in one place. Each says in plain English what is wrong and, where it can, which
 * question, section or part of the file: never a validator's words, never a path such as
 * `answers.3`. The words for each problem zod finds come from src/domain/zod.ts; this module
 * names the thing the problem is about.
 */
import type { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { quote } from '../items/item-kind';

export type FileKind = 'response' | 'session';

export const FILE_MESSAGES = {
  tooLarge: (kind: FileKind) => `The file is too large to be a Rally ${kind} file.`,
  notJson:
    'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
  notKind: (kind: FileKind) => `The file is not a Rally ${kind} file.`,
  responseNotSession:
    'The file is a Rally response file, not a session file. Add it to a session on the Add responses page instead.',
  newer: 'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
  damaged: (kind: FileKind, details: string[]) =>
    `The ${kind} file is damaged or was changed by hand, so it cannot be read: ${details.join('; ')}.`,
} as const;

const ABOUT_WORDS: Record<string, string> = {
  'partnership-name': 'the partnership name',
  place: 'the place',
  sector: 'the sector',
  'role-level': 'the role',
  'time-involved': 'the time involved',
};

const MAX_DETAILS = 3;

/** A part of the file the person can recognise, shortened: a file may hold anything. */
function shortId(key: PropertyKey): string {
  const text = String(key);
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

function questionName(bank: Bank, id: PropertyKey): string {
  const item = allItems(bank).find((i) => i.id === id);
  return item ? quote(item.text) : `the question ${shortId(id)}`;
}

function sectionName(bank: Bank, id: PropertyKey): string {
  const section = bank.sections.find((s) => s.id === id);
  return section ? section.title : `the section ${shortId(id)}`;
}

/** The part of a response named by a path inside it, in words. */
export function responsePart(bank: Bank, path: readonly PropertyKey[]): string {
  const [head, key] = path;
  switch (head) {
    case undefined:
      return 'the file';
    case 'format':
    case 'formatVersion':
      return 'the kind of file it says it is';
    case 'bankId':
      return 'the name of its question bank';
    case 'bankVersion':
      return 'the version of its question bank';
    case 'responseId':
      return 'its identifier';
    case 'createdAt':
      return 'the time it was started';
    case 'updatedAt':
      return 'the time it was last changed';
    case 'about':
      return key === undefined
        ? 'the details about the person'
        : (ABOUT_WORDS[String(key)] ?? 'a detail about the person');
    case 'answers':
      return key === undefined ? 'the list of answers' : `the answer to ${questionName(bank, key)}`;
    case 'comments':
      return key === undefined ? 'the comments' : `the comment on ${sectionName(bank, key)}`;
    default:
      return 'a part of the file Rally does not use';
  }
}

/** The part of a session file named by a path inside it, in words. */
export function sessionPart(bank: Bank, data: unknown, path: readonly PropertyKey[]): string {
  const [head, key, ...rest] = path;
  switch (head) {
    case 'session':
      switch (key) {
        case 'partnershipName':
          return 'the partnership name';
        case 'date':
          return 'the date of the session';
        case 'label':
          return 'the session label';
        case 'id':
          return 'the session’s identifier';
        default:
          return 'the session’s details';
      }
    case 'responses':
      return 'the list of responses';
    case 'consensus': {
      if (typeof key !== 'number') return 'the list of what the group agreed';
      const records = (data as { consensus?: unknown } | null)?.consensus;
      const record = Array.isArray(records) ? (records[key] as { dimensionId?: unknown }) : null;
      const dimension = bank.dimensions.find((d) => d.id === record?.dimensionId);
      const area = dimension ? dimension.name : `area ${key + 1}`;
      const [field, index, part] = rest;
      if (field === 'agreedScore') return `the agreed score for ${area}`;
      if (field === 'rationale') return `the reason agreed for ${area}`;
      if (field === 'dimensionId') return `the area of agreed record ${key + 1}`;
      if (field === 'actions' && typeof index === 'number') {
        const what = part === 'who' ? 'who does ' : part === 'byWhen' ? 'when is due ' : '';
        return `${what}action ${index + 1} for ${area}`;
      }
      if (field === 'actions') return `the actions for ${area}`;
      return `what the group agreed for ${area}`;
    }
    case 'createdAt':
      return 'the time the session was started';
    case 'updatedAt':
      return 'the time the session was last changed';
    default:
      return responsePart(bank, path);
  }
}

/** "the answer to ‘…’ must be text; the comment on Culture must be 10,000 characters or fewer". */
export function issueDetails(
  issues: readonly z.core.$ZodIssue[],
  name: (path: readonly PropertyKey[]) => string,
): string[] {
  const lines = [...new Set(issues.map((i) => `${name(i.path)} ${i.message}`))];
  if (lines.length <= MAX_DETAILS) return lines;
  const more = lines.length - MAX_DETAILS;
  return [
    ...lines.slice(0, MAX_DETAILS),
    `and ${more === 1 ? '1 more problem' : `${more} more problems`}`,
  ];
}

/** "a", "a and b", "a, b and 3 more". */
function listOf(names: string[], limit = 3): string {
  if (names.length > limit)
    return `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`;
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The warning for answers a file or code held that this bank cannot use, e.g. "2 answers were
 * left out because they are not valid answers to their questions: ‘…’ and ‘…’."
 */
export function leftOutMessage(bank: Bank, ids: string[], why: 'unknown' | 'invalid'): string {
  const one = ids.length === 1;
  const names = why === 'unknown' ? ids.map(shortId) : ids.map((id) => questionName(bank, id));
  const reason =
    why === 'unknown'
      ? one
        ? 'its question is not in this question bank'
        : 'their questions are not in this question bank'
      : one
        ? 'it is not a valid answer to its question'
        : 'they are not valid answers to their questions';
  return `${one ? '1 answer was' : `${ids.length} answers were`} left out because ${reason}: ${listOf(names)}.`;
}

export function leftOutCommentsMessage(ids: string[]): string {
  const one = ids.length === 1;
  return `${one ? '1 comment was' : `${ids.length} comments were`} left out because ${one ? 'its section is' : 'their sections are'} not in this question bank: ${listOf(ids.map(shortId))}.`;
}
