/**
 * Raw deflate (RFC 1951), as the rest of the code uses it: the only module that imports fflate
 * (eslint.config.js). It lives in domain/, as zod.ts does, because the response QR codec
 * (response/qr-payload.ts) is pure and compresses; fflate is plain JavaScript with no platform
 * dependency. Decision record 020 says why fflate.
 */
import { deflateSync, inflateSync } from 'fflate';

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
