/**
 * The fuzz harness behind `npm run fuzz` (scripts/fuzz.ts) and tests/unit/fuzz.test.ts.
 *
 * Every generated input (tests/helpers/fuzz-inputs.ts) goes through the path the app takes
 * for that kind of input, in plain Node with a Map-backed localStorage:
 *
 *   response  parseResponseFile, and on success replaceWithResponse (the import page)
 *   stored    readStoredAssessment, then the store rehydrating from that saved value
 *   bank      parseBank, with each file's JSON parsed or left as text
 *   bank-file parseBankBundle (a whole bank in one file, as a facilitator loads it)
 *   code      decodeResponseCode
 *   session   parseSessionFile, and on success restoreSession (the group store); the
 *             next-cycle page's reader (readEarlierCycle, startNextCycle) on the same input
 *   link      parseSessionLink, and on success joinSession (the group store)
 *
 * A **crash** is a reader that threw, or returned something other than its documented result
 * (`{ ok: true, ... }` with valid content, or `{ ok: false, message }` with a message).
 * A **state change** is saved state that ended up other than it should:
 * - a refused input changed localStorage or a store (they are compared before and after);
 * - an accepted import was saved in a form that the app would refuse when it next loads;
 * - a refused saved value was dropped instead of kept aside for download;
 * - `Object.prototype` or `Array.prototype` gained or lost a property (prototype pollution).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readEarlierCycle, startNextCycle } from '../../src/domain/plan/next-cycle';
import type { Bank } from '../../src/domain/bank/bank-schema';
import type { RawBankFiles } from '../../src/domain/bank/parse-bank';
import { allItems } from '../../src/domain/bank/bank-queries';
import { isValidAnswer } from '../../src/domain/answers/answer-schema';
import type { AnswerValue } from '../../src/domain/answers/answer-schema';
import { parseBank, describeBankProblems } from '../../src/domain/bank/parse-bank';
import { makeBankBundle, parseBankBundle } from '../../src/domain/bank/bank-bundle';
import {
  createSession,
  parseSessionFile,
  serializeSession,
  SessionFileSchema,
} from '../../src/domain/group/session';
import {
  encodeSessionLink,
  parseSessionLink,
  SessionDetailsSchema,
} from '../../src/domain/group/session-link';
import type { SessionDetails } from '../../src/domain/group/session-link';
import { decodeResponseCode, encodeResponseCode } from '../../src/domain/response/response-code';
import {
  createResponse,
  isAnswerForBank,
  parseResponseFile,
} from '../../src/domain/response/response-file';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { readBankDir } from '../../scripts/lib/read-bank-dir';
import { FUZZ_TARGETS, materialise, sampleRecipes } from './fuzz-inputs';
import type { FuzzCase, FuzzFixtures, FuzzTarget } from './fuzz-inputs';
import { makeBankFiles } from './make-bank';

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 20_190_601;
const NOW = new Date('2025-06-01T10:00:00.000Z');

// ---------------------------------------------------------------------------------------
// A localStorage for Node
// ---------------------------------------------------------------------------------------

export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.has(key) ? this.items.get(key)! : null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(String(key), String(value));
  }
  entries(): [string, string][] {
    return [...this.items.entries()].sort(([a], [b]) => a.localeCompare(b));
  }
}

/** Makes `window.localStorage` a fresh MemoryStorage (before the store modules load). */
export function installMemoryStorage(): MemoryStorage {
  const storage = new MemoryStorage();
  const g = globalThis as unknown as { window?: unknown; localStorage?: unknown };
  if (g.window === undefined) g.window = globalThis;
  Object.defineProperty(globalThis, 'localStorage', {
    value: storage,
    configurable: true,
    writable: true,
  });
  return storage;
}

// ---------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------

function parsedBank(files: RawBankFiles, what: string): Bank {
  const parsed = parseBank(files);
  if (!parsed.ok)
    throw new Error(`${what} does not parse:\n${describeBankProblems(parsed.problems)}`);
  return parsed.bank;
}

