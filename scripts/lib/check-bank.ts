/** Build-time bank validation shared by vite.config.ts and the CLI: returns one line per problem. */
import type { Plugin } from 'vite';
import { readBankDir } from './read-bank-dir';
import { describeBankProblems, parseBank } from '../../src/domain/bank/parse-bank';

export async function checkBankDir(dir: string): Promise<string[]> {
  const read = await readBankDir(dir);
  if (!read.ok) return describeBankProblems(read.problems).split('\n');
  const parsed = parseBank(read.files);
  return parsed.ok ? [] : describeBankProblems(parsed.problems).split('\n');
}

/** A bank that fails validation stops `vite build` and `vite dev` with every problem listed. */
export function bankValidationPlugin(dir = 'questions'): Plugin {
  return {
    name: 'rally-validate-bank',
    async buildStart() {
      const problems = await checkBankDir(dir);
      if (problems.length > 0) this.error(`The question bank in ${dir}/ is not valid:\n${problems.join('\n')}`);
    },
  };
}
