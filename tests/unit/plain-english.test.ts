// @vitest-environment node
/**
 * No validator text reaches a person: every message each reader and form schema gives, for
 * generated bad input, is checked for the marks of validator output (tests/helpers/
 * validator-text.ts). The same inputs go through the pages in tests/component/plain-english.
 * test.tsx and in Chromium in tests/browser/plain-english.spec.ts.
 */
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank, Item } from '../../src/domain/bank/bank-schema';
import { BankSchema, SectionSchema } from '../../src/domain/bank/bank-schema';
import { allItems } from '../../src/domain/bank/bank-queries';
import { parseBankBundle } from '../../src/domain/bank/bank-bundle';
import { describeBankProblems, parseBank } from '../../src/domain/bank/parse-bank';
import { buildPageSchema, COMMENT_FIELD } from '../../src/domain/answers/page-form';
import {
  ConsensusRecordSchema,
  validateConsensusRecord,
  type ConsensusDraftRecord,
} from '../../src/domain/group/consensus';
import { parseSessionFile, SessionFileSchema } from '../../src/domain/group/session';
import { parseSessionLink, SessionDetailsSchema } from '../../src/domain/group/session-link';
import { decodeResponseCode } from '../../src/domain/response/response-code';
import { parseResponseFile } from '../../src/domain/response/response-file';
import { ResponseEnvelopeSchema } from '../../src/domain/response/response-schema';
import { fuzzRecipe, materialise } from '../helpers/fuzz-inputs';
import type { FuzzCase } from '../helpers/fuzz-inputs';
import { loadFuzzWorld, type FuzzWorld } from '../helpers/fuzz-harness';
import { validatorTextIn } from '../helpers/validator-text';
import { i18n } from '../../src/i18n';

const root = path.resolve(__dirname, '../..');
const NOW = new Date('2025-06-01T10:00:00.000Z');
let world: FuzzWorld;
beforeAll(async () => {
  world = await loadFuzzWorld(root);
});

/** Every message a reader gives for one input: its refusal, or its warnings. */
function messagesFor(c: FuzzCase, bank: Bank): string[] {
  switch (c.target) {
    case 'response': {
      const r = parseResponseFile(c.input, bank);
      return r.ok ? r.warnings : [r.message];
    }
    case 'session': {
      const r = parseSessionFile(c.input, bank);
      return r.ok ? r.warnings : [r.message];
    }
    case 'code': {
      const r = decodeResponseCode(bank, c.input, NOW);
      return r.ok ? r.warnings : [r.message];
    }
    case 'link': {
      const r = parseSessionLink(c.input);
      return r.ok ? [] : [i18n._(r.message)];
    }
    case 'bank-file': {
      const r = parseBankBundle(c.input);
      return r.ok ? [] : describeBankProblems(r.problems).split('\n');
    }
    case 'bank': {
      const r = parseBank(c.input);
      return r.ok ? [] : describeBankProblems(r.problems).split('\n');
    }
    case 'stored':
      return [];
  }
}

/** A format version above the one this Rally reads, if the input is JSON that says so. */
function newerVersion(c: FuzzCase): boolean {
  if (c.target === 'bank' || c.target === 'code' || c.target === 'link') return false;
  try {
    const data: unknown = JSON.parse(c.input);
    const v = (data as { formatVersion?: unknown } | null)?.formatVersion;
    return typeof v === 'number' && v > 2;
  } catch {
    return false;
  }
}

describe('the readers of every import path', () => {
  it('give messages with no validator text, for 1,500 generated bad inputs', () => {
    fc.assert(
      fc.property(fuzzRecipe, (recipe) => {
        const c = materialise(recipe, world.fixtures);
        for (const message of messagesFor(c, world.bank)) {
          expect(message.trim(), c.label).not.toBe('');
          expect(validatorTextIn(message), c.label).toEqual([]);
        }
      }),
      { numRuns: 1500, seed: 2026 },
    );
  }, 120_000);

  it('say a file from a newer Rally was made with a newer version, not that it is damaged', () => {
    fc.assert(
      fc.property(
        fuzzRecipe.filter((r) => r.target === 'response' || r.target === 'session'),
        (recipe) => {
          const c = materialise(recipe, world.fixtures);
          if (!newerVersion(c)) return;
          const [message] = messagesFor(c, world.bank);
          expect(message, c.label).toBe(
            'The file was made with a newer version of Rally. Open it in the latest version of Rally.',
          );
        },
      ),
      { numRuns: 1500, seed: 9 },
    );
  }, 120_000);

  it('say a newer bank file, code or link was made with a newer version of Rally', () => {
    const bundle = { format: 'rally-bank', formatVersion: 2, bank: null, sections: null };
    const parsed = parseBankBundle(JSON.stringify(bundle));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([
      'The file was made with a newer version of Rally. Open it in the latest version of Rally',
    ]);
    const wire = Buffer.from(JSON.stringify({ v: 2, i: 's', n: 'N', d: '2025-01-01' }))
      .toString('base64url')
      .replace(/=+$/, '');
    const link = parseSessionLink(`#/join?s=${wire}`);
    expect(link.ok ? '' : i18n._(link.message)).toBe(
      'This session link was made with a newer version of Rally. Open it in the latest version of Rally',
    );
  });
});

