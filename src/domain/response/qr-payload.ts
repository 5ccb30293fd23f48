/**
 * The response QR code: a participant's whole response (answers, about-you choices and, unless
 * they leave it out, what they wrote) as the text of one QR code or a short sequence of them,
 * for a facilitator's camera to read in the room. Decision record 020 says why it is built
 * this way; docs/group-sessions.md says what a participant and a facilitator see.
 *
 * Text of one code (format version 1), every character in the QR alphanumeric set
 * (0-9, A-Z, space and $%*+-./:), so any QR encoder uses its compact alphanumeric mode and any
 * decoder (BarcodeDetector, jsQR) gives back exactly the same text:
 *
 *   RALLY:1:<BANK ID>:<BANK VERSION>:<MESSAGE>:<INDEX>:<TOTAL>:<DATA>
 *
 *   RALLY         marks a Rally response code
 *   1             the format version; a higher number is from a newer Rally
 *   BANK ID       the question bank's id in capitals (bank ids are lower case, so nothing is lost)
 *   BANK VERSION  the bank's version, such as 1.0.1
 *   MESSAGE       8 hex digits: the CRC-32 (ISO-HDLC, as zip and PNG use) of the bank id, "@",
 *                 the bank version, a newline and the uncompressed payload. It names the
 *                 response the code belongs to and is its checksum at once.
 *   INDEX, TOTAL  which code of how many (1 to MAX_QR_PARTS); a single code is 1 of 1
 *   DATA          this code's share of the compressed payload, in base45 (RFC 9285)
 *
 * Payload: JSON, compressed with raw deflate (RFC 1951, level 9) with a preset dictionary made
 * from the bank's ids (`bankDictionary`), so that item and option ids cost almost nothing:
 *
 *   [responseId, createdAt, updatedAt, about, answers, comments,
 *    commentLanguages | null, answerLanguages | null, targets, actions]
 *
 * where `answers` is a list with one entry per item of the bank in bank order, null when the
 * item is not answered. An answer to an item that is not in the bank is not carried (the file
 * route drops it too). Without free text (`includeText: false`) the text items' answers, the
 * about-you fields that text items fill (partnership name, place), the comments, their
 * languages and the action plan (which is written text) are left out; targets are numbers and
 * stay.
 *
 * The compressed bytes are cut into as few even shares as keep every code within
 * MAX_QR_CHARS characters. A response that needs more than MAX_QR_PARTS codes is too long for
 * codes (the reader refuses a code numbered past it): the page says so and offers the file. Reading (`createQrAssembler`) collects codes in any order, keeps the
 * codes of different responses apart (by MESSAGE), and when it has every code of a response
 * joins them, decompresses, and checks the CRC-32 before anything else; the result is response
 * file JSON, which goes through `parseResponseFile` like any file, so there is one validation
 * path. A code with a changed character is refused: either its header no longer makes sense,
 * or its data no longer decompresses to text with the checksum its MESSAGE names.
 *
 * The typed response code (response-code.ts) is not a QR payload: `isResponseQrText` tells
 * the scanner which route a scanned text takes.
 */
import type { Bank } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import type { AnswerValue } from '../answers/answer-values';
import { deflateRaw, inflateRaw } from '../deflate';
import { english, known } from '../said';
import { CODE_MESSAGES } from './response-code';
import { MAX_FILE_CHARS } from './response-file';
import { ABOUT_FIELDS, RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION } from './response-schema';
import type { ResponseEnvelope } from './response-schema';

export const RESPONSE_QR_VERSION = 1;
const MAGIC = 'RALLY';

/**
 * The most characters in one code. 600 alphanumeric characters fill a version 15 QR code
 * (77 by 77 modules) at error correction level M: on a phone screen about 6 cm wide each
 * module is about 0.75 mm, which a 720p laptop webcam resolves at about 2.5 pixels a module
 * with the phone held 30 cm away. Decision record 020 has the working.
 */
export const MAX_QR_CHARS = 600;
/** The most codes one response may take; the reader refuses a code that claims more. */
export const MAX_QR_PARTS = 99;
/** Codes of unfinished responses kept at once by an assembler (the oldest go first). */
const MAX_PENDING = 20;

