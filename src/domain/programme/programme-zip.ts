/**
 * Zips of response and session files on the programme page (issue 14). A programme lead is
 * often sent a folder compressed by Windows or macOS; the page reads every `.json` file inside
 * it as if it had been chosen on its own.
 *
 * Rule
 *   - Every file in the zip whose name ends in `.json` (any case) is read, in the order of the
 *     zip's directory, from any folder inside it. It is listed as `archive.zip › folder/file.json`
 *     (the zip's own name as chosen, then its path inside).
 *   - Folders, anything in `__MACOSX/` (the copies macOS adds) and any file or folder whose name
 *     starts with a dot are ignored: not read, not listed, not counted.
 *   - Any other file inside (not `.json`, a zip inside the zip) is listed with its reason and
 *     skipped, as is a `.json` file that is protected by a password, damaged, or too large to be
 *     a Rally file. Reading goes on.
 *   - A zip that cannot be opened (damaged, not a zip) is one failed file, as is a zip over the
 *     caps below, which is refused before anything in it is unpacked (a "zip bomb" cannot fill
 *     the device's memory).
 *   - Each file inside takes a place in the load just after the zip's own place and before the
 *     next chosen file's, in the zip's order, so copies are settled as for loose files
 *     (read-programme.ts): reading a zip gives what reading its files loose in that order gives.
 *
 * Pure: works on the zip's bytes; the page or a worker opens the file.
 */
import { unzipEntry, zipDirectory, type ZipDirectoryEntry } from '../deflate';
import { MAX_SESSION_FILE_CHARS } from '../group/session';
import { english } from '../said';
import type { ProgrammeFile, ProgrammeReader } from './read-programme';

/** The most files a zip may list. */
export const MAX_ZIP_ENTRIES = 100_000;
/** The most a zip may unpack to, all its files together (1 GB), and the largest zip read. */
export const MAX_ZIP_BYTES = 1_000_000_000;
/** The largest file inside a zip that is read: as for a loose file (a character is at most 4 bytes). */
export const MAX_ENTRY_BYTES = MAX_SESSION_FILE_CHARS * 4;

const notAZip = () =>
  english(
    /*i18n*/ {
      id: 'The file could not be opened as a zip. It may be damaged, or it may not be a zip file.',
      message:
        'The file could not be opened as a zip. It may be damaged, or it may not be a zip file.',
    },
  );
export const zipTooLarge = () =>
  english(
    /*i18n*/ {
      id: 'The zip is too large to open. Rally opens zips that hold up to 100,000 files and up to 1 GB once unpacked. Split the files into smaller zips.',
      message:
        'The zip is too large to open. Rally opens zips that hold up to 100,000 files and up to 1 GB once unpacked. Split the files into smaller zips.',
    },
  );
const notJson = () =>
  english(
    /*i18n*/ {
      id: 'Only .json files are read from a zip, so this file was left out.',
      message: 'Only .json files are read from a zip, so this file was left out.',
    },
  );
const locked = () =>
  english(
    /*i18n*/ {
      id: 'The file is protected by a password in the zip, so it could not be opened.',
      message: 'The file is protected by a password in the zip, so it could not be opened.',
    },
  );
const damaged = () =>
  english(
    /*i18n*/ {
      id: 'The file could not be unpacked from the zip. The zip may be damaged.',
      message: 'The file could not be unpacked from the zip. The zip may be damaged.',
    },
  );
const tooLarge = () =>
  english(
    /*i18n*/ {
      id: 'The file is too large to be a Rally response or session file.',
      message: 'The file is too large to be a Rally response or session file.',
    },
  );

const utf8 = new TextDecoder();

/** Whether a chosen file is read as a zip: by its name, as the user sees it. */
export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** A path inside a zip that is not looked at: a folder, macOS's copies, hidden files. */
function ignored(path: string): boolean {
  if (path.endsWith('/')) return true;
  const parts = path.split('/').filter(Boolean);
  return parts[0] === '__MACOSX' || parts.some((p) => p.startsWith('.'));
}

/** A zip opened for reading: the files in it that are listed, in the zip's order. */
export type ProgrammeZip = {
  bytes: Uint8Array;
  parts: { name: string; entry: ZipDirectoryEntry }[];
};

/**
 * The zip `bytes` (listed as `label`) ready to be read part by part, or the reason it cannot be.
 * Only its directory is read here; nothing is unpacked. Never throws.
 */
export function openProgrammeZip(
  bytes: Uint8Array,
  label: string,
): { ok: true; zip: ProgrammeZip } | { ok: false; reason: string } {
  if (bytes.length > MAX_ZIP_BYTES) return { ok: false, reason: zipTooLarge() };
  const entries = zipDirectory(bytes);
  if (!entries) return { ok: false, reason: notAZip() };
  const kept = entries.filter((e) => !ignored(e.path.replace(/\\/g, '/')));
  const unpacked = kept.reduce((n, e) => n + e.size, 0);
  if (entries.length > MAX_ZIP_ENTRIES || unpacked > MAX_ZIP_BYTES)
    return { ok: false, reason: zipTooLarge() };
  return {
    ok: true,
    zip: {
      bytes,
      parts: kept.map((entry) => ({
        name: `${label} › ${entry.path.replace(/\\/g, '/')}`,
        entry,
      })),
    },
  };
}

/** Part `index` of `zip`: its name and text, or its name and why it could not be read. */
export function readZipPart(
  zip: ProgrammeZip,
  index: number,
): ProgrammeFile | { name: string; reason: string } {
  const { name, entry } = zip.parts[index]!;
  if (!/\.json$/i.test(entry.path)) return { name, reason: notJson() };
  if (entry.encrypted) return { name, reason: locked() };
  if (entry.size > MAX_ENTRY_BYTES) return { name, reason: tooLarge() };
  const data = unzipEntry(zip.bytes, entry);
  if (!data) return { name, reason: damaged() };
  // As Blob.text() reads a loose file: UTF-8, a byte-order mark dropped, bad bytes replaced.
  return { name, text: utf8.decode(data) };
}

/**
 * The place in the load of part `index` of a zip of `count` parts that was chosen at place
 * `at`: after the zip's own place and before the next file's, in the zip's order.
 */
export function partPlace(at: number, index: number, count: number): number {
  return at + (index + 1) / (count + 1);
}

/** Reads part `index` of `zip` (chosen at place `at`) into `reader`. */
export function addZipPart(
  reader: ProgrammeReader,
  zip: ProgrammeZip,
  index: number,
  at: number,
): void {
  const place = partPlace(at, index, zip.parts.length);
  const part = readZipPart(zip, index);
  if ('reason' in part) reader.refuse(part.name, part.reason, place);
  else reader.add(part, place);
}

/**
 * Reads the whole zip `bytes`, chosen as `label` at place `at`, into `reader`: every part, or
 * the zip as one failed file. Returns how many parts were read (1 for a failed zip).
 */
export function addZip(
  reader: ProgrammeReader,
  bytes: Uint8Array,
  label: string,
  at: number,
): number {
  const opened = openProgrammeZip(bytes, label);
  if (!opened.ok) {
    reader.refuse(label, opened.reason, at);
    return 1;
  }
  opened.zip.parts.forEach((_, i) => addZipPart(reader, opened.zip, i, at));
  return opened.zip.parts.length;
}
