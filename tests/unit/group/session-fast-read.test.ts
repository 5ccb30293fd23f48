// @vitest-environment node
/**
 * A session's responses are read as they stand, not written out as text and parsed again
 * (parseSessionFile, parseResponseData, checkResponseEnvelope). The result must be what it was:
 * these compare the reading with the one before (tests/helpers/programme-before, verbatim) over
 * generated session files, good and damaged, with repeated ids, version 1 responses, other bank
 * versions, odd keys, numbers JSON cannot write back (-0, 1e400), deep nesting and sizes at the
 * limits: the same sessions, warnings, unreadable parts and texts, with the same messages behind
 * them (so the same Welsh).
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, parseSessionFile } from '../../../src/domain/group/session';
import { parseSessionFile as parseSessionFileBefore } from '../../helpers/programme-before/session';
import { parseResponseFile as parseResponseFileBefore } from '../../helpers/programme-before/response-file';
import { parseResponseFile } from '../../../src/domain/response/response-file';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { materialise, sampleRecipes } from '../../helpers/fuzz-inputs';
import { loadFuzzWorld } from '../../helpers/fuzz-harness';
import { messageFor } from '../../../src/domain/said';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { answersArb, makeGroupBank, respond } from './group-helpers';
import {
  nearMisses,
  ODD_NUMBERS,
  oddNumber,
  put,
  RESPONSE_FIELDS,
} from '../../helpers/near-misses';

const bank = makeGroupBank();
const NOW = new Date('2025-03-01T12:00:00.000Z');
const details = { id: 'sess-1', partnershipName: 'Northtown Together', date: '2025-03-01' };
const itemIds = allItems(bank).map((i) => i.id);
const agreementIds = allItems(bank)
  .filter((i) => i.kind === 'agreement')
  .map((i) => i.id);
const dimensionIds = bank.dimensions.map((d) => d.id);
const [major, minor] = bank.version.split('.');

function nested(levels: number, inner: unknown = 1): unknown {
  let v = inner;
  for (let i = 0; i < levels; i += 1) v = i % 2 ? [v] : { a: v };
  return v;
}

const { key, junk, answerish } = nearMisses(itemIds);

type Edit =
  | { kind: 'field'; key: string; value: unknown }
  | { kind: 'answer'; key: string; value: unknown }
  | { kind: 'version1' }
  | { kind: 'bank'; version: string; id?: string }
  | { kind: 'deep'; levels: number }
  | { kind: 'odd'; at: 'formatVersion' | 'target' | 'answer'; value: string | number }
  | { kind: 'whole'; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('field' as const),
    key: fc.constantFrom(...RESPONSE_FIELDS),
    value: junk,
  }),
  fc.record({ kind: fc.constant('answer' as const), key, value: answerish }),
  fc.record({ kind: fc.constant('answer' as const), key, value: answerish }),
  fc.constant({ kind: 'version1' as const }),
  fc.record({
    kind: fc.constant('bank' as const),
    version: fc.constantFrom(`${major}.${minor}.99`, `${Number(major) + 1}.0.0`, 'x'),
    id: fc.option(fc.constantFrom('other-bank'), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('deep' as const), levels: fc.constantFrom(3, 63, 65, 199, 250) }),
  fc.record({ kind: fc.constant('whole' as const), value: junk }),
  // Where a number JSON cannot write back would change what is read: the version, a target,
  // an answer on the scale.
  fc.record({
    kind: fc.constant('odd' as const),
    at: fc.constantFrom('formatVersion' as const, 'target' as const, 'answer' as const),
    value: fc.oneof(oddNumber, fc.integer({ min: 0, max: 100 })),
  }),
);

const response = fc
  .tuple(
    fc.constantFrom('r1', 'r2', 'r3', 'r4'),
    answersArb(bank),
    fc.array(edit, { maxLength: 3 }),
  )
  .map(([id, answers, edits]) => {
    let r: unknown = { ...respond(bank, id, answers), comments: { shape: 'We meet.' } };
    for (const e of edits) {
      if (typeof r !== 'object' || r === null || Array.isArray(r)) break;
      const o = r as Record<string, unknown>;
      if (e.kind === 'field') put(o, e.key, e.value);
      else if (e.kind === 'answer') {
        const answers = { ...(o.answers as object) };
        put(answers, e.key, e.value);
        o.answers = answers;
      } else if (e.kind === 'version1') {
        o.formatVersion = 1;
        delete o.targets;
        delete o.actions;
      } else if (e.kind === 'bank') {
        o.bankVersion = e.version;
        if (e.id) o.bankId = e.id;
      } else if (e.kind === 'deep') o.deeper = nested(e.levels);
      else if (e.kind === 'odd') {
        if (e.at === 'formatVersion') o.formatVersion = e.value;
        else if (e.at === 'target') o.targets = { [dimensionIds[0]!]: e.value };
        else o.answers = { ...(o.answers as object), [agreementIds[0]!]: e.value };
      } else r = e.value;
    }
    return r;
  });

const sessionText = fc
  .tuple(
    fc.array(response, { maxLength: 7 }),
    // Some responses given twice: the same id with the same answers.
    fc.array(fc.nat(6), { maxLength: 2 }),
    fc.constantFrom(bank.version, `${major}.${minor}.7`),
  )
  .map(([given, copies, bankVersion]) => {
    const responses = given.length ? [...given, ...copies.map((i) => given[i % given.length])] : [];
    const text = JSON.stringify({ ...createSession(bank, details, NOW), bankVersion, responses });
    return text.replace(/"<(-0|-?1e400|1e21|1\.0)>"/g, (m) => ODD_NUMBERS[m]!);
  });

/**
 * Where `a` and `b` first differ (null if nowhere): prototypes, own keys in order (undefined
 * values and `__proto__` included) and values by Object.is, so -0 is not 0. (toStrictEqual
 * compares a field named `constructor` as the objects' classes.)
 */
