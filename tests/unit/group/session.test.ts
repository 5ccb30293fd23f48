// @vitest-environment node
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeResponseCode, decodeResponseCode } from '../../../src/domain/response/response-code';
import { parseResponseFile, serializeResponse } from '../../../src/domain/response/response-file';
import {
  MAX_SESSION_RESPONSES,
  compareThenNow,
  createSession,
  mergeResponses,
  parseSessionFile,
  removeResponse,
  serializeSession,
} from '../../../src/domain/group/session';
import type { IncomingResponse, SessionFile } from '../../../src/domain/group/session';
import { answersArb, makeGroupBank, respond } from './group-helpers';
import { materialise, sampleRecipes } from '../../helpers/fuzz-inputs';
import { loadFuzzWorld } from '../../helpers/fuzz-harness';
import { i18n } from '../../../src/i18n';
import type { Message } from '../../../src/domain/group/message';

/** A merge message in English, whether a descriptor or (from the file readers) a string. */
const said = (m: string | Message) => (typeof m === 'string' ? m : i18n._(m));

const bank = makeGroupBank();
const NOW = new Date('2025-03-01T12:00:00.000Z');
const details = {
  id: 'sess-1',
  partnershipName: 'Northtown Together',
  date: '2025-03-01',
  label: 'Spring workshop',
};

function session(extra: Partial<SessionFile> = {}): SessionFile {
  return {
    ...createSession(bank, details, NOW),
    responses: [
      respond(
        bank,
        'r1',
        {
          g1: 4,
          g2: 'dk',
          'type-funding': ['core', 'grant'],
          'accountability-mix': { results: 'learning' },
          'reflect-working': 'Trust.',
        },
        { comments: { shape: 'We meet monthly.' } },
      ),
      respond(bank, 'r2', { g1: 2, sector: 'nhs-health' }, { about: { sector: 'nhs-health' } }),
    ],
    consensus: [
      {
        dimensionId: 'governance',
        agreedScore: 50,
        rationale: 'Slow decisions.',
        targetScore: 70,
      },
    ],
    actions: [
      {
        id: 'r1-a1',
        what: 'Write it down',
        dimensionId: 'governance',
        lead: 'Chair',
        dueNote: 'June',
        status: 'not-started',
        measure: '',
      },
    ],
    ...extra,
  };
}

const parse = (data: unknown) =>
  parseSessionFile(typeof data === 'string' ? data : JSON.stringify(data), bank);
const raw = () => JSON.parse(serializeSession(session()));