/** One valid answer for every item: the first option, "Agree", or a short text. */
function fullAnswers(bank: Bank): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const item of allItems(bank)) {
    let value: AnswerValue;
    if (item.kind === 'agreement') value = 4;
    else if (item.kind === 'choice')
      value = item.multiple ? [item.options[0]!.id] : item.options[0]!.id;
    else if (item.kind === 'grid')
      value = Object.fromEntries(item.rows.map((r) => [r.id, item.options[0]!.id]));
    else if (item.kind === 'select') value = item.options[0]!.id;
    else value = 'Some words';
    if (!isValidAnswer(item, value)) throw new Error(`fixture answer for ${item.id} is not valid`);
    answers[item.id] = value;
  }
  return answers;
}

export type FuzzWorld = { bank: Bank; otherBank: Bank; fixtures: FuzzFixtures };

export async function loadFuzzWorld(root: string): Promise<FuzzWorld> {
  const read = await readBankDir(path.join(root, 'questions'));
  if (!read.ok) throw new Error(`questions/ could not be read: ${JSON.stringify(read.problems)}`);
  const bank = parsedBank(read.files, 'questions/');
  const otherBankFiles = makeBankFiles();
  const otherBank = parsedBank(otherBankFiles, 'the test bank');

  const fixtureDir = path.join(root, 'tests/fixtures');
  const names = (await readdir(fixtureDir))
    .filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json'))
    .sort();
  const responses = await Promise.all(
    names.map(
      async (n) => JSON.parse(await readFile(path.join(fixtureDir, n), 'utf8')) as ResponseEnvelope,
    ),
  );
  for (const [i, r] of responses.entries()) {
    if (!parseResponseFile(JSON.stringify(r), bank).ok)
      throw new Error(`tests/fixtures/${names[i]} is not a valid response file`);
  }
  const other: ResponseEnvelope = {
    ...createResponse(otherBank, () => 'other-bank-response', NOW),
    answers: fullAnswers(otherBank),
    comments: {},
  };

  const stored: unknown[] = responses.flatMap((r) => [
    {
      version: 2,
      state: {
        bankId: r.bankId,
        bankVersion: r.bankVersion,
        responseId: r.responseId,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        answers: r.answers,
        comments: r.comments,
        position: null,
        finished: [],
      },
    },
    // Storage version 1: no comments or finished sections, the position as one string.
    {
      version: 1,
      state: {
        bankId: r.bankId,
        bankVersion: r.bankVersion,
        responseId: r.responseId,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        answers: r.answers,
        position: `${bank.sections[0]!.id}/${bank.sections[0]!.pages[0]!.id}`,
      },
    },
  ]);

  const details: SessionDetails[] = [
    { id: 'session-1', partnershipName: 'Northborough Deal', date: '2025-06-01' },
    {
      id: 'S_2',
      partnershipName: 'Wales & West <partnership>',
      date: '2024-02-29',
      label: 'Spring review',
    },
  ];
  const sessions = details.map((d, i) => {
    const file = { ...createSession(bank, d, NOW), responses: responses.slice(i, i + 3) };
    return JSON.parse(serializeSession(file)) as unknown;
  });
  const links = details.map((d) => `#/join?s=${encodeSessionLink(d)}`);
  const linkWires = details.map((d) => ({
    v: 1,
    i: d.id,
    n: d.partnershipName,
    d: d.date,
    ...(d.label ? { l: d.label } : {}),
  }));

  return {
    bank,
    otherBank,
    fixtures: {
      responses,
      otherResponses: [other],
      stored,
      bankFiles: read.files,
      otherBankFiles,
      bankBundles: [read.files, otherBankFiles].map(
        (files) => JSON.parse(makeBankBundle(files)) as unknown,
      ),
      codes: responses.map((r) => encodeResponseCode(bank, r)),
      otherCodes: [encodeResponseCode(otherBank, other)],
      sessions,
      linkWires,
      links,
    },
  };
}

// ---------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------

