/**
 * Test data for the programme view and its data export (issue 14): ProgrammeData for any bank,
 * from a seed (`makeProgramme`, plain and fast, for round trips and benchmarks) or as a
 * fast-check arbitrary (`programmeArbitrary`, for properties). Both give every kind of answer
 * the bank's items take (ratings, Don't know, Not applicable, no answer, single and multiple
 * choices, grid rows, text), sector and role choices from few options so that small groups
 * occur, comments, and partnerships with one or two cycles in different years.
 */
import fc from 'fast-check';
import type { Bank, Item } from '../../src/domain/bank/bank-schema';
import { allItems } from '../../src/domain/bank/bank-queries';
import { DONT_KNOW, NOT_APPLICABLE } from '../../src/domain/answers/answer-values';
import type { AnswerValue } from '../../src/domain/answers/answer-values';
import type {
  ProgrammeCycle,
  ProgrammeData,
  ProgrammeResponse,
} from '../../src/domain/programme/programme-model';

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The partnership key and a respondent's pseudonym, as the programme reader makes them. */
export const partnershipKey = (index: number) => `P${pad(index + 1, 3)}`;
export const pseudonym = (partnership: string, cycle: number, index: number) =>
  `${partnership}-C${cycle + 1}-R${pad(index + 1, 3)}`;

const WORDS = ['trust', 'budget', 'board', 'data', 'housing', 'cafe', 'Wrexham', 'nurse'];

/** One respondent's answer to `item`, or undefined for no answer. */
function answerFor(item: Item, bank: Bank, r: () => number): AnswerValue | undefined {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const x = r();
  switch (item.kind) {
    case 'agreement': {
      if (x < 0.06) return undefined;
      if (x < 0.14) return DONT_KNOW;
      if (x < 0.19) return NOT_APPLICABLE;
      return pick(bank.scale.points).value;
    }
    case 'choice': {
      if (x < 0.05) return undefined;
      if (x < 0.12) return DONT_KNOW;
      if (!item.multiple) return pick(item.options).id;
      const plain = item.options.filter((o) => !o.exclusive);
      const chosen = plain.filter(() => r() < 0.35).map((o) => o.id);
      return chosen.length > 0 ? chosen : [pick(plain).id];
    }
    case 'grid': {
      if (x < 0.05) return undefined;
      const grid: Record<string, string> = {};
      for (const row of item.rows) {
        const y = r();
        if (y < 0.1) continue;
        grid[row.id] = y < 0.2 ? DONT_KNOW : pick(item.options).id;
      }
      return Object.keys(grid).length > 0 ? grid : undefined;
    }
    case 'select':
      // Two options mostly, so that groups of 1 and 2 are common.
      if (x < 0.1) return undefined;
      return pick(item.options.slice(0, r() < 0.7 ? 2 : item.options.length)).id;
    case 'text':
      if (item.field) return x < 0.5 ? `${pick(WORDS)} partnership` : undefined;
      return x < 0.3 ? `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}` : undefined;
  }
}

function makeResponse(
  bank: Bank,
  items: readonly Item[],
  r: () => number,
  name: string,
): ProgrammeResponse {
  const answers: Record<string, AnswerValue> = {};
  for (const item of items) {
    const value = answerFor(item, bank, r);
    if (value !== undefined) answers[item.id] = value;
  }
  const comments: Record<string, string> = {};
  for (const s of bank.sections)
    if (s.comment && r() < 0.15)
      comments[s.id] = `About ${s.id}: ${WORDS[Math.floor(r() * WORDS.length)]}`;
  return { pseudonym: name, answers, about: {}, comments };
}

export type MakeProgrammeOptions = {
  seed: number;
  partnerships: number;
  /** Responses in all; spread over the partnerships and their cycles. */
  responses: number;
  /** Share of partnerships with a second cycle (default 0.3). */
  secondCycles?: number;
  /** Bank version for the cycles (default the bank's own). */
  bankVersion?: string;
};

