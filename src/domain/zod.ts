/**
 * zod, as the rest of the code uses it. Two settings, in place before any schema is made
 * because every schema module imports `z` from here:
 *
 * - No generated code. zod 4 can build faster validators with `new Function`, but the app's
 *   Content Security Policy forbids eval, and merely testing for it logs a CSP violation.
 * - Plain-English messages. zod's own ("Invalid input: expected string, received null") are
 *   written for programmers and must never reach a user. Each message here is a phrase that
 *   follows the name of the thing it is about ("must be text", "is missing"), because every
 *   caller puts a name before it: the question, the line of a code, the field of a bank file.
 *   A schema that carries its own message keeps it; this is what every other check says.
 */
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_WORDS: Record<string, string> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  bigint: 'must be a whole number',
  boolean: 'must be true or false',
  array: 'must be a list (in square brackets)',
  tuple: 'must be a list (in square brackets)',
  object: 'must be a group of fields (in curly brackets)',
  record: 'must be a group of fields (in curly brackets)',
  date: 'must be a date',
};

const FORMAT_WORDS: Record<string, string> = {
  datetime: 'must be a date and time, like 2025-03-01T10:00:00Z',
  date: 'must be a date, like 2025-03-01',
  time: 'must be a time, like 10:00',
  url: 'must be a web address, like https://example.org',
  email: 'must be an email address',
  uuid: 'must be an identifier made by Rally',
};

/** "a", "a or b", "a, b or c", each in quotation marks. */
export function orList(values: readonly unknown[]): string {
  const words = values.map((v) => `“${String(v)}”`);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function n(value: number | bigint): string {
  return typeof value === 'bigint' ? value.toString() : value.toLocaleString('en-GB');
}

function sizeWords(origin: string, limit: number | bigint, side: 'min' | 'max', inclusive = true) {
  if (origin === 'string') {
    if (side === 'min')
      return Number(limit) <= 1
        ? 'must not be empty'
        : `must be at least ${n(limit)} characters long`;
    return `must be ${n(limit)} characters or fewer`;
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'min')
      return Number(limit) <= 1
        ? 'must not be an empty list'
        : `must have at least ${n(limit)} entries`;
    return `must have no more than ${n(limit)} entries`;
  }
  if (side === 'min')
    return inclusive ? `must be ${n(limit)} or more` : `must be more than ${n(limit)}`;
  return inclusive ? `must be ${n(limit)} or less` : `must be less than ${n(limit)}`;
}

/** The plain-English phrase for a zod issue that has no message of its own. */
export function plainIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return TYPE_WORDS[issue.expected] ?? 'is not the right kind of value';
    case 'too_small':
      return sizeWords(issue.origin, issue.minimum, 'min', issue.inclusive ?? true);
    case 'too_big':
      return sizeWords(issue.origin, issue.maximum, 'max', issue.inclusive ?? true);
    case 'invalid_format':
      return FORMAT_WORDS[issue.format] ?? 'is not written in the right form';
    case 'not_multiple_of':
      return 'must be a whole number';
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${orList(issue.values)}`
        : `must be one of ${orList(issue.values)}`;
    case 'invalid_union':
      // zod names the discriminator itself (an item's "kind") in the path of this issue.
      if (issue.discriminator && Array.isArray(issue.options) && issue.options.length > 0)
        return `must be one of ${orList(issue.options)}`;
      return 'is not in a form Rally can read';
    case 'unrecognized_keys':
      return `has fields that are not used here: ${orList(issue.keys)}`;
    case 'invalid_key':
      return 'has a field name that is not allowed';
    case 'invalid_element':
      return 'has an entry that is not allowed';
    default:
      return 'is not valid';
  }
}

z.config({ jitless: true, customError: plainIssueMessage });

export { z };
