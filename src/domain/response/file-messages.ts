/**
 * Every message a person sees when Rally reads a response file, a response code or a session
 * file, in one place. Each says in plain English what is wrong and, where it can, which
 * question, section or part of the file: never a validator's words, never a path such as
 * `answers.3`. The words for each problem zod finds come from src/domain/zod.ts; this module
 * names the thing the problem is about.
 */
import type { Bank } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { quote } from '../items/item-kind';
import { english, type Message, type Value } from '../said';
import { issuePhrase, type z } from '../zod';

export type FileKind = 'response' | 'session';

/**
 * A message written out for the catalogue (id = its English) and returned as English text;
 * a page shows it in the language in use with `translated` (src/domain/said.ts).
 */
function say(message: Message): string {
  return english(message);
}

export const FILE_MESSAGES = {
  tooLarge: (kind: FileKind) =>
    say(
      kind === 'response'
        ? /*i18n*/ {
            id: 'The file is too large to be a Rally response file.',
            message: 'The file is too large to be a Rally response file.',
          }
        : /*i18n*/ {
            id: 'The file is too large to be a Rally session file.',
            message: 'The file is too large to be a Rally session file.',
          },
    ),
  get notJson() {
    return say(
      /*i18n*/ {
        id: 'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
        message:
          'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
      },
    );
  },
  notKind: (kind: FileKind) =>
    say(
      kind === 'response'
        ? /*i18n*/ {
            id: 'The file is not a Rally response file.',
            message: 'The file is not a Rally response file.',
          }
        : /*i18n*/ {
            id: 'The file is not a Rally session file.',
            message: 'The file is not a Rally session file.',
          },
    ),
  get responseNotSession() {
    return say(
      /*i18n*/ {
        id: 'The file is a Rally response file, not a session file. Add it to a session on the Add responses page instead.',
        message:
          'The file is a Rally response file, not a session file. Add it to a session on the Add responses page instead.',
      },
    );
  },
  get newer() {
    return say(
      /*i18n*/ {
        id: 'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
        message:
          'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
      },
    );
  },
  damaged: (kind: FileKind, details: Message[]) =>
    say(
      kind === 'response'
        ? /*i18n*/ {
            id: 'The response file is damaged or was changed by hand, so it cannot be read: {details}.',
            message:
              'The response file is damaged or was changed by hand, so it cannot be read: {details}.',
            values: { details },
          }
        : /*i18n*/ {
            id: 'The session file is damaged or was changed by hand, so it cannot be read: {details}.',
            message:
              'The session file is damaged or was changed by hand, so it cannot be read: {details}.',
            values: { details },
          },
    ),
};

const ABOUT_WORDS: Record<string, Message> = {
  'partnership-name': /*i18n*/ { id: 'the partnership name', message: 'the partnership name' },
  place: /*i18n*/ { id: 'the place', message: 'the place' },
  sector: /*i18n*/ { id: 'the sector', message: 'the sector' },
  'role-level': /*i18n*/ { id: 'the role', message: 'the role' },
  'time-involved': /*i18n*/ { id: 'the time involved', message: 'the time involved' },
};

const MAX_DETAILS = 3;

/** A part of the file the person can recognise, shortened: a file may hold anything. */
function shortId(key: PropertyKey): string {
  const text = String(key);
  return `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`;
}

function questionName(bank: Bank, id: PropertyKey): Value {
  const item = allItems(bank).find((i) => i.id === id);
  const question = item ? quote(item.text) : shortId(id);
  return item
    ? question
    : /*i18n*/ {
        id: 'the question {question}',
        message: 'the question {question}',
        values: { question },
      };
}

