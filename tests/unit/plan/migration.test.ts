// @vitest-environment node
/**
 * Files and saved data from before targets and the action plan (format version 1, storage
 * version 2 for the assessment and 1 for the group) open in this version with nothing lost.
 * Golden fixtures in tests/fixtures/version-1 were converted by hand from the rules in
 * docs/response-format.md and docs/group-sessions.md; properties cover any valid old file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { DIMENSION_IDS } from '../../../src/domain/bank/bank-schema';
import {
  parseSessionFile,
  serializeSession,
  type SessionFile,
} from '../../../src/domain/group/session';
import { parseResponseFile, serializeResponse } from '../../../src/domain/response/response-file';
import { readStoredAssessment, STORE_VERSION } from '../../../src/state/stored-assessment';
import { readStoredGroup } from '../../../src/state/group-store';
import { loadRealBank } from '../../bank/real-bank';
import { answersArb, makeGroupBank, respond } from '../group/group-helpers';

const read = (name: string) => readFileSync(`tests/fixtures/version-1/${name}`, 'utf8');
const json = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;

let real: Bank;
beforeAll(async () => {
  real = await loadRealBank();
});

describe('golden fixtures: version 1 files become version 2', () => {
  it('a response file gains empty targets and actions, and nothing else changes', () => {
    const parsed = parseResponseFile(read('council-clear.response.json'), real);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.warnings).toEqual([]);
    expect(JSON.parse(serializeResponse(parsed.response))).toEqual(
      json('council-clear.response.expected.json'),
    );
  });

  it('a session file moves each area’s actions into the plan, in order, with dates read', () => {
    const parsed = parseSessionFile(read('session.json'), real);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    const written = serializeSession(parsed.session);
    expect(JSON.parse(written)).toEqual(json('session.expected.json'));
    // Read again as version 2, it is the same session.
    const again = parseSessionFile(written, real);
    expect(again.ok && again.session).toEqual(parsed.session);
  });

  it('a version 1 record whose actions cannot be read is listed with its text, as before', () => {
    const data = json('session.json');
    const consensus = data.consensus as Record<string, unknown>[];
    consensus[1] = { ...consensus[1], actions: [{ what: '' }] };
    const parsed = parseSessionFile(JSON.stringify(data), real);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.session.consensus.map((c) => c.dimensionId)).toEqual(['governance', 'culture']);
    expect(parsed.session.actions.map((a) => a.id)).toEqual(['r1-a1', 'r1-a2']);
    expect(parsed.unreadable.map((u) => u.what)).toEqual(['Agreed record 2']);
    expect(JSON.parse(parsed.unreadable[0]!.text)).toEqual(consensus[1]);
  });

  it('a file from a newer version is refused with the plain message', () => {
    for (const [name, parse] of [
      ['session.json', (t: string) => parseSessionFile(t, real)],
      ['council-clear.response.json', (t: string) => parseResponseFile(t, real)],
    ] as const) {
      const text = JSON.stringify({ ...json(name), formatVersion: 3 });
      expect(parse(text)).toEqual({
        ok: false,
        message:
          'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
      });
    }
  });
});

describe('any valid version 1 file', () => {
  const bank = makeGroupBank();
  const text = fc.string({ maxLength: 30 });
  const v1Action = fc.record({
    what: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
    who: text,
    byWhen: fc.oneof(
      text,
      fc.constantFrom('2027-03-31', '31/3/2027', '1.12.2026', '2027-02-30', 'June'),
    ),
  });
  const v1Record = fc.record({
    dimensionId: fc.constantFrom(...DIMENSION_IDS),
    agreedScore: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    rationale: text,
    actions: fc.array(v1Action, { maxLength: 4 }),
  });
  /** A version 1 response file's data: today's minus targets and actions. */
  const v1Response = (id: string, answers: Record<string, unknown>) => {
    const {
      targets: _t,
      actions: _a,
      ...rest
    } = JSON.parse(serializeResponse(respond(bank, id, answers as never))) as Record<
      string,
      unknown
    >;
    return { ...rest, formatVersion: 1 };
  };
  const v1Session = fc
    .tuple(
      fc.array(answersArb(bank), { maxLength: 4 }),
      fc.uniqueArray(v1Record, { selector: (r) => r.dimensionId, maxLength: 6 }),
    )
    .map(([answers, consensus]) => ({
      format: 'rally-session',
      formatVersion: 1,
      bankId: bank.id,
      bankVersion: bank.version,
      session: { id: 'old-session', partnershipName: 'Old partnership', date: '2025-03-01' },
      responses: answers.map((a, i) => v1Response(`r${i}`, a)),
      consensus,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T11:00:00.000Z',
    }));

  it('migrates, is written, and reads back as the same session, every action kept', () => {
    fc.assert(
      fc.property(v1Session, (old) => {
        const first = parseSessionFile(JSON.stringify(old), bank);
        if (!first.ok) throw new Error(first.message);
        expect(first.unreadable).toEqual([]);
        const session: SessionFile = first.session;
        expect(session.formatVersion).toBe(2);
        expect(session.responses.every((r) => r.formatVersion === 2)).toBe(true);
        // Every old action is in the plan, in record order, with its words.
        const oldActions = old.consensus.flatMap((r) =>
          r.actions.map((a) => [r.dimensionId, a.what.trim(), a.who.trim()]),
        );
        expect(session.actions.map((a) => [a.dimensionId, a.what, a.lead])).toEqual(oldActions);
        // "By when" is a due date, or kept word for word.
        old.consensus
          .flatMap((r) => r.actions)
          .forEach((a, i) => {
            const got = session.actions[i]!;
            const when = a.byWhen.trim();
            if (got.due === undefined) expect(got.dueNote ?? '').toBe(when);
            else expect(got.dueNote).toBeUndefined();
          });
        const again = parseSessionFile(serializeSession(session), bank);
        expect(again).toEqual({ ok: true, session, warnings: [], unreadable: [] });
      }),
      { numRuns: 60 },
    );
  });

  it('a version 1 response migrates, is written, and reads back the same', () => {
    fc.assert(
      fc.property(answersArb(bank), (answers) => {
        const first = parseResponseFile(JSON.stringify(v1Response('p1', answers)), bank);
        if (!first.ok) throw new Error(first.message);
        expect(first.response).toMatchObject({ formatVersion: 2, targets: {}, actions: [] });
        expect(parseResponseFile(serializeResponse(first.response), bank)).toEqual(first);
      }),
      { numRuns: 60 },
    );
  });
});

describe('saved data of the old shape is still read', () => {
  const assessment = {
    bankId: 'rally-core',
    bankVersion: '1.0.0',
    responseId: 'abc',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:05:00.000Z',
    answers: { 'culture-share-risk': 4 },
    comments: { culture: 'ok' },
    position: null,
    finished: ['about'],
  };

  it('the assessment of storage version 2 gains empty targets and actions', () => {
    expect(STORE_VERSION).toBe(3);
    const r = readStoredAssessment(JSON.stringify({ state: assessment, version: 2 }));
    expect(r).toEqual({
      ok: true,
      state: { ...assessment, targets: {}, actions: [] },
      migratedFrom: 2,
    });
  });

  it('the group of storage version 1 holds the session as version 2, its actions in the plan', () => {
    const session = json('session.json');
    const handedIn = (session.responses as unknown[])[0];
    const r = readStoredGroup(
      JSON.stringify({ state: { session, joined: null, handedIn: [handedIn] }, version: 1 }),
    );
    if (!r.ok) throw new Error(r.reason);
    const expected = json('session.expected.json');
    expect(r.state.session).toEqual(expected);
    expect(r.state.handedIn).toEqual([(expected.responses as unknown[])[0]]);
  });
});
