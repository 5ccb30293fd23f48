// @vitest-environment node
/**
 * Participants' answer files: every file of a session used to be called
 * rally-answers-<date>.json, so a facilitator could not tell ten of them apart. Names now carry
 * the session and a short part of the response's random id, and nothing about the person.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME, participantFileName } from '../../../src/export/file-name';

describe('participantFileName', () => {
  it('names the session, a short random part and the date', () => {
    expect(
      participantFileName('Mid Wessex', '2026-11-26', '3f1c2a9b-1d2e-4f00-8000-0123456789ab'),
    ).toBe('rally-answers-mid-wessex-3f1c2a-2026-11-26.json');
    expect(participantFileName(null, '2026-11-26', 'AB-12cd_ef')).toBe(
      'rally-answers-ab12cd-2026-11-26.json',
    );
    expect(participantFileName('Gŵyl Ŷd', 'not a date', '0')).toBe('rally-answers-gwyl-yd-0.json');
  });

  it('gives two responses of one session different names, and one response the same name each time', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (a, b) => {
        fc.pre(a.replace(/-/g, '').slice(0, 6) !== b.replace(/-/g, '').slice(0, 6));
        const name = (id: string) => participantFileName('Board away day', '2026-11-26', id);
        expect(name(a)).not.toBe(name(b));
        expect(name(a)).toBe(name(a));
      }),
    );
  });

  it('keeps the short part and the date however long the session name, within the length limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uuid(), (session, id) => {
        const name = participantFileName(session, '2026-11-26', id);
        expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
        expect(name).toMatch(/^rally-answers(-[a-z0-9-]+)?-[a-z0-9]{6}-2026-11-26\.json$/);
        expect(name).toContain(`-${id.replace(/-/g, '').slice(0, 6)}-2026-11-26.json`);
      }),
    );
  });
});
