/**
 * zod, as the rest of the code uses it: zod/mini, whose functions (`z.optional(x)`,
 * `x.check(z.maxLength(60))`) a bundler keeps only when a schema uses them, where classic zod
 * builds every method into every schema (decision 024). Two settings, in place before any
 * schema is made because every schema module imports `z` from here:
 *
 * - No generated code. zod 4 can build faster validators with `new Function`, but the app's
 *   Content Security Policy forbids eval, and merely testing for it logs a CSP violation.
 * - Plain-English messages. zod's own ("Invalid input: expected string, received null") are
 *   written for programmers and must never reach a user. Each message here is a phrase that
 *   follows the name of the thing it is about ("must be text", "is missing"), because every
 *   caller puts a name before it: the question, the line of a code, the field of a bank file.
 *   A schema that carries its own message keeps it; this is what every other check says.
 */
import * as z from 'zod/mini';
import { english, type Message, type Value } from './said';

type Issue = z.core.$ZodRawIssue;

/** A phrase whose id is its English. */
function phrase(id: string, values?: Record<string, Value>): Message {
  return values ? { id, message: id, values } : { id, message: id };
}

const TYPE_WORDS: Record<string, Message> = {
  string: /*i18n*/ { id: 'must be text', message: 'must be text' },
  number: /*i18n*/ { id: 'must be a number', message: 'must be a number' },
  int: /*i18n*/ { id: 'must be a whole number', message: 'must be a whole number' },
  bigint: /*i18n*/ { id: 'must be a whole number', message: 'must be a whole number' },
  boolean: /*i18n*/ { id: 'must be true or false', message: 'must be true or false' },
  array: /*i18n*/ {
    id: 'must be a list (in square brackets)',
    message: 'must be a list (in square brackets)',
  },
  tuple: /*i18n*/ {
    id: 'must be a list (in square brackets)',
    message: 'must be a list (in square brackets)',
  },
  object: /*i18n*/ {
    id: 'must be a group of fields (in curly brackets)',
    message: 'must be a group of fields (in curly brackets)',
  },
  record: /*i18n*/ {
    id: 'must be a group of fields (in curly brackets)',
    message: 'must be a group of fields (in curly brackets)',
  },
  date: /*i18n*/ { id: 'must be a date', message: 'must be a date' },
};

const FORMAT_WORDS: Record<string, Message> = {
  datetime: /*i18n*/ {
    id: 'must be a date and time, like 2025-03-01T10:00:00Z',
    message: 'must be a date and time, like 2025-03-01T10:00:00Z',
  },
  date: /*i18n*/ {
    id: 'must be a date, like 2025-03-01',
    message: 'must be a date, like 2025-03-01',
  },
  time: /*i18n*/ { id: 'must be a time, like 10:00', message: 'must be a time, like 10:00' },
  url: /*i18n*/ {
    id: 'must be a web address, like https://example.org',
    message: 'must be a web address, like https://example.org',
  },
  email: /*i18n*/ { id: 'must be an email address', message: 'must be an email address' },
  uuid: /*i18n*/ {
    id: 'must be an identifier made by Rally',
    message: 'must be an identifier made by Rally',
  },
};

/**
 * The messages schemas give of their own (`.min(1, 'must not be empty')`), so that a page can
 * show them in the language in use too. A schema's own message must be one of these.
 */
const OWN_PHRASES: Message[] = [
  /*i18n*/ { id: 'must not be empty', message: 'must not be empty' },
  /*i18n*/ {
    id: 'must be lower-case letters and digits joined by single hyphens',
    message: 'must be lower-case letters and digits joined by single hyphens',
  },
  /*i18n*/ {
    id: 'must give a positive weight to at least one target',
    message: 'must give a positive weight to at least one target',
  },
  /*i18n*/ { id: 'must be a version like 1.0.0', message: 'must be a version like 1.0.0' },
  /*i18n*/ {
    id: 'must be a version number like 1.0.0',
    message: 'must be a version number like 1.0.0',
  },
  /*i18n*/ {
    id: 'must be letters, digits, hyphens or underscores',
    message: 'must be letters, digits, hyphens or underscores',
  },
];
const OWN = new Map(OWN_PHRASES.map((p) => [english(p), p]));

/**
 * A schema's own message given as a descriptor (`.max(50, ownPhrase(...))`): its English for
 * zod, remembered so that `issuePhrase` finds the descriptor again.
 */
export function ownPhrase(message: Message): string {
  const text = english(message);
  OWN.set(text, message);
  return text;
}

