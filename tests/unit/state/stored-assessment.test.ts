import { describe, expect, it } from 'vitest';
import { readStoredAssessment, STORE_VERSION } from '../../../src/state/stored-assessment';

const valid = {
  bankId: 'rally-core',
  bankVersion: '1.0.0',
  responseId: 'abc',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:05:00.000Z',
  answers: { 'culture-share-risk': 4, 'gov-mode': 'shared' },
  comments: { culture: 'ok' },
  position: { sectionId: 'culture', pageId: 'culture-freedom' },
  finished: ['about'],
};

describe('readStoredAssessment', () => {
  it('reads the current version as it was saved', () => {
    const r = readStoredAssessment(JSON.stringify({ state: valid, version: STORE_VERSION }));
    expect(r).toEqual({ ok: true, state: valid, migratedFrom: null });
  });

  it('migrates version 1 (no comments, position as one string) without losing answers', () => {
    const v1 = { ...valid, position: 'culture/culture-freedom' } as Record<string, unknown>;
    delete v1.comments;
    delete v1.finished;
    const r = readStoredAssessment(JSON.stringify({ state: v1, version: 1 }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.state.answers).toEqual(valid.answers);
    expect(r.state.position).toEqual({ sectionId: 'culture', pageId: 'culture-freedom' });
    expect(r.state.comments).toEqual({});
  });

  it('refuses damaged JSON with a reason', () => {
    const r = readStoredAssessment('{"state": {"answ');
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('damaged') });
  });

  it('refuses a newer storage version so it is kept, not overwritten', () => {
    const r = readStoredAssessment(JSON.stringify({ state: valid, version: STORE_VERSION + 1 }));
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('newer version') });
  });

  it('refuses data of the wrong shape and names the field', () => {
    const r = readStoredAssessment(
      JSON.stringify({
        state: { ...valid, answers: { x: { deep: { er: 1 } } } },
        version: STORE_VERSION,
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toBe(
        'The saved answers could not be used: an answer is damaged or was changed outside Rally.',
      );
  });

  it('refuses an older version it has no migration for', () => {
    const r = readStoredAssessment(JSON.stringify({ state: valid, version: 0 }));
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('cannot upgrade') });
  });
});
