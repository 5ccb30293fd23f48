/**
 * The question bank's shape. A bank is content plus scoring rules, all as data: the code that
 * reads it only aggregates. Everything that arrives from `questions/` (or a file a user loads)
 * is `unknown` until `parseBank` has run it through these schemas.
 *
 * Files on disk:
 *   questions/bank.json            metadata, answer scale, bands, dimensions, profiles, citation
 *   questions/sections/NN-*.json   one section each: pages of items, in the order met
 */
import { z } from '../zod';
import { DIMENSION_IDS, IdSchema } from './bank-ids';

// What other schemas need from here, in a module of its own (bank-ids.ts): importing them from
// this file would build every schema of the bank wherever an id is checked.
export { DIMENSION_IDS, IdSchema };

/**
 * A text a reader sees. In the files it may also be `{ "en": ..., "cy": ... }`: parseBank
 * takes the English out before these schemas run (bank-texts.ts), and the JSON Schema for
 * editors allows both forms (json-schema.ts).
 */
export const Text = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(2000));
export const ShortText = z
  .string()
  .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(300));

/** What a finding, framework or source an item puts into practice. */
const SourceNote = z.string().check(z.trim(), z.minLength(3), z.maxLength(400));

/** Profiles group choice items that are scored together. */
export const PROFILE_IDS = [
  'typology',
  'governance-mode',
  'governance-conditions',
  'justification',
  'starting-conditions',
  'community-involvement',
  'accountability',
] as const;
export const ProfileIdSchema = z.enum(PROFILE_IDS);
export type ProfileId = z.infer<typeof ProfileIdSchema>;

/** Weights an option gives to targets in its profile (types, modes, justifications...). */
const WeightsSchema = z
  .record(IdSchema, z.number().check(z.gte(0), z.lte(10)))
  .check(
    z.refine(
      (w) => Object.values(w).some((v) => v > 0),
      'must give a positive weight to at least one target',
    ),
  );

export const OptionSchema = z.object({
  id: IdSchema,
  label: ShortText,
  hint: z.optional(ShortText),
  weights: WeightsSchema,
  /**
   * In a question where several options can be chosen: this option (such as "None of these")
   * is chosen on its own, and choosing it clears the others, as Don't know does.
   */
  exclusive: z.optional(z.boolean()),
});
export type Option = z.infer<typeof OptionSchema>;

const ItemBase = {
  id: IdSchema,
  /** The question as the respondent reads it. Becomes the legend (or label). */
  text: Text,
  hint: z.optional(Text),
  /** Which finding or source the item puts into practice. Shown to content authors only. */
  source: SourceNote,
  /** Unanswered required items block Continue; Don't know is always an answer. */
  required: z._default(z.boolean(), true),
};

export const AgreementItemSchema = z.object({
  ...ItemBase,
  kind: z.literal('agreement'),
  dimension: z.enum(DIMENSION_IDS),
  /** Reverse-keyed items score 6 - answer. Rare, and marked here. */
  reverse: z._default(z.boolean(), false),
  /** Leadership role(s) this item evidences (steward, mediator, catalyst). */
  roles: z._default(z.array(IdSchema), []),
});
export type AgreementItem = z.infer<typeof AgreementItemSchema>;

export const ChoiceItemSchema = z.object({
  ...ItemBase,
  kind: z.literal('choice'),
  multiple: z._default(z.boolean(), false),
  profile: ProfileIdSchema,
  /** How much this item counts within its profile (the typology's main change weighs most). */
  importance: z._default(z.number().check(z.gte(0.1), z.lte(10)), 1),
  options: z.array(OptionSchema).check(z.minLength(2), z.maxLength(12)),
});
export type ChoiceItem = z.infer<typeof ChoiceItemSchema>;

