// @vitest-environment node
import { crc32 as nodeCrc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import type { AnswerMap } from '../../../src/domain/answers/answer-schema';
import { COMMENT_MAX } from '../../../src/domain/answers/page-form';
import {
  MAX_QR_CHARS,
  MAX_QR_PARTS,
  QR_MESSAGES,
  bankDictionary,
  crc32,
  createQrAssembler,
  encodeResponseQr,
  fromBase45,
  isResponseQrText,
  toBase45,
} from '../../../src/domain/response/qr-payload';
import type { QrAddResult } from '../../../src/domain/response/qr-payload';
import { encodeResponseCode } from '../../../src/domain/response/response-code';
import {
  aboutFromAnswers,
  parseResponseFile,
  serializeResponse,
} from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { loadRealBank } from '../../bank/real-bank';
import { answersArb, makeGroupBank, respond } from './group-helpers';

const bank = makeGroupBank();
let real: Bank;
beforeAll(async () => {
  real = await loadRealBank();
});

const enc = (s: string) => new TextEncoder().encode(s);

/** Reads `texts` in order with one assembler; every result. */
function readAll(b: Bank, texts: string[]): QrAddResult[] {
  const assembler = createQrAssembler(b);
  return texts.map((t) => assembler.add(t));
}

function completeText(results: QrAddResult[]): string {
  const last = results.at(-1)!;
  if (last.kind !== 'complete') throw new Error(`expected complete, got ${JSON.stringify(last)}`);
  return last.fileText;
}

function parsed(b: Bank, text: string): ResponseEnvelope {
  const result = parseResponseFile(text, b);
  if (!result.ok) throw new Error(result.message);
  return result.response;
}

/** What the code should carry without free text, written out independently of the codec. */
function withoutText(b: Bank, envelope: ResponseEnvelope): ResponseEnvelope {
  const textItems = new Set(
    allItems(b)
      .filter((i) => i.kind === 'text')
      .map((i) => i.id),
  );
  const answers = Object.fromEntries(
    Object.entries(envelope.answers).filter(([id]) => !textItems.has(id)),
  );
  const { 'partnership-name': _n, place: _p, ...about } = envelope.about;
  const {
    commentLanguages: _c,
    answerLanguages: _a,
    ...rest
  } = { ...envelope, answers, about, comments: {}, actions: [] };
  return rest;
}

const ACTION = {
  id: 'action-1',
  what: 'Agree one shared outcome for the partnership',
  dimensionId: 'governance' as const,
  lead: 'Chair',
  status: 'under-way' as const,
  measure: '',
};

/** An envelope with answers, comments, languages, a target and an action. */
function envelopeArb(b: Bank): fc.Arbitrary<ResponseEnvelope> {
  const sections = b.sections.map((s) => s.id);
  return fc
    .record({
      id: fc.stringMatching(/^[A-Za-z0-9_-]{1,36}$/),
      answers: answersArb(b),
      comments: fc.dictionary(fc.constantFrom(...sections), fc.string({ maxLength: 200 }), {
        maxKeys: 3,
      }),
      welsh: fc.boolean(),
      target: fc.option(fc.integer({ min: 0, max: 100 })),
      action: fc.boolean(),
    })
    .map(({ id, answers, comments, welsh, target, action }) =>
      respond(b, id, answers, {
        about: aboutFromAnswers(b, answers),
        comments,
        ...(welsh
          ? {
              commentLanguages: Object.fromEntries(Object.keys(comments).map((k) => [k, 'cy'])),
            }
          : {}),
        targets: target === null ? {} : { governance: target },
        actions: action ? [ACTION] : [],
      }),
    );
}

describe('the building blocks', () => {
  it('gives the standard CRC-32 check value CBF43926 for "123456789", as zlib does', () => {
    expect(crc32(enc('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      }),
    );
  });

  it("writes RFC 9285's examples of base45", () => {
    expect(toBase45(enc('AB'))).toBe('BB8');
    expect(toBase45(enc('Hello!!'))).toBe('%69 VD92EX0');
    expect(toBase45(enc('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(fromBase45('QED8WEX0')!)).toBe('ietf!');
  });

  it('refuses text that is not base45 (a bad length, a value too large, a lower-case letter)', () => {
    expect(fromBase45('BB8B')).toBeNull(); // 4 characters: one left over
    expect(fromBase45('GGW')).toBeNull(); // 16 + 16*45 + 32*2025 = 65536, one too many
    expect(fromBase45('bb8')).toBeNull();
  });

  it('round-trips any bytes through base45', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase45(toBase45(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('the format, worked out by hand', () => {
  // The test bank's items, in order (group-helpers.ts): partnership-name, place, sector,
  // role-level, then the bank's questions, then reflect-working and reflect-next.
  const order = () => allItems(bank).map((i) => i.id);

  /** The payload of ENVELOPE, written by hand as the format in qr-payload.ts says. */
  function handPayload(): string {
    const answers = order().map((id) =>
      id === 'sector' ? 'nhs-health' : id === 'reflect-next' ? 'Meet monthly' : null,
    );
    return JSON.stringify([
      'p-1',
      '2025-03-01T10:00:00.000Z',
      '2025-03-01T10:00:00.000Z',
      { sector: 'nhs-health' },
      answers,
      { about: 'Hi' },
      null,
      null,
      {},
      [],
    ]);
  }
  const ENVELOPE = () =>
    respond(
      bank,
      'p-1',
      { sector: 'nhs-health', 'reflect-next': 'Meet monthly' },
      { about: { sector: 'nhs-health' }, comments: { about: 'Hi' } },
    );

  /** A raw deflate "stored" block (RFC 1951 §3.2.4): 1, LEN and its complement, the bytes. */
  function stored(bytes: Uint8Array): Uint8Array {
    const n = bytes.length;
    const nn = ~n & 0xffff;
    return new Uint8Array([1, n & 0xff, n >> 8, nn & 0xff, nn >> 8, ...bytes]);
  }

  const message = (payload: string) =>
    nodeCrc32(Buffer.from(`${bank.id}@${bank.version}\n${payload}`))
      .toString(16)
      .toUpperCase()
      .padStart(8, '0');

  it('encodes one code as RALLY:1:<BANK>:<VERSION>:<CRC-32>:1:1:<base45 of the deflated payload>', () => {
    const [text, ...more] = encodeResponseQr(bank, ENVELOPE(), { includeText: true });
    expect(more).toEqual([]);
    const head = `RALLY:1:${bank.id.toUpperCase()}:${bank.version}:${message(handPayload())}:1:1:`;
    expect(text!.startsWith(head)).toBe(true);
    // zlib, not fflate, undoes the compression: the format is plain raw deflate with the dictionary.
    const data = fromBase45(text!.slice(head.length))!;
    const json = inflateRawSync(data, { dictionary: bankDictionary(bank) }).toString('utf8');
    expect(json).toBe(handPayload());
  });

  it('reads a code built by hand (stored deflate block, zlib CRC-32) as the same response file', () => {
    const payload = handPayload();
    const text = `RALLY:1:${bank.id.toUpperCase()}:${bank.version}:${message(payload)}:1:1:${toBase45(stored(enc(payload)))}`;
    const result = createQrAssembler(bank).add(text);
    expect(result.kind).toBe('complete');
    expect(parsed(bank, completeText([result]))).toEqual(
      parsed(bank, serializeResponse(ENVELOPE())),
    );
  });

  it('reads a response cut by hand into three parts given in the order 3, 1, 2', () => {
    const payload = handPayload();
    const data = deflateRawSync(Buffer.from(payload), { dictionary: bankDictionary(bank) });
    const third = Math.ceil(data.length / 3 / 2) * 2;
    const head = (i: number) =>
      `RALLY:1:${bank.id.toUpperCase()}:${bank.version}:${message(payload)}:${i}:3:`;
    const parts = [0, 1, 2].map(
      (i) => head(i + 1) + toBase45(data.subarray(i * third, (i + 1) * third)),
    );
    const results = readAll(bank, [parts[2]!, parts[0]!, parts[1]!]);
    expect(results.slice(0, 2)).toEqual([
      { kind: 'part', received: 1, total: 3 },
      { kind: 'part', received: 2, total: 3 },
    ]);
    expect(parsed(bank, completeText(results))).toEqual(
      parsed(bank, serializeResponse(ENVELOPE())),
    );
  });
});

describe('reading codes', () => {
  it('refuses a text that is not a Rally code, and tells the typed code apart', () => {
    const typed = encodeResponseCode(bank, respond(bank, 'x', { sector: 'nhs-health' }));
    expect(isResponseQrText(typed)).toBe(false);
    expect(createQrAssembler(bank).add(typed)).toEqual({
      kind: 'refused',
      message: QR_MESSAGES.notRally,
    });
    expect(createQrAssembler(bank).add('https://example.org')).toEqual({
      kind: 'refused',
      message: 'This is not a Rally response code',
    });
  });

  it('refuses a code from another bank, or another version of this bank, naming both', () => {
    const codeFrom = (edit: (raw: { bank: { id: string; version: string } }) => void) => {
      const other = makeGroupBank(edit);
      return encodeResponseQr(other, respond(other, 'x', { sector: 'nhs-health' }), {
        includeText: true,
      })[0]!;
    };
    const otherBank = codeFrom((raw) => {
      raw.bank.id = 'other-bank';
      raw.bank.version = '2.0.0';
    });
    expect(createQrAssembler(bank).add(otherBank)).toEqual({
      kind: 'refused',
      message: `This code is for the question bank "other-bank" version 2.0.0, but this session uses "test-bank" version ${bank.version}`,
    });
    const otherVersion = codeFrom((raw) => {
      raw.bank.version = '1.3.0';
    });
    expect(createQrAssembler(bank).add(otherVersion)).toEqual({
      kind: 'refused',
      message: `This code is for the question bank "test-bank" version 1.3.0, but this session uses "test-bank" version ${bank.version}`,
    });
  });

  it('refuses a code from a newer format', () => {
    const [text] = encodeResponseQr(bank, respond(bank, 'x', {}), { includeText: true });
    expect(createQrAssembler(bank).add(text!.replace('RALLY:1:', 'RALLY:2:'))).toEqual({
      kind: 'refused',
      message: QR_MESSAGES.newer,
    });
  });

  it('says "repeat" for a code read again, also after its response is complete', () => {
    const [text] = encodeResponseQr(bank, respond(bank, 'x', {}), { includeText: true });
    const results = readAll(bank, [text!, text!]);
    expect(results[0]!.kind).toBe('complete');
    expect(results[1]).toEqual({ kind: 'repeat' });
  });

  it('keeps the parts of two responses apart when they come mixed together', () => {
    const long = (id: string) =>
      respond(bank, id, {}, { comments: { about: randomText(id.length * 7, 1500) } });
    const a = encodeResponseQr(bank, long('aaaa'), { includeText: true });
    const b = encodeResponseQr(bank, long('bbbbbb'), { includeText: true });
    expect(a.length).toBeGreaterThan(1);
    expect(b.length).toBeGreaterThan(1);
    const results = readAll(bank, [a[0]!, b[0]!, ...a.slice(1), ...b.slice(1)]);
    const done = results.filter((r) => r.kind === 'complete');
    expect(done.map((r) => parsed(bank, r.fileText).responseId)).toEqual(['aaaa', 'bbbbbb']);
  });

  it('refuses parts that claim the same response but do not fit together, and starts it again', () => {
    const envelope = respond(bank, 'x', {}, { comments: { about: randomText(3, 1500) } });
    const parts = encodeResponseQr(bank, envelope, { includeText: true });
    expect(parts.length).toBeGreaterThan(1);
    // The same response, message id and place, but another total: one of them was misread.
    const wrongTotal = parts[0]!.replace(`:1:${parts.length}:`, `:1:${parts.length + 1}:`);
    const assembler = createQrAssembler(bank);
    expect(assembler.add(parts[1]!).kind).toBe('part');
    expect(assembler.add(wrongTotal)).toEqual({ kind: 'refused', message: QR_MESSAGES.checksum });
    // Forgotten, so every part can be scanned again (not "repeat") and the response completes.
    const again = parts.map((p) => assembler.add(p));
    expect(again.at(-1)!.kind).toBe('complete');
  });

  it('refuses a set of parts whose data does not match its checksum, naming no response', () => {
    const envelope = respond(bank, 'x', {}, { comments: { about: randomText(5, 1500) } });
    const parts = encodeResponseQr(bank, envelope, { includeText: true });
    // Swap the data of the first two parts, keeping the headers: every part reads, the whole does not.
    // The header is everything up to the seventh colon (the data may hold colons too).
    const cut = (p: string) => p.split(':').slice(0, 7).join(':').length + 1;
    const head = (p: string) => p.slice(0, cut(p));
    const data = (p: string) => p.slice(cut(p));
    const swapped = [head(parts[0]!) + data(parts[1]!), head(parts[1]!) + data(parts[0]!)];
    const results = readAll(bank, [...swapped, ...parts.slice(2)]);
    expect(results.at(-1)).toEqual({ kind: 'refused', message: QR_MESSAGES.checksum });
  });
});

/** Text that compresses badly (a deterministic stream of letters, digits and spaces). */
function randomText(seed: number, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789.,ŵŷâ';
  let s = seed >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out += letters[(s >>> 16) % letters.length];
  }
  return out;
}

describe('properties', () => {
  it('round-trips: any order of the parts gives the response, with free text only when included', () => {
    fc.assert(
      fc.property(
        envelopeArb(bank),
        fc.boolean(),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer(),
        (envelope, includeText, long, seed) => {
          // Sometimes a long comment, so that the response takes several codes.
          const e =
            long > 1000
              ? { ...envelope, comments: { ...envelope.comments, about: randomText(seed, long) } }
              : envelope;
          const parts = encodeResponseQr(bank, e, { includeText });
          const order = fc.sample(fc.shuffledSubarray(parts, { minLength: parts.length }), {
            numRuns: 1,
            seed,
          })[0]!;
          const results = readAll(bank, order);
          results
            .slice(0, -1)
            .forEach((r, i) =>
              expect(r).toEqual({ kind: 'part', received: i + 1, total: parts.length }),
            );
          const expected = includeText ? e : withoutText(bank, e);
          expect(parsed(bank, completeText(results))).toEqual(
            parsed(bank, serializeResponse(expected)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('round-trips any valid answers of the real bank', () => {
    fc.assert(
      fc.property(envelopeArb(real), (envelope) => {
        const parts = encodeResponseQr(real, envelope, { includeText: true });
        expect(parsed(real, completeText(readAll(real, parts)))).toEqual(
          parsed(real, serializeResponse(envelope)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('never accepts a code with one character changed as a different response', () => {
    fc.assert(
      fc.property(
        envelopeArb(bank),
        fc.nat(),
        fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'),
        (envelope, at, character) => {
          const [text, ...more] = encodeResponseQr(bank, envelope, { includeText: true });
          fc.pre(more.length === 0);
          const i = at % text!.length;
          fc.pre(text![i] !== character);
          const changed = text!.slice(0, i) + character + text!.slice(i + 1);
          const result = createQrAssembler(bank).add(changed);
          // Refused, or waiting for parts that do not exist (a changed total), or, when the
          // change falls in the unused bits that pad deflate's last byte, the same response:
          // never a different one.
          if (result.kind === 'complete')
            expect(result.fileText).toBe(completeText(readAll(bank, [text!])));
          else expect(result.kind === 'refused' || result.kind === 'part').toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('says "repeat" for every part read a second time', () => {
    fc.assert(
      fc.property(envelopeArb(bank), fc.integer({ min: 1000, max: 3000 }), (envelope, long) => {
        const e = { ...envelope, comments: { about: randomText(long, long) } };
        const parts = encodeResponseQr(bank, e, { includeText: true });
        const assembler = createQrAssembler(bank);
        for (const part of parts.slice(0, -1)) {
          expect(assembler.add(part).kind).toBe('part');
          expect(assembler.add(part)).toEqual({ kind: 'repeat' });
        }
        expect(assembler.add(parts.at(-1)!).kind).toBe('complete');
        for (const part of parts) expect(assembler.add(part)).toEqual({ kind: 'repeat' });
      }),
      { numRuns: 30 },
    );
  });

  it(`keeps every code within ${MAX_QR_CHARS} alphanumeric characters, a version 15 QR code at level M`, () => {
    fc.assert(
      fc.property(envelopeArb(bank), fc.integer({ min: 0, max: 6000 }), (envelope, long) => {
        const e = { ...envelope, comments: { about: randomText(long, long) } };
        for (const text of encodeResponseQr(bank, e, { includeText: true })) {
          expect(text.length).toBeLessThanOrEqual(MAX_QR_CHARS);
          expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
          expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(
            15,
          );
        }
      }),
      { numRuns: 40 },
    );
    // The limit is the whole of a version 15 code: one character more needs version 16.
    const full = `RALLY:1:${'A'.repeat(MAX_QR_CHARS - 8)}`;
    expect(QRCode.create(full, { errorCorrectionLevel: 'M' }).version).toBe(15);
    expect(QRCode.create(`${full}A`, { errorCorrectionLevel: 'M' }).version).toBe(16);
  });
});

describe('the worst case for the real bank', () => {
  /** Every question answered with its longest answer, every text as long as the page allows. */
  function worst(b: Bank): ResponseEnvelope {
    const answers: AnswerMap = {};
    let seed = 1;
    for (const item of allItems(b)) {
      if (item.kind === 'agreement') answers[item.id] = 'na';
      if (item.kind === 'choice')
        answers[item.id] = item.multiple
          ? item.options.filter((o) => !o.exclusive).map((o) => o.id)
          : item.options.at(-1)!.id;
      if (item.kind === 'grid')
        answers[item.id] = Object.fromEntries(item.rows.map((r) => [r.id, 'dk']));
      if (item.kind === 'select') answers[item.id] = item.options.at(-1)!.id;
      if (item.kind === 'text') answers[item.id] = randomText((seed += 1), item.maxLength);
    }
    const comments = Object.fromEntries(
      b.sections.filter((s) => s.comment).map((s) => [s.id, randomText((seed += 1), COMMENT_MAX)]),
    );
    return respond(b, '3f2a6c1e-1111-4222-8333-123456789abc', answers, {
      about: aboutFromAnswers(b, answers),
      comments,
      actions: [ACTION],
    });
  }

  it('fits every answer without free text in one code, and everything in under MAX_QR_PARTS codes', () => {
    const envelope = worst(real);
    const answersOnly = encodeResponseQr(real, envelope, { includeText: false });
    const everything = encodeResponseQr(real, envelope, { includeText: true });
    console.info(
      `Real bank, worst case: ${answersOnly[0]!.length} characters in 1 code without free text; ` +
        `${everything.length} codes with ${envelope.actions.length} action and every text at its limit`,
    );
    expect(answersOnly).toHaveLength(1);
    expect(everything.length).toBeLessThan(MAX_QR_PARTS);
    expect(parsed(real, completeText(readAll(real, [...everything].reverse())))).toEqual(
      parsed(real, serializeResponse(envelope)),
    );
    expect(parsed(real, completeText(readAll(real, answersOnly)))).toEqual(
      parsed(real, serializeResponse(withoutText(real, envelope))),
    );
  });
});
