/**
 * The built-in question bank, read from `questions/` at build time and validated by the same
 * domain code that checks it in tests and at build. This is the only module that imports the
 * bank's JSON files.
 */
import bankJson from '../../questions/bank.json';
import { parseBank, type ParseBankResult } from '../domain/bank/parse-bank';

const sectionFiles = import.meta.glob<unknown>('../../questions/sections/*.json', {
  eager: true,
  import: 'default',
});

export function loadBuiltInBank(): ParseBankResult {
  return parseBank({
    bank: { file: 'bank.json', data: bankJson },
    sections: Object.entries(sectionFiles).map(([path, data]) => ({
      file: path.replace('../../questions/', ''),
      data,
    })),
  });
}
