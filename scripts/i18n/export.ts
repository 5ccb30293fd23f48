/**
 * `npm run i18n:export [-- --out FILE] [--csv FILE] [--root DIR]`: every string of Rally (the
 * interface catalogues and the question bank) with its English, where it appears and its
 * current Welsh, as a PO file for a translator's tool (default `rally-cy.po`) and, with
 * `--csv`, as a spreadsheet. Lists the strings that have no Welsh yet.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectEntries, entriesToCsv, entriesToPo } from '../lib/translations';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const root = path.resolve(
    option(argv, '--root') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  );
  const out = path.resolve(option(argv, '--out') ?? 'rally-cy.po');
  const csv = option(argv, '--csv');
  const entries = await collectEntries(root);
  await writeFile(out, await entriesToPo(entries));
  if (csv) await writeFile(path.resolve(csv), entriesToCsv(entries));
  const untranslated = entries.filter((e) => e.welsh === '');
  const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
  console.log(
    `Wrote ${entries.length} strings (${count('interface')} interface, ${count('bank')} question bank) to ${out}${csv ? ` and ${path.resolve(csv)}` : ''}.`,
  );
  console.log(`Without Welsh: ${untranslated.length}`);
  for (const e of untranslated)
    console.log(`  ${e.english}  [${[...e.notes, ...e.files].join('; ')}]`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
