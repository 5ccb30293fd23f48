/**
 * The JSON Schemas in questions/ are generated from the zod schemas (`npm run bank:schema`).
 * These tests fail when someone changes bank-schema.ts and forgets to regenerate them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bankJsonSchemas, jsonSchemaFileText } from '../../src/domain/bank/json-schema';
import { QUESTIONS_DIR, readRealFiles } from './real-bank';

const read = (name: string) => readFile(path.join(QUESTIONS_DIR, name), 'utf8');

describe('the committed JSON Schemas', () => {
  it('questions/bank.schema.json is exactly what bankJsonSchemas() generates', async () => {
    expect(await read('bank.schema.json')).toBe(jsonSchemaFileText(bankJsonSchemas().bank));
  });

  it('questions/section.schema.json is exactly what bankJsonSchemas() generates', async () => {
    expect(await read('section.schema.json')).toBe(jsonSchemaFileText(bankJsonSchemas().section));
  });

  it('describes the files as authors write them: defaulted fields are optional', () => {
    const { section } = bankJsonSchemas();
    const json = JSON.stringify(section);
    // Section-level: `comment` has a default, `pages` does not.
    const required = (section as { required?: string[] }).required ?? [];
    expect(required).toContain('pages');
    expect(required).not.toContain('comment');
    expect(json).toContain('"default":true');
  });

  it('is referenced from every bank file through "$schema"', async () => {
    const files = await readRealFiles();
    expect((files.bank.data as { $schema?: string }).$schema).toBe('./bank.schema.json');
    for (const s of files.sections)
      expect((s.data as { $schema?: string }).$schema, s.file).toBe('../section.schema.json');
  });
});
