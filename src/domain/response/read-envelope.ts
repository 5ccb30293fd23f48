/**
 * The first checks every Rally file gets, in the same order for each kind: size, JSON, that it
 * is this kind of file, that its format version is not newer than this code reads, and that it
 * belongs to the bank in use (another bank, or another major version, is refused; another minor
 * or patch version is read with a warning). Never throws. What passes is still `unknown` in
 * shape: the caller's zod schema comes next.
 */
import type { Bank } from '../bank/bank-schema';

export type EnvelopeWords = {
  /** "response" or "session": used in "... format 2" and "not a Rally ... file". */
  kind: string;
  /** How the file is named in bank messages: "The file holds answers to", "The session uses". */
  usesBank: string;
  /** "The file was made with", "The session was made with". */
  madeWith: string;
};

export type ReadEnvelopeResult =
  { ok: true; data: Record<string, unknown>; warnings: string[] } | { ok: false; message: string };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const major = (version: string) => version.split('.')[0];

export function readEnvelope(
  text: string,
  bank: Bank,
  o: {
    format: string;
    version: number;
    maxChars: number;
    words: EnvelopeWords;
    otherFormats?: Record<string, string>;
  },
): ReadEnvelopeResult {
  const { kind } = o.words;
  if (text.length > o.maxChars)
    return { ok: false, message: `The file is too large to be a Rally ${kind} file.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file could not be read: it is not valid JSON.' };
  }
  if (!isRecord(data) || data.format !== o.format) {
    const hint =
      isRecord(data) && typeof data.format === 'string' ? o.otherFormats?.[data.format] : undefined;
    return { ok: false, message: hint ?? `The file is not a Rally ${kind} file.` };
  }
  const version = data.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > o.version) {
    return {
      ok: false,
      message: `The file was made by a newer version of Rally (${kind} format ${version}). This version reads ${kind} format ${o.version}. Open it in the latest version of Rally.`,
    };
  }
  const warnings: string[] = [];
  if (typeof data.bankId === 'string' && typeof data.bankVersion === 'string') {
    const theirs = `"${data.bankId}" version ${data.bankVersion}`;
    const ours = `"${bank.id}" version ${bank.version}`;
    if (data.bankId !== bank.id || major(data.bankVersion) !== major(bank.version)) {
      return {
        ok: false,
        message: `${o.words.usesBank} the question bank ${theirs}, but this tool uses the question bank ${ours}.`,
      };
    }
    if (data.bankVersion !== bank.version)
      warnings.push(
        `${o.words.madeWith} question bank ${theirs}; this tool uses version ${bank.version}.`,
      );
  }
  return { ok: true, data, warnings };
}
