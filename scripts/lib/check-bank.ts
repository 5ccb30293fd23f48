/** Build-time bank validation shared by vite.config.ts and the CLI: returns one line per problem. */
import { readBankDir } from './read-bank-dir';
import { describeBankProblems, parseBank } from '../../src/domain/bank/parse-bank';

export async function checkBankDir(dir: string): Promise<string[]> {
  const read = await readBankDir(dir);
  if (!read.ok) return describeBankProblems(read.problems).split('\n');
  const parsed = parseBank(read.files);
  return parsed.ok ? [] : describeBankProblems(parsed.problems).split('\n');
}
