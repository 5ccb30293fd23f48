/**
 * Passing one device round: the passcode rules, the salted hash, the hand-in rule and the
 * session file kept when the passcode is forgotten.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  forSafeKeeping,
  hashPasscode,
  hasSomethingToHandIn,
  makeLock,
  passcodeOpens,
  passcodeProblems,
} from '../../../src/domain/group/device-lock';
import {
  createSession,
  parseSessionFile,
  serializeSession,
} from '../../../src/domain/group/session';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { builtInBank } from '../../helpers/stores';
import { i18n } from '../../../src/i18n';

const bank = builtInBank();
const DETAILS = { id: 's-1', partnershipName: 'Mid Wessex', date: '2026-11-26' };
const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

describe('passcode rules', () => {
  it('asks for at least 4 characters, typed the same twice, in plain words', () => {
    const said = (problems: ReturnType<typeof passcodeProblems>) =>
      problems.map((p) => ({ field: p.field, message: i18n._(p.message) }));
    expect(said(passcodeProblems('', ''))).toEqual([
      { field: 'passcode', message: 'Enter a passcode of at least 4 characters' },
      { field: 'again', message: 'Enter the passcode again' },
    ]);
    expect(said(passcodeProblems('abcd', 'abce'))).toEqual([
      { field: 'again', message: 'The passcodes do not match: enter the same one again' },
    ]);
    expect(said(passcodeProblems('x'.repeat(41), 'x'.repeat(41)))[0]!.message).toBe(
      'The passcode must be 40 characters or fewer',
    );
    expect(passcodeProblems(' 2468 ', '2468')).toEqual([]);
  });
});

describe('the salted hash', () => {
  it('opens with the passcode only, ignoring spaces at the ends', () => {
    const lock = makeLock('kingfisher', DETAILS, 'salt-0123456789', new Date('2026-11-26'));
    expect(passcodeOpens(lock, 'kingfisher')).toBe(true);
    expect(passcodeOpens(lock, ' kingfisher ')).toBe(true);
    expect(passcodeOpens(lock, 'Kingfisher')).toBe(false);
    expect(passcodeOpens(lock, '')).toBe(false);
    expect(JSON.stringify(lock)).not.toContain('kingfisher');
  });

  it('differs with the salt, so equal passcodes on two devices do not look equal', () => {
    expect(hashPasscode('1234', 'salt-aaaaaaaa')).not.toBe(hashPasscode('1234', 'salt-bbbbbbbb'));
    expect(hashPasscode('1234', 'salt-aaaaaaaa')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('no other passcode opens a lock (generated pairs)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 4, maxLength: 12 }),
        fc.string({ minLength: 4, maxLength: 12 }),
        (a, b) => {
          fc.pre(a.trim() !== b.trim());
          const lock = makeLock(a, DETAILS, 'salt-0123456789', new Date('2026-11-26'));
          expect(passcodeOpens(lock, a)).toBe(true);
          expect(passcodeOpens(lock, b)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('what can be handed in', () => {
  const empty = { ...fixture('council-clear', 'x'), answers: {}, comments: {} };
  it('refuses a response with no answer and no comment, and accepts one answer or one comment', () => {
    expect(hasSomethingToHandIn(bank, empty)).toBe(false);
    expect(hasSomethingToHandIn(bank, { ...empty, comments: { culture: '   ' } })).toBe(false);
    expect(hasSomethingToHandIn(bank, { ...empty, answers: { 'reflect-next': '  ' } })).toBe(false);
    expect(hasSomethingToHandIn(bank, { ...empty, answers: { 'gov-agreed-purpose': 'dk' } })).toBe(
      true,
    );
    expect(hasSomethingToHandIn(bank, { ...empty, comments: { culture: 'A note' } })).toBe(true);
  });
});

describe('the session file kept when the passcode is forgotten', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('holds the session’s responses and every hand-in once, and opens as a session file', () => {
    const session = {
      ...createSession(bank, DETAILS, new Date('2026-11-26T09:00:00Z')),
      responses: [fixture('council-clear', 'a')],
    };
    const kept = forSafeKeeping(
      bank,
      session,
      [
        fixture('connector-zone', 'b'),
        fixture('council-clear', 'a'),
        fixture('connector-zone', 'b'),
      ],
      DETAILS,
      now,
    );
    expect(kept.responses.map((r) => r.responseId)).toEqual(['a', 'b']);
    const read = parseSessionFile(serializeSession(kept), bank);
    expect(read.ok && read.session.responses.map((r) => r.responseId)).toEqual(['a', 'b']);
  });

  it('makes a session for the details when the device holds none', () => {
    const kept = forSafeKeeping(bank, null, [fixture('market-alliance', 'c')], DETAILS, now);
    expect(kept.session).toEqual(DETAILS);
    expect(kept.responses.map((r) => r.responseId)).toEqual(['c']);
  });
});