/** JSON with object keys sorted, so that equal data gives equal text. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, (v as Record<string, unknown>)[k]]),
    );
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `result` is `{ ok: false, <key>: non-empty string }` or `{ ok: true, ...}` passing `okCheck`. */
function wellFormed(
  result: unknown,
  key: 'message' | 'reason',
  okCheck: (r: Record<string, unknown>) => string | null,
): string | null {
  if (!isRecord(result)) return `returned ${typeof result}, not a result object`;
  if (result.ok === false) {
    // Plain text, or a catalogue message (a descriptor with its English) that pages translate.
    const given = result[key];
    const text = isRecord(given) ? given.message : given;
    return typeof text === 'string' && text.trim() !== '' ? null : `refused without a ${key}`;
  }
  if (result.ok === true) return okCheck(result);
  return 'returned a result with no ok flag';
}

function prototypeShape(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|');
}

export type TargetCounts = { inputs: number; crashes: number; stateChanges: number };
export type FuzzSummary = TargetCounts & {
  seed: number;
  byTarget: Record<FuzzTarget, TargetCounts>;
  /** The first problems found, one line each: target, what went wrong, what the input was. */
  problems: string[];
  /** The slowest single input, in milliseconds. */
  slowest: { ms: number; label: string };
  elapsedMs: number;
};

export function summaryLine(s: Pick<FuzzSummary, 'inputs' | 'crashes' | 'stateChanges'>): string {
  return `${s.inputs} inputs, ${s.crashes} crashes, ${s.stateChanges} state changes`;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}

/** The readers under test; a test may swap one for a faulty stand-in to prove the checks bite. */
export type FuzzReaders = {
  parseResponseFile: typeof parseResponseFile;
  parseSessionLink: typeof parseSessionLink;
};

export type FuzzOptions = {
  runs?: number;
  seed?: number;
  root?: string;
  readers?: Partial<FuzzReaders>;
  onProgress?: (done: number, total: number) => void;
};

