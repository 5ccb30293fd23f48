/**
 * Raw deflate (RFC 1951) and zip archives, as the rest of the code uses them: the only module
 * that imports fflate (eslint.config.js). It lives in domain/, as zod.ts does, because the
 * response QR codec (response/qr-payload.ts) is pure and compresses; fflate is plain
 * JavaScript with no platform dependency. Decision records 020 (deflate) and 023 (zip) say why
 * fflate. Reading a zip (`zipDirectory`, `unzipEntry`, for the programme page's zips of files,
 * decision 022) walks the zip's own directory here and inflates each entry with fflate, one at a
 * time, so that no entry can unpack to more than the size the directory gives it.
 */
import { Inflate, deflateSync, inflateSync, strToU8, zipSync } from 'fflate';

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

/** One file (or folder) listed in a zip's central directory. */
export type ZipDirectoryEntry = {
  /** Its path in the zip, with `/` between folders; a folder's ends with `/`. */
  path: string;
  /** Its size once unpacked, as the directory says. */
  size: number;
  compressedSize: number;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  method: number;
  /** Protected by a password: cannot be read here. */
  encrypted: boolean;
  /** Where its local header starts. */
  offset: number;
};

const u16 = (d: Uint8Array, at: number) => d[at]! | (d[at + 1]! << 8);
const u32 = (d: Uint8Array, at: number) => (u16(d, at) | (u16(d, at + 2) << 16)) >>> 0;
const u64 = (d: Uint8Array, at: number) => u32(d, at) + u32(d, at + 4) * 2 ** 32;
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/**
 * The entries of the zip `data`, in the order of its central directory (zip64 too), or null if
 * it is not a zip or its directory is damaged. Reads only the directory: nothing is unpacked.
 * Never throws.
 */
export function zipDirectory(data: Uint8Array): ZipDirectoryEntry[] | null {
  try {
    // The end of central directory record: its signature, within the last 64 KB (the comment).
    let end = data.length - 22;
    const stop = Math.max(0, end - 65_535);
    while (end >= stop && u32(data, end) !== 0x06054b50) end -= 1;
    if (end < stop) return null;
    let count = u16(data, end + 10);
    let at = u32(data, end + 16);
    if (count === 0xffff || at === 0xffffffff) {
      // zip64: the locator just before points to the zip64 end record.
      const locator = end - 20;
      if (locator < 0 || u32(data, locator) !== 0x07064b50) return null;
      const end64 = u64(data, locator + 8);
      if (u32(data, end64) !== 0x06064b50) return null;
      count = u64(data, end64 + 32);
      at = u64(data, end64 + 48);
    }
    // Each directory entry takes at least 46 bytes: a count beyond that is a damaged zip.
    if (count * 46 > data.length) return null;
    const entries: ZipDirectoryEntry[] = [];
    const utf8 = new TextDecoder();
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > data.length || u32(data, at) !== 0x02014b50) return null;
      const flags = u16(data, at + 8);
      let compressedSize = u32(data, at + 20);
      let size = u32(data, at + 24);
      const nameLength = u16(data, at + 28);
      const extraLength = u16(data, at + 30);
      const commentLength = u16(data, at + 32);
      let offset = u32(data, at + 42);
      const nameBytes = data.subarray(at + 46, at + 46 + nameLength);
      // Bit 11 says the name is UTF-8. Many tools write UTF-8 without saying so: a name that
      // is not valid UTF-8 is read byte for byte.
      let path: string;
      try {
        path = strictUtf8.decode(nameBytes);
      } catch {
        path = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
      }
      // zip64 sizes and offset, in this order, for each field the entry left at its maximum.
      let extra = at + 46 + nameLength;
      const extraEnd = extra + extraLength;
      while (extra + 4 <= extraEnd) {
        const id = u16(data, extra);
        const length = u16(data, extra + 2);
        if (id === 0x0001) {
          let field = extra + 4;
          if (size === 0xffffffff) size = u64(data, (field += 8) - 8);
          if (compressedSize === 0xffffffff) compressedSize = u64(data, (field += 8) - 8);
          if (offset === 0xffffffff) offset = u64(data, field);
        }
        extra += 4 + length;
      }
      entries.push({
        path,
        size,
        compressedSize,
        method: u16(data, at + 10),
        encrypted: (flags & 1) === 1,
        offset,
      });
      at = extraEnd + commentLength;
    }
    return entries;
  } catch {
    return null;
  }
}

/**
 * Packed data up to this size is inflated in one call into a buffer of the size the directory
 * gives (the most it can write); data that unpacks to more still costs up to about 1,000 times
 * its packed size in time, so larger entries are inflated in steps of this size and stopped as
 * soon as they pass that size.
 */
const STEP = 65_536;

/**
 * The unpacked bytes of `entry` (from `zipDirectory(data)`), or null if it cannot be read: a
 * folder, a password, a compression other than deflate, damaged data, or data that unpacks to
 * more or less than the directory says. Nothing is ever unpacked past that size, so an entry
 * cannot take more memory than the caller agreed to by looking at `entry.size`. Never throws.
 */
export function unzipEntry(data: Uint8Array, entry: ZipDirectoryEntry): Uint8Array | null {
  if (entry.encrypted || entry.path.endsWith('/')) return null;
  try {
    const at = entry.offset;
    if (at + 30 > data.length || u32(data, at) !== 0x04034b50) return null;
    const start = at + 30 + u16(data, at + 26) + u16(data, at + 28);
    const end = start + entry.compressedSize;
    if (end > data.length) return null;
    const packed = data.subarray(start, end);
    if (entry.method === 0) return packed.length === entry.size ? packed.slice() : null;
    if (entry.method !== 8) return null;
    if (packed.length <= STEP) {
      const out = inflateSync(packed, { out: new Uint8Array(entry.size + 1) });
      return out.length === entry.size ? out : null;
    }
    const out = new Uint8Array(entry.size);
    let written = 0;
    let over = false;
    let ended = false;
    const inflater = new Inflate((chunk, final) => {
      if (written + chunk.length > out.length) over = true;
      else out.set(chunk, written);
      written += chunk.length;
      if (final) ended = true;
    });
    for (let i = 0; i < packed.length && !over; i += STEP)
      inflater.push(packed.subarray(i, i + STEP), i + STEP >= packed.length);
    if (packed.length === 0) inflater.push(packed, true);
    return over || !ended || written !== entry.size ? null : out;
  } catch {
    return null;
  }
}
