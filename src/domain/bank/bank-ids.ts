/**
 * The parts of the bank's shape that other files' checks use (a response's, a session's, an
 * action's): stable ids and the dimensions. They live apart from bank-schema.ts so that a page
 * which checks a saved file does not also build the whole bank's schemas, which only reading a
 * question bank file needs (zod builds a schema as its module loads, and a phone pays for each).
 */
import { z } from '../zod';

/** Stable ids: lower-case words joined by hyphens, e.g. `gov-shared-purpose`. Never reused. */
export const IdSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
      'must be lower-case letters and digits joined by single hyphens',
    ),
    z.maxLength(60),
  );

export const DIMENSION_IDS = [
  'governance',
  'leadership',
  'culture',
  'infrastructure',
  'communities',
  'learning',
] as const;
