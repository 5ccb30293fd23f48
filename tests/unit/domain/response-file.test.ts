import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { materialise, sampleRecipes } from '../../helpers/fuzz-inputs';
import { loadFuzzWorld } from '../../helpers/fuzz-harness';
import {
  aboutFromAnswers,
  createResponse,
  parseResponseFile,
  serializeResponse,
} from '../../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { makeBank } from '../../helpers/make-bank';

const bank = makeBank();

function envelope(overrides: Partial<ResponseEnvelope> = {}): ResponseEnvelope {
  return {
    ...createResponse(bank, () => 'resp-1', new Date('2025-03-01T10:00:00.000Z')),
    answers: {
      g1: 4,
      g2: 'dk',
      'type-funding': ['core', 'grant'],
      'accountability-mix': { results: 'learning' },
    },
    comments: { shape: 'We meet monthly.' },
    about: { 'partnership-name': 'Northtown Together', sector: 'local-authority' },
    ...overrides,
  };
}

const parse = (data: unknown) =>
  parseResponseFile(typeof data === 'string' ? data : JSON.stringify(data), bank);

describe('createResponse', () => {
  it('makes an empty envelope for the bank with the id and time given', () => {
    expect(createResponse(bank, () => 'abc', new Date('2025-01-02T03:04:05.000Z'))).toEqual({
      format: 'rally-response',
      formatVersion: 2,
      bankId: 'test-bank',
      bankVersion: '1.2.0',
      responseId: 'abc',
      createdAt: '2025-01-02T03:04:05.000Z',
      updatedAt: '2025-01-02T03:04:05.000Z',
      about: {},
      answers: {},
      comments: {},
      targets: {},
      actions: [],
    });
  });
});

describe('serializeResponse and parseResponseFile', () => {
  it('round-trips an envelope', () => {
    const original = envelope();
    const text = serializeResponse(original);
    expect(text.startsWith('{\n  "format": "rally-response",\n  "formatVersion": 2,')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    const parsed = parseResponseFile(text, bank);
    expect(parsed).toEqual({ ok: true, response: original, warnings: [] });
  });

  it('writes keys in a fixed order whatever order the envelope has', () => {
    const a = envelope();
    const b = Object.fromEntries(Object.entries(a).reverse()) as ResponseEnvelope;
    expect(serializeResponse(b)).toBe(serializeResponse(a));
  });

  it('refuses text that is not JSON', () => {
    expect(parse('{ not json')).toEqual({
      ok: false,
      message:
        'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
    });
  });

  it('refuses JSON that is not a Rally response file', () => {
    for (const data of [[], 'hello', null, { format: 'something-else' }, { answers: {} }]) {
      expect(parseResponseFile(JSON.stringify(data), bank)).toEqual({
        ok: false,
        message: 'The file is not a Rally response file.',
      });
    }
  });

  it('refuses a newer format version, saying it was made with a newer Rally, not that it is damaged', () => {
    // A newer Rally may change anything else in the file too: the version is read first.
    for (const newer of [
      { ...envelope(), formatVersion: 3 },
      { ...envelope(), formatVersion: 4, answers: 'kept elsewhere', createdAt: 5 },
    ]) {
      expect(parse(newer)).toEqual({
        ok: false,
        message:
          'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
      });
    }
  });

  it('refuses another bank, naming both banks and versions', () => {
    const r = parse({ ...envelope(), bankId: 'other-bank', bankVersion: '1.0.0' });
    expect(r).toEqual({
      ok: false,
      message:
        'The file holds answers to the question bank "other-bank" version 1.0.0, but this tool uses the question bank "test-bank" version 1.2.0.',
    });
  });

  it('refuses another major version of the same bank', () => {
    const r = parse({ ...envelope(), bankVersion: '2.0.0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"test-bank" version 2.0.0');
  });

  it('reads another minor version of the same bank, with a warning', () => {
    const r = parse({ ...envelope(), bankVersion: '1.0.3' });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings).toEqual([
        'The file was made with question bank "test-bank" version 1.0.3; this tool uses version 1.2.0.',
      ]);
  });

  it('refuses a damaged envelope, naming the part of the file in words', () => {
    expect(parse({ ...envelope(), createdAt: 'yesterday' })).toEqual({
      ok: false,
      message:
        'The response file is damaged or was changed by hand, so it cannot be read: the time it was started must be a date and time, like 2025-03-01T10:00:00Z.',
    });
    expect(parse({ ...envelope(), answers: { g1: null, 'no-such': [1] } })).toEqual({
      ok: false,
      message:
        'The response file is damaged or was changed by hand, so it cannot be read: the answer to ‘Statement g1.’ is not in a form Rally can read; the answer to the question “no-such” is not in a form Rally can read.',
    });
  });

  it('refuses too many answers and oversized text', () => {
    const many = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`item-${i}`, 1]));
    const r1 = parse({ ...envelope(), answers: many });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.message).toContain('holds more than the 500 answers a file can hold');
    const r2 = parse({ ...envelope(), comments: { shape: 'x'.repeat(10_001) } });
    expect(r2.ok).toBe(false);
    if (!r2.ok)
      expect(r2.message).toContain(
        'the comment on Section shape must be 10,000 characters or fewer',
      );
    const r3 = parse(' '.repeat(5_000_001));
    expect(r3).toEqual({
      ok: false,
      message: 'The file is too large to be a Rally response file.',
    });
  });

  it('drops answers to unknown items and invalid values, listing them', () => {
    const r = parse(
      envelope({
        answers: {
          g1: 4,
          g3: 7, // off the scale
          'no-such-item': 3,
          'gov-mode': 'sideways', // not an option
          'type-funding': 'core', // a multiple choice needs a list
          'accountability-mix': { results: 'both', 'no-such-row': 'learning' },
          'type-scope': 'dk',
          i1: 'na',
        },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.response.answers).toEqual({ g1: 4, 'type-scope': 'dk', i1: 'na' });
    expect(r.warnings).toEqual([
      '1 answer was left out because its question is not in this question bank: “no-such-item”.',
      '4 answers were left out because they are not valid answers to their questions: ‘Statement g3.’, ‘Question gov-mode?’, ‘Question type-funding?’ and 1 more.',
    ]);
  });

  it('drops comments for unknown sections, with a warning', () => {
    const r = parse(envelope({ comments: { shape: 'ok', 'old-section': 'gone' } }));
    expect(r.ok && r.response.comments).toEqual({ shape: 'ok' });
    expect(r.ok && r.warnings).toEqual([
      '1 comment was left out because its section is not in this question bank: “old-section”.',
    ]);
  });

  it('fills defaults for missing about and comments', () => {
    const { about: _about, comments: _comments, ...rest } = envelope();
    const r = parse(rest);
    expect(r.ok && r.response.about).toEqual({});
    expect(r.ok && r.response.comments).toEqual({});
  });

  it('never throws on hostile input and never changes what it is given', () => {
    const hostile = [
      '',
      '0',
      'true',
      '"rally-response"',
      '{"format":"rally-response","formatVersion":"1"}',
      '{"__proto__":{"format":"rally-response"}}',
    ];
    for (const text of hostile) expect(() => parseResponseFile(text, bank)).not.toThrow();
    const frozen = Object.freeze(envelope());
    expect(() => serializeResponse(frozen)).not.toThrow();
  });

  it('reads the agreement scale from the bank', () => {
    const zeroToSix = makeBank((raw) => {
      raw.bank.scale.points = [0, 1, 2, 3, 4, 5, 6].map((value) => ({
        value,
        label: `Point ${value}`,
      }));
    });
    const r = parseResponseFile(JSON.stringify(envelope({ answers: { g1: 6, g2: 0 } })), zeroToSix);
    expect(r.ok && r.response.answers).toEqual({ g1: 6, g2: 0 });
  });
});