/** The part of a response named by a path inside it, in words. */
export function responsePart(bank: Bank, path: readonly PropertyKey[]): Message {
  const [head, key] = path;
  switch (head) {
    case undefined:
      return /*i18n*/ { id: 'the file', message: 'the file' };
    case 'format':
    case 'formatVersion':
      return /*i18n*/ {
        id: 'the kind of file it says it is',
        message: 'the kind of file it says it is',
      };
    case 'bankId':
      return /*i18n*/ {
        id: 'the name of its question bank',
        message: 'the name of its question bank',
      };
    case 'bankVersion':
      return /*i18n*/ {
        id: 'the version of its question bank',
        message: 'the version of its question bank',
      };
    case 'responseId':
      return /*i18n*/ { id: 'its identifier', message: 'its identifier' };
    case 'createdAt':
      return /*i18n*/ { id: 'the time it was started', message: 'the time it was started' };
    case 'updatedAt':
      return /*i18n*/ {
        id: 'the time it was last changed',
        message: 'the time it was last changed',
      };
    case 'about':
      return key === undefined
        ? /*i18n*/ { id: 'the details about the person', message: 'the details about the person' }
        : (ABOUT_WORDS[String(key)] ?? /*i18n*/ {
            id: 'a detail about the person',
            message: 'a detail about the person',
          });
    case 'answers':
      return key === undefined
        ? /*i18n*/ { id: 'the list of answers', message: 'the list of answers' }
        : /*i18n*/ {
            id: 'the answer to {question}',
            message: 'the answer to {question}',
            values: { question: questionName(bank, key) },
          };
    case 'comments': {
      if (key === undefined) return /*i18n*/ { id: 'the comments', message: 'the comments' };
      const section = bank.sections.find((s) => s.id === key);
      return section
        ? /*i18n*/ {
            id: 'the comment on {section}',
            message: 'the comment on {section}',
            values: { section: section.title },
          }
        : /*i18n*/ {
            id: 'the comment on the section {section}',
            message: 'the comment on the section {section}',
            values: { section: shortId(key) },
          };
    }
    case 'targets': {
      const dimension = bank.dimensions.find((d) => d.id === key);
      return dimension
        ? /*i18n*/ {
            id: 'the target for {area}',
            message: 'the target for {area}',
            values: { area: dimension.name },
          }
        : /*i18n*/ { id: 'the targets', message: 'the targets' };
    }
    case 'actions':
      return actionPart(path.slice(1));
    default:
      return /*i18n*/ {
        id: 'a part of the file Rally does not use',
        message: 'a part of the file Rally does not use',
      };
  }
}

/** "action 3", "who leads action 3": the part of an action plan named by a path inside it. */
export function actionPart(path: readonly PropertyKey[]): Message {
  const [index, field] = path;
  if (typeof index !== 'number')
    return /*i18n*/ { id: 'the action plan', message: 'the action plan' };
  const action = index + 1;
  switch (field) {
    case 'what':
      return /*i18n*/ {
        id: 'what action {action} is',
        message: 'what action {action} is',
        values: { action },
      };
    case 'lead':
      return /*i18n*/ {
        id: 'who leads action {action}',
        message: 'who leads action {action}',
        values: { action },
      };
    case 'due':
      return /*i18n*/ {
        id: 'the date action {action} is due',
        message: 'the date action {action} is due',
        values: { action },
      };
    case 'status':
      return /*i18n*/ {
        id: 'the status of action {action}',
        message: 'the status of action {action}',
        values: { action },
      };
    case 'dimensionId':
      return /*i18n*/ {
        id: 'the area of action {action}',
        message: 'the area of action {action}',
        values: { action },
      };
    default:
      return /*i18n*/ {
        id: 'action {number}',
        message: 'action {number}',
        values: { number: action },
      };
  }
}

/** The part of a session file named by a path inside it, in words. */
export function sessionPart(bank: Bank, data: unknown, path: readonly PropertyKey[]): Message {
  const [head, key, ...rest] = path;
  switch (head) {
    case 'session':
      switch (key) {
        case 'partnershipName':
          return ABOUT_WORDS['partnership-name']!;
        case 'date':
          return /*i18n*/ { id: 'the date of the session', message: 'the date of the session' };
        case 'label':
          return /*i18n*/ { id: 'the session label', message: 'the session label' };
        case 'id':
          return /*i18n*/ { id: 'the session’s identifier', message: 'the session’s identifier' };
        default:
          return /*i18n*/ { id: 'the session’s details', message: 'the session’s details' };
      }
    case 'responses':
      return /*i18n*/ { id: 'the list of responses', message: 'the list of responses' };
    case 'consensus': {
      if (typeof key !== 'number')
        return /*i18n*/ {
          id: 'the list of what the group agreed',
          message: 'the list of what the group agreed',
        };
      const records = (data as { consensus?: unknown } | null)?.consensus;
      const record = Array.isArray(records) ? (records[key] as { dimensionId?: unknown }) : null;
      const dimension = bank.dimensions.find((d) => d.id === record?.dimensionId);
      const number = key + 1;
      const area: Value = dimension
        ? dimension.name
        : /*i18n*/ { id: 'area {number}', message: 'area {number}', values: { number } };
      const [field, index, part] = rest;
      if (field === 'agreedScore')
        return /*i18n*/ {
          id: 'the agreed score for {area}',
          message: 'the agreed score for {area}',
          values: { area },
        };
      if (field === 'rationale')
        return /*i18n*/ {
          id: 'the reason agreed for {area}',
          message: 'the reason agreed for {area}',
          values: { area },
        };
      if (field === 'targetScore')
        return /*i18n*/ {
          id: 'the target for {area}',
          message: 'the target for {area}',
          values: { area },
        };
      if (field === 'dimensionId')
        return /*i18n*/ {
          id: 'the area of agreed record {number}',
          message: 'the area of agreed record {number}',
          values: { number },
        };
      if (field === 'actions' && typeof index === 'number') {
        const action = index + 1;
        if (part === 'who')
          return /*i18n*/ {
            id: 'who does action {action} for {area}',
            message: 'who does action {action} for {area}',
            values: { action, area },
          };
        if (part === 'byWhen')
          return /*i18n*/ {
            id: 'when is due action {action} for {area}',
            message: 'when is due action {action} for {area}',
            values: { action, area },
          };
        return /*i18n*/ {
          id: 'action {action} for {area}',
          message: 'action {action} for {area}',
          values: { action, area },
        };
      }
      if (field === 'actions')
        return /*i18n*/ {
          id: 'the actions for {area}',
          message: 'the actions for {area}',
          values: { area },
        };
      return /*i18n*/ {
        id: 'what the group agreed for {area}',
        message: 'what the group agreed for {area}',
        values: { area },
      };
    }
    case 'createdAt':
      return /*i18n*/ {
        id: 'the time the session was started',
        message: 'the time the session was started',
      };
    case 'updatedAt':
      return /*i18n*/ {
        id: 'the time the session was last changed',
        message: 'the time the session was last changed',
      };
    default:
      return responsePart(bank, path);
  }
}

