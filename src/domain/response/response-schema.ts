/**
 * The response file: one respondent's answers, as saved, exported and handed to a facilitator.
 *
 * Envelope (format version 2):
 *   format         always "rally-response"
 *   formatVersion  2; a file with a higher number was made by a newer version of the tool.
 *                  Version 1 files (before targets and actions) are read and brought up to
 *                  version 2 on import (`migrateResponseVersion1`), nothing lost.
 *   bankId, bankVersion   the question bank the answers belong to
 *   responseId     a random id made by the caller (domain code makes no random numbers)
 *   createdAt, updatedAt  ISO 8601 date-times
 *   about          optional about-you fields (partnership name, place, sector, role level,
 *                  time involved); never scored
 *   answers        item id -> answer value (see answer-schema.ts)
 *   comments       section id -> free-text comment
 *   commentLanguages  optional: section id -> the language ("en" or "cy") its comment was
 *                  written in (the language of the page when it was last changed)
 *   answerLanguages   optional: item id -> the language of a free-text answer, likewise
 *                  Both were added with Welsh (issue 11) and are optional, so files without
 *                  them still open (the language is then unknown), and a version that does not
 *                  know them drops them as it drops any unknown key. A map that cannot be read
 *                  is dropped, never the file.
 *   targets        (version 2) dimension id -> the respondent's own target score, 0 to 100
 *                  (src/domain/plan/targets.ts); a dimension without a target is left out
 *   actions        (version 2) the respondent's action plan (src/domain/plan/action-plan.ts)
 *
 * Every size is capped (strings at 10,000 characters, at most 500 answers) so that a hostile or
 * corrupt file is refused before anything reads it. Unknown top-level keys are dropped.
 */
import { z } from '../zod';
import { IdSchema } from '../bank/bank-ids';
import { AnswerMapSchema, MAX_SAVED_TEXT } from '../answers/answer-values';
import { ABOUT_FIELDS } from './about-fields';
import { LANGUAGES } from '../language';
import { TargetsSchema } from '../plan/targets';
import { ActionSchema, MAX_PLAN_ACTIONS } from '../plan/action-plan';

export const RESPONSE_FORMAT = 'rally-response';
export const RESPONSE_FORMAT_VERSION = 2;
/** The oldest format version still read (and migrated) on import. */
export const OLDEST_RESPONSE_FORMAT_VERSION = 1;

/** As much as any field keeps on the device (answer-values.ts), so a saved file always reads back. */
export const MAX_TEXT = MAX_SAVED_TEXT;
export const MAX_ANSWERS = 500;
export const MAX_COMMENTS = 50;

const FreeText = z.string().check(z.maxLength(MAX_TEXT));

/** Id -> the language a free text was written in; unreadable maps are left out, not refused. */
export const TextLanguagesSchema = z.catch(
  z.optional(
    z
      .record(z.string().check(z.maxLength(60)), z.enum(LANGUAGES))
      .check(z.refine((m) => Object.keys(m).length <= MAX_ANSWERS)),
  ),
  undefined,
);
export type TextLanguages = NonNullable<z.infer<typeof TextLanguagesSchema>>;

/** About-you fields, keyed by the `field` of the items that fill them. */
export const AboutSchema = z.object({
  'partnership-name': z.optional(FreeText),
  place: z.optional(FreeText),
  sector: z.optional(FreeText),
  'role-level': z.optional(FreeText),
  'time-involved': z.optional(FreeText),
});
export type About = z.infer<typeof AboutSchema>;
export { ABOUT_FIELDS };

// At most 40 characters, as the saved assessment holds them (state/stored-assessment.ts):
// zod alone would accept any number of fractional digits.
const IsoDateTime = z.iso.datetime({ offset: true }).check(z.maxLength(40));

export const ResponseEnvelopeSchema = z.object({
  format: z.literal(RESPONSE_FORMAT),
  formatVersion: z.literal(RESPONSE_FORMAT_VERSION),
  bankId: IdSchema,
  bankVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version number like 1.0.0')),
  responseId: z.string().check(
    z.minLength(1),
    // 60, as the saved assessment holds it; Rally's own ids are 36 characters at most.
    z.maxLength(60),
    z.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, hyphens or underscores'),
  ),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  about: z._default(AboutSchema, {}),
  answers: AnswerMapSchema.check(
    z.refine(
      (a) => Object.keys(a).length <= MAX_ANSWERS,
      `holds more than the ${MAX_ANSWERS} answers a file can hold`,
    ),
  ),
  comments: z._default(
    z
      .record(z.string().check(z.maxLength(60)), FreeText)
      .check(
        z.refine(
          (c) => Object.keys(c).length <= MAX_COMMENTS,
          `holds more than the ${MAX_COMMENTS} comments a file can hold`,
        ),
      ),
    {},
  ),
  commentLanguages: TextLanguagesSchema,
  answerLanguages: TextLanguagesSchema,
  targets: z._default(TargetsSchema, {}),
  actions: z._default(z.array(ActionSchema).check(z.maxLength(MAX_PLAN_ACTIONS)), []),
});
export type ResponseEnvelope = z.infer<typeof ResponseEnvelopeSchema>;

/**
 * A version 1 response file's data as version 2: the same fields, no targets and no actions.
 * Data of any other version, or that is not an object, is returned unchanged. Pure.
 */
export function migrateResponseVersion1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const old = data as Record<string, unknown>;
  if (old.formatVersion !== 1) return data;
  return { ...old, formatVersion: 2, targets: {}, actions: [] };
}
