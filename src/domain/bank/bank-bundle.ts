/**
 * A question bank in one file, so that a facilitator can load a bank of their own in the
 * browser: `{ "format": "rally-bank", "formatVersion": 1, "bank": <bank.json>, "sections":
 * [<section>, ...] }`. `npm run bank:bundle -- DIR` makes one from a bank folder.
 *
 * Reading never throws: size first, then JSON, then the envelope, then `parseBank`, whose
 * problems name the place in this file (`bank.dimensions[2].bands`, `sections[3].pages[0]...`).
 */
import { parseBank, type BankProblem, type ParseBankResult, type RawBankFiles } from './parse-bank';

export const BANK_BUNDLE_FORMAT = 'rally-bank';
export const BANK_BUNDLE_VERSION = 1;
/** The built-in bank is about 100 KB; ten times that is ample for any real bank. */
export const MAX_BANK_BUNDLE_CHARS = 2_000_000;

const problem = (message: string, path = '(top level)'): ParseBankResult => ({
  ok: false,
  problems: [{ file: 'the file', path, message }],
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function makeBankBundle(files: RawBankFiles): string {
  return `${JSON.stringify({ format: BANK_BUNDLE_FORMAT, formatVersion: BANK_BUNDLE_VERSION, bank: files.bank.data, sections: files.sections.map((s) => s.data) }, null, 2)}\n`;
}

export function parseBankBundle(text: string): ParseBankResult {
  if (text.length > MAX_BANK_BUNDLE_CHARS)
    return problem(
      `is larger than ${MAX_BANK_BUNDLE_CHARS.toLocaleString('en-GB')} characters, too large for a question bank`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return problem('is not valid JSON');
  }
  if (!isRecord(data) || data.format !== BANK_BUNDLE_FORMAT)
    return problem(
      'is not a Rally question bank file (its "format" is not "rally-bank")',
      'format',
    );
  if (typeof data.formatVersion !== 'number' || data.formatVersion > BANK_BUNDLE_VERSION) {
    return problem(
      `uses question bank file format ${String(data.formatVersion)}; this version of Rally reads format ${BANK_BUNDLE_VERSION}`,
      'formatVersion',
    );
  }
  if (!Array.isArray(data.sections)) return problem('must be a list of sections', 'sections');
  const parsed = parseBank({
    bank: { file: 'bank', data: data.bank },
    sections: data.sections.map((s, i) => ({ file: `sections[${i}]`, data: s })),
  });
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.problems.map((p): BankProblem => ({
      file: 'the file',
      path: `${p.file}${p.path === '(top level)' ? '' : p.path.startsWith('[') ? p.path : `.${p.path}`}`,
      message: p.message,
    })),
  };
}
