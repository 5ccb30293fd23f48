/**
 * The plain-English words src/domain/zod.ts gives each kind of zod issue, pinned: zod/mini
 * (decision 024) reports issues through zod's core, and a zod upgrade that changed an issue's
 * code, path, or the fields the words are made from would change what people read. Each case is
 * one failure of a kind zod.ts words, with the message worked out by hand from its tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from '../../../src/domain/zod';
import { ResponseEnvelopeSchema } from '../../../src/domain/response/response-schema';
import { SessionDetailsSchema } from '../../../src/domain/group/session-link';

type Case = [
  string,
  z.ZodMiniType,
  unknown,
  { code: string; path: PropertyKey[]; message: string },
];

const CASES: Case[] = [
  [
    'a field left out',
    z.object({ a: z.string() }),
    {},
    { code: 'invalid_type', path: ['a'], message: 'is missing' },
  ],
  ['a number for text', z.string(), 5, { code: 'invalid_type', path: [], message: 'must be text' }],
  [
    'text for a number',
    z.number(),
    '5',
    { code: 'invalid_type', path: [], message: 'must be a number' },
  ],
  [
    'a fraction for a whole number',
    z.number().check(z.int()),
    1.5,
    { code: 'invalid_type', path: [], message: 'must be a whole number' },
  ],
  [
    'text for true or false',
    z.boolean(),
    'yes',
    { code: 'invalid_type', path: [], message: 'must be true or false' },
  ],
  [
    'an object for a list',
    z.array(z.string()),
    {},
    { code: 'invalid_type', path: [], message: 'must be a list (in square brackets)' },
  ],
  [
    'a list for a group of fields',
    z.object({}),
    [],
    { code: 'invalid_type', path: [], message: 'must be a group of fields (in curly brackets)' },
  ],
  [
    'a list for a record',
    z.record(z.string(), z.string()),
    [],
    { code: 'invalid_type', path: [], message: 'must be a group of fields (in curly brackets)' },
  ],
  [
    'null for never',
    z.never(),
    null,
    { code: 'invalid_type', path: [], message: 'is not the right kind of value' },
  ],
  [
    'empty text',
    z.string().check(z.minLength(1)),
    '',
    { code: 'too_small', path: [], message: 'must not be empty' },
  ],
  [
    'text too short',
    z.string().check(z.minLength(3)),
    'ab',
    { code: 'too_small', path: [], message: 'must be at least 3 characters long' },
  ],
  [
    'text too long',
    z.string().check(z.maxLength(1)),
    'ab',
    { code: 'too_big', path: [], message: 'must be 1 character or fewer' },
  ],
  [
    'text far too long',
    z.string().check(z.maxLength(60)),
    'x'.repeat(61),
    { code: 'too_big', path: [], message: 'must be 60 characters or fewer' },
  ],
  [
    'an empty list',
    z.array(z.string()).check(z.minLength(1)),
    [],
    { code: 'too_small', path: [], message: 'must not be an empty list' },
  ],
  [
    'a list too short',
    z.array(z.string()).check(z.minLength(2)),
    ['a'],
    { code: 'too_small', path: [], message: 'must have at least 2 entries' },
  ],
  [
    'a list too long',
    z.array(z.string()).check(z.maxLength(1)),
    ['a', 'b'],
    { code: 'too_big', path: [], message: 'must have no more than 1 entry' },
  ],
  [
    'a number too small',
    z.number().check(z.gte(0)),
    -1,
    { code: 'too_small', path: [], message: 'must be 0 or more' },
  ],
  [
    'a number not above',
    z.number().check(z.positive()),
    0,
    { code: 'too_small', path: [], message: 'must be more than 0' },
  ],
  [
    'a number too big',
    z.number().check(z.lte(1000)),
    1001,
    { code: 'too_big', path: [], message: 'must be 1,000 or less' },
  ],
  [
    'a number not below',
    z.number().check(z.lt(10)),
    10,
    { code: 'too_big', path: [], message: 'must be less than 10' },
  ],
  [
    'not a date',
    z.iso.date(),
    '2025-02-30',
    { code: 'invalid_format', path: [], message: 'must be a date, like 2025-03-01' },
  ],
  [
    'not a date and time',
    z.iso.datetime({ offset: true }),
    '2025-03-01',
    {
      code: 'invalid_format',
      path: [],
      message: 'must be a date and time, like 2025-03-01T10:00:00Z',
    },
  ],
  [
    'not a web address',
    z.string().check(z.url()),
    'nowhere',
    {
      code: 'invalid_format',
      path: [],
      message: 'must be a web address, like https://example.org',
    },
  ],
  [
    'not the pattern',
    z.string().check(z.regex(/^a+$/)),
    'b',
    { code: 'invalid_format', path: [], message: 'is not written in the right form' },
  ],
  [
    'not a multiple',
    z.number().check(z.multipleOf(2)),
    3,
    { code: 'not_multiple_of', path: [], message: 'must be a whole number' },
  ],
  [
    'not the one value',
    z.literal('rally-response'),
    'other',
    { code: 'invalid_value', path: [], message: 'must be “rally-response”' },
  ],
  [
    'not one of the values',
    z.enum(['a', 'b', 'c']),
    'd',
    { code: 'invalid_value', path: [], message: 'must be one of “a”, “b” or “c”' },
  ],
  [
    'an unknown kind',
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('x') }),
      z.object({ kind: z.literal('y') }),
    ]),
    { kind: 'z' },
    { code: 'invalid_union', path: ['kind'], message: 'must be one of “x” or “y”' },
  ],
  [
    'none of a union',
    z.union([z.string(), z.number()]),
    true,
    { code: 'invalid_union', path: [], message: 'is not in a form Rally can read' },
  ],
  [
    'fields not used',
    z.strictObject({ a: z.string() }),
    { a: 'x', b: 1, c: 2 },
    {
      code: 'unrecognized_keys',
      path: [],
      message: 'has fields that are not used here: “b” or “c”',
    },
  ],
  [
    'a field name not allowed',
    z.record(z.string().check(z.maxLength(2)), z.string()),
    { abc: 'x' },
    { code: 'invalid_key', path: ['abc'], message: 'has a field name that is not allowed' },
  ],
  [
    'a check without words',
    z.string().check(z.refine((s) => s === 'ok')),
    'no',
    { code: 'custom', path: [], message: 'is not valid' },
  ],
  [
    'a check with its own words',
    z.string().check(z.minLength(1, 'must say what will be done')),
    '',
    { code: 'too_small', path: [], message: 'must say what will be done' },
  ],
];

describe('the words for each kind of zod issue', () => {
  it.each(CASES)('%s', (_name, schema, input, expected) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const [issue, ...more] = result.error!.issues;
    expect(more).toEqual([]);
    expect({ code: issue!.code, path: issue!.path, message: issue!.message }).toEqual(expected);
  });

  it('names the field of a saved file that is wrong, in the app’s own schemas', () => {
    const result = SessionDetailsSchema.safeParse({
      id: 'a b',
      partnershipName: '  ',
      date: '2025-13-01',
    });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['id', 'must be letters, digits, hyphens or underscores'],
      ['partnershipName', 'must not be empty'],
      ['date', 'must be a date like 2025-03-01'],
    ]);
    const response = ResponseEnvelopeSchema.safeParse({ format: 'rally-response' });
    expect(response.error!.issues.find((i) => i.path[0] === 'bankId')?.message).toBe('is missing');
  });

  it('says “must be text” of anything but text given where text goes', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string' && v !== undefined),
        (value) => {
          const issues = z.object({ name: z.string() }).safeParse({ name: value }).error!.issues;
          expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
            ['invalid_type', ['name'], 'must be text'],
          ]);
        },
      ),
    );
  });
});
