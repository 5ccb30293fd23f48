/**
 * Opening one chosen file's text, for the programme page's workers and, where no worker can
 * run, the page itself. A file that cannot be opened gives the reason to list it under.
 */
import { MAX_SESSION_FILE_CHARS } from '../../domain/group/session';
import { MAX_ZIP_BYTES, zipTooLarge } from '../../domain/programme/programme-zip';
import { english } from '../../domain/said';

const notOpened = () =>
  english(
    /*i18n*/ {
      id: 'The file could not be opened. It may have been moved, renamed or deleted since it was chosen.',
      message:
        'The file could not be opened. It may have been moved, renamed or deleted since it was chosen.',
    },
  );
const tooLarge = () =>
  english(
    /*i18n*/ {
      id: 'The file is too large to be a Rally response or session file.',
      message: 'The file is too large to be a Rally response or session file.',
    },
  );

export type Opened = { text: string } | { text: null; why: string };

export async function openFile(file: File): Promise<Opened> {
  // A character is at most 4 bytes: a larger file cannot be within the readers' limit.
  if (file.size > MAX_SESSION_FILE_CHARS * 4) return { text: null, why: tooLarge() };
  try {
    return { text: await file.text() };
  } catch {
    return { text: null, why: notOpened() };
  }
}

export type OpenedZip = { bytes: Uint8Array } | { bytes: null; why: string };

/** Opening a chosen zip's bytes; one over the cap is refused unread (programme-zip.ts). */
export async function openZipFile(file: File): Promise<OpenedZip> {
  if (file.size > MAX_ZIP_BYTES) return { bytes: null, why: zipTooLarge() };
  try {
    return { bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { bytes: null, why: notOpened() };
  }
}
