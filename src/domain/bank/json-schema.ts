/**
 * JSON Schemas for the bank files, generated from the zod schemas so that they cannot drift.
 * They give content authors completion and checking in their editor; `parseBank` stays the
 * real check (it also checks the cross-references a JSON Schema cannot express).
 *
 * `io: 'input'` describes the files as authors write them: fields with a default (`required`,
 * `reverse`, `comment`...) are optional and show their default. Refinements such as "at least
 * one positive weight" have no JSON Schema form and are left to `parseBank`.
 *
 * Every text may be a string (English only) or `{ "en": ..., "cy": ... }` (questions/README.md).
 */
import { z } from '../zod';
import { BankSchema, SectionSchema, ShortText, Text } from './bank-schema';

export type BankJsonSchemas = {
  /** For questions/bank.json. */
  bank: Record<string, unknown>;
  /** For questions/sections/*.json. */
  section: Record<string, unknown>;
};

type Override = NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'];

/** A text: the string as before, or the same in English and (optionally) Welsh. */
const bothLanguages: Override = (ctx) => {
  if (ctx.zodSchema !== Text && ctx.zodSchema !== ShortText) return;
  const plain = { ...ctx.jsonSchema };
  for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
  Object.assign(ctx.jsonSchema, {
    anyOf: [
      plain,
      {
        type: 'object',
        description: 'The text in English ("en") and in Welsh ("cy")',
        properties: { en: plain, cy: plain },
        required: ['en'],
        additionalProperties: false,
      },
    ],
  });
};

export function bankJsonSchemas(): BankJsonSchemas {
  const options = { io: 'input', override: bothLanguages } as const;
  return {
    bank: {
      ...z.toJSONSchema(BankSchema, options),
      title: 'Rally question bank: bank.json',
    },
    section: {
      ...z.toJSONSchema(SectionSchema, options),
      title: 'Rally question bank: one section file',
    },
  };
}

/** The text a schema file holds: 2-space JSON and a final newline, so diffs stay small. */
export function jsonSchemaFileText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