export type QrAddResult =
  | { kind: 'part'; received: number; total: number }
  | { kind: 'complete'; fileText: string }
  | { kind: 'repeat' }
  | { kind: 'refused'; message: string };

/** Each message is its English, remembered so that a page shows it translated (domain/said.ts). */
export const QR_MESSAGES = {
  notRally: known(
    /*i18n*/ {
      id: 'This is not a Rally response code',
      message: 'This is not a Rally response code',
    },
  ),
  damaged: known(
    /*i18n*/ {
      id: 'This code could not be read properly. Hold it steady and scan it again.',
      message: 'This code could not be read properly. Hold it steady and scan it again.',
    },
  ),
  checksum: known(
    /*i18n*/ {
      id: 'The codes of this response do not fit together, so nothing was added. Scan all of its codes again.',
      message:
        'The codes of this response do not fit together, so nothing was added. Scan all of its codes again.',
    },
  ),
  newer: CODE_MESSAGES.newer,
} as const;

function otherBankMessage(bank: Bank, otherId: string, otherVersion: string): string {
  return english(
    /*i18n*/ {
      id: 'This code is for the question bank "{otherId}" version {otherVersion}, but this session uses "{bankId}" version {bankVersion}',
      message:
        'This code is for the question bank "{otherId}" version {otherVersion}, but this session uses "{bankId}" version {bankVersion}',
      values: { otherId, otherVersion, bankId: bank.id, bankVersion: bank.version },
    },
  );
}

// ---------------------------------------------------------------------------------------
// CRC-32 and base45
// ---------------------------------------------------------------------------------------

let crcTable: Uint32Array | null = null;

/** CRC-32/ISO-HDLC (reflected polynomial 0xEDB88320, start and final XOR 0xFFFFFFFF). */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Bytes as base45 (RFC 9285): each two bytes as three characters, a last odd byte as two. */
export function toBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      let n = bytes[i]! * 256 + bytes[i + 1]!;
      const c = n % 45;
      n = (n - c) / 45;
      const d = n % 45;
      const e = (n - d) / 45;
      out += BASE45[c]! + BASE45[d]! + BASE45[e]!;
    } else {
      const n = bytes[i]!;
      out += BASE45[n % 45]! + BASE45[Math.floor(n / 45)]!;
    }
  }
  return out;
}

