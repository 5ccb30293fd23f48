/**
 * Raw deflate (RFC 1951) and zip archives, as the rest of the code uses them: the only module
 * that imports fflate (eslint.config.js). It lives in domain/, as zod.ts does, because the
 * response QR codec (response/qr-payload.ts) is pure and compresses; fflate is plain
 * JavaScript with no platform dependency. Decision records 020 (deflate) and 023 (zip) say why
 * fflate.
 */
import { deflateSync, inflateSync, strToU8, zipSync } from 'fflate';

/** `data` compressed at the highest level, with an optional preset dictionary (RFC 1951 §3.2.5 style). */
export function deflateRaw(data: Uint8Array, dictionary?: Uint8Array): Uint8Array {
  return deflateSync(data, dictionary ? { level: 9, dictionary } : { level: 9 });
}

/**
 * `data` decompressed with the same dictionary, or null if it is not valid deflate data or
 * decompresses to more than `maxBytes`. Never throws.
 */
export function inflateRaw(
  data: Uint8Array,
  dictionary: Uint8Array | undefined,
  maxBytes: number,
): Uint8Array | null {
  try {
    const out = inflateSync(data, dictionary ? { dictionary } : undefined);
    return out.length > maxBytes ? null : out;
  } catch {
    return null;
  }
}

export type ZipEntry = { path: string; data: Uint8Array | string; compress?: boolean };

/**
 * The zip of `entries`, in the order given, dated `modified`, made in memory. Files that are
 * already compressed (Parquet with Snappy) are stored as they are (`compress: false`), since
 * deflating them again costs time and saves little; text is deflated.
 */
export function zipFiles(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const files: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
    files[entry.path] = [data, { level: entry.compress === false ? 0 : 6, mtime: modified }];
  }
  return zipSync(files);
}
