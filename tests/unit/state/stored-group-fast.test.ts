// @vitest-environment node
/**
 * The group session saved on the device is read before any facilitator page is drawn, and the
 * answers in it are checked by hand where they are plainly valid (checkStoredGroup,
 * checkSessionData, checkKeptEnvelope) instead of through the whole zod schema. The result must
 * be exactly what the schema gives: these compare the two over generated saved groups, good and
 * damaged (fields and answers replaced with near misses and junk, unknown fields kept, odd keys,
 * limits), on success (the same data, in the same key order) and on failure (the same issues).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/domain/group/session';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { checkStoredGroup, StoredGroupSchema } from '../../../src/state/group-store';
import { answersArb, makeGroupBank, respond } from '../group/group-helpers';
import { nearMisses, put, RESPONSE_FIELDS } from '../../helpers/near-misses';

const bank = makeGroupBank();
const NOW = new Date('2025-03-01T12:00:00.000Z');
const details = { id: 'sess-1', partnershipName: 'Northtown Together', date: '2025-03-01' };
const itemIds = allItems(bank).map((i) => i.id);

const { key, junk, answerish } = nearMisses(itemIds);

type Edit =
  | { at: 'response' | 'handedIn'; index: number; field: string; value: unknown }
  | { at: 'response' | 'handedIn'; index: number; answer: string; value: unknown }
  | { at: 'session'; field: string; value: unknown }
  | { at: 'group'; field: string; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    at: fc.constantFrom('response' as const, 'handedIn' as const),
    index: fc.nat(5),
    field: fc.constantFrom(...RESPONSE_FIELDS),
    value: junk,
  }),
  fc.record({
    at: fc.constantFrom('response' as const, 'handedIn' as const),
    index: fc.nat(5),
    answer: key,
    value: answerish,
  }),
  fc.record({
    at: fc.constant('session' as const),
    field: fc.constantFrom('bankId', 'session', 'responses', 'consensus', 'extra', 'updatedAt'),
    value: junk,
  }),
  fc.record({
    at: fc.constant('group' as const),
    field: fc.constantFrom('session', 'joined', 'handedIn', 'extra'),
    value: junk,
  }),
);

/** A saved group: a session with responses (or none), responses handed in, then the edits. */
const storedGroup = fc
  .record({
    session: fc.boolean(),
    responses: fc.array(answersArb(bank), { maxLength: 6 }),
    handedIn: fc.array(answersArb(bank), { maxLength: 3 }),
    edits: fc.array(edit, { maxLength: 3 }),
  })
  .map(({ session, responses, handedIn, edits }) => {
    const file = session
      ? JSON.parse(
          JSON.stringify({
            ...createSession(bank, details, NOW),
            responses: responses.map((a, i) => respond(bank, `r${i}`, a)),
          }),
        )
      : null;
    const state: Record<string, unknown> = {
      session: file,
      joined: null,
      handedIn: JSON.parse(
        JSON.stringify(handedIn.map((a, i) => respond(bank, `h${i}`, a))),
      ) as unknown[],
    };
    for (const e of edits) {
      if (e.at === 'group') put(state, e.field, e.value);
      else if (e.at === 'session') {
        if (file) put(file, e.field, e.value);
      } else {
        const list = (e.at === 'response' ? file?.responses : state.handedIn) as unknown;
        if (!Array.isArray(list) || list.length === 0) continue;
        const target = list[e.index % list.length] as Record<string, unknown>;
        if ('field' in e) put(target, e.field, e.value);
        else if (typeof target.answers === 'object' && target.answers !== null)
          put(target.answers as Record<string, unknown>, e.answer, e.value);
      }
    }
    return state;
  });

describe('checkStoredGroup', () => {
  it('gives what StoredGroupSchema gives, on success and on failure', () => {
    let good = 0;
    fc.assert(
      fc.property(storedGroup, (state) => {
        const fast = checkStoredGroup(state);
        const whole = StoredGroupSchema.safeParse(state);
        expect(fast.success).toBe(whole.success);
        if (fast.success && whole.success) {
          good += 1;
          // (toStrictEqual would compare the `constructor` of an answer keyed "constructor".)
          expect(fast.data).toEqual(whole.data);
          // The same key order, so the saved text is the same when it is written back.
          expect(JSON.stringify(fast.data)).toBe(JSON.stringify(whole.data));
        } else if (!fast.success && !whole.success) {
          expect(fast.error.issues).toEqual(whole.error.issues);
        }
      }),
      { numRuns: 400, seed: 20261130 },
    );
    // Both kinds were generated in good numbers.
    expect(good).toBeGreaterThan(40);
    expect(good).toBeLessThan(360);
  });

  it('keeps fields this version does not know on each response of the session', () => {
    const file = {
      ...createSession(bank, details, NOW),
      responses: [{ ...respond(bank, 'r1', {}), fromLater: { kept: true } }],
    };
    const read = checkStoredGroup({ session: file, joined: null, handedIn: [] });
    expect(read.success).toBe(true);
    if (read.success)
      expect(read.data.session?.responses[0]).toMatchObject({ fromLater: { kept: true } });
  });
});
