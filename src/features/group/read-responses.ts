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
import { FILE_MESSAGES } from '../../domain/response/file-messages';

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
      result: { ok: false, message: FILE_MESSAGES.tooLarge('response') },
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

/**
 * Each code is named by its line in the box, so that the facilitator can find the one to check.
 * The English name is the input's key; `codeLine` gives the line back for pages to name it in
 * the language in use.
 */
const codeSource = (line: number) => `The code on line ${line}`;

/** The line of a code's source ("The code on line 3" -> 3); null for a file's name. */
export function codeLine(source: string): number | null {
  const found = /^The code on line (\d+)$/.exec(source);
  return found ? Number(found[1]) : null;
}

/** The codes in `text`, one on each line (blank lines skipped), up to 600. */
export function readCodes(
  bank: Bank,
  text: string,
): ReadInputs & { lines: string[]; sources: string[] } {
  const entries = text
    .split(/\r?\n/)
    .map((line, i) => ({ code: line.trim(), source: codeSource(i + 1) }))
    .filter(({ code }) => code !== '');
  const lines = entries.map((e) => e.code);
  const sources = entries.map((e) => e.source);
  return {
    lines,
    sources,
    incoming: entries.slice(0, MAX_FILES_AT_ONCE).map(({ code, source }) => ({
      source,
      result: decodeResponseCode(bank, code, new Date()),
    })),
    notRead: sources.slice(MAX_FILES_AT_ONCE),
  };
}

/**
 * What stays in the codes box after adding: every code that was not added and is not already
 * in the session, so that the facilitator can correct it or add it again.
 */
export function codesLeftOver(
  read: { lines: string[]; sources: string[] },
  result: MergeResult | null,
  notRead: string[],
) {
  const settled = new Set(
    result ? [...result.added, ...result.duplicates].map((a) => a.source) : [],
  );
  const keep = new Set(notRead);
  return read.lines
    .filter((_, i) => !settled.has(read.sources[i]!) || keep.has(read.sources[i]!))
    .join('\n');
}
