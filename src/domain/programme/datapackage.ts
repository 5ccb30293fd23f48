/**
 * The `datapackage.json` that goes in the programme zip beside the Parquet files: a Frictionless
 * Data Package, version 2 (https://datapackage.org/standard/data-package/), describing the long
 * table (long-table.ts) so that a reader knows each field's type and meaning without Rally.
 *
 * - One resource, `answers`, whose `path` lists every Parquet part, each in its hive partition
 *   folder (`bank_version=…/year=…/part-0.parquet`), `format` "parquet".
 * - The schema lists the fields inside the files and then the two partition fields, which are
 *   in the folder names only; `fieldsMatch: "superset"` says a file may hold fewer fields than
 *   the schema lists (Table Schema v2). Spark and DuckDB add the partition fields when they read
 *   the folders with hive partitioning.
 * - The agreement scale is the `value` field's ordered categories (`categoriesOrdered`), with the
 *   bank's labels; the reasons a rating is missing are the `missing` field's categories.
 *   `value` itself is null when there is no rating (see long-table.ts for why a rating is never
 *   a missing code), and the schema's `missingValues` labels that null.
 * - `primaryKey`: partnership, cycle, respondent and variable.
 *
 * Pure: the time of writing is passed in.
 */
import type { Bank } from '../bank/bank-schema';
import { aboutSelect, NOT_GIVEN, NOT_GIVEN_LABEL } from '../privacy/privacy-rule';
import { allItems } from '../bank/bank-queries';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATA_RESOURCE_PROFILE = 'https://datapackage.org/profiles/2.0/dataresource.json';
export const PARQUET_MEDIATYPE = 'application/vnd.apache.parquet';

/** The two tables, each in a folder of its own so that each folder reads as one table. */
export type ResourceName = 'answers' | 'partnerships';

/** The folder and file of one partition's Parquet part, relative to the package. */
export function partitionPath(resource: ResourceName, bankVersion: string, year: number): string {
  return `${resource}/bank_version=${bankVersion}/year=${year}/part-0.parquet`;
}

type Category = { value: string | number; label: string };

export type TableField = {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  title: string;
  description: string;
  constraints?: { required?: boolean };
  categories?: Category[];
  categoriesOrdered?: boolean;
};

export type DataResource = {
  $schema: string;
  name: ResourceName;
  title: string;
  description: string;
  path: string[];
  format: 'parquet';
  mediatype: string;
  schema: {
    fields: TableField[];
    fieldsMatch: 'superset';
    missingValues: { value: string; label: string }[];
    primaryKey: string[];
  };
};

export type DataPackage = {
  $schema: string;
  name: string;
  title: string;
  description: string;
  created: string;
  keywords: string[];
  resources: DataResource[];
  sources: { title: string; path?: string }[];
};

/** Names of the fields held in the folder names rather than in the files. */
export const PARTITION_FIELDS = ['bank_version', 'year'] as const;

export type DataPackageInput = {
  bank: Bank;
  includeText: boolean;
  partitions: readonly { bankVersion: string; year: number }[];
  /** ISO 8601 date-time of writing. */
  created: string;
};

function groupCategories(bank: Bank, field: 'sector' | 'role-level'): Category[] {
  const item = aboutSelect(bank, field);
  return [
    ...(item?.options ?? []).map((o) => ({ value: o.id, label: o.label })),
    { value: NOT_GIVEN, label: NOT_GIVEN_LABEL },
  ];
}