/** A programme from a seed: the same options always give the same data. */
export function makeProgramme(bank: Bank, options: MakeProgrammeOptions): ProgrammeData {
  const r = seededRandom(options.seed);
  const items = allItems(bank);
  const cyclesOf = Array.from({ length: options.partnerships }, () =>
    r() < (options.secondCycles ?? 0.3) ? 2 : 1,
  );
  const totalCycles = cyclesOf.reduce((a, b) => a + b, 0);
  const perCycle = Math.floor(options.responses / totalCycles);
  let extra = options.responses - perCycle * totalCycles;
  return {
    partnerships: cyclesOf.map((cycles, p) => {
      const key = partnershipKey(p);
      return {
        key,
        name: `Partnership ${p + 1}`,
        cycles: Array.from({ length: cycles }, (_, c): ProgrammeCycle => {
          const n = perCycle + (extra > 0 ? 1 : 0);
          if (extra > 0) extra -= 1;
          const year = 2025 + c + (r() < 0.3 ? 1 : 0);
          const date = `${year}-${pad(1 + Math.floor(r() * 12), 2)}-${pad(1 + Math.floor(r() * 28), 2)}`;
          return {
            source: r() < 0.7 ? 'session' : 'responses',
            key: `${key}-cycle-${c + 1}`,
            date,
            bankId: bank.id,
            bankVersion: options.bankVersion ?? bank.version,
            fileNames: [`${key}-${c + 1}.json`],
            responses: Array.from({ length: n }, (_, i) =>
              makeResponse(bank, items, r, pseudonym(key, c, i)),
            ),
          };
        }),
      };
    }),
    failed: [],
  };
}

/** An arbitrary answer map for `bank`: every kind of answer, each item possibly unanswered. */
export function answersArbitrary(bank: Bank): fc.Arbitrary<Record<string, AnswerValue>> {
  const entries = allItems(bank).map((item): [string, fc.Arbitrary<AnswerValue>] => {
    switch (item.kind) {
      case 'agreement':
        return [
          item.id,
          fc.oneof(
            fc.constantFrom(...bank.scale.points.map((p) => p.value)),
            fc.constantFrom(DONT_KNOW, NOT_APPLICABLE),
          ),
        ];
      case 'choice': {
        const ids = item.options.filter((o) => !o.exclusive).map((o) => o.id);
        return [
          item.id,
          item.multiple
            ? fc.oneof(fc.subarray(ids, { minLength: 1 }), fc.constant(DONT_KNOW))
            : fc.constantFrom(DONT_KNOW, ...item.options.map((o) => o.id)),
        ];
      }
      case 'grid':
        return [
          item.id,
          fc.record(
            Object.fromEntries(
              item.rows.map((row) => [
                row.id,
                fc.constantFrom(DONT_KNOW, ...item.options.map((o) => o.id)),
              ]),
            ),
            { requiredKeys: [] },
          ) as fc.Arbitrary<Record<string, string>>,
        ];
      case 'select':
        return [item.id, fc.constantFrom(...item.options.slice(0, 3).map((o) => o.id))];
      case 'text':
        return [item.id, fc.string({ minLength: 1, maxLength: 20 })];
    }
  });
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, AnswerValue>
  >;
}

/** An arbitrary programme of 0 to `maxPartnerships` partnerships with 0 to `maxPerCycle` people a cycle. */
export function programmeArbitrary(
  bank: Bank,
  { maxPartnerships = 4, maxPerCycle = 8 } = {},
): fc.Arbitrary<ProgrammeData> {
  const response = fc.record({
    answers: answersArbitrary(bank),
    comments: fc.dictionary(
      fc.constantFrom(...bank.sections.map((s) => s.id)),
      fc.string({ minLength: 1, maxLength: 20 }),
      { maxKeys: 2 },
    ),
  });
  const cycle = fc.record({
    date: fc
      .date({
        min: new Date('2024-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    bankVersion: fc.constantFrom(bank.version, '0.9.0'),
    responses: fc.array(response, { maxLength: maxPerCycle }),
  });
  return fc
    .array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 12 }),
        cycles: fc.array(cycle, { minLength: 1, maxLength: 2 }),
      }),
      {
        maxLength: maxPartnerships,
      },
    )
    .map((list) => ({
      failed: [],
      partnerships: list.map((p, i) => {
        const key = partnershipKey(i);
        return {
          key,
          name: p.name,
          cycles: [...p.cycles]
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
            .map((c, ci): ProgrammeCycle => ({
              source: 'session',
              key: `${key}-cycle-${ci + 1}`,
              date: c.date,
              bankId: bank.id,
              bankVersion: c.bankVersion,
              fileNames: [],
              responses: c.responses.map((resp, ri) => ({
                pseudonym: pseudonym(key, ci, ri),
                answers: resp.answers,
                about: {},
                comments: resp.comments,
              })),
            })),
        };
      }),
    }));
}