/** "a", "a or b", "a, b or c", each in quotation marks. */
export function orList(values: readonly unknown[]): string {
  const words = values.map((v) => `“${String(v)}”`);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The same list for a message: the words between the names are the catalogue's. */
function orListOf(values: readonly unknown[]): Value {
  const words = values.map((v) => `“${String(v)}”`);
  if (words.length <= 1) return words.join('');
  return /*i18n*/ {
    id: '{names} or {last}',
    message: '{names} or {last}',
    values: { names: words.slice(0, -1).join(', '), last: words[words.length - 1]! },
  };
}

function sizeWords(
  origin: string,
  limit: number | bigint,
  side: 'min' | 'max',
  inclusive = true,
): Message {
  // A count in a plural message is a number: limits in Rally's schemas are small.
  const count = Number(limit);
  if (origin === 'string') {
    if (side === 'min')
      return count <= 1
        ? OWN.get('must not be empty')!
        : /*i18n*/ {
            id: '{count, plural, one {must be at least # character long} other {must be at least # characters long}}',
            message:
              '{count, plural, one {must be at least # character long} other {must be at least # characters long}}',
            values: { count },
          };
    return /*i18n*/ {
      id: '{count, plural, one {must be # character or fewer} other {must be # characters or fewer}}',
      message:
        '{count, plural, one {must be # character or fewer} other {must be # characters or fewer}}',
      values: { count },
    };
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'min')
      return count <= 1
        ? /*i18n*/ { id: 'must not be an empty list', message: 'must not be an empty list' }
        : /*i18n*/ {
            id: '{count, plural, one {must have at least # entry} other {must have at least # entries}}',
            message:
              '{count, plural, one {must have at least # entry} other {must have at least # entries}}',
            values: { count },
          };
    return /*i18n*/ {
      id: '{count, plural, one {must have no more than # entry} other {must have no more than # entries}}',
      message:
        '{count, plural, one {must have no more than # entry} other {must have no more than # entries}}',
      values: { count },
    };
  }
  const number = count.toLocaleString('en-GB');
  if (side === 'min')
    return inclusive
      ? /*i18n*/ {
          id: 'must be {number} or more',
          message: 'must be {number} or more',
          values: { number },
        }
      : /*i18n*/ {
          id: 'must be more than {number}',
          message: 'must be more than {number}',
          values: { number },
        };
  return inclusive
    ? /*i18n*/ {
        id: 'must be {number} or less',
        message: 'must be {number} or less',
        values: { number },
      }
    : /*i18n*/ {
        id: 'must be less than {number}',
        message: 'must be less than {number}',
        values: { number },
      };
}

/** The phrase for a zod issue that has no message of its own, as a message for the catalogue. */
function issueMessage(issue: Issue, missing: boolean): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return /*i18n*/ { id: 'is missing', message: 'is missing' };
      return (
        TYPE_WORDS[issue.expected] ?? /*i18n*/ {
          id: 'is not the right kind of value',
          message: 'is not the right kind of value',
        }
      );
    case 'too_small':
      return sizeWords(issue.origin, issue.minimum, 'min', issue.inclusive ?? true);
    case 'too_big':
      return sizeWords(issue.origin, issue.maximum, 'max', issue.inclusive ?? true);
    case 'invalid_format':
      return (
        FORMAT_WORDS[issue.format] ?? /*i18n*/ {
          id: 'is not written in the right form',
          message: 'is not written in the right form',
        }
      );
    case 'not_multiple_of':
      return TYPE_WORDS.int!;
    case 'invalid_value':
      return issue.values.length === 1
        ? /*i18n*/ {
            id: 'must be {values}',
            message: 'must be {values}',
            values: { values: orListOf(issue.values) },
          }
        : /*i18n*/ {
            id: 'must be one of {values}',
            message: 'must be one of {values}',
            values: { values: orListOf(issue.values) },
          };
    case 'invalid_union':
      // zod names the discriminator itself (an item's "kind") in the path of this issue.
      if (issue.discriminator && Array.isArray(issue.options) && issue.options.length > 0)
        return /*i18n*/ {
          id: 'must be one of {values}',
          message: 'must be one of {values}',
          values: { values: orListOf(issue.options) },
        };
      return /*i18n*/ {
        id: 'is not in a form Rally can read',
        message: 'is not in a form Rally can read',
      };
    case 'unrecognized_keys':
      return /*i18n*/ {
        id: 'has fields that are not used here: {keys}',
        message: 'has fields that are not used here: {keys}',
        values: { keys: orListOf(issue.keys) },
      };
    case 'invalid_key':
      return /*i18n*/ {
        id: 'has a field name that is not allowed',
        message: 'has a field name that is not allowed',
      };
    case 'invalid_element':
      return /*i18n*/ {
        id: 'has an entry that is not allowed',
        message: 'has an entry that is not allowed',
      };
    default:
      return /*i18n*/ { id: 'is not valid', message: 'is not valid' };
  }
}

/** The plain-English phrase for a zod issue that has no message of its own. */
export function plainIssueMessage(issue: Issue): string {
  return english(issueMessage(issue, issue.code === 'invalid_type' && issue.input === undefined));
}

/**
 * The phrase of an issue zod reported, as a message a page can show in the language in use:
 * the one this module wrote, a schema's own (OWN_PHRASES), or the text as it is.
 */
export function issuePhrase(issue: z.core.$ZodIssue): Message {
  const own = OWN.get(issue.message);
  if (own) return own;
  const raw = issue as unknown as Issue;
  for (const missing of [true, false]) {
    const made = issueMessage(raw, missing);
    if (english(made) === issue.message) return made;
  }
  return phrase(issue.message);
}

z.config({ jitless: true, customError: plainIssueMessage });

export { z };
