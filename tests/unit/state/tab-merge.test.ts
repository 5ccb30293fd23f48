// @vitest-environment node
/** Three-way merges of two tabs' work, with examples worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
  mergeAssessment,
  mergeGroup,
  mergeLists,
  mergeRecords,
} from '../../../src/state/tab-merge';
import type { StoredAssessment } from '../../../src/state/stored-assessment';
import type { SessionFile } from '../../../src/domain/group/session';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';

describe('mergeRecords', () => {
  it('takes each change from the tab that made it, and the other tab’s on a clash', () => {
    const base = { a: 1, b: 2, c: 3, d: 4 };
    const mine = { a: 1, b: 20, c: 3, e: 5 }; // changed b, removed d, added e
    const theirs = { a: 10, b: 2, d: 4, f: 6 }; // changed a, removed c, added f
    expect(mergeRecords(base, mine, theirs)).toEqual({
      merged: { a: 10, b: 20, e: 5, f: 6 },
      clashes: 0,
    });
    expect(mergeRecords({ a: 1 }, { a: 2 }, { a: 3 })).toEqual({ merged: { a: 3 }, clashes: 1 });
    expect(mergeRecords({ a: 1 }, { a: 2 }, { a: 3 }, 'mine')).toEqual({
      merged: { a: 2 },
      clashes: 1,
    });
    expect(mergeRecords({}, { a: 2 }, { a: 2 })).toEqual({ merged: { a: 2 }, clashes: 0 });
  });

  it('keeps the other tab’s order, then this tab’s new items', () => {
    const id = (x: { id: string }) => x.id;
    const merged = mergeLists(
      [{ id: 'a' }, { id: 'b' }],
      [{ id: 'a' }, { id: 'b' }, { id: 'm' }],
      [{ id: 'b' }, { id: 'a' }, { id: 't' }],
      id,
    );
    expect(merged.merged.map(id)).toEqual(['b', 'a', 't', 'm']);
  });
});

const assessment = (over: Partial<StoredAssessment>): StoredAssessment => ({
  bankId: 'rally-core',
  bankVersion: '1.0.0',
  responseId: 'r-1',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  answers: {},
  comments: {},
  targets: {},
  actions: [],
  position: null,
  finished: [],
  ...over,
});

describe('mergeAssessment', () => {
  it('keeps this tab’s unsaved answers and takes in the other tab’s', () => {
    const base = assessment({ answers: { q1: 1, q2: 2 } });
    const mine = assessment({
      answers: { q1: 1, q2: 5, q3: 3 },
      updatedAt: '2026-03-01T09:05:00.000Z',
      finished: ['culture'],
    });
    const theirs = assessment({
      answers: { q1: 4, q2: 2 },
      comments: { culture: 'Said there.' },
      updatedAt: '2026-03-01T09:10:00.000Z',
    });
    expect(mergeAssessment(base, mine, theirs)).toEqual(
      assessment({
        answers: { q1: 4, q2: 5, q3: 3 },
        comments: { culture: 'Said there.' },
        updatedAt: '2026-03-01T09:10:00.000Z',
        finished: ['culture'],
      }),
    );
  });
});

const response = (id: string, g1: number): ResponseEnvelope => ({
  format: 'rally-response',
  formatVersion: 2,
  bankId: 'rally-core',
  bankVersion: '1.0.0',
  responseId: id,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
  about: {},
  answers: { g1 },
  comments: {},
  targets: {},
  actions: [],
});

const session = (id: string, responses: ResponseEnvelope[]): SessionFile => ({
  format: 'rally-session',
  formatVersion: 2,
  bankId: 'rally-core',
  bankVersion: '1.0.0',
  session: { id, partnershipName: 'Northborough', date: '2026-03-01' },
  responses,
  consensus: [],
  actions: [],
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
});

const group = (s: SessionFile | null, handedIn: ResponseEnvelope[] = []) => ({
  session: s,
  handedIn,
  joined: null,
});

describe('mergeGroup', () => {
  it('merges the same session response by response', () => {
    const base = group(session('s', [response('a', 1)]));
    const mine = group(session('s', [response('a', 1), response('m', 2)]));
    const theirs = group(session('s', [response('t', 3)]), [response('h', 4)]); // removed a
    const { merged, setAside } = mergeGroup(base, mine, theirs);
    expect(merged.session?.responses.map((r) => r.responseId)).toEqual(['t', 'm']);
    expect(merged.handedIn.map((r) => r.responseId)).toEqual(['h']);
    expect(setAside).toBeNull();
  });

  it('keeps this tab’s response when both added the same id with other answers, and sets theirs aside', () => {
    const base = group(session('s', []));
    const mine = group(session('s', [response('x', 1)]));
    const theirs = group(session('s', [response('x', 5)]));
    const { merged, setAside } = mergeGroup(base, mine, theirs);
    expect(merged.session?.responses).toEqual([response('x', 1)]);
    expect(setAside?.responses).toEqual([response('x', 5)]);
  });

  it('with two different sessions both changed, keeps this tab’s and sets the other aside', () => {
    const base = group(session('old', []));
    const mine = group(session('mine', [response('a', 1)]));
    const theirs = group(session('theirs', [response('b', 2)]));
    const { merged, setAside } = mergeGroup(base, mine, theirs);
    expect(merged.session?.session.id).toBe('mine');
    expect(setAside?.session.id).toBe('theirs');
    // Only one tab changed it: that tab's session, with nothing set aside.
    expect(mergeGroup(base, base, theirs)).toEqual({ merged: theirs, setAside: null });
    expect(mergeGroup(base, mine, base)).toEqual({ merged: mine, setAside: null });
  });
});
