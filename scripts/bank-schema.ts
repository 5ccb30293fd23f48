/**
 * Writes questions/bank.schema.json and questions/section.schema.json from the zod schemas.
 * Run with `npm run bank:schema` after changing src/domain/bank/bank-schema.ts; a test fails
 * while the committed files are out of date.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bankJsonSchemas, jsonSchemaFileText } from '../src/domain/bank/json-schema';

const questionsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'questions');
const schemas = bankJsonSchemas();

for (const [name, schema] of [
  ['bank.schema.json', schemas.bank],
  ['section.schema.json', schemas.section],
] as const) {
  const file = path.join(questionsDir, name);
  await writeFile(file, jsonSchemaFileText(schema), 'utf8');
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
