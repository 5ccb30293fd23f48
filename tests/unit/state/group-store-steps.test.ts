/**
 * The saved group session is read in steps before the group store is made (so that a large
 * session never holds the page up in one long task): the result must be exactly what reading
 * it in one go gives, for saved sessions that are valid, too long, damaged in one response,
 * of an older or newer version, or not JSON at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoredGroup, readStoredGroupInSteps } from '../../../src/state/group-store';
// @ts-expect-error: a plain JavaScript module of the scripts, without types.
import { savedGroupSession } from '../../../scripts/lib/group-fixture.mjs';

const valid = JSON.parse(savedGroupSession(20) as string) as {
  state: { session: { responses: Record<string, unknown>[] }; handedIn: unknown[] };
  version: number;
};

type Saved = typeof valid;
const copy = (): Saved => structuredClone(valid);

/** Ways a saved group can differ from a good one (after the session is gone, no other change is made). */
const changes: fc.Arbitrary<(s: Saved) => void> = fc.oneof<fc.Arbitrary<(s: Saved) => void>[]>(
  fc.constant(() => {}),
  fc.nat({ max: 19 }).map((i) => (s: Saved) => {
    s.state.session.responses = s.state.session.responses.slice(0, i);
  }),
  fc
    .tuple(fc.nat({ max: 19 }), fc.constantFrom('answers', 'responseId', 'createdAt', 'format'))
    .map(([i, key]) => (s: Saved) => {
      const response = s.state.session.responses[i];
      if (response) response[key] = 42;
    }),
  fc.nat({ max: 19 }).map((i) => (s: Saved) => {
    // A field this version does not know is kept, in the response and in the session.
    const response = s.state.session.responses[i];
    if (response) response.extra = { kept: i };
  }),
  fc.constant((s: Saved) => {
    s.state.handedIn = s.state.session.responses.slice(0, 1);
  }),
  fc.constant((s: Saved) => {
    s.state.handedIn = [{ not: 'a response' }];
  }),
  fc.constant((s: Saved) => {
    (s.state.session as Record<string, unknown>).bankId = 'Not An Id';
  }),
  fc.constant((s: Saved) => {
    (s.state as Record<string, unknown>).session = null;
  }),
  fc.constant((s: Saved) => {
    const first = s.state.session.responses[0] ?? {};
    s.state.session.responses = Array.from({ length: 501 }, () => first);
  }),
  fc.constantFrom(1, 3, '2').map((version) => (s: Saved) => {
    (s as Record<string, unknown>).version = version;
  }),
);

describe('reading the saved group session in steps', () => {
  it('gives exactly what reading it in one go gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(changes, { maxLength: 3 }), async (edits) => {
        const saved = copy();
        for (const edit of edits) if (saved.state.session !== null) edit(saved);
        const raw = JSON.stringify(saved);
        expect(await readStoredGroupInSteps(raw)).toEqual(readStoredGroup(raw));
      }),
      { numRuns: 150 },
    );
  });

  it('reads a good 20-person session, every response kept', async () => {
    const read = await readStoredGroupInSteps(JSON.stringify(valid));
    if (!read.ok) throw new Error(read.reason);
    expect(read.state.session?.responses).toHaveLength(20);
  });

  it('gives the same for text that is not JSON, or is cut short', async () => {
    const raw = JSON.stringify(valid);
    for (const text of ['', 'not json', raw.slice(0, raw.length / 2), 'null', '[]'])
      expect(await readStoredGroupInSteps(text)).toEqual(readStoredGroup(text));
  });
});
