/**
 * JSON Schemas for the bank files, generated from the zod schemas so that they cannot drift.
 * They give content authors completion and checking in their editor; `parseBank` stays the
 * real check (it also checks the cross-references a JSON Schema cannot express).
 *
 * `io: 'input'` describes the files as authors write them: fields with a default (`required`,
 * `reverse`, `comment`...) are optional and show their default. Refinements such as "at least
 * one positive weight" have no JSON Schema form and are left to `parseBank`.
 */
import { z } from '../zod';
import { BankSchema, SectionSchema } from './bank-schema';

export type BankJsonSchemas = {
  /** For questions/bank.json. */
  bank: Record<string, unknown>;
  /** For questions/sections/*.json. */
  section: Record<string, unknown>;
};

export function bankJsonSchemas(): BankJsonSchemas {
  return {
    bank: {
      ...z.toJSONSchema(BankSchema, { io: 'input' }),
      title: 'Rally question bank: bank.json',
    },
    section: {
      ...z.toJSONSchema(SectionSchema, { io: 'input' }),
      title: 'Rally question bank: one section file',
    },
  };
}

/** The text a schema file holds: 2-space JSON and a final newline, so diffs stay small. */
export function jsonSchemaFileText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
