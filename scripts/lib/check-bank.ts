/** Build-time bank validation shared by vite.config.ts and the CLI: returns one line per problem. */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadBankDir, readBankDir } from './read-bank-dir';
import { describeBankProblems, parseBank } from '../../src/domain/bank/parse-bank';

export async function checkBankDir(dir: string): Promise<string[]> {
  const parsed = await loadBankDir(dir);
  return parsed.ok ? [] : describeBankProblems(parsed.problems).split('\n');
}

export const BANK_MODULE = 'virtual:rally-bank';
const RESOLVED_BANK_MODULE = `\0${BANK_MODULE}`;
/** The Welsh texts, by key: a module of their own, so they are a chunk of their own. */
export const WELSH_BANK_MODULE = 'virtual:rally-bank-cy';
const RESOLVED_WELSH_BANK_MODULE = `\0${WELSH_BANK_MODULE}`;

/**
 * A bank that fails validation stops `vite build` and `vite dev` with every problem listed.
 * The bank that passes is served to the app, already parsed, as `virtual:rally-bank` (in
 * English) and `virtual:rally-bank-cy` (its Welsh texts by key, loaded only in Welsh), so the
 * browser does not check the built-in bank again on every start.
 */
export function bankValidationPlugin(dir = 'questions'): Plugin {
  return {
    name: 'rally-validate-bank',
    async buildStart() {
      const problems = await checkBankDir(dir);
      if (problems.length > 0)
        this.error(`The question bank in ${dir}/ is not valid:\n${problems.join('\n')}`);
    },
    resolveId(id) {
      if (id === BANK_MODULE) return RESOLVED_BANK_MODULE;
      if (id === WELSH_BANK_MODULE) return RESOLVED_WELSH_BANK_MODULE;
      return undefined;
    },
    async load(id) {
      if (id !== RESOLVED_BANK_MODULE && id !== RESOLVED_WELSH_BANK_MODULE) return undefined;
      const read = await readBankDir(dir);
      if (!read.ok)
        return this.error(
          `The question bank in ${dir}/ could not be read:\n${describeBankProblems(read.problems)}`,
        );
      for (const file of [read.files.bank.file, ...read.files.sections.map((s) => s.file)])
        this.addWatchFile(path.resolve(dir, file));
      const parsed = parseBank(read.files);
      if (!parsed.ok)
        return this.error(
          `The question bank in ${dir}/ is not valid:\n${describeBankProblems(parsed.problems)}`,
        );
      const value = id === RESOLVED_BANK_MODULE ? parsed.bank : parsed.translations.cy;
      // As JSON text: browsers parse JSON.parse('…') much faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