/** Several rows answered on the same options: the accountability mix. */
export const GridItemSchema = z.object({
  ...ItemBase,
  kind: z.literal('grid'),
  profile: ProfileIdSchema,
  rows: z
    .array(z.object({ id: IdSchema, label: ShortText, hint: z.optional(ShortText) }))
    .check(z.minLength(1), z.maxLength(12)),
  options: z.array(OptionSchema).check(z.minLength(2), z.maxLength(8)),
});
export type GridItem = z.infer<typeof GridItemSchema>;

/** About-you fields: unweighted, never scored, used for group views by sector and role. */
export const SelectItemSchema = z.object({
  ...ItemBase,
  kind: z.literal('select'),
  /** The about-field this item fills (e.g. `sector`, `role-level`). */
  field: IdSchema,
  options: z
    .array(z.object({ id: IdSchema, label: ShortText }))
    .check(z.minLength(2), z.maxLength(12)),
});
export type SelectItem = z.infer<typeof SelectItemSchema>;

/** Free text: never scored, never put in a URL. */
export const TextItemSchema = z.object({
  ...ItemBase,
  kind: z.literal('text'),
  /** A short one-line input or a multi-line textarea. */
  size: z._default(z.enum(['short', 'long']), 'long'),
  /** When set, the answer is an about-field (partnership name, place). */
  field: z.optional(IdSchema),
  maxLength: z._default(z.number().check(z.int(), z.gte(10), z.lte(5000)), 2000),
});
export type TextItem = z.infer<typeof TextItemSchema>;

export const ItemSchema = z.discriminatedUnion('kind', [
  AgreementItemSchema,
  ChoiceItemSchema,
  GridItemSchema,
  SelectItemSchema,
  TextItemSchema,
]);
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];

export const PageSchema = z.object({
  id: IdSchema,
  /** Page heading when a page holds several items; a single-item page uses the item text. */
  title: z.optional(ShortText),
  intro: z.optional(Text),
  items: z.array(ItemSchema).check(z.minLength(1), z.maxLength(8)),
});
export type Page = z.infer<typeof PageSchema>;

export const SectionSchema = z.object({
  /** Editor help only: points at questions/section.schema.json. */
  $schema: z.optional(z.string()),
  id: IdSchema,
  /** 0 to 8: the order a respondent meets the sections. */
  order: z.number().check(z.int(), z.gte(0), z.lte(99)),
  title: ShortText,
  /** One line for the task list. */
  summary: ShortText,
  intro: z.optional(Text),
  scored: z.boolean(),
  /** Offer an optional comment box at the end of the section. */
  comment: z._default(z.boolean(), true),
  pages: z.array(PageSchema).check(z.minLength(1)),
});
export type Section = z.infer<typeof SectionSchema>;

export const BandSchema = z.object({
  id: IdSchema,
  label: ShortText,
  /** Lowest score (0 to 100) in the band, inclusive. */
  min: z.number().check(z.gte(0), z.lte(100)),
});
export type Band = z.infer<typeof BandSchema>;

/**
 * One thing a partnership at this band is likely to see in practice: observable (who is in the
 * room, how decisions are taken, what is shared), never a verdict, and resting on a source.
 */
export const PracticeSchema = z.object({
  text: Text,
  /** The citation (an id in `citations`) the description rests on. */
  citation: IdSchema,
  /** Where in that source, e.g. "Executive summary, Leadership". Shown beside the citation. */
  pointer: z.optional(ShortText),
  /**
   * `finding`: the source says this. `inference`: this tool's own reading of the source, and
   * shown as such.
   */
  basis: z._default(z.enum(['finding', 'inference']), 'finding'),
});
export type Practice = z.infer<typeof PracticeSchema>;

const BandTextSchema = z.object({
  interpretation: Text,
  prompts: z.array(Text).check(z.minLength(2), z.maxLength(3)),
  /**
   * What practice at this band looks like, 2 or 3 descriptions. Optional in the format (a bank of
   * one's own may leave it out); `npm run bank:check` requires it for every band.
   */
  practice: z.optional(z.array(PracticeSchema).check(z.minLength(2), z.maxLength(3))),
  /** What would move a partnership to the next band (for the top band: what keeps it there). */
  nextStep: z.optional(Text),
});
export type BandText = z.infer<typeof BandTextSchema>;

