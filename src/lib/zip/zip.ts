/**
 * Zip archives. The only module that imports fflate's zip (decision 023): a zip is made in
 * memory from paths and bytes, synchronously.
 *
 * Files that are already compressed (Parquet with Snappy) are stored as they are, since
 * deflating them again costs time and saves little; text is deflated.
 */
import { strToU8, zipSync } from 'fflate';

export type ZipEntry = { path: string; data: Uint8Array | string; compress?: boolean };

/** The zip of `entries`, in the order given, dated `modified`. */
export function zipFiles(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
    files[entry.path] = [data, { level: entry.compress === false ? 0 : 6, mtime: modified }];
  }
  return zipSync(files);
}
