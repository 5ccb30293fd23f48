/**
 * `npm run bank:bundle -- DIR [OUT]`: checks the bank folder DIR and writes it as one
 * `rally-bank` file (to OUT, or to standard output) that can be loaded in the app under
 * "Use a different question bank".
 */
import { writeFile } from 'node:fs/promises';
import { describeBankProblems } from '../src/domain/bank/parse-bank';
import { makeBankBundle } from '../src/domain/bank/bank-bundle';
import { loadBankDir, readBankDir } from './lib/read-bank-dir';

const [dir = 'questions', out] = process.argv.slice(2);
const read = await readBankDir(dir);
const parsed = await loadBankDir(dir);
if (!read.ok || !parsed.ok) {
  if (!parsed.ok) console.error(describeBankProblems(parsed.problems));
  process.exit(1);
}
const text = makeBankBundle(read.files);
if (out) {
  await writeFile(out, text);
  console.error(`Wrote ${parsed.bank.id} ${parsed.bank.version} to ${out}`);
} else process.stdout.write(text);