/** The long table's fields, in the order of the columns in the Parquet files. */
export function fileFields(bank: Bank, includeText: boolean): TableField[] {
  const items = allItems(bank).filter(
    (i) => i.kind !== 'select' && !(i.kind === 'text' && (i.field !== undefined || !includeText)),
  );
  const required = { required: true };
  const fields: TableField[] = [
    {
      name: 'partnership',
      type: 'string',
      title: 'Partnership',
      description:
        'A key for the partnership, made when the files were loaded (such as P007). The same partnership has the same key in every cycle of one download.',
      constraints: required,
    },
    {
      name: 'partnership_name',
      type: 'string',
      title: 'Partnership name',
      description: 'The partnership name as given in its session or response files.',
      constraints: required,
    },
    {
      name: 'cycle',
      type: 'integer',
      title: 'Cycle',
      description:
        "1 for the partnership's earliest self-assessment in the download, 2 for the next.",
      constraints: required,
    },
    {
      name: 'cycle_date',
      type: 'date',
      title: 'Cycle date',
      description: 'The date of the session, or of the latest response for loose response files.',
      constraints: required,
    },
    {
      name: 'bank_id',
      type: 'string',
      title: 'Question bank',
      description: 'The id of the question bank the answers belong to.',
      constraints: required,
    },
    {
      name: 'respondent',
      type: 'string',
      title: 'Respondent',
      description:
        'A made-up id for the person who answered, unique in the download (such as P007-R012). It is not the id in their file and names nobody.',
      constraints: required,
    },
    {
      name: 'sector',
      type: 'string',
      title: 'Sector',
      description:
        'The sector the respondent chose, or not-given. Empty wherever it could single someone out: within each cycle a sector is given only when at least 3 people share it and at least 3 are left without one (or none), and every mix of sector and role given has at least 3 people.',
      categories: groupCategories(bank, 'sector'),
    },
    {
      name: 'role_level',
      type: 'string',
      title: 'Role level',
      description:
        'The role level the respondent chose, or not-given. Empty under the same rule as sector.',
      categories: groupCategories(bank, 'role-level'),
    },
    {
      name: 'area',
      type: 'string',
      title: 'Area',
      description: 'The area (dimension) an agreement item scores. Empty for other items.',
      categories: bank.dimensions.map((d) => ({ value: d.id, label: d.name })),
    },
    {
      name: 'item',
      type: 'string',
      title: 'Question',
      description: "The question's id in the bank (for a comment, the section's id).",
      constraints: required,
      categories: [
        ...items.map((i) => ({ value: i.id, label: i.text })),
        ...(includeText
          ? bank.sections.filter((s) => s.comment).map((s) => ({ value: s.id, label: s.title }))
          : []),
      ],
    },
    {
      name: 'kind',
      type: 'string',
      title: 'Kind of question',
      description:
        'What the row holds: a rating, a choice, a grid row, a text answer or a comment.',
      constraints: required,
      categories: [
        { value: 'agreement', label: 'Agreement rating (value)' },
        { value: 'choice', label: 'Choice (option)' },
        { value: 'grid', label: 'Grid row (part and option)' },
        ...(includeText
          ? [
              { value: 'text', label: 'Text answer (text)' },
              { value: 'comment', label: 'Section comment (text)' },
            ]
          : []),
      ],
    },
    {
      name: 'variable',
      type: 'string',
      title: 'Variable',
      description:
        'One name per answer cell: the item id; item.option for each option chosen in a question that allows several; item.row for a grid row; comment.section for a comment.',
      constraints: required,
    },
    {
      name: 'part',
      type: 'string',
      title: 'Grid row',
      description: "The grid row's id, for grid questions. Empty otherwise.",
    },
    {
      name: 'value',
      type: 'integer',
      title: 'Rating',
      description:
        "The agreement rating as given, before any reverse keying (see reverse). Empty when there is no rating; the missing field says why. Scores reverse a reverse-keyed item's rating (lowest + highest - rating), then average each person's ratings in an area.",
      categories: bank.scale.points.map((p) => ({ value: p.value, label: p.label })),
      categoriesOrdered: true,
    },
    {
      name: 'option',
      type: 'string',
      title: 'Option chosen',
      description:
        "The option's id, for choice and grid questions. Empty when there is none; the missing field says why.",
    },
    {
      name: 'missing',
      type: 'string',
      title: 'Why there is no answer',
      description: 'Empty when the row has an answer.',
      categories: [
        { value: 'dont-know', label: bank.scale.dontKnow },
        { value: 'not-applicable', label: bank.scale.notApplicable },
        { value: 'no-answer', label: 'No answer' },
      ],
    },
    {
      name: 'reverse',
      type: 'boolean',
      title: 'Reverse-keyed',
      description:
        'For agreement items: true when agreeing is the weaker answer, so scores reverse the rating.',
    },
  ];
  if (includeText)
    fields.push({
      name: 'text',
      type: 'string',
      title: 'Free text',
      description:
        'A text answer or a comment, as written. It may name people or places; the respondent did not write it for publication.',
    });
  return fields;
}