/** "the answer to ‘…’ must be text; the comment on Culture must be 10,000 characters or fewer". */
export function issueDetails(
  issues: readonly z.core.$ZodIssue[],
  name: (path: readonly PropertyKey[]) => Message,
): Message[] {
  const seen = new Map<string, Message>();
  for (const issue of issues) {
    const detail: Message = /*i18n*/ {
      id: '{part} {problem}',
      message: '{part} {problem}',
      values: { part: name(issue.path), problem: issuePhrase(issue) },
    };
    const text = english(detail);
    if (!seen.has(text)) seen.set(text, detail);
  }
  const lines = [...seen.values()];
  if (lines.length <= MAX_DETAILS) return lines;
  const more = lines.length - MAX_DETAILS;
  return [
    ...lines.slice(0, MAX_DETAILS),
    /*i18n*/ {
      id: 'and {more, plural, one {# more problem} other {# more problems}}',
      message: 'and {more, plural, one {# more problem} other {# more problems}}',
      values: { more },
    },
  ];
}

function valueText(value: Value): string {
  return typeof value === 'string' ? value : english(value as Message);
}

/** "a", "a and b", "a, b and 3 more": the names are data, the words are the catalogue's. */
function listOf(names: string[], limit = 3): Value {
  if (names.length > limit) {
    const more = names.length - limit;
    return /*i18n*/ {
      id: '{names} and {more} more',
      message: '{names} and {more} more',
      values: { names: names.slice(0, limit).join(', '), more },
    };
  }
  if (names.length <= 1) return names[0] ?? '';
  return /*i18n*/ {
    id: '{names} and {last}',
    message: '{names} and {last}',
    values: { names: names.slice(0, -1).join(', '), last: names[names.length - 1]! },
  };
}

/**
 * The warning for answers a file or code held that this bank cannot use, e.g. "2 answers were
 * left out because they are not valid answers to their questions: ‘…’ and ‘…’."
 */
export function leftOutMessage(bank: Bank, ids: string[], why: 'unknown' | 'invalid'): string {
  const names = listOf(
    why === 'unknown' ? ids.map(shortId) : ids.map((id) => valueText(questionName(bank, id))),
  );
  const count = ids.length;
  return say(
    why === 'unknown'
      ? /*i18n*/ {
          id: '{count, plural, one {# answer was left out because its question is not in this question bank} other {# answers were left out because their questions are not in this question bank}}: {names}.',
          message:
            '{count, plural, one {# answer was left out because its question is not in this question bank} other {# answers were left out because their questions are not in this question bank}}: {names}.',
          values: { count, names },
        }
      : /*i18n*/ {
          id: '{count, plural, one {# answer was left out because it is not a valid answer to its question} other {# answers were left out because they are not valid answers to their questions}}: {names}.',
          message:
            '{count, plural, one {# answer was left out because it is not a valid answer to its question} other {# answers were left out because they are not valid answers to their questions}}: {names}.',
          values: { count, names },
        },
  );
}

export function leftOutCommentsMessage(ids: string[]): string {
  const count = ids.length;
  return say(
    /*i18n*/ {
      id: '{count, plural, one {# comment was left out because its section is not in this question bank} other {# comments were left out because their sections are not in this question bank}}: {names}.',
      message:
        '{count, plural, one {# comment was left out because its section is not in this question bank} other {# comments were left out because their sections are not in this question bank}}: {names}.',
      values: { count, names: listOf(ids.map(shortId)) },
    },
  );
}
