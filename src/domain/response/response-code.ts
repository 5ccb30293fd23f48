/**
 * The response code: a short text a participant can read out or type, carrying their answers
 * to a facilitator when a file cannot be sent. It holds answers and about-you choices only:
 * never free text (no partnership name, place, comments or reflections), never an id or a time.
 *
 * Layout (format version 1). The code is one big number written in Crockford base32, most
 * significant bits first:
 *
 *   version      5 bits   the code format version (1); a higher number is from a newer Rally
 *   fingerprint 16 bits   a hash of the bank id, version and answer layout (see below)
 *   salt         s bits   from the response id, so that two people who give exactly the same
 *                         answers still hand in different codes (5 bits plus whatever padding
 *                         brings the length to whole characters)
 *   payload      p bits   every answer, packed (see below)
 *   checksum    16 bits   CRC-16/CCITT (polynomial 0x1021, start 0xFFFF) over all bits before it
 *
 * Packing. Each encodable item, in bank order, is one digit in a mixed-radix number, so each
 * answer takes exactly the room its item allows (log2 of its number of states):
 *   agreement   0 unanswered, 1..k the scale points (lowest first), k+1 Don't know,
 *               k+2 Not applicable                                     (k + 3 states)
 *   choice      single: 0 unanswered, 1..m option index, m+1 Don't know (m + 2 states)
 *               multiple: the bitmask of chosen options (option i is bit i), 0 unanswered,
 *               2^m Don't know                                         (2^m + 1 states)
 *   grid        one digit per row: 0 unanswered, 1..m option, m+1 Don't know
 *   select      0 unanswered, 1..m option index (the about-you choices: sector, role level,
 *               time involved)
 *   text        not encoded
 * p is the number of bits needed for the largest possible payload, so every code for one bank
 * has the same length. For the built-in bank a full answer set gives a code of 48 characters,
 * 59 with the hyphens (tests/unit/group/response-code.test.ts prints the figure).
 *
 * Writing. Characters from 0123456789ABCDEFGHJKMNPQRSTVWXYZ in groups of 4 joined by hyphens.
 * Reading ignores case, spaces and hyphens, and reads O as 0 and I or L as 1.
 *
 * Checks, in order: every character is a code character; the checksum matches (a CRC-16 finds
 * every change within 16 consecutive bits, so any one mistyped character, or two swapped
 * neighbours, is always caught); the version is one this code reads; the fingerprint is this
 * bank's; the length is this bank's (so a missing or extra character is always caught, even in
 * the rare case where the checksum matches by chance); the payload is in range.
 *
 * What does not survive the trip: free text; an answer that is not valid for its item in this
 * bank (it is left out, as parseResponseFile does); the order of a multiple choice (read back
 * in option order); a grid with no rows answered (read back as unanswered). A decoded response
 * gets the id "code-" plus a hash of the code, so the same code pasted twice is caught as a
 * duplicate; a changed answer set gives a new code and a new id. A participant who hands in
 * both a file and a code therefore counts twice: the code cannot carry the file's id. Its times
 * are the time it was read in, which the caller passes.
 */
import type { Bank } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import type { AnswerValue } from '../answers/answer-values';
import { kindOf } from '../items/registry';
import type { CodeSlot } from '../items/item-kind';
import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION } from './response-schema';
import type { ResponseEnvelope } from './response-schema';
import { aboutFromAnswers, isAnswerForBank, leftOutMessage } from './response-file';
import { english, known } from '../said';

export const RESPONSE_CODE_VERSION = 1;

/** Each message is its English, remembered so that a page shows it translated (domain/said.ts). */
export const CODE_MESSAGES = {
  empty: known(/*i18n*/ { id: 'Enter the response code', message: 'Enter the response code' }),
  typo: known(
    /*i18n*/ {
      id: "This code is not complete or has a typing mistake: check it against the participant's screen",
      message:
        "This code is not complete or has a typing mistake: check it against the participant's screen",
    },
  ),
  otherBank: known(
    /*i18n*/ {
      id: 'This code was made with a different question bank or version',
      message: 'This code was made with a different question bank or version',
    },
  ),
  newer: known(
    /*i18n*/ {
      id: 'This code was made with a newer version of Rally. Open Rally again to get the latest version, then add the code.',
      message:
        'This code was made with a newer version of Rally. Open Rally again to get the latest version, then add the code.',
    },
  ),
} as const;

export type DecodeResponseCodeResult =
  { ok: true; response: ResponseEnvelope; warnings: string[] } | { ok: false; message: string };

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION_BITS = 5;
const FINGERPRINT_BITS = 16;
const CRC_BITS = 16;
const MIN_SALT_BITS = 5;
const GROUP = 4;
/** Codes longer than this are refused before any arithmetic (a full bank is far shorter). */
export const MAX_CODE_CHARS = 2000;

// ---------------------------------------------------------------------------------------
// The layout of one bank
// ---------------------------------------------------------------------------------------