/** The partnership table's fields, in the order of the columns in its Parquet files. */
export function partnershipFileFields(bank: Bank): TableField[] {
  const answers = fileFields(bank, false);
  const first = answers.filter((f) =>
    ['partnership', 'partnership_name', 'cycle', 'cycle_date', 'bank_id'].includes(f.name),
  );
  return [
    ...first,
    {
      name: 'respondents',
      type: 'integer',
      title: 'Respondents',
      description: 'How many people answered in this cycle.',
      constraints: { required: true },
    },
    {
      name: 'small',
      type: 'boolean',
      title: 'Fewer than 3 respondents',
      description:
        "True when fewer than 3 people answered: Rally's programme page leaves such a cycle out of its figures by default.",
      constraints: { required: true },
    },
    {
      name: 'best_fit_type',
      type: 'string',
      title: 'Best-fit type',
      description:
        "The type of local collaboration most respondents' answers fit best (a respondent whose answers are a blend of two types, or too few, counts for none). Empty when no type is clear (nobody, or a tie).",
      categories: bank.typology.types.map((t) => ({ value: t.id, label: t.name })),
    },
    {
      name: 'governance_mode',
      type: 'string',
      title: 'Governance mode in use',
      description: 'The way of governing most respondents say is in use. Empty when none is clear.',
      categories: bank.governance.modes.map((m) => ({ value: m.id, label: m.name })),
    },
  ];
}

/** The two fields in the folder names. */
export function partitionFields(): TableField[] {
  return [
    {
      name: 'bank_version',
      type: 'string',
      title: 'Question bank version',
      description: 'From the folder name bank_version=…; not inside the Parquet files.',
      constraints: { required: true },
    },
    {
      name: 'year',
      type: 'integer',
      title: 'Year',
      description:
        "The cycle date's year, from the folder name year=…; not inside the Parquet files.",
      constraints: { required: true },
    },
  ];
}

/** The data package descriptor for a download. */
export function buildDataPackage(input: DataPackageInput): DataPackage {
  const { bank, includeText, partitions, created } = input;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'rally-programme',
    title: 'Rally programme answers',
    description: `Self-assessment answers from the partnerships in a Rally programme, one row per partnership, cycle, respondent and answer, for the question bank ${bank.id}. ${includeText ? 'Free text (text answers and comments) is included.' : 'Free text is left out.'} docs/programme-data.md in Rally's source explains every field and gives queries for DuckDB and Spark.`,
    created,
    keywords: ['partnership', 'self-assessment', 'collaboration', 'public services'],
    resources: [
      {
        $schema: DATA_RESOURCE_PROFILE,
        name: 'answers',
        title: 'Answers',
        description:
          'The long table: one row per partnership, cycle, respondent and answer, as Parquet files in hive partitions by question bank version and year.',
        path: partitions.map((p) => partitionPath('answers', p.bankVersion, p.year)),
        format: 'parquet',
        mediatype: PARQUET_MEDIATYPE,
        schema: {
          fields: [...fileFields(bank, includeText), ...partitionFields()],
          fieldsMatch: 'superset',
          missingValues: [
            { value: '', label: 'Empty: no value (for a rating, the missing field says why)' },
          ],
          primaryKey: ['partnership', 'cycle', 'respondent', 'variable'],
        },
      },
      {
        $schema: DATA_RESOURCE_PROFILE,
        name: 'partnerships',
        title: 'Partnerships',
        description:
          'One row per partnership and cycle: how many answered, the best-fit type and the governance mode, in the same partitions as the answers.',
        path: partitions.map((p) => partitionPath('partnerships', p.bankVersion, p.year)),
        format: 'parquet',
        mediatype: PARQUET_MEDIATYPE,
        schema: {
          fields: [...partnershipFileFields(bank), ...partitionFields()],
          fieldsMatch: 'superset',
          missingValues: [{ value: '', label: 'Empty: no clear figure' }],
          primaryKey: ['partnership', 'cycle'],
        },
      },
    ],
    sources: [{ title: bank.title }],
  };
}
