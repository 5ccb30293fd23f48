/**
 * Reading what a facilitator gives the add-responses page: chosen or dropped files, and codes
 * typed or pasted one on each line. Nothing is dropped without a word: a file that cannot be
 * read becomes a refused input with the reason, and anything past the limit of inputs at once
 * is named in `notRead` for the facilitator to add again.
 */
import type { Bank } from '../../domain/bank/bank-schema';
import type { IncomingResponse, MergeResult } from '../../domain/group/session';
import { decodeResponseCode } from '../../domain/response/response-code';
import { MAX_FILE_CHARS, parseResponseFile } from '../../domain/response/response-file';

export const MAX_FILES_AT_ONCE = 600;

export type ReadInputs = {
  incoming: IncomingResponse[];
  /** Inputs past the limit, by name, not read at all. */
  notRead: string[];
};

export const FILE_NOT_READ =
  'The file could not be opened. It may have been moved, renamed or deleted since it was chosen. Choose it again.';

async function readOne(bank: Bank, file: File): Promise<IncomingResponse> {
  if (file.size > MAX_FILE_CHARS)
    return {
      source: file.name,
      result: { ok: false, message: 'The file is too large to be a Rally response file.' },
    };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { source: file.name, result: { ok: false, message: FILE_NOT_READ } };
  }
  return { source: file.name, result: parseResponseFile(text, bank) };
}

/** Reads up to 600 files; never rejects. */
export async function readResponseFiles(bank: Bank, files: File[]): Promise<ReadInputs> {
  const incoming = await Promise.all(
    files.slice(0, MAX_FILES_AT_ONCE).map((file) => readOne(bank, file)),
  );
  return { incoming, notRead: files.slice(MAX_FILES_AT_ONCE).map((f) => f.name) };
}

const codeSource = (n: number) => `Pasted code ${n}`;

/** The codes in `text`, one on each line (blank lines skipped), up to 600. */
export function readCodes(bank: Bank, text: string): ReadInputs & { lines: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    lines,
    incoming: lines.slice(0, MAX_FILES_AT_ONCE).map((line, i) => ({
      source: codeSource(i + 1),
      result: decodeResponseCode(bank, line, new Date()),
    })),
    notRead: lines.slice(MAX_FILES_AT_ONCE).map((_, i) => codeSource(MAX_FILES_AT_ONCE + i + 1)),
  };
}

/**
 * What stays in the codes box after adding: every code that was not added and is not already
 * in the session, so that the facilitator can correct it or add it again.
 */
export function codesLeftOver(lines: string[], result: MergeResult | null, notRead: string[]) {
  const settled = new Set(
    result ? [...result.added, ...result.duplicates].map((a) => a.source) : [],
  );
  const keep = new Set(notRead);
  return lines
    .filter((_, i) => !settled.has(codeSource(i + 1)) || keep.has(codeSource(i + 1)))
    .join('\n');
}