export async function runFuzz(options: FuzzOptions = {}): Promise<FuzzSummary> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? DEFAULT_SEED;
  const root = options.root ?? process.cwd();
  const started = Date.now();

  const storage = installMemoryStorage();
  // The store modules read localStorage when they load, so they come after the stub.
  const { replaceWithResponse } = await import('../../src/state/assessment-actions');
  const { useAssessmentStore } = await import('../../src/state/assessment-store');
  const { STORAGE_KEY, KEPT_ASIDE_PREFIX, readStoredAssessment } =
    await import('../../src/state/stored-assessment');
  const { restoreSession, joinSession } = await import('../../src/state/group-actions');
  const { useGroupStore, GROUP_STORAGE_KEY } = await import('../../src/state/group-store');

  const { bank, fixtures } = await loadFuzzWorld(root);
  const readers: FuzzReaders = { parseResponseFile, parseSessionLink, ...options.readers };
  const itemsById = new Map(allItems(bank).map((i) => [i.id, i]));

  const snapshot = () =>
    stable([storage.entries(), useAssessmentStore.getState(), useGroupStore.getState()]);
  let prototypes = prototypeShape();

  const counts = Object.fromEntries(
    FUZZ_TARGETS.map((t) => [t, { inputs: 0, crashes: 0, stateChanges: 0 }]),
  ) as Record<FuzzTarget, TargetCounts>;
  const problems: string[] = [];
  let slowest = { ms: 0, label: '' };

  const answersProblem = (answers: unknown): string | null => {
    if (!isRecord(answers)) return 'accepted a response with no answers object';
    for (const [id, value] of Object.entries(answers)) {
      const item = itemsById.get(id);
      if (!item) return `accepted an answer to "${id.slice(0, 40)}", which is not in the bank`;
      if (!isAnswerForBank(bank, item, value)) return `accepted an invalid answer to ${id}`;
    }
    return null;
  };
  const responseOk = (r: Record<string, unknown>) => {
    const response = r.response;
    if (!isRecord(response)) return 'accepted without a response';
    if (response.bankId !== bank.id)
      return `accepted a response for bank ${String(response.bankId)}`;
    return answersProblem(response.answers);
  };

  /** Runs one case; returns [crash, stateChange] problems (null when fine). */
  async function check(c: FuzzCase): Promise<[string | null, string | null]> {
    const before = snapshot();
    const unchanged = () => (snapshot() === before ? null : 'refused, yet saved state changed');

    switch (c.target) {
      case 'response': {
        let result: unknown;
        try {
          result = readers.parseResponseFile(c.input, bank);
        } catch (error) {
          return [`parseResponseFile threw ${errorText(error)}`, null];
        }
        const bad = wellFormed(result, 'message', responseOk);
        if (bad) return [`parseResponseFile ${bad}`, null];
        const parsed = result as ReturnType<typeof parseResponseFile>;
        if (!parsed.ok) return [null, unchanged()];
        try {
          replaceWithResponse(bank, parsed.response);
        } catch (error) {
          return [`replaceWithResponse threw ${errorText(error)}`, null];
        }
        // What was saved must load again as the same answers.
        const saved = readStoredAssessment(storage.getItem(STORAGE_KEY) ?? '');
        if (!saved.ok)
          return [
            null,
            `an accepted import was saved in a form the app refuses on its next load (${saved.reason})`,
          ];
        if (stable(saved.state.answers) !== stable(parsed.response.answers))
          return [null, 'an accepted import was saved with different answers'];
        return [null, null];
      }
      case 'stored': {
        let result: unknown;
        try {
          result = readStoredAssessment(c.input);
        } catch (error) {
          return [`readStoredAssessment threw ${errorText(error)}`, null];
        }
        const bad = wellFormed(result, 'reason', (r) =>
          isRecord(r.state) ? null : 'accepted without a state',
        );
        if (bad) return [`readStoredAssessment ${bad}`, null];
        const read = result as ReturnType<typeof readStoredAssessment>;
        // The store loading this saved value: kept if good, kept aside (never dropped) if not.
        storage.clear();
        storage.setItem(STORAGE_KEY, c.input);
        try {
          await useAssessmentStore.persist.rehydrate();
        } catch (error) {
          return [`the store threw while loading a saved value: ${errorText(error)}`, null];
        }
        if (read.ok) {
          const state = useAssessmentStore.getState();
          return [
            null,
            stable(state.answers) === stable(read.state.answers)
              ? null
              : 'a valid saved value loaded with different answers',
          ];
        }
        const keptAside = storage.entries().some(([key, value]) => {
          if (!key.startsWith(KEPT_ASIDE_PREFIX)) return false;
          try {
            return (JSON.parse(value) as { raw?: unknown }).raw === c.input;
          } catch {
            return false;
          }
        });
        return [
          null,
          keptAside
            ? null
            : 'a saved value that could not be read was dropped instead of kept aside',
        ];
      }
      case 'bank': {
        let result: unknown;
        try {
          result = parseBank(c.input);
        } catch (error) {
          return [`parseBank threw ${errorText(error)}`, null];
        }
        if (!isRecord(result)) return ['parseBank returned no result', null];
        if (result.ok === true)
          return [
            isRecord(result.bank) && Array.isArray(result.bank.sections)
              ? null
              : 'parseBank accepted without a bank',
            null,
          ];
        const list = result.problems;
        const fine =
          Array.isArray(list) &&
          list.length > 0 &&
          list.every(
            (p) =>
              isRecord(p) &&
              typeof p.file === 'string' &&
              typeof p.path === 'string' &&
              typeof p.message === 'string' &&
              p.message !== '',
          );
        return [fine ? null : 'parseBank refused without naming each problem', unchanged()];
      }
      case 'bank-file': {
        let result: unknown;
        try {
          result = parseBankBundle(c.input);
        } catch (error) {
          return [`parseBankBundle threw ${errorText(error)}`, null];
        }
        if (!isRecord(result)) return ['parseBankBundle returned no result', null];
        if (result.ok === true)
          return [
            isRecord(result.bank) && Array.isArray(result.bank.sections)
              ? null
              : 'parseBankBundle accepted without a bank',
            null,
          ];
        const list = result.problems;
        const fine =
          Array.isArray(list) &&
          list.length > 0 &&
          list.every(
            (p) =>
              isRecord(p) &&
              typeof p.path === 'string' &&
              typeof p.message === 'string' &&
              p.message !== '',
          );
        return [fine ? null : 'parseBankBundle refused without naming each problem', unchanged()];
      }
      case 'code': {
        let result: unknown;
        try {
          result = decodeResponseCode(bank, c.input, NOW);
        } catch (error) {
          return [`decodeResponseCode threw ${errorText(error)}`, null];
        }
        const bad = wellFormed(result, 'message', responseOk);
        return [bad ? `decodeResponseCode ${bad}` : null, unchanged()];
      }
      case 'session': {
        let result: unknown;
        try {
          result = parseSessionFile(c.input, bank);
        } catch (error) {
          return [`parseSessionFile threw ${errorText(error)}`, null];
        }
        const bad = wellFormed(result, 'message', (r) => {
          const session = r.session;
          if (!isRecord(session) || !Array.isArray(session.responses))
            return 'accepted without a session';
          for (const response of session.responses) {
            const problem = isRecord(response)
              ? answersProblem(response.answers)
              : 'accepted a response that is not an object';
            if (problem) return problem;
          }
          return null;
        });
        if (bad) return [`parseSessionFile ${bad}`, null];
        const parsed = result as ReturnType<typeof parseSessionFile>;
        // The next-cycle page reads the same files: it never throws, says what is wrong, and
        // what it starts is a session the app can save and read back.
        try {
          const earlier = readEarlierCycle(bank, c.input);
          if (!earlier.ok && (typeof earlier.message !== 'string' || earlier.message === ''))
            return ['readEarlierCycle refused without a message', null];
          if (
            earlier.ok &&
            !SessionFileSchema.safeParse(
              startNextCycle(
                bank,
                earlier.earlier,
                { id: 'next', partnershipName: 'Next', date: '2027-01-01' },
                NOW,
              ),
            ).success
          )
            return ['the next cycle started from an accepted file does not pass its schema', null];
        } catch (error) {
          return [`readEarlierCycle threw ${errorText(error)}`, null];
        }
        if (!parsed.ok) return [null, unchanged()];
        try {
          restoreSession(parsed.session);
        } catch (error) {
          return [`restoreSession threw ${errorText(error)}`, null];
        }
        const saved = JSON.parse(storage.getItem(GROUP_STORAGE_KEY) ?? '{}') as {
          state?: { session?: unknown };
        };
        return [
          null,
          SessionFileSchema.safeParse(saved.state?.session).success
            ? null
            : 'an accepted session was saved in a form the app refuses on its next load',
        ];
      }
      case 'link': {
        let result: unknown;
        try {
          result = readers.parseSessionLink(c.input);
        } catch (error) {
          return [`parseSessionLink threw ${errorText(error)}`, null];
        }
        const bad = wellFormed(result, 'message', (r) =>
          SessionDetailsSchema.safeParse(r.details).success
            ? null
            : 'accepted details that do not pass their own schema',
        );
        if (bad) return [`parseSessionLink ${bad}`, null];
        const parsed = result as ReturnType<typeof parseSessionLink>;
        if (!parsed.ok) return [null, unchanged()];
        try {
          joinSession(parsed.details);
        } catch (error) {
          return [`joinSession threw ${errorText(error)}`, null];
        }
        return [null, null];
      }
    }
  }

  const recipes = sampleRecipes(runs, seed);
  for (const [index, recipe] of recipes.entries()) {
    const c = materialise(recipe, fixtures);
    const t0 = performance.now();
    const [crash, change] = await check(c);
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, label: c.label };

    let stateChange = change;
    const shape = prototypeShape();
    if (shape !== prototypes) {
      stateChange = 'Object or Array prototype changed (prototype pollution)';
      prototypes = shape; // counted once, not again for every later input
    }
    const tally = counts[c.target];
    tally.inputs += 1;
    if (crash) {
      tally.crashes += 1;
      if (problems.length < 20) problems.push(`crash #${index} (${c.label}): ${crash}`);
    }
    if (stateChange) {
      tally.stateChanges += 1;
      if (problems.length < 20)
        problems.push(`state change #${index} (${c.label}): ${stateChange}`);
    }
    options.onProgress?.(index + 1, recipes.length);
  }

  const total = Object.values(counts).reduce(
    (sum, t) => ({
      inputs: sum.inputs + t.inputs,
      crashes: sum.crashes + t.crashes,
      stateChanges: sum.stateChanges + t.stateChanges,
    }),
    {
      inputs: 0,
      crashes: 0,
      stateChanges: 0,
    },
  );
  return { ...total, seed, byTarget: counts, problems, slowest, elapsedMs: Date.now() - started };
}
