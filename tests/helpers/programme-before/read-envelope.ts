// The reading of session files as it was before responses were read without being written out
// again (commit 682567d), kept verbatim for tests/unit/group/session-fast-read.test.ts to
// compare the faster reading with. Not used by the app.
/**
 * The first checks every Rally file gets, in the same order for each kind: size, JSON, that it
 * is this kind of file, that its format version is not newer than this code reads, and that it
 * belongs to the bank in use (another bank, or another major version, is refused; another minor
 * or patch version is read with a warning). Never throws. What passes is still `unknown` in
 * shape: the caller's zod schema comes next.
 */
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { FILE_MESSAGES } from '../../../src/domain/response/file-messages';
import type { FileKind } from '../../../src/domain/response/file-messages';
import { english } from '../../../src/domain/said';

export type EnvelopeWords = {
  /** "response" or "session": which file's messages to give ("not a Rally ... file"). */
  kind: FileKind;
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
    /** The oldest version still read (the caller migrates it); the same as `version` if not given. */
    oldest?: number;
    maxChars: number;
    words: EnvelopeWords;
    otherFormats?: Record<string, string>;
  },
): ReadEnvelopeResult {
  const { kind } = o.words;
  if (text.length > o.maxChars) return { ok: false, message: FILE_MESSAGES.tooLarge(kind) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: FILE_MESSAGES.notJson };
  }
  if (!isRecord(data) || data.format !== o.format) {
    const hint =
      isRecord(data) && typeof data.format === 'string' ? o.otherFormats?.[data.format] : undefined;
    return { ok: false, message: hint ?? FILE_MESSAGES.notKind(kind) };
  }
  const version = data.formatVersion;
  // A newer Rally may have changed anything else in the file, so this is said before any other
  // check: such a file is not damaged.
  if (typeof version === 'number' && version > o.version)
    return { ok: false, message: FILE_MESSAGES.newer };
  const oldest = o.oldest ?? o.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest)
    return {
      ok: false,
      message: FILE_MESSAGES.damaged(kind, [
        /*i18n*/ {
          id: 'it does not say which version of Rally made it',
          message: 'it does not say which version of Rally made it',
        },
      ]),
    };
  const warnings: string[] = [];
  if (typeof data.bankId === 'string' && typeof data.bankVersion === 'string') {
    const theirs = `"${data.bankId}" version ${data.bankVersion}`;
    const ours = `"${bank.id}" version ${bank.version}`;
    const response = kind === 'response';
    if (data.bankId !== bank.id || major(data.bankVersion) !== major(bank.version)) {
      return {
        ok: false,
        message: english(
          response
            ? /*i18n*/ {
                id: 'The file holds answers to the question bank {theirs}, but this tool uses the question bank {ours}.',
                message:
                  'The file holds answers to the question bank {theirs}, but this tool uses the question bank {ours}.',
                values: { theirs, ours },
              }
            : /*i18n*/ {
                id: 'The session uses the question bank {theirs}, but this tool uses the question bank {ours}.',
                message:
                  'The session uses the question bank {theirs}, but this tool uses the question bank {ours}.',
                values: { theirs, ours },
              },
        ),
      };
    }
    const version = bank.version;
    if (data.bankVersion !== bank.version)
      warnings.push(
        english(
          response
            ? /*i18n*/ {
                id: 'The file was made with question bank {theirs}; this tool uses version {version}.',
                message:
                  'The file was made with question bank {theirs}; this tool uses version {version}.',
                values: { theirs, version },
              }
            : /*i18n*/ {
                id: 'The session was made with question bank {theirs}; this tool uses version {version}.',
                message:
                  'The session was made with question bank {theirs}; this tool uses version {version}.',
                values: { theirs, version },
              },
        ),
      );
  }
  return { ok: true, data, warnings };
}
