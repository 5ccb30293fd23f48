// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SESSION_LINK_MESSAGES,
  SessionDetailsSchema,
  encodeSessionLink,
  parseSessionLink,
} from '../../../src/domain/group/session-link';
import type { SessionDetails } from '../../../src/domain/group/session-link';

const details: SessionDetails = {
  id: 'sess-7f3a',
  partnershipName: 'Cwm Taf Morgannwg: Llŷr and Ŵyn partnership',
  date: '2025-03-01',
  label: 'Board away day',
};

/** The URL-safe base64 of some JSON, written independently of the code under test. */
const token = (data: unknown) => Buffer.from(JSON.stringify(data), 'utf8').toString('base64url');

describe('encodeSessionLink and parseSessionLink', () => {
  it('round-trips the details, with and without a label', () => {
    expect(parseSessionLink(encodeSessionLink(details))).toEqual({ ok: true, details });
    const { label: _label, ...bare } = details;
    expect(parseSessionLink(encodeSessionLink(bare))).toEqual({ ok: true, details: bare });
  });

  it('round-trips any valid details', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/[\p{Cc}]/gu, '').trim())
      .filter((s) => s.length >= 1 && s.length <= 80);
    const detailsArb = fc.record(
      {
        id: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
        partnershipName: printable,
        date: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        label: printable,
      },
      { requiredKeys: ['id', 'partnershipName', 'date'] },
    );
    fc.assert(
      fc.property(detailsArb, (d) => {
        expect(parseSessionLink(`#/join?s=${encodeSessionLink(d)}`)).toEqual({
          ok: true,
          details: d,
        });
      }),
    );
  });

  it('writes only URL-safe characters, and only the session details', () => {
    const t = encodeSessionLink(details);
    expect(t).toMatch(/^[A-Za-z0-9_-]+$/);
    const wire = JSON.parse(Buffer.from(t, 'base64url').toString('utf8'));
    expect(wire).toEqual({
      v: 1,
      i: details.id,
      n: details.partnershipName,
      d: details.date,
      l: details.label,
    });
  });

  it('reads the token from a fragment, a fragment without #, or a whole URL', () => {
    const t = encodeSessionLink(details);
    for (const text of [
      t,
      `#/join?s=${t}`,
      `/join?s=${t}`,
      `https://example.org/rally/#/join?s=${t}&x=1`,
    ]) {
      expect(parseSessionLink(text)).toEqual({ ok: true, details });
    }
  });

  it('refuses an invalid name, label or date when encoding', () => {
    expect(() => encodeSessionLink({ ...details, partnershipName: 'x'.repeat(81) })).toThrow();
    expect(() => encodeSessionLink({ ...details, label: 'a\u0007b' })).toThrow();
    expect(() => encodeSessionLink({ ...details, date: '2025-02-30' })).toThrow();
    expect(
      SessionDetailsSchema.safeParse({ ...details, partnershipName: 'x'.repeat(80) }).success,
    ).toBe(true);
  });
});

describe('parseSessionLink refuses bad links with clear messages', () => {
  const good = { v: 1, i: 'sess-1', n: 'Northtown Together', d: '2025-03-01' };

  it.each([
    ['nothing', '#/join', SESSION_LINK_MESSAGES.missing],
    ['not base64', '#/join?s=abc$def', SESSION_LINK_MESSAGES.broken],
    ['a cut-off token', `#/join?s=${token(good).slice(0, 21)}`, SESSION_LINK_MESSAGES.broken],
    [
      'not JSON',
      `#/join?s=${Buffer.from('hello').toString('base64url')}`,
      SESSION_LINK_MESSAGES.broken,
    ],
    ['no version', `#/join?s=${token({ ...good, v: undefined })}`, SESSION_LINK_MESSAGES.broken],
    ['a newer version', `#/join?s=${token({ ...good, v: 2 })}`, SESSION_LINK_MESSAGES.newer],
    [
      'a name over 80 characters',
      `#/join?s=${token({ ...good, n: 'x'.repeat(81) })}`,
      SESSION_LINK_MESSAGES.broken,
    ],
    [
      'a name with a line break',
      `#/join?s=${token({ ...good, n: 'North\ntown' })}`,
      SESSION_LINK_MESSAGES.broken,
    ],
    ['a bad date', `#/join?s=${token({ ...good, d: 'tomorrow' })}`, SESSION_LINK_MESSAGES.broken],
    ['a bad id', `#/join?s=${token({ ...good, i: 'a b' })}`, SESSION_LINK_MESSAGES.broken],
    ['too long', `#/join?s=${'A'.repeat(1001)}`, SESSION_LINK_MESSAGES.tooLong],
  ])('%s', (_what, text, message) => {
    expect(parseSessionLink(text)).toEqual({ ok: false, message });
  });

  it('ignores extra keys, so answers smuggled into a link are never read', () => {
    const result = parseSessionLink(token({ ...good, answers: { g1: 5 }, comments: 'hello' }));
    expect(result).toEqual({
      ok: true,
      details: { id: 'sess-1', partnershipName: 'Northtown Together', date: '2025-03-01' },
    });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseSessionLink(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
