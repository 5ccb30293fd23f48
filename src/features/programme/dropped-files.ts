/**
 * The files in what was dropped on the page: files, and every file inside dropped folders
 * (and their folders), through `webkitGetAsEntry`. A browser without it gives the dropped
 * files only.
 */
import type { ChosenFile } from './load-programme';

type Entry = {
  isFile: boolean;
  isDirectory: boolean;
  fullPath: string;
  name: string;
  file?(ok: (file: File) => void, fail: (error: unknown) => void): void;
  createReader?(): {
    readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void;
  };
};

const label = (entry: Entry) => entry.fullPath.replace(/^\//, '') || entry.name;

async function walk(entry: Entry, out: ChosenFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    try {
      const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
      out.push({ file, label: label(entry) });
    } catch {
      // A file that vanished while being read is not listed: the browser gives no name to say.
    }
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  // readEntries gives at most 100 entries at a time, then an empty list when done.
  for (;;) {
    const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail)).catch(
      () => [] as Entry[],
    );
    if (!batch.length) break;
    for (const child of batch) await walk(child, out);
  }
}

export async function droppedFiles(transfer: DataTransfer): Promise<ChosenFile[]> {
  const items = [...transfer.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) =>
    typeof i.webkitGetAsEntry === 'function' ? (i.webkitGetAsEntry() as Entry | null) : null,
  );
  if (!entries.length || entries.some((e) => e === null))
    return [...transfer.files].map((file) => ({ file, label: file.name }));
  const out: ChosenFile[] = [];
  for (const entry of entries) await walk(entry!, out);
  return out;
}