export const DimensionSchema = z.object({
  id: z.enum(DIMENSION_IDS),
  name: ShortText,
  description: Text,
  /** Interpretation and discussion prompts for each band, keyed by band id. */
  bands: z.record(IdSchema, BandTextSchema),
  /** Said when fewer items than the coverage rule are answered. */
  notEnough: Text,
});
export type Dimension = z.infer<typeof DimensionSchema>;

const TargetSchema = z.object({
  id: IdSchema,
  name: ShortText,
  description: Text,
});

export const TypeSchema = z.extend(TargetSchema, {
  /** The report's example sites for this type. */
  exampleSites: z.array(ShortText).check(z.minLength(1)),
  meaning: Text,
});

export const ScaleSchema = z.object({
  /** Agreement options, lowest first. Values are what gets averaged. */
  points: z
    .array(z.object({ value: z.number().check(z.int()), label: ShortText }))
    .check(z.minLength(3), z.maxLength(7)),
  dontKnow: ShortText,
  notApplicable: ShortText,
});
export type Scale = z.infer<typeof ScaleSchema>;

export const CitationSchema = z.object({
  id: IdSchema,
  text: Text,
  /** A short name for the source, e.g. "GO Lab report (2019)", shown beside practice texts. */
  short: z.optional(ShortText),
  url: z.optional(z.string().check(z.url())),
});

export const BankSchema = z.object({
  $schema: z.optional(z.string()),
  id: IdSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')),
  title: ShortText,
  locale: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/)),
  description: Text,
  minutes: z.object({
    min: z.number().check(z.int(), z.positive()),
    max: z.number().check(z.int(), z.positive()),
  }),
  scale: ScaleSchema,
  scoring: z.object({
    /** Share of a dimension's items that must be answered (not Don't know / N/A) to score it. */
    minCoverage: z.number().check(z.gte(0), z.lte(1)),
    /** Bands, any order; a score falls in the band with the highest `min` not above it. */
    bands: z.array(BandSchema).check(z.minLength(2)),
  }),
  dimensions: z.array(DimensionSchema).check(z.length(DIMENSION_IDS.length)),
  typology: z.object({
    types: z.array(TypeSchema).check(z.minLength(2)),
    /** Top two within this many points: "a blend of X and Y". */
    blendMargin: z.number().check(z.gte(0), z.lte(100)),
    /** Fewer answered indicators than this: "too few answers to say". */
    minAnswered: z.number().check(z.int(), z.gte(1)),
  }),
  governance: z.object({
    modes: z.array(TargetSchema).check(z.minLength(2)),
    /** Target id that the mode item's "not clear" option weighs towards. */
    unclear: IdSchema,
    mismatchPrompt: Text,
    unclearPrompt: Text,
  }),
  leadership: z.object({
    roles: z.array(TargetSchema).check(z.minLength(1)),
    note: Text,
  }),
  accountability: z.object({
    flags: z.array(
      z.object({
        id: IdSchema,
        /** `only-row`: only this row is in use. `none-for`: no row has this weight key. */
        rule: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('only-row'), row: IdSchema }),
          z.object({ kind: z.literal('none-for'), key: IdSchema }),
        ]),
        text: Text,
      }),
    ),
  }),
  /** Target names for the simple profiles (justification, starting conditions, community modes). */
  profiles: z._default(z.partialRecord(ProfileIdSchema, z.array(TargetSchema)), {}),
  citations: z.array(CitationSchema).check(z.minLength(1)),
  citation: Text,
  disclaimer: Text,
});
export type BankMeta = z.infer<typeof BankSchema>;

/** A bank as the app uses it: metadata plus its sections in order. */
export type Bank = BankMeta & { sections: Section[] };
