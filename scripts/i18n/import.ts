/**
 * `npm run i18n:import -- FILE [--root DIR]`: brings a translator's file (the PO or CSV that
 * `i18n:export` wrote) back. Every entry is checked first: the placeholders and tags of the
 * English kept, a plural still a plural with all six Welsh forms. Any problem is listed, naming
 * the entry, and nothing is written. Otherwise the Welsh goes into the interface catalogues
 * (every area that has the message) and the question bank's files. Entries made from English
 * that Rally no longer has (changed since the file was exported) are listed and left out; so
 * are the strings still without Welsh.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkIncoming, collectEntries, readIncoming, writeIncoming } from '../lib/translations';

async function main(argv: string[]): Promise<number> {
  const rootAt = argv.indexOf('--root');
  const root = path.resolve(
    rootAt >= 0
      ? argv[rootAt + 1]!
      : path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  );
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--root');
  if (!file) {
    console.error('Name the file to import: npm run i18n:import -- rally-cy.po');
    return 2;
  }
  const read = await readIncoming(path.resolve(file));
  if (!read.ok) {
    console.error(read.problem);
    return 1;
  }
  const report = checkIncoming(await collectEntries(root), read.entries);
  if (report.problems.length > 0) {
    console.error(`Nothing was imported. Put these right in ${file} and import it again:`);
    for (const p of report.problems) console.error(`  ${p}`);
    return 1;
  }
  await writeIncoming(root, report.changed);
  console.log(`Imported ${report.changed.length} Welsh strings.`);
  if (report.stale.length > 0) {
    console.log(
      `Left out, because the English has changed since the file was made (${report.stale.length}):`,
    );
    for (const s of report.stale)
      console.log(`  ${s.english}${s.context ? `  [${s.context}]` : ''}`);
  }
  console.log(`Still without Welsh: ${report.untranslated.length}`);
  for (const e of report.untranslated) console.log(`  ${e.english}  [${e.notes.join('; ')}]`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