describe('aboutFromAnswers', () => {
  it('takes about-you fields from the items that name them', () => {
    const withAbout = makeBank((raw) => {
      raw.sections.unshift({
        id: 'about',
        order: 0,
        title: 'About',
        summary: 'About you.',
        scored: false,
        pages: [
          {
            id: 'you',
            items: [
              {
                id: 'about-name',
                kind: 'text',
                text: 'Name?',
                source: 'Test.',
                size: 'short',
                field: 'partnership-name',
                required: false,
              },
              {
                id: 'about-sector',
                kind: 'select',
                text: 'Sector?',
                source: 'Test.',
                field: 'sector',
                options: [
                  { id: 'nhs', label: 'NHS' },
                  { id: 'vcs', label: 'VCS' },
                ],
              },
            ],
          },
        ],
      });
    });
    expect(
      aboutFromAnswers(withAbout, { 'about-name': 'Northtown', 'about-sector': 'nhs', g1: 3 }),
    ).toEqual({ 'partnership-name': 'Northtown', sector: 'nhs' });
    expect(aboutFromAnswers(withAbout, { 'about-name': '  ', 'about-sector': 'police' })).toEqual(
      {},
    );
  });
});

describe('parseResponseFile without worded warnings', () => {
  // The programme page reads 20,000 files and never shows their warnings: it asks for them
  // not to be worded. What is read, and whether a file is refused, must be the same.
  it('reads and refuses exactly as with them, over the fuzz corpus and valid files', async () => {
    const world = await loadFuzzWorld(path.resolve(__dirname, '../../..'));
    const texts = [
      ...world.fixtures.responses.map((r) => JSON.stringify(r)),
      ...world.fixtures.otherResponses.map((r) => JSON.stringify(r)),
      ...sampleRecipes(600, 3)
        .map((recipe) => materialise(recipe, world.fixtures))
        .filter((c) => c.target === 'response' || c.target === 'session')
        .map((c) => c.input as string),
    ];
    let read = 0;
    for (const text of texts) {
      const full = parseResponseFile(text, world.bank);
      const quiet = parseResponseFile(text, world.bank, { warnings: false });
      if (!full.ok || !quiet.ok) {
        expect(quiet).toEqual(full);
        continue;
      }
      read += 1;
      expect(quiet.response).toEqual(full.response);
      // Only the warnings about answers and comments left out are not worded.
      expect(full.warnings.slice(0, quiet.warnings.length)).toEqual(quiet.warnings);
    }
    expect(read).toBeGreaterThan(20);
  }, 60_000);
});