describe('serializeSession and parseSessionFile', () => {
  it('round-trips a whole session', () => {
    const file = session();
    expect(parse(serializeSession(file))).toEqual({
      ok: true,
      session: file,
      warnings: [],
      unreadable: [],
    });
  });

  it('round-trips any answers the bank allows', () => {
    fc.assert(
      fc.property(fc.array(answersArb(bank), { maxLength: 6 }), (all) => {
        const file = session({
          responses: all.map((answers, i) => respond(bank, `r${i}`, answers)),
        });
        expect(parse(serializeSession(file))).toEqual({
          ok: true,
          session: file,
          warnings: [],
          unreadable: [],
        });
      }),
      { numRuns: 50 },
    );
  });

  it('writes keys in a fixed order and ends with a newline', () => {
    const text = serializeSession(session());
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'formatVersion',
      'bankId',
      'bankVersion',
      'session',
      'responses',
      'consensus',
      'actions',
      'createdAt',
      'updatedAt',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('parseSessionFile refuses bad files with clear messages', () => {
  it.each([
    [
      'not JSON',
      '{"format":',
      'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
    ],
    ['not a session', { format: 'something' }, 'The file is not a Rally session file.'],
    [
      'a response file',
      { format: 'rally-response' },
      'The file is a Rally response file, not a session file. Add it to a session on the Add responses page instead.',
    ],
  ])('%s', (_what, data, message) => {
    expect(parse(data)).toEqual({ ok: false, message });
  });

  it('a newer format version, said as such and not as damage', () => {
    expect(parse({ ...raw(), formatVersion: 3, responses: 'elsewhere' })).toEqual({
      ok: false,
      message:
        'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
    });
  });

  it('another bank, or another major version of this one', () => {
    expect(parse({ ...raw(), bankId: 'other-bank' })).toEqual({
      ok: false,
      message:
        'The session uses the question bank "other-bank" version 1.2.0, but this tool uses the question bank "test-bank" version 1.2.0.',
    });
    expect(parse({ ...raw(), bankVersion: '2.0.0' }).ok).toBe(false);
  });

  it('reads another minor version with a warning', () => {
    const data = raw();
    data.bankVersion = '1.1.0';
    const result = parse(data);
    expect(result.ok && result.warnings).toEqual([
      'The session was made with question bank "test-bank" version 1.1.0; this tool uses version 1.2.0.',
    ]);
  });

  it('more than 500 responses', () => {
    const data = raw();
    data.responses = Array.from({ length: MAX_SESSION_RESPONSES + 1 }, (_, i) => ({
      ...data.responses[0],
      responseId: `r${i}`,
    }));
    const result = parse(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toBe(
        'The session file is damaged or was changed by hand, so it cannot be read: the list of responses holds more than the 500 responses a session can hold.',
      );
  });

  it('a damaged response inside is left out and listed with the reason; the rest opens', () => {
    const data = raw();
    data.responses[1].bankId = 'other-bank';
    data.responses.push(42);
    const result = parse(data);
    if (!result.ok) throw new Error(result.message);
    expect(result.session.responses.map((r) => r.responseId)).toEqual(['r1']);
    expect(result.session.consensus).toHaveLength(1);
    expect(result.unreadable.map((u) => u.what)).toEqual(['Response 2', 'Response 3']);
    expect(result.unreadable[0]!.message).toMatch(
      /^The file holds answers to the question bank "other-bank"/,
    );
    expect(JSON.parse(result.unreadable[0]!.text)).toEqual(data.responses[1]);
    expect(result.unreadable[1]!.text).toBe('42');
  });

  it('a damaged consensus record is left out and listed; the responses open', () => {
    const data = raw();
    data.consensus.push({ dimensionId: 'culture', agreedScore: 900 });
    const result = parse(data);
    if (!result.ok) throw new Error(result.message);
    expect(result.session.responses).toHaveLength(2);
    expect(result.session.consensus.map((c) => c.dimensionId)).toEqual(['governance']);
    expect(result.unreadable.map((u) => u.what)).toEqual(['Agreed record 2']);
  });

  it('a response repeated with different answers keeps the first and lists the other', () => {
    const data = raw();
    data.responses.push({ ...data.responses[1], answers: { g1: 5 } });
    const result = parse(data);
    if (!result.ok) throw new Error(result.message);
    expect(result.session.responses.map((r) => r.responseId)).toEqual(['r1', 'r2']);
    expect(result.session.responses[1]!.answers).toEqual({ g1: 2, sector: 'nhs-health' });
    expect(result.unreadable).toEqual([
      {
        what: 'Response 3',
        message:
          'An earlier response in the file has the same id but different answers. The earlier one was kept.',
        text: JSON.stringify(data.responses[2]),
      },
    ]);
  });

  it('keeps fields this version does not know, and writes them back', () => {
    const data = raw();
    data.room = { name: 'Hall 2', seats: 40 };
    data.responses[0].device = 'tablet 3';
    data.consensus[0].agreedBy = 'show of hands';
    const result = parse(data);
    if (!result.ok) throw new Error(result.message);
    const again = JSON.parse(serializeSession(result.session));
    expect(again.room).toEqual({ name: 'Hall 2', seats: 40 });
    expect(again.responses[0].device).toBe('tablet 3');
    expect(again.consensus[0].agreedBy).toBe('show of hands');
    expect(Object.keys(again).slice(-1)).toEqual(['room']);
    expect(parse(serializeSession(result.session))).toEqual(result);
  });

  it('lists, instead of keeping, an unknown field nested too deeply to save', () => {
    const data = raw();
    data.room = 'Hall 2';
    data.deep = JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`);
    data.responses[0].deeper = JSON.parse(`${'{"a":'.repeat(100)}1${'}'.repeat(100)}`);
    const result = parse(data);
    if (!result.ok) throw new Error(result.message);
    expect(result.unreadable.map((u) => [u.what, u.message])).toEqual([
      ['Response 1, field "deeper"', 'It is nested too deeply to keep.'],
      ['The session, field "deep"', 'It is nested too deeply to keep.'],
    ]);
    const again = JSON.parse(serializeSession(result.session));
    expect(again.room).toBe('Hall 2');
    expect(again).not.toHaveProperty('deep');
    expect(again.responses[0]).not.toHaveProperty('deeper');
  });

  it('never lets a field named __proto__ change an object', () => {
    const text = serializeSession(session()).replace(
      '"format": "rally-session",',
      '"format": "rally-session", "__proto__": { "polluted": true },',
    );
    const result = parseSessionFile(text, bank);
    if (!result.ok) throw new Error(result.message);
    expect(Object.getPrototypeOf(result.session)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a partnership name over 80 characters', () => {
    const data = raw();
    data.session.partnershipName = 'x'.repeat(81);
    const result = parse(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toContain(
        'cannot be read: the partnership name must be 80 characters or fewer.',
      );
  });

  it('a file too large to read', () => {
    expect(parseSessionFile(' '.repeat(30_000_001), bank)).toEqual({
      ok: false,
      message: 'The file is too large to be a Rally session file.',
    });
  });

  it('drops answers the bank cannot use, a repeated response and a repeated record, with warnings', () => {
    const data = raw();
    data.responses[0].answers.zz = 3;
    data.responses.push({ ...data.responses[1] });
    data.consensus.push({ dimensionId: 'governance', agreedScore: 90 });
    const result = parse(data);
    if (!result.ok) throw new Error(result.message);
    expect(result.session.responses.map((r) => r.responseId)).toEqual(['r1', 'r2']);
    expect(result.session.responses[0]!.answers).not.toHaveProperty('zz');
    expect(result.session.consensus).toHaveLength(1);
    expect(result.warnings).toEqual([
      'Response 1: 1 answer was left out because its question is not in this question bank: “zz”.',
      '1 response appears more than once in the session; each was kept once.',
      'The session holds two agreed records for Governance; the first was kept.',
    ]);
  });
});

describe('mergeResponses', () => {
  const file = (id: string, answers = {}) =>
    parseResponseFile(serializeResponse(respond(bank, id, answers)), bank);

  it('keeps new responses, reports duplicates and unreadable inputs, and changes nothing it was given', () => {
    const existing = [respond(bank, 'a', { g1: 1 }), respond(bank, 'b', { g1: 2 })];
    const frozen = JSON.stringify(existing);
    const code = encodeResponseCode(bank, respond(bank, 'c-person', { g1: 5 }));
    const incoming: IncomingResponse[] = [
      { source: 'b.json', result: file('b', { g1: 2 }) },
      { source: 'b changed.json', result: file('b', { g1: 4 }) },
      { source: 'c.json', result: file('c', { g1: 3 }) },
      { source: 'c copy.json', result: file('c', { g1: 3 }) },
      { source: 'broken.json', result: parseResponseFile('{', bank) },
      { source: 'Pasted code 1', result: decodeResponseCode(bank, code, NOW) },
      { source: 'Pasted code 2', result: decodeResponseCode(bank, code.toLowerCase(), NOW) },
      { source: 'Pasted code 3', result: decodeResponseCode(bank, 'not a code', NOW) },
    ];
    const result = mergeResponses(existing, incoming);
    const codeId = result.responses[3]!.responseId;
    expect(result.responses.map((r) => r.responseId)).toEqual(['a', 'b', 'c', codeId]);
    expect(codeId).toMatch(/^code-/);
    expect(result.added).toEqual([
      { source: 'c.json', responseId: 'c' },
      { source: 'Pasted code 1', responseId: codeId },
    ]);
    expect(result.duplicates).toEqual([
      { source: 'b.json', responseId: 'b' },
      { source: 'c copy.json', responseId: 'c' },
      { source: 'Pasted code 2', responseId: codeId },
    ]);
    expect(result.rejected.map((r) => r.source)).toEqual([
      'b changed.json',
      'broken.json',
      'Pasted code 3',
    ]);
    expect(said(result.rejected[0]!.message)).toBe(
      'A response from the same person, with different answers, is already in the session. To use this one instead, remove that respondent, then add this again.',
    );
    expect(said(result.rejected[1]!.message)).toBe(
      'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
    );
    expect(JSON.stringify(existing)).toBe(frozen);
  });

  it('passes on warnings from the files it keeps', () => {
    const text = serializeResponse(respond(bank, 'w', { g1: 4, zz: 1 }));
    const result = mergeResponses(
      [],
      [{ source: 'w.json', result: parseResponseFile(text, bank) }],
    );
    expect(result.warnings).toEqual([
      {
        source: 'w.json',
        message: '1 answer was left out because its question is not in this question bank: “zz”.',
      },
    ]);
  });

  it('stops at 500 responses', () => {
    const existing = Array.from({ length: MAX_SESSION_RESPONSES - 1 }, (_, i) =>
      respond(bank, `r${i}`, {}),
    );
    const result = mergeResponses(existing, [
      { source: 'last.json', result: file('last') },
      { source: 'over.json', result: file('over') },
    ]);
    expect(result.responses).toHaveLength(MAX_SESSION_RESPONSES);
    expect(result.rejected.map((r) => ({ ...r, message: said(r.message) }))).toEqual([
      {
        source: 'over.json',
        message: 'The session already holds 500 responses, the most it can hold.',
      },
    ]);
  });

  it('removeResponse takes one respondent out', () => {
    const list = [respond(bank, 'a', {}), respond(bank, 'b', {})];
    expect(removeResponse(list, 'a').map((r) => r.responseId)).toEqual(['b']);
    expect(list).toHaveLength(2);
  });
});

describe('compareThenNow', () => {
  it('gives one person their own scores then and now, and the change', () => {
    // Then: governance all 3 -> 50; now all 4 -> 75. Leadership: not enough answers either time.
    const result = compareThenNow(
      bank,
      [{ answers: { g1: 3, g2: 3, g3: 3 } }],
      [{ answers: { g1: 4, g2: 4, g3: 4, l1: 5 } }],
    );
    expect(result.dimensions[0]).toEqual({
      dimensionId: 'governance',
      name: 'Governance',
      then: { n: 1, medianScore: 50 },
      now: { n: 1, medianScore: 75 },
      change: 25,
    });
    expect(result.dimensions[1]).toMatchObject({ dimensionId: 'leadership', change: null });
    expect([result.thenRespondents, result.nowRespondents]).toEqual([1, 1]);
  });

  it('compares group medians, and a fall is negative', () => {
    // Then: governance 100, 75, 50 -> median 75. Now: 50, 25, 0, 75 -> median (25 + 50) / 2 = 37.5.
    const g = (v: number) => ({ answers: { g1: v, g2: v, g3: v } });
    const result = compareThenNow(bank, [g(5), g(4), g(3)], [g(3), g(2), g(1), g(4)]);
    expect(result.dimensions[0]).toMatchObject({
      then: { n: 3, medianScore: 75 },
      now: { n: 4, medianScore: 37.5 },
      change: -37.5,
    });
  });
});

describe('parseSessionFile without worded warnings', () => {
  // The programme page reads hundreds of sessions and never shows their warnings: it asks for
  // them not to be worded. What is read, what is unreadable, and whether a file is refused must
  // be the same either way.
  function same(text: string, against: Parameters<typeof parseSessionFile>[1]) {
    const full = parseSessionFile(text, against);
    const quiet = parseSessionFile(text, against, { warnings: false });
    if (!full.ok || !quiet.ok) {
      expect(quiet).toEqual(full);
      return false;
    }
    expect(quiet.session).toEqual(full.session);
    expect(quiet.unreadable).toEqual(full.unreadable);
    // Every warning still worded is one the full reading gives.
    for (const w of quiet.warnings) expect(full.warnings).toContain(w);
    return true;
  }

  it('reads and refuses exactly as with them, over the fuzz corpus', async () => {
    const world = await loadFuzzWorld(path.resolve(__dirname, '../../..'));
    const texts = sampleRecipes(600, 5)
      .map((recipe) => materialise(recipe, world.fixtures))
      .filter((c) => c.target === 'session' || c.target === 'response')
      .map((c) => c.input as string);
    let read = 0;
    for (const text of texts) if (same(text, world.bank)) read += 1;
    expect(read).toBeGreaterThan(5);
  }, 60_000);

  it('reads sessions with answers left out, repeated and broken responses the same', () => {
    const bank = makeGroupBank();
    const responseArb = fc
      .tuple(fc.constantFrom('r1', 'r2', 'r3'), answersArb(bank), fc.nat(4))
      .map(([id, answers, twist]) => {
        const r: Record<string, unknown> = { ...respond(bank, id, answers) };
        if (twist === 1) r.answers = { ...(r.answers as object), 'no-such-item': 3 };
        if (twist === 2) r.comments = { 'no-such-section': 'A comment' };
        if (twist === 3) r.responseId = '';
        return r;
      });
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 8 }), (responses) => {
        const session = {
          ...createSession(bank, { id: 's1', partnershipName: 'Leeds', date: '2025-03-01' }, NOW),
          responses,
        };
        expect(same(JSON.stringify(session), bank)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });
});