/** What a form field can hold, bad or not: null is what a radio group holds once tabbed past. */
const fieldValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant(false),
  fc.constant('dk'),
  fc.constant('na'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('x'.repeat(2001), 'y'.repeat(5001), ' '.repeat(20)),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constant('dk'), fc.constant(null))),
  fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.string({ maxLength: 8 }), fc.constant(null)),
  ),
  fc.integer(),
);

/** A value for `item` that its form could hold, valid or not. */
function valueFor(item: Item): fc.Arbitrary<unknown> {
  const ids = 'options' in item ? item.options.map((o) => o.id) : [];
  const valid: fc.Arbitrary<unknown>[] =
    item.kind === 'grid'
      ? [
          fc.record(
            Object.fromEntries(
              item.rows.map((r) => [r.id, fc.constantFrom('', null, 'dk', 'bad', ...ids)]),
            ),
          ),
        ]
      : ids.length
        ? [fc.constantFrom(...ids), fc.subarray([...ids, 'dk'])]
        : [fc.constantFrom('1', '5', '9')];
  return fc.oneof(fieldValue, ...valid);
}

describe('the question pages’ schemas', () => {
  it('name the question in every message, whatever the fields hold', () => {
    const pages = world.bank.sections.flatMap((s) => s.pages);
    fc.assert(
      fc.property(
        fc
          .constantFrom(...pages)
          .chain((page) =>
            fc.tuple(
              fc.constant(page),
              fc.record(Object.fromEntries(page.items.map((i) => [i.id, valueFor(i)]))),
              fieldValue,
              fc.boolean(),
            ),
          ),
        ([page, values, comment, requireAnswers]) => {
          const schema = buildPageSchema(page.items, world.bank.scale, {
            requireAnswers,
            withComment: true,
            translate: (m) => i18n._(m),
          });
          const result = schema.safeParse({ ...values, [COMMENT_FIELD]: comment });
          for (const issue of result.success ? [] : result.error.issues) {
            expect(validatorTextIn(issue.message)).toEqual([]);
            const [field, row] = issue.path;
            if (field === COMMENT_FIELD) {
              expect(issue.message).toBe('Your comment must be 2,000 characters or fewer');
              continue;
            }
            const item = page.items.find((i) => i.id === field)!;
            const named =
              item.kind === 'grid'
                ? item.rows.find((r) => r.id === row)!.label
                : item.text.slice(0, 40);
            expect(issue.message).toContain(named);
          }
        },
      ),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('refuse a radio question tabbed past on Continue with the question’s own message', () => {
    const bank = world.bank;
    const agreement = allItems(bank).find((i) => i.kind === 'agreement')!;
    const result = buildPageSchema([agreement], bank.scale, {
      requireAnswers: true,
      withComment: false,
      translate: (m) => i18n._(m),
    }).safeParse({ [agreement.id]: null });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      `Select how much you agree with ‘${agreement.text.length > 90 ? `${agreement.text.slice(0, 87).trimEnd()}…` : agreement.text}’, or choose ${bank.scale.dontKnow}`,
    ]);
  });
});

describe('every schema that reads data from outside', () => {
  const schemas = {
    BankSchema,
    SectionSchema,
    ResponseEnvelopeSchema,
    SessionFileSchema,
    SessionDetailsSchema,
    ConsensusRecordSchema,
  };
  it.each(Object.entries(schemas))('%s says what is wrong in plain words', (_name, schema) => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        const result = schema.safeParse(value);
        for (const issue of result.success ? [] : result.error.issues)
          expect(validatorTextIn(issue.message)).toEqual([]);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('consensus checks say what is wrong with each record in words', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constant('x'.repeat(2001)));
    fc.assert(
      fc.property(
        fc.record({
          dimensionId: fc.constantFrom(...world.bank.dimensions.map((d) => d.id)),
          agreedScore: fc.oneof(fc.constant(null), fc.double(), fc.constant(Number.NaN)),
          rationale: text,
          actions: fc.array(fc.record({ what: text, who: text, byWhen: text }), {
            maxLength: 22,
          }),
        }),
        fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true })),
        (record, median) => {
          for (const p of validateConsensusRecord(
            world.bank,
            record as ConsensusDraftRecord,
            median,
          ))
            expect(validatorTextIn(i18n._(p.message))).toEqual([]);
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });
});
