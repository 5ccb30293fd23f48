/**
 * A question bank in one file, so that a facilitator can load a bank of their own in the
 * browser: `{ "format": "rally-bank", "formatVersion": 1, "bank": <bank.json>, "sections":
 * [<section>, ...] }`. `npm run bank:bundle -- DIR` makes one from a bank folder.
 *
 * Reading never throws: size first, then JSON, then the envelope, then `parseBank`, whose
 * problems name the place in this file in words ("section 3 (“shape”), question “gov-trust”").
 */
import { quoted } from './bank-places';
import { parseBank, type BankProblem, type ParseBankResult, type RawBankFiles } from './parse-bank';
import { english } from '../said';

export const BANK_BUNDLE_FORMAT = 'rally-bank';
export const BANK_BUNDLE_VERSION = 1;
/** The built-in bank is about 100 KB; ten times that is ample for any real bank. */
export const MAX_BANK_BUNDLE_CHARS = 2_000_000;

export const BANK_FILE_MESSAGES = {
  tooLarge: `The file is larger than ${MAX_BANK_BUNDLE_CHARS.toLocaleString('en-GB')} characters, too large to be a question bank`,
  notJson: 'The file could not be read. It may be damaged, or it may not be a question bank file',
  notBank: 'The file is not a Rally question bank file',
  newer: 'The file was made with a newer version of Rally. Open it in the latest version of Rally',
  noVersion:
    'The file is damaged or was changed by hand: it does not say which version of Rally made it',
  noSections: 'The file is damaged or was changed by hand: it has no list of sections',
} as const;

const problem = (message: string, path = '(top level)'): ParseBankResult => ({
  ok: false,
  problems: [{ file: '', path, where: '', message }],
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "section 3 (“shape”)": how a section of a one-file bank is named in its problems. */
function sectionLabel(index: number, data: unknown): string {
  const id = isRecord(data) && typeof data.id === 'string' && data.id.length <= 60 ? data.id : null;
  const number = index + 1;
  return english(
    id
      ? /*i18n*/ {
          id: 'section {number} ({name})',
          message: 'section {number} ({name})',
          values: { number, name: quoted(id) },
        }
      : /*i18n*/ { id: 'section {number}', message: 'section {number}', values: { number } },
  );
}

export function makeBankBundle(files: RawBankFiles): string {
  return `${JSON.stringify({ format: BANK_BUNDLE_FORMAT, formatVersion: BANK_BUNDLE_VERSION, bank: files.bank.data, sections: files.sections.map((s) => s.data) }, null, 2)}\n`;
}

export function parseBankBundle(text: string): ParseBankResult {
  if (text.length > MAX_BANK_BUNDLE_CHARS) return problem(BANK_FILE_MESSAGES.tooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return problem(BANK_FILE_MESSAGES.notJson);
  }
  if (!isRecord(data) || data.format !== BANK_BUNDLE_FORMAT)
    return problem(BANK_FILE_MESSAGES.notBank, 'format');
  if (typeof data.formatVersion === 'number' && data.formatVersion > BANK_BUNDLE_VERSION)
    return problem(BANK_FILE_MESSAGES.newer, 'formatVersion');
  if (data.formatVersion !== BANK_BUNDLE_VERSION)
    return problem(BANK_FILE_MESSAGES.noVersion, 'formatVersion');
  if (!Array.isArray(data.sections)) return problem(BANK_FILE_MESSAGES.noSections, 'sections');
  const labels = data.sections.map((s, i) => sectionLabel(i, s));
  const parsed = parseBank({
    bank: {
      file: english(/*i18n*/ { id: 'the bank’s settings', message: 'the bank’s settings' }),
      data: data.bank,
    },
    sections: data.sections.map((s, i) => ({ file: labels[i]!, data: s })),
  });
  if (parsed.ok) return parsed;
  return {
    ok: false,
    problems: parsed.problems.map((p): BankProblem => {
      const index = labels.indexOf(p.file);
      const root = index >= 0 ? `sections[${index}]` : 'bank';
      return {
        ...p,
        path: `${root}${p.path === '(top level)' ? '' : p.path.startsWith('[') ? p.path : `.${p.path}`}`,
      };
    }),
  };
}