/** The bytes of base45 text, or null if it is not valid base45. */
export function fromBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let o = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = BASE45.indexOf(text[i]!);
    const d = BASE45.indexOf(text[i + 1]!);
    if (c < 0 || d < 0) return null;
    if (i + 2 < text.length) {
      const e = BASE45.indexOf(text[i + 2]!);
      if (e < 0) return null;
      const n = c + d * 45 + e * 45 * 45;
      if (n > 0xffff) return null;
      out[o++] = n >> 8;
      out[o++] = n & 0xff;
    } else {
      const n = c + d * 45;
      if (n > 0xff) return null;
      out[o++] = n;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The payload
// ---------------------------------------------------------------------------------------

const dictionaries = new WeakMap<Bank, Uint8Array>();

/**
 * The preset dictionary for `bank`: the words a payload repeats (JSON keys, item, option, row
 * and section ids, scale values), most likely last, since deflate reaches near text cheapest.
 * Made from ids only, so the bank in either language gives the same dictionary.
 */
export function bankDictionary(bank: Bank): Uint8Array {
  const cached = dictionaries.get(bank);
  if (cached) return cached;
  const words: unknown[] = [
    ['what', 'dimensionId', 'lead', 'due', 'dueNote', 'status', 'measure', 'resources'],
    ['carriedFrom', 'id', 'date', 'name', 'not-started', 'under-way', 'done', 'dropped'],
    bank.sections.map((s) => s.id),
    ABOUT_FIELDS,
    { en: 1, cy: 1 },
  ];
  for (const item of allItems(bank)) {
    const options = 'options' in item ? item.options.map((o) => o.id) : [];
    const rows = item.kind === 'grid' ? item.rows.map((r) => r.id) : [];
    words.push([item.id, options, rows]);
  }
  words.push([...bank.scale.points.map((p) => p.value), 'dk', 'na', null]);
  const dictionary = new TextEncoder().encode(JSON.stringify(words)).slice(-32768);
  dictionaries.set(bank, dictionary);
  return dictionary;
}

/** The about-you fields that text items fill (free text: partnership name, place). */
function textAboutFields(bank: Bank): Set<string> {
  const fields = new Set<string>();
  for (const item of allItems(bank)) if (item.kind === 'text' && item.field) fields.add(item.field);
  return fields;
}

function payloadOf(bank: Bank, envelope: ResponseEnvelope, includeText: boolean): unknown[] {
  const items = allItems(bank);
  const answers = items.map((item) =>
    Object.hasOwn(envelope.answers, item.id) && (includeText || item.kind !== 'text')
      ? envelope.answers[item.id]!
      : null,
  );
  const textFields = textAboutFields(bank);
  const about = Object.fromEntries(
    Object.entries(envelope.about).filter(
      ([field, value]) => value !== undefined && (includeText || !textFields.has(field)),
    ),
  );
  return [
    envelope.responseId,
    envelope.createdAt,
    envelope.updatedAt,
    about,
    answers,
    includeText ? envelope.comments : {},
    (includeText && envelope.commentLanguages) || null,
    (includeText && envelope.answerLanguages) || null,
    envelope.targets,
    includeText ? envelope.actions : [],
  ];
}

function checkedBytes(bank: Bank, payload: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(`${bank.id}@${bank.version}\n`);
  const all = new Uint8Array(head.length + payload.length);
  all.set(head);
  all.set(payload, head.length);
  return all;
}

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

function header(bank: Bank, message: string, index: number, total: number): string {
  return [
    MAGIC,
    RESPONSE_QR_VERSION,
    bank.id.toUpperCase(),
    bank.version,
    message,
    index,
    total,
    '',
  ].join(':');
}

/** The texts of the QR codes for one response: one text, or several parts. */
export function encodeResponseQr(
  bank: Bank,
  envelope: ResponseEnvelope,
  options: { includeText: boolean },
): string[] {
  const json = new TextEncoder().encode(
    JSON.stringify(payloadOf(bank, envelope, options.includeText)),
  );
  const message = hex8(crc32(checkedBytes(bank, json)));
  const compressed = deflateRaw(json, bankDictionary(bank));
  // Room for data in one code, with two-digit index and total to be safe; whole pairs of bytes.
  const room = MAX_QR_CHARS - header(bank, message, 99, 99).length;
  const maxBytes = Math.floor(room / 3) * 2;
  const total = Math.max(1, Math.ceil(compressed.length / maxBytes));
  // Even shares (in whole pairs of bytes), so that every code of a response is about the same size.
  const share = Math.ceil(compressed.length / total / 2) * 2;
  const texts: string[] = [];
  for (let i = 0; i < total; i += 1) {
    const data = toBase45(compressed.subarray(i * share, (i + 1) * share));
    texts.push(header(bank, message, i + 1, total) + data);
  }
  return texts;
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

/** Whether `text` is meant as a Rally response QR code (else: try it as a typed response code). */
export function isResponseQrText(text: string): boolean {
  return text.startsWith(`${MAGIC}:`);
}

type Part = {
  bankId: string;
  bankVersion: string;
  message: string;
  index: number;
  total: number;
  data: Uint8Array;
};

const PART =
  /^RALLY:1:([A-Z0-9]+(?:-[A-Z0-9]+)*):(\d{1,9}\.\d{1,9}\.\d{1,9}):([0-9A-F]{8}):([1-9]\d?):([1-9]\d?):([0-9A-Z $%*+\-./:]*)$/;

function readPart(bank: Bank, text: string): Part | { refused: string } {
  if (!isResponseQrText(text)) return { refused: QR_MESSAGES.notRally };
  const version = /^RALLY:(\d+):/.exec(text)?.[1];
  if (version === undefined) return { refused: QR_MESSAGES.damaged };
  if (Number(version) > RESPONSE_QR_VERSION) return { refused: QR_MESSAGES.newer };
  const m = PART.exec(text);
  if (!m) return { refused: QR_MESSAGES.damaged };
  const [, upperId, bankVersion, message, index, total, data] = m;
  const bankId = upperId!.toLowerCase();
  if (bankId !== bank.id || bankVersion !== bank.version)
    return { refused: otherBankMessage(bank, bankId, bankVersion!) };
  const part = {
    bankId,
    bankVersion: bankVersion!,
    message: message!,
    index: Number(index),
    total: Number(total),
    data: fromBase45(data!),
  };
  if (part.index > part.total || part.data === null || part.data.length === 0)
    return { refused: QR_MESSAGES.damaged };
  return { ...part, data: part.data };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Response file JSON from a checked payload, or null if it does not have the payload's shape. */
function fileTextOf(bank: Bank, json: Uint8Array): string | null {
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return null;
  }
  const items = allItems(bank);
  if (!Array.isArray(payload) || payload.length !== 10) return null;
  const [id, created, updated, about, list, comments, commentLangs, answerLangs, targets, actions] =
    payload as unknown[];
  if (!Array.isArray(list) || list.length !== items.length) return null;
  const answers: Record<string, AnswerValue> = {};
  items.forEach((item, i) => {
    if (list[i] !== null) answers[item.id] = list[i] as AnswerValue;
  });
  // Laid out as serializeResponse writes a file; parseResponseFile checks every part of it.
  const envelope = {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: id,
    createdAt: created,
    updatedAt: updated,
    about,
    answers,
    comments,
    ...(isRecord(commentLangs) ? { commentLanguages: commentLangs } : {}),
    ...(isRecord(answerLangs) ? { answerLanguages: answerLangs } : {}),
    targets,
    actions,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

type Pending = { total: number; parts: Map<number, Uint8Array>; texts: string[] };

/** Collects scanned texts; parts may come in any order; pure apart from its own memory. */
export function createQrAssembler(bank: Bank): { add(text: string): QrAddResult } {
  /** Every text that was taken (a part or a whole code), to say 'repeat' when seen again. */
  const seen = new Set<string>();
  /** Unfinished responses by MESSAGE, oldest first. */
  const pending = new Map<string, Pending>();

  function forget(message: string) {
    const p = pending.get(message);
    if (p) for (const text of p.texts) seen.delete(text);
    pending.delete(message);
  }

  return {
    add(text: string): QrAddResult {
      if (seen.has(text)) return { kind: 'repeat' };
      const part = readPart(bank, text);
      if ('refused' in part) return { kind: 'refused', message: part.refused };

      let p = pending.get(part.message);
      if (p && (p.total !== part.total || p.parts.has(part.index))) {
        // The same response cannot have two different codes in one place: one of them was
        // misread. Start this response again rather than guess which.
        forget(part.message);
        return { kind: 'refused', message: QR_MESSAGES.checksum };
      }
      if (!p) {
        if (pending.size >= MAX_PENDING) forget(pending.keys().next().value!);
        p = { total: part.total, parts: new Map(), texts: [] };
        pending.set(part.message, p);
      }
      p.parts.set(part.index, part.data);
      p.texts.push(text);
      seen.add(text);
      if (p.parts.size < p.total) return { kind: 'part', received: p.parts.size, total: p.total };

      const size = [...p.parts.values()].reduce((sum, d) => sum + d.length, 0);
      const compressed = new Uint8Array(size);
      let at = 0;
      for (let i = 1; i <= p.total; i += 1) {
        compressed.set(p.parts.get(i)!, at);
        at += p.parts.get(i)!.length;
      }
      const json = inflateRaw(compressed, bankDictionary(bank), MAX_FILE_CHARS);
      const fileText =
        json && hex8(crc32(checkedBytes(bank, json))) === part.message
          ? fileTextOf(bank, json)
          : null;
      if (fileText === null) {
        forget(part.message);
        const message = p.total === 1 ? QR_MESSAGES.damaged : QR_MESSAGES.checksum;
        return { kind: 'refused', message };
      }
      pending.delete(part.message);
      return { kind: 'complete', fileText };
    },
  };
}
