// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import type { AnswerMap, AnswerValue } from '../../../src/domain/answers/answer-schema';
import {
  CODE_MESSAGES,
  decodeResponseCode,
  encodeResponseCode,
  formatResponseCode,
  normaliseResponseCode,
  responseCodeLength,
} from '../../../src/domain/response/response-code';
import { aboutFromAnswers } from '../../../src/domain/response/response-file';
import { loadRealBank } from '../../bank/real-bank';
import { answersArb, makeGroupBank, respond } from './group-helpers';

const bank = makeGroupBank();
const NOW = new Date('2025-03-01T12:00:00.000Z');
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let real: Bank;
beforeAll(async () => {
  real = await loadRealBank();
});

/**
 * What a code can carry: the same answers minus free text, with multiple choices in option
 * order and empty grids dropped (an empty grid means nothing was answered).
 */
function canonical(b: Bank, answers: AnswerMap): AnswerMap {
  const out: AnswerMap = {};
  for (const item of allItems(b)) {
    if (!Object.hasOwn(answers, item.id)) continue;
    const value = answers[item.id]!;
    if (item.kind === 'text') continue;
    if (item.kind === 'choice' && item.multiple && Array.isArray(value)) {
      out[item.id] = item.options.map((o) => o.id).filter((id) => value.includes(id));
    } else if (item.kind === 'grid') {
      if (Object.keys(value as object).length > 0) out[item.id] = value;
    } else out[item.id] = value;
  }
  return out;
}

const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/);

function decodeOk(b: Bank, code: string) {
  const result = decodeResponseCode(b, code, NOW);
  if (!result.ok) throw new Error(`expected ${code} to decode: ${result.message}`);
  return result.response;
}

/** Every answer of the real bank filled with its last option (or Strongly agree): the largest digits. */
function fullAnswers(b: Bank): AnswerMap {
  const answers: AnswerMap = {};
  for (const item of allItems(b)) {
    if (item.kind === 'agreement') answers[item.id] = 'na';
    if (item.kind === 'choice')
      answers[item.id] = item.multiple
        ? item.options.filter((o) => !o.exclusive).map((o) => o.id)
        : item.options.at(-1)!.id;
    if (item.kind === 'grid')
      answers[item.id] = Object.fromEntries(item.rows.map((r) => [r.id, 'dk']));
    if (item.kind === 'select') answers[item.id] = item.options.at(-1)!.id;
    if (item.kind === 'text') answers[item.id] = 'A reflection.';
  }
  return answers;
}

// An independent bit-serial CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), to build codes the
// encoder never makes (a newer format version). Checked against the standard check value below.
function crcBits(bits: string): number {
  let crc = 0xffff;
  for (const b of bits) {
    const top = ((crc >> 15) & 1) ^ Number(b);
    crc = (crc << 1) & 0xffff;
    if (top) crc ^= 0x1021;
  }
  return crc;
}
const toBits = (chars: string) =>
  [...chars].map((c) => ALPHABET.indexOf(c).toString(2).padStart(5, '0')).join('');
const fromBits = (bits: string) =>
  (bits.match(/.{5}/g) ?? []).map((g) => ALPHABET[parseInt(g, 2)]).join('');
/** Re-seals a code's bits with a fresh checksum, after `edit` has changed the data bits. */
function reseal(code: string, edit: (data: string) => string): string {
  const norm = normaliseResponseCode(code);
  if (!norm.ok) throw new Error('bad code');
  const bits = toBits(norm.chars);
  const data = edit(bits.slice(0, -16));
  return formatResponseCode(fromBits(data + crcBits(data).toString(2).padStart(16, '0')));
}

describe('the test CRC', () => {
  it('gives the standard check value 0x29B1 for "123456789"', () => {
    const bits = [...'123456789'].map((c) => c.charCodeAt(0).toString(2).padStart(8, '0')).join('');
    expect(crcBits(bits)).toBe(0x29b1);
  });
});

