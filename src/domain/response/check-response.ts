/**
 * Checking a response envelope's shape: ResponseEnvelopeSchema's answer, with the answers
 * checked by hand when they are plainly valid.
 *
 * zod's record of unions is most of the time it takes to check a response (about 0.1 ms for a
 * hundred answers), and a programme load checks 20,000. Answers that are plainly valid (a plain
 * object of at most 500 entries, each key at most 60 characters and not `__proto__` or
 * `constructor`, each value a whole number from -100 to 100, a text of at most 10,000
 * characters, a list of at most 20 texts of at most 60, or a group of such texts under such
 * keys) are copied as zod would copy them, and zod checks the rest of the envelope with the
 * answers left out. Anything else, and any envelope that fails, goes through the whole schema,
 * so every issue, and its message, is zod's own. The result is the schema's in every case: a
 * property in tests/unit/group/session-fast-read.test.ts compares the readers before and after.
 */
import { z } from '../zod';
import {
  MAX_CHOICES,
  MAX_ID as MAX_KEY,
  MAX_NUMBER,
  MAX_SAVED_TEXT,
  MIN_NUMBER,
} from '../answers/answer-values';
import type { AnswerMap, AnswerValue } from '../answers/answer-schema';
import { MAX_ANSWERS, ResponseEnvelopeSchema } from './response-schema';

/** The envelope with its answers taken as they are: they are checked by hand first. */
const WithoutAnswersSchema = z.extend(ResponseEnvelopeSchema, { answers: z.unknown() });

/** Keys a plain object's own key could be confused with, or that zod treats on its own. */
function plainKey(key: string): boolean {
  return key.length <= MAX_KEY && key !== '__proto__' && key !== 'constructor';
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/** A copy of `value` as AnswerValueSchema gives it, or undefined when it is not plainly valid. */
function plainAnswer(value: unknown): AnswerValue | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= MIN_NUMBER && value <= MAX_NUMBER
      ? value
      : undefined;
  if (typeof value === 'string') return value.length <= MAX_SAVED_TEXT ? value : undefined;
  if (Array.isArray(value)) {
    if (value.length > MAX_CHOICES) return undefined;
    for (const choice of value)
      if (typeof choice !== 'string' || choice.length > MAX_KEY) return undefined;
    return value.slice() as string[];
  }
  if (!isPlainRecord(value)) return undefined;
  const copy: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const cell = value[key];
    if (!plainKey(key) || typeof cell !== 'string' || cell.length > MAX_KEY) return undefined;
    copy[key] = cell;
  }
  return copy;
}

/** A copy of `value` as AnswerMapSchema (with its limit) gives it, or undefined when it is not plainly valid. */
function plainAnswers(value: unknown): AnswerMap | undefined {
  if (!isPlainRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > MAX_ANSWERS) return undefined;
  const copy: AnswerMap = {};
  for (const key of keys) {
    if (!plainKey(key)) return undefined;
    const answer = plainAnswer(value[key]);
    if (answer === undefined) return undefined;
    copy[key] = answer;
  }
  return copy;
}

/** The envelope with its fields unknown to this version kept, as a session holds each response. */
export const KeptEnvelopeSchema = z.catchall(ResponseEnvelopeSchema, z.unknown());
const KeptWithoutAnswersSchema = z.catchall(WithoutAnswersSchema, z.unknown());

type Parsed<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError };

/**
 * `whole.safeParse(data)`, faster where the answers are plainly valid: `rest` (`whole` with
 * the answers taken as they are) checks everything else, and the answers are copied by hand.
 * Anything else goes through `whole`, so every failure is zod's own.
 */
function checkEnvelopeWith<T extends { answers: AnswerMap }>(
  data: unknown,
  rest: { safeParse(data: unknown): Parsed<Omit<T, 'answers'> & { answers: unknown }> },
  whole: { safeParse(data: unknown): Parsed<T> },
): Parsed<T> {
  const answers = isPlainRecord(data) ? plainAnswers(data.answers) : undefined;
  if (answers !== undefined) {
    const checked = rest.safeParse(data);
    // The answers keep their place among the fields.
    if (checked.success) return { success: true, data: { ...checked.data, answers } as T };
  }
  return whole.safeParse(data);
}

/** ResponseEnvelopeSchema.safeParse(data), faster where the answers are plainly valid. */
export function checkResponseEnvelope(
  data: unknown,
): ReturnType<typeof ResponseEnvelopeSchema.safeParse> {
  return checkEnvelopeWith(data, WithoutAnswersSchema, ResponseEnvelopeSchema) as ReturnType<
    typeof ResponseEnvelopeSchema.safeParse
  >;
}

/** KeptEnvelopeSchema.safeParse(data), faster where the answers are plainly valid. */
export function checkKeptEnvelope(data: unknown): ReturnType<typeof KeptEnvelopeSchema.safeParse> {
  return checkEnvelopeWith(data, KeptWithoutAnswersSchema, KeptEnvelopeSchema) as ReturnType<
    typeof KeptEnvelopeSchema.safeParse
  >;
}
