/**
 * zod builds each schema as its module loads, and on a phone that is a large part of starting
 * a page. The bank's own schemas are needed only to read a question bank file, so nothing
 * outside src/domain/bank may import bank-schema.ts for more than its types: the ids and
 * dimensions other checks use are in bank-ids.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Every import statement of `file` that takes values (not only types) from bank-schema. */
function valueImportsOfBankSchema(text: string): string[] {
  const statements = text.match(/^import\s[\s\S]*?from\s+'[^']+';/gm) ?? [];
  return statements.filter(
    (s) =>
      /bank-schema'/.test(s) &&
      !/^import\s+type\s/.test(s) &&
      !/^import\s*\{\s*(type\s+\w+\s*,?\s*)+\}/.test(s),
  );
}

describe('what a page loads at start', () => {
  const files = sourceFiles('src').filter((f) => !f.startsWith('src/domain/bank/'));

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('takes only types from bank-schema.ts outside src/domain/bank', () => {
    const offenders = files.filter(
      (f) => valueImportsOfBankSchema(readFileSync(path.join(root, f), 'utf8')).length > 0,
    );
    expect(offenders).toEqual([]);
  });

  it('tells a value import from a type import', () => {
    expect(
      valueImportsOfBankSchema("import { IdSchema } from '../bank/bank-schema';"),
    ).toHaveLength(1);
    expect(
      valueImportsOfBankSchema("import { type Bank, DIMENSION_IDS } from '../bank/bank-schema';"),
    ).toHaveLength(1);
    expect(valueImportsOfBankSchema("import type { Bank } from '../bank/bank-schema';")).toEqual(
      [],
    );
    expect(valueImportsOfBankSchema("import { type Bank } from '../bank/bank-schema';")).toEqual(
      [],
    );
  });
});