function difference(a: unknown, b: unknown, at = 'result'): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${at}: ${String(a)} is not ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: another prototype`;
  const keys = Reflect.ownKeys(a);
  if (keys.join() !== Reflect.ownKeys(b).join()) return `${at}: other keys`;
  for (const k of keys) {
    const found = difference(Reflect.get(a, k), Reflect.get(b, k), `${at}.${String(k)}`);
    if (found) return found;
  }
  return null;
}

/** Both readings of `text`, with and without warnings, and the messages behind their words. */
function expectSameReading(text: string, using: Bank = bank) {
  for (const options of [{}, { warnings: false }]) {
    const before = parseSessionFileBefore(text, using, options);
    const now = parseSessionFile(text, using, options);
    expect(difference(now, before)).toBeNull();
    const words = (r: typeof now) =>
      r.ok ? [...r.warnings, ...r.unreadable.flatMap((p) => [p.what, p.message])] : [r.message];
    expect(words(now).map((w) => messageFor(w))).toEqual(words(before).map((w) => messageFor(w)));
  }
}

describe('reading a session’s responses as they stand', () => {
  it('reads any session file as before: sessions, warnings, unreadable parts and texts', () => {
    fc.assert(
      fc.property(sessionText, (text) => expectSameReading(text)),
      { numRuns: 300 },
    );
  });

  it('the generated sessions hold readable, unreadable and repeated responses', () => {
    const seen = { read: 0, unreadable: 0, repeated: 0, warned: 0, odd: 0 };
    for (const text of fc.sample(sessionText, { numRuns: 300, seed: 5 })) {
      const read = parseSessionFile(text, bank);
      if (!read.ok) continue;
      seen.read += read.session.responses.length;
      seen.unreadable += read.unreadable.length;
      seen.repeated += read.warnings.some((w) => w.includes('more than once')) ? 1 : 0;
      seen.warned += read.warnings.length ? 1 : 0;
      seen.odd += /-0[,}\]]|1e400/.test(text) ? 1 : 0;
    }
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(10);
  });

  const around = (response: string) =>
    JSON.stringify({ ...createSession(bank, details, NOW), responses: ['<R>'] }).replace(
      '"<R>"',
      response,
    );
  const good = JSON.stringify(respond(bank, 'r1', { g1: 3 }));

  it('lists a response nested too deeply to write out, as before', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const text = around(good.replace('{', `{"deep":${deep},`));
    expectSameReading(text);
    expect(parseSessionFile(text, bank)).toMatchObject({
      ok: true,
      unreadable: [{ what: 'Response 1', message: 'It is nested too deeply to read.', text: '' }],
    });
  });

  it('refuses a response past the size of a response file, and reads one just within, as before', () => {
    for (const chars of [5_000_000, 1_000_000]) {
      const text = around(good.replace('{', `{"big":"${'z'.repeat(chars)}",`));
      expectSameReading(text);
    }
    // Within the size only when written out: each character of text becomes six (\u0001).
    const escaped = around(good.replace('{', `{"big":"${'\\u0001'.repeat(900_000)}",`));
    expectSameReading(escaped);
  });

  it('reads any response file as before (parseResponseFile, whose answers zod no longer checks one by one when they are plainly valid)', () => {
    const responseText = response.map((r) =>
      JSON.stringify(r).replace(/"<(-0|-?1e400|1e21|1\.0)>"/g, (m) => ODD_NUMBERS[m]!),
    );
    fc.assert(
      fc.property(responseText, (text) => {
        for (const options of [{}, { warnings: false }]) {
          const before = parseResponseFileBefore(text, bank, options);
          const now = parseResponseFile(text, bank, options);
          expect(difference(now, before)).toBeNull();
          const words = now.ok ? now.warnings : [now.message];
          const wordsBefore = before.ok ? before.warnings : [before.message];
          expect(words.map((w) => messageFor(w))).toEqual(wordsBefore.map((w) => messageFor(w)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads the fuzz corpus’s response and session files as before, against the real bank', async () => {
    const world = await loadFuzzWorld(path.resolve(__dirname, '../../..'));
    let sessions = 0;
    for (const recipe of sampleRecipes(1500, 23)) {
      const c = materialise(recipe, world.fixtures);
      if (c.target === 'session') {
        sessions += 1;
        expectSameReading(c.input, world.bank);
      } else if (c.target === 'response') {
        const before = parseResponseFileBefore(c.input, world.bank);
        expect(difference(parseResponseFile(c.input, world.bank), before)).toBeNull();
      }
    }
    expect(sessions).toBeGreaterThan(100);
  }, 60_000);
});