describe('encodeResponseCode and decodeResponseCode', () => {
  it('round-trips every valid answer map of the test bank (free text left out)', () => {
    fc.assert(
      fc.property(answersArb(bank), idArb, (answers, id) => {
        const code = encodeResponseCode(bank, respond(bank, id, answers));
        const back = decodeOk(bank, code);
        expect(back.answers).toEqual(canonical(bank, answers));
        expect(back.about).toEqual(aboutFromAnswers(bank, canonical(bank, answers)));
        expect(back.comments).toEqual({});
        expect(back.bankId).toBe(bank.id);
        expect(back.createdAt).toBe(NOW.toISOString());
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every valid answer map of the real bank', () => {
    fc.assert(
      fc.property(answersArb(real), idArb, (answers, id) => {
        const back = decodeOk(real, encodeResponseCode(real, respond(real, id, answers)));
        expect(back.answers).toEqual(canonical(real, answers));
      }),
      { numRuns: 200 },
    );
  });

  it('makes every code for one bank the same length, in groups of four', () => {
    fc.assert(
      fc.property(answersArb(bank), idArb, (answers, id) => {
        const code = encodeResponseCode(bank, respond(bank, id, answers));
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
        expect(code.replace(/-/g, '')).toHaveLength(responseCodeLength(bank));
      }),
      { numRuns: 100 },
    );
  });

  // The real bank today: 43 agreement items, 16 choice items, a 5-row grid and 3 selects pack
  // into 196 bits; with the header, salt and checksum that is 48 characters, 59 with hyphens.
  it('keeps a full answer set for the real bank to at most 60 characters with hyphens (59 today)', () => {
    const code = encodeResponseCode(real, respond(real, 'participant-1', fullAnswers(real)));
    expect(code.length).toBeLessThanOrEqual(60);
    expect(code.replace(/-/g, '')).toHaveLength(responseCodeLength(real));
    expect(decodeOk(real, code).answers).toEqual(canonical(real, fullAnswers(real)));
  });

  it('never carries free text: changing text answers and comments leaves the code unchanged', () => {
    const answers = { g1: 4, sector: 'nhs-health' };
    const plain = encodeResponseCode(bank, respond(bank, 'r1', answers));
    const wordy = encodeResponseCode(
      bank,
      respond(
        bank,
        'r1',
        {
          ...answers,
          'partnership-name': 'Northtown Together',
          place: 'Northtown',
          'reflect-working': 'Trust.',
        },
        {
          comments: { shape: 'We meet monthly.' },
          about: {
            'partnership-name': 'Northtown Together',
            place: 'Northtown',
            sector: 'nhs-health',
          },
        },
      ),
    );
    expect(wordy).toBe(plain);
    const back = decodeOk(bank, wordy);
    expect(back.about).toEqual({ sector: 'nhs-health' });
    expect(JSON.stringify(back)).not.toMatch(/Northtown|Trust|monthly/);
  });

  it('takes the sector from the about-fields when the answer map lacks it', () => {
    const back = decodeOk(
      bank,
      encodeResponseCode(
        bank,
        respond(bank, 'r1', { g1: 2 }, { about: { sector: 'local-authority' } }),
      ),
    );
    expect(back.answers).toEqual({ g1: 2, sector: 'local-authority' });
    expect(back.about).toEqual({ sector: 'local-authority' });
  });

  it('leaves out answers that are not valid for their items', () => {
    const back = decodeOk(
      bank,
      encodeResponseCode(
        bank,
        respond(bank, 'r1', { g1: 9, g2: 'maybe', 'type-scope': 'nowhere', g3: 3 }),
      ),
    );
    expect(back.answers).toEqual({ g3: 3 });
  });

  it('leaves out, and says so, a "None of these" ticked with other options in an older code', () => {
    // A copy of the real bank from before "None of these" stood alone: its codes have the same
    // layout, so one made there can carry the combination that is no longer valid.
    const before = structuredClone(real);
    for (const item of allItems(before))
      if (item.kind === 'choice') for (const o of item.options) delete o.exclusive;
    const code = encodeResponseCode(
      before,
      respond(before, 'r1', {
        'starting-conditions': ['incentives', 'none-of-these'],
        justifications: ['bigger-vcs-role'],
      }),
    );
    const result = decodeResponseCode(real, code, NOW);
    expect(result).toMatchObject({
      ok: true,
      response: { answers: { justifications: ['bigger-vcs-role'] } },
      warnings: [
        '1 answer was left out because it is not a valid answer to its question: ‘Which of these describe how things were when the partnership started?’.',
      ],
    });
  });

  it('reads codes in any case, with spaces, without hyphens, and with O, I and L for 0 and 1', () => {
    fc.assert(
      fc.property(answersArb(bank), idArb, fc.boolean(), (answers, id, spaced) => {
        const code = encodeResponseCode(bank, respond(bank, id, answers));
        const expected = decodeOk(bank, code);
        const sloppy = code
          .toLowerCase()
          .replace(/0/g, 'o')
          .replace(/1/g, (_, at: number) => (at % 2 ? 'l' : 'I'))
          .replace(/-/g, spaced ? '  ' : '');
        expect(decodeOk(bank, ` ${sloppy}\n`)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('catches any single changed character', () => {
    fc.assert(
      fc.property(
        answersArb(bank),
        idArb,
        fc.nat(),
        fc.integer({ min: 1, max: 31 }),
        (answers, id, at, shift) => {
          const chars = encodeResponseCode(bank, respond(bank, id, answers)).replace(/-/g, '');
          const i = at % chars.length;
          const changed = ALPHABET[(ALPHABET.indexOf(chars[i]!) + shift) % 32]!;
          const result = decodeResponseCode(
            bank,
            chars.slice(0, i) + changed + chars.slice(i + 1),
            NOW,
          );
          expect(result).toEqual({ ok: false, message: CODE_MESSAGES.typo });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('catches every single changed character of one code, exhaustively', () => {
    const chars = encodeResponseCode(real, respond(real, 'p', fullAnswers(real))).replace(/-/g, '');
    let caught = 0;
    for (let i = 0; i < chars.length; i += 1) {
      for (const c of ALPHABET) {
        if (c === chars[i]) continue;
        const result = decodeResponseCode(real, chars.slice(0, i) + c + chars.slice(i + 1), NOW);
        if (!result.ok && result.message === CODE_MESSAGES.typo) caught += 1;
      }
    }
    expect(caught).toBe(chars.length * 31);
  });

  it('catches a missing, an extra or two swapped characters', () => {
    fc.assert(
      fc.property(
        answersArb(bank),
        idArb,
        fc.nat(),
        fc.constantFrom(...ALPHABET),
        (answers, id, at, extra) => {
          const chars = encodeResponseCode(bank, respond(bank, id, answers)).replace(/-/g, '');
          const i = at % chars.length;
          expect(decodeResponseCode(bank, chars.slice(0, i) + chars.slice(i + 1), NOW).ok).toBe(
            false,
          );
          expect(decodeResponseCode(bank, chars.slice(0, i) + extra + chars.slice(i), NOW).ok).toBe(
            false,
          );
          const j = Math.min(i + 1, chars.length - 1);
          if (chars[i] !== chars[j]) {
            const swapped = chars.slice(0, i) + chars[j] + chars[i] + chars.slice(j + 1);
            expect(decodeResponseCode(bank, swapped, NOW).ok).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('names a character that is never used in codes', () => {
    const code = encodeResponseCode(bank, respond(bank, 'r1', { g1: 4 }));
    const result = decodeResponseCode(bank, `${code.slice(0, 5)}U${code.slice(6)}`, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(`${CODE_MESSAGES.typo} ("U" is not used in response codes)`);
  });

  it('asks for a code when given none', () => {
    expect(decodeResponseCode(bank, '  - - ', NOW)).toEqual({
      ok: false,
      message: CODE_MESSAGES.empty,
    });
  });

  it('refuses a code made with another bank, or another version of this bank', () => {
    const code = encodeResponseCode(bank, respond(bank, 'r1', { g1: 4 }));
    expect(decodeResponseCode(real, code, NOW)).toEqual({
      ok: false,
      message: CODE_MESSAGES.otherBank,
    });
    const next = makeGroupBank((raw) => {
      raw.bank.version = '1.3.0';
    });
    expect(decodeResponseCode(next, code, NOW)).toEqual({
      ok: false,
      message: CODE_MESSAGES.otherBank,
    });
    const moreOptions = makeGroupBank((raw) => {
      raw.sections[0].pages[0].items[2].options.push({ id: 'funder', label: 'Funder' });
    });
    expect(decodeResponseCode(moreOptions, code, NOW)).toEqual({
      ok: false,
      message: CODE_MESSAGES.otherBank,
    });
  });

  it('refuses a code from a newer format version with its own message', () => {
    const code = encodeResponseCode(bank, respond(bank, 'r1', { g1: 4 }));
    const newer = reseal(code, (data) => `00010${data.slice(5)}`);
    expect(decodeResponseCode(bank, newer, NOW)).toEqual({
      ok: false,
      message: CODE_MESSAGES.newer,
    });
    // Resealed with the same version, the code still reads: the test CRC matches the real one.
    expect(
      decodeResponseCode(
        bank,
        reseal(code, (data) => data),
        NOW,
      ).ok,
    ).toBe(true);
  });

  it('refuses a resealed code whose payload is out of range', () => {
    const code = encodeResponseCode(bank, respond(bank, 'r1', { g1: 4 }));
    const payloadStart = 5 + 16 + 5; // version, fingerprint, at least 5 salt bits
    const flooded = reseal(
      code,
      (data) => data.slice(0, payloadStart) + '1'.repeat(data.length - payloadStart),
    );
    expect(decodeResponseCode(bank, flooded, NOW)).toEqual({
      ok: false,
      message: CODE_MESSAGES.typo,
    });
  });

  it('gives the same code the same response id, however it is typed, and different codes different ids', () => {
    fc.assert(
      fc.property(answersArb(bank), answersArb(bank), idArb, (a, b, id) => {
        const codeA = encodeResponseCode(bank, respond(bank, id, a));
        const codeB = encodeResponseCode(bank, respond(bank, id, b));
        const idA = decodeOk(bank, codeA).responseId;
        expect(idA).toMatch(/^code-[0-9a-f]{16}$/);
        expect(decodeOk(bank, codeA.toLowerCase().replace(/-/g, ' ')).responseId).toBe(idA);
        if (codeA !== codeB) expect(decodeOk(bank, codeB).responseId).not.toBe(idA);
      }),
      { numRuns: 200 },
    );
  });

  it('gives two people with identical answers different codes, most of the time', () => {
    const answers: Record<string, AnswerValue> = { 'gov-agreed-purpose': 4, 'gov-real-say': 4 };
    const codes = new Set(
      Array.from({ length: 40 }, (_, i) =>
        encodeResponseCode(real, respond(real, `person-${i}`, answers)),
      ),
    );
    // The real bank's codes carry 7 bits of salt (128 values), so 40 people with the same
    // answers share far fewer codes than they would with none (1 distinct code).
    expect(codes.size).toBeGreaterThanOrEqual(30);
    // ...while one person's code never changes.
    expect(encodeResponseCode(real, respond(real, 'person-1', answers))).toBe(
      encodeResponseCode(real, respond(real, 'person-1', answers)),
    );
  });
});