type Layout = {
  /** Every item's digits, in bank order (each kind says what its digits are: src/domain/items). */
  slots: CodeSlot[];
  scale: number[];
  fingerprint: number;
  payloadBits: number;
  saltBits: number;
  /** Characters in every code for this bank. */
  chars: number;
  /** Bits before the checksum. */
  dataBits: number;
};

const layouts = new WeakMap<Bank, Layout>();

function slotsOf(bank: Bank, scale: number[]): CodeSlot[] {
  return allItems(bank).flatMap((item) => kindOf(item).codeSlots(item, scale));
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`, from `seed`. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Everything the packing depends on, so that a code from another layout is caught. */
function fingerprintText(bank: Bank, scale: number[]): string {
  const parts = [`${bank.id}@${bank.version}`, `scale:${scale.join(',')}`];
  for (const item of allItems(bank)) {
    if (item.kind === 'text') continue;
    const options = 'options' in item ? item.options.map((o) => o.id).join(',') : '';
    const rows = item.kind === 'grid' ? item.rows.map((r) => r.id).join(',') : '';
    const multiple = item.kind === 'choice' && item.multiple ? 'm' : '';
    parts.push(`${item.id}:${item.kind}${multiple}:${options}:${rows}`);
  }
  return parts.join('|');
}

function bitLength(n: bigint): number {
  return n <= 0n ? 0 : n.toString(2).length;
}

function layoutOf(bank: Bank): Layout {
  const cached = layouts.get(bank);
  if (cached) return cached;
  const scale = bank.scale.points.map((p) => p.value);
  const slots = slotsOf(bank, scale);
  const states = slots.reduce((product, s) => product * BigInt(s.radix), 1n);
  const payloadBits = bitLength(states - 1n);
  const fixed = VERSION_BITS + FINGERPRINT_BITS + MIN_SALT_BITS + payloadBits + CRC_BITS;
  const chars = Math.ceil(fixed / 5);
  const saltBits = MIN_SALT_BITS + (chars * 5 - fixed);
  const h = fnv1a(fingerprintText(bank, scale));
  const layout: Layout = {
    slots,
    scale,
    fingerprint: ((h >>> 16) ^ (h & 0xffff)) & 0xffff,
    payloadBits,
    saltBits,
    chars,
    dataBits: chars * 5 - CRC_BITS,
  };
  layouts.set(bank, layout);
  return layout;
}

/** Characters in every response code for `bank`, without hyphens. */
export function responseCodeLength(bank: Bank): number {
  return layoutOf(bank).chars;
}

// ---------------------------------------------------------------------------------------
// Bits
// ---------------------------------------------------------------------------------------

/** CRC-16/CCITT-FALSE over the lowest `bits` bits of `value`, most significant first. */
function crc16(value: bigint, bits: number): number {
  let crc = 0xffff;
  const digits = value.toString(2).padStart(bits, '0');
  for (let i = 0; i < bits; i += 1) {
    const top = ((crc >> 15) & 1) ^ (digits.charCodeAt(i) - 48);
    crc = (crc << 1) & 0xffff;
    if (top) crc ^= 0x1021;
  }
  return crc;
}

function toBase32(value: bigint, chars: number): string {
  let out = '';
  let v = value;
  for (let i = 0; i < chars; i += 1) {
    out = ALPHABET[Number(v & 31n)]! + out;
    v >>= 5n;
  }
  return out;
}

/** Groups of four characters joined by hyphens. */
export function formatResponseCode(chars: string): string {
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * The code's characters in upper case with spaces and hyphens removed and O, I and L read as
 * 0, 1 and 1; or the first character that is not a code character.
 */
export function normaliseResponseCode(
  text: string,
): { ok: true; chars: string } | { ok: false; bad: string } {
  let chars = '';
  for (const raw of text.toUpperCase()) {
    if (raw === '-' || /\s/.test(raw)) continue;
    const c = raw === 'O' ? '0' : raw === 'I' || raw === 'L' ? '1' : raw;
    if (!ALPHABET.includes(c)) return { ok: false, bad: raw };
    chars += c;
  }
  return { ok: true, chars };
}

// ---------------------------------------------------------------------------------------
// Answers <-> digits
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// Encode and decode
// ---------------------------------------------------------------------------------------

/** The response code for `response`'s answers to `bank`, in hyphenated groups of four. */
export function encodeResponseCode(
  bank: Bank,
  response: Pick<ResponseEnvelope, 'responseId' | 'answers' | 'about'>,
): string {
  const layout = layoutOf(bank);
  let payload = 0n;
  const about = (response.about ?? {}) as Record<string, unknown>;
  for (const slot of layout.slots)
    payload = payload * BigInt(slot.radix) + BigInt(slot.encode(response.answers, about));
  const salt = BigInt(fnv1a(response.responseId) % 2 ** layout.saltBits);
  let data = BigInt(RESPONSE_CODE_VERSION);
  data = (data << BigInt(FINGERPRINT_BITS)) | BigInt(layout.fingerprint);
  data = (data << BigInt(layout.saltBits)) | salt;
  data = (data << BigInt(layout.payloadBits)) | payload;
  const whole = (data << BigInt(CRC_BITS)) | BigInt(crc16(data, layout.dataBits));
  return formatResponseCode(toBase32(whole, layout.chars));
}

/** The id a decoded response gets: "code-" and 16 hex digits hashed from the code's characters. */
export function responseIdForCode(chars: string): string {
  const a = fnv1a(chars).toString(16).padStart(8, '0');
  const b = fnv1a(chars, 0x9e3779b9).toString(16).padStart(8, '0');
  return `code-${a}${b}`;
}

/**
 * Reads a response code typed or pasted by a facilitator. Never throws. `now` is the time the
 * code is read in, used as the response's created and updated time.
 */
export function decodeResponseCode(bank: Bank, text: string, now: Date): DecodeResponseCodeResult {
  if (text.length > MAX_CODE_CHARS * 2) return { ok: false, message: CODE_MESSAGES.typo };
  const normal = normaliseResponseCode(text);
  if (!normal.ok) {
    return {
      ok: false,
      message: english(
        /*i18n*/ {
          id: 'This code is not complete or has a typing mistake: check it against the participant\'s screen ("{character}" is not used in response codes)',
          message:
            'This code is not complete or has a typing mistake: check it against the participant\'s screen ("{character}" is not used in response codes)',
          values: { character: normal.bad },
        },
      ),
    };
  }
  const { chars } = normal;
  if (chars.length === 0) return { ok: false, message: CODE_MESSAGES.empty };
  const minChars = Math.ceil((VERSION_BITS + FINGERPRINT_BITS + CRC_BITS) / 5);
  if (chars.length < minChars || chars.length > MAX_CODE_CHARS)
    return { ok: false, message: CODE_MESSAGES.typo };

  let whole = 0n;
  for (const c of chars) whole = (whole << 5n) | BigInt(ALPHABET.indexOf(c));
  const dataBits = chars.length * 5 - CRC_BITS;
  const data = whole >> BigInt(CRC_BITS);
  if (Number(whole & 0xffffn) !== crc16(data, dataBits))
    return { ok: false, message: CODE_MESSAGES.typo };

  const version = Number(data >> BigInt(dataBits - VERSION_BITS));
  if (version > RESPONSE_CODE_VERSION) return { ok: false, message: CODE_MESSAGES.newer };
  if (version < 1) return { ok: false, message: CODE_MESSAGES.typo };
  const layout = layoutOf(bank);
  const fingerprint = Number(
    (data >> BigInt(dataBits - VERSION_BITS - FINGERPRINT_BITS)) & 0xffffn,
  );
  if (fingerprint !== layout.fingerprint) return { ok: false, message: CODE_MESSAGES.otherBank };
  if (chars.length !== layout.chars) return { ok: false, message: CODE_MESSAGES.typo };

  let payload = data & ((1n << BigInt(layout.payloadBits)) - 1n);
  const digits: number[] = new Array<number>(layout.slots.length);
  for (let i = layout.slots.length - 1; i >= 0; i -= 1) {
    const radix = BigInt(layout.slots[i]!.radix);
    digits[i] = Number(payload % radix);
    payload /= radix;
  }
  if (payload !== 0n) return { ok: false, message: CODE_MESSAGES.typo };
  const decoded: Record<string, AnswerValue> = {};
  for (let i = 0; i < layout.slots.length; i += 1) {
    if (!layout.slots[i]!.decode(digits[i]!, decoded))
      return { ok: false, message: CODE_MESSAGES.typo };
  }
  // A code made before a rule was added (such as "None of these" on its own) can carry an
  // answer that is no longer valid: it is left out, and said so, as for a file.
  const answers: Record<string, AnswerValue> = {};
  const invalid: string[] = [];
  for (const item of allItems(bank)) {
    if (!Object.hasOwn(decoded, item.id)) continue;
    if (isAnswerForBank(bank, item, decoded[item.id])) answers[item.id] = decoded[item.id]!;
    else invalid.push(item.id);
  }
  const warnings = invalid.length ? [leftOutMessage(bank, invalid, 'invalid')] : [];

  const at = now.toISOString();
  return {
    ok: true,
    response: {
      format: RESPONSE_FORMAT,
      formatVersion: RESPONSE_FORMAT_VERSION,
      bankId: bank.id,
      bankVersion: bank.version,
      responseId: responseIdForCode(chars),
      createdAt: at,
      updatedAt: at,
      about: aboutFromAnswers(bank, answers),
      answers,
      // A code carries answers only: targets and actions travel in the file.
      targets: {},
      actions: [],
      comments: {},
    },
    warnings,
  };
}
