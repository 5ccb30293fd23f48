/**
 * The storage model test behind `npm run fuzz:storage` (scripts/fuzz-storage.ts) and its short
 * run in tests/unit/fuzz-storage.test.ts.
 *
 * fast-check generates sequences of what people do (answer, comment, import, start or open a
 * session, add files and codes, hand in on this device, add what was handed in, remove and undo,
 * record consensus, switch question bank, delete, reload, act in a second tab, another version
 * of Rally damaging saved data) while the device's storage fills up and frees again. Each step
 * runs through the app's real stores (./app.ts) and updates a simple model of what the person
 * has entered and not deliberately thrown away.
 *
 * After every step the test compares, and counts a **loss** when any of these fails:
 * 1. What the app shows (its stores' state) is what the model says.
 * 2. A reload (start-up run again on a copy of storage) shows the same, store by store; where it
 *    would not, a save warning is on screen, and its download holds exactly what is shown.
 * 3. Answers saved for the bank not in use are still saved as the model says.
 * 4. Everything ever kept aside is still kept aside (or, if there was no room to copy it, still
 *    in its place with a warning that offers it for download).
 * 5. Every file or code given to "add responses" is added, already there, or listed with a
 *    reason; a refused code stays in the box; nothing handed in on this device is dropped.
 * A sequence stops at its first loss.
 */
import fc from 'fast-check';
import type { Bank, Item } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { DONT_KNOW, NOT_APPLICABLE } from '../../../src/domain/answers/answer-schema';
import type { AnswerValue } from '../../../src/domain/answers/answer-schema';
import { DIMENSION_IDS } from '../../../src/domain/bank/bank-schema';
import type { ConsensusRecord } from '../../../src/domain/group/consensus';
import {
  createSession,
  parseSessionFile,
  serializeSession,
} from '../../../src/domain/group/session';
import {
  aboutFromAnswers,
  parseResponseFile,
  serializeResponse,
} from '../../../src/domain/response/response-file';
import { decodeResponseCode, encodeResponseCode } from '../../../src/domain/response/response-code';
import type { ResponseEnvelope } from '../../../src/domain/response/response-schema';
import { stable } from '../fuzz-harness';
import { loadApp } from './app';
import type { AddReport, App, FakeFile, ShownWarning } from './app';
import {
  QuotaStorage,
  emptyTab,
  installEnvironment,
  loadBanks,
  rememberTab,
  restoreTab,
  useStorage,
} from './world';
import type { Banks } from './world';

export const DEFAULT_SEQUENCES = 1000;
export const DEFAULT_SEED = 20_261_126;
export const MAX_COMMANDS = 24;
const NOW = new Date('2026-03-01T10:00:00.000Z');
const MAX_AT_ONCE = 600;

// ---------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------

type BankKey = 'builtin' | 'custom';
type Facts = { answers: Record<string, string>; comments: Record<string, string> };
type SessionModel = {
  id: string;
  /** response id -> its answers and comments (stable JSON) */
  responses: Record<string, string>;
  /** dimension id -> the record (stable JSON) */
  consensus: Record<string, string>;
  /** The earlier cycle it follows and the actions carried from it (stable JSON), if any. */
  previousCycle?: string;
};

export type Model = {
  bank: BankKey;
  facts: Record<BankKey, Facts>;
  session: SessionModel | null;
  /** Handed in on this device: response id -> bank id, answers and comments (stable JSON). */
  queue: Record<string, string>;
  /** Every raw value set aside that must stay kept (or held in place with a warning). */
  keptAside: string[];
  lastRemoved: { sessionId: string; id: string; body: string; token: unknown } | null;
  full: boolean;
  sessions: number;
};

function initialModel(): Model {
  return {
    bank: 'builtin',
    facts: { builtin: { answers: {}, comments: {} }, custom: { answers: {}, comments: {} } },
    session: null,
    queue: {},
    keptAside: [],
    lastRemoved: null,
    full: false,
    sessions: 0,
  };
}

const bodyOf = (r: { answers: object; comments?: object }) =>
  stable({ answers: r.answers, comments: r.comments ?? {} });
const queueBodyOf = (r: { bankId: string; answers: object; comments?: object }) =>
  stable({ bankId: r.bankId, answers: r.answers, comments: r.comments ?? {} });
const mapValues = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, stable(v)]));
const unstable = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, JSON.parse(v) as unknown]));

/** A loss: the app kept or showed something other than the model says. */
export class Loss extends Error {}

// ---------------------------------------------------------------------------------------
// The world: banks, a pool of responses, the app
// ---------------------------------------------------------------------------------------

type PoolEntry = {
  envelope: ResponseEnvelope;
  text: string;
  body: string;
  /** The same response id with other answers, as a second hand-in by one person would be. */
  variantText: string;
  variantBody: string;
  code: string;
  codeId: string;
  codeBody: string;
};

export type World = Banks & {
  storage: QuotaStorage;
  app: App;
  pool: PoolEntry[];
  customPool: PoolEntry[];
  otherBankText: string;
  otherBankCode: string;
  steps: number;
  /** How often each risky state was reached, so a test can check the generator reaches them. */
  seen: Record<string, number>;
};

function saw(w: World, what: string) {
  w.seen[what] = (w.seen[what] ?? 0) + 1;
}

/** A small deterministic random source, so that the pool is the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

function valueFor(bank: Bank, item: Item, k: number): AnswerValue {
  switch (item.kind) {
    case 'agreement': {
      const values: AnswerValue[] = [
        ...bank.scale.points.map((p) => p.value),
        DONT_KNOW,
        NOT_APPLICABLE,
      ];
      return values[k % values.length]!;
    }
    case 'choice': {
      const option = item.options[k % item.options.length]!.id;
      return item.multiple ? [option] : option;
    }
    case 'grid':
      return { [item.rows[k % item.rows.length]!.id]: item.options[k % item.options.length]!.id };
    case 'select':
      return item.options[k % item.options.length]!.id;
    case 'text':
      return `A${k % 100_000}`.slice(0, item.maxLength);
  }
}

function makePool(bank: Bank, count: number, prefix: string): PoolEntry[] {
  const items = allItems(bank);
  return Array.from({ length: count }, (_, i) => {
    const rnd = lcg(i * 7919 + prefix.length);
    const answers: Record<string, AnswerValue> = {};
    for (const item of items) {
      if (rnd() < 0.25) answers[item.id] = valueFor(bank, item, Math.floor(rnd() * 1000));
    }
    const first = items.find((it) => it.kind === 'agreement')!;
    answers[first.id] = valueFor(bank, first, i);
    const comments: Record<string, string> =
      i % 3 === 0 ? { [bank.sections[i % bank.sections.length]!.id]: `Comment ${i}` } : {};
    const envelope: ResponseEnvelope = {
      format: 'rally-response',
      formatVersion: 2,
      bankId: bank.id,
      bankVersion: bank.version,
      responseId: `${prefix}-${i}`,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      about: aboutFromAnswers(bank, answers),
      answers,
      comments,
      targets: {},
      actions: [],
    };
    const variant = {
      ...envelope,
      answers: { ...answers, [first.id]: valueFor(bank, first, i + 1) },
    };
    const code = encodeResponseCode(bank, envelope);
    const decoded = decodeResponseCode(bank, code, NOW);
    if (!decoded.ok) throw new Error(`pool response ${i} does not make a readable code`);
    return {
      envelope,
      text: serializeResponse(envelope),
      body: bodyOf(envelope),
      variantText: serializeResponse(variant),
      variantBody: bodyOf(variant),
      code,
      codeId: decoded.response.responseId,
      codeBody: bodyOf(decoded.response),
    };
  });
}

export async function makeWorld(root: string): Promise<World> {
  const storage = new QuotaStorage();
  installEnvironment(storage);
  const banks = await loadBanks(root);
  const app = await loadApp();
  const customPool = makePool(banks.custom, 4, 'custom');
  return {
    ...banks,
    storage,
    app,
    pool: makePool(banks.builtIn, 12, 'pool'),
    customPool,
    otherBankText: customPool[0]!.text,
    otherBankCode: customPool[0]!.code,
    steps: 0,
    seen: {},
  };
}

const bankOf = (w: World, key: BankKey) => (key === 'custom' ? w.custom : w.builtIn);
const keyOfBank = (w: World, key: BankKey) =>
  key === 'custom' ? `${w.app.keys.assessment}:${w.custom.id}` : w.app.keys.assessment;

// ---------------------------------------------------------------------------------------
// What the app shows, and what a reload would show
// ---------------------------------------------------------------------------------------

type Shown = {
  bank: BankKey;
  facts: Facts;
  session: SessionModel | null;
  queue: Record<string, string>;
};

type SessionLike = {
  session: { id: string };
  responses: { responseId: string; answers: object; comments?: object }[];
  consensus: { dimensionId: string }[];
  actions?: { carriedFrom?: object }[];
  previousCycle?: object;
};

function sessionModelOf(s: SessionLike | null): SessionModel | null {
  if (!s) return null;
  return {
    id: s.session.id,
    responses: Object.fromEntries(s.responses.map((r) => [r.responseId, bodyOf(r)])),
    consensus: Object.fromEntries(s.consensus.map((c) => [c.dimensionId, stable(c)])),
    ...(s.previousCycle ? { previousCycle: cycleOf(s) } : {}),
  };
}

/** What a session keeps of the cycle it follows: the record and the carried actions. */
function cycleOf(s: SessionLike): string {
  return stable([s.previousCycle, (s.actions ?? []).filter((a) => a.carriedFrom)]);
}

function shownNow(w: World): Shown {
  const { assessment, group, bank } = w.app.state();
  return {
    bank: bank.custom ? 'custom' : 'builtin',
    facts: { answers: mapValues(assessment.answers), comments: { ...assessment.comments } },
    session: sessionModelOf(group.session),
    queue: Object.fromEntries(group.handedIn.map((r) => [r.responseId, queueBodyOf(r)])),
  };
}

/** The differences between two records of stable JSON, in words, or [] when equal. */
function diffRecord(what: string, want: Record<string, string>, got: Record<string, string>) {
  const out: string[] = [];
  for (const [k, v] of Object.entries(want)) {
    if (!(k in got)) out.push(`${what} ${k} is missing`);
    else if (got[k] !== v) out.push(`${what} ${k} differs`);
  }
  for (const k of Object.keys(got)) if (!(k in want)) out.push(`${what} ${k} was not expected`);
  return out;
}

function diffSession(want: SessionModel | null, got: SessionModel | null): string[] {
  if (!want || !got)
    return want === got ? [] : [`session ${want ? 'is missing' : 'was not expected'}`];
  if (want.id !== got.id) return [`session ${got.id} is not session ${want.id}`];
  return [
    ...diffRecord('response', want.responses, got.responses),
    ...diffRecord('consensus record', want.consensus, got.consensus),
    ...(want.previousCycle === got.previousCycle
      ? []
      : [`the earlier cycle ${got.previousCycle ? 'differs' : 'is missing'}`]),
  ];
}

function diffFacts(want: Facts, got: Facts): string[] {
  return [
    ...diffRecord('answer', want.answers, got.answers),
    ...diffRecord('comment', want.comments, got.comments),
  ];
}

/** The answers saved under `key`; none when nothing is saved or it cannot be read (then kept aside on its next load). */
function readFacts(w: World, storage: Storage, key: string): Facts {
  const raw = storage.getItem(key);
  if (raw === null) return { answers: {}, comments: {} };
  const read = w.app.readStoredAssessment(raw);
  if (!read.ok) return { answers: {}, comments: {} };
  return { answers: mapValues(read.state.answers), comments: { ...read.state.comments } };
}

function keptAsideRaws(w: World, storage: QuotaStorage): string[] {
  return storage
    .entries()
    .filter(([k]) => k.startsWith(w.app.keys.keptAside))
    .map(([, v]) => {
      try {
        const parsed = JSON.parse(v) as { raw?: unknown };
        return typeof parsed.raw === 'string' ? parsed.raw : v;
      } catch {
        return v;
      }
    });
}

/** Start-up as a page load runs it, against `storage`. */
async function loadPage(w: World, storage: Storage) {
  useStorage(storage);
  emptyTab(w.app.stores);
  await w.app.startUp(w.builtIn);
}

/** What a reload would show, from a copy of storage; this tab's memory is put back after. */
async function reloadedView(w: World): Promise<{ shown: Shown; storage: QuotaStorage }> {
  const memory = rememberTab(w.app.stores);
  const copy = w.storage.copy();
  try {
    await loadPage(w, copy);
    return { shown: shownNow(w), storage: copy };
  } finally {
    useStorage(w.storage);
    restoreTab(w.app.stores, memory);
  }
}

function fail(label: string, problems: string[]): never {
  throw new Loss(
    `${label}: ${problems.slice(0, 4).join('; ')}${problems.length > 4 ? ` (and ${problems.length - 4} more)` : ''}`,
  );
}

/** The checks after every step (see the top of this file). */
async function checkStep(m: Model, w: World, label: string) {
  const shown = shownNow(w);
  const onScreen = [
    ...(shown.bank === m.bank ? [] : [`the question bank in use is ${shown.bank}, not ${m.bank}`]),
    ...diffFacts(m.facts[m.bank], shown.facts),
    ...diffSession(m.session, shown.session),
    ...diffRecord('handed-in response', m.queue, shown.queue),
  ];
  if (onScreen.length) fail(`${label}: what the app shows differs from what was done`, onScreen);

  const warnings = await w.app.warnings(bankOf(w, shown.bank));
  const warned = (kind: ShownWarning['kind']) => warnings.filter((x) => x.kind === kind);
  for (const kind of new Set(warnings.map((x) => x.kind))) saw(w, `warning: ${kind}`);
  let downloadedSession: SessionModel | null = null;
  for (const warning of warnings) {
    if (warning.kind === 'assessment') {
      const parsed = parseResponseFile(warning.download, bankOf(w, shown.bank));
      const problems = parsed.ok
        ? diffFacts(shown.facts, {
            answers: mapValues(parsed.response.answers),
            comments: { ...parsed.response.comments },
          })
        : [parsed.message];
      if (problems.length)
        fail(`${label}: the answers file in the save warning is not what is shown`, problems);
    } else if (warning.kind === 'group') {
      if (warning.download === '' && shown.session === null) continue; // nothing to keep
      const parsed = parseSessionFile(warning.download, w.builtIn);
      const problems = parsed.ok
        ? diffSession(shown.session, sessionModelOf(parsed.session))
        : [parsed.message];
      if (problems.length)
        fail(`${label}: the session file in the save warning is not what is shown`, problems);
      if (parsed.ok) downloadedSession = sessionModelOf(parsed.session);
    } else if (warning.kind === 'bank') {
      if (warning.download !== w.customText)
        fail(label, ['the question bank file in the save warning is not the bank in use']);
    }
  }

  const reloaded = await reloadedView(w);
  const problems: string[] = [];
  if (reloaded.shown.bank !== shown.bank && !(shown.bank === 'custom' && warned('bank').length))
    problems.push(
      `after a reload the question bank would be ${reloaded.shown.bank}, with no warning`,
    );

  const savedFacts =
    reloaded.shown.bank === shown.bank
      ? reloaded.shown.facts
      : readFacts(w, reloaded.storage, keyOfBank(w, shown.bank));
  const factProblems = diffFacts(shown.facts, savedFacts);
  if (factProblems.length && !warned('assessment').length)
    problems.push(...factProblems.map((p) => `after a reload, ${p}, with no warning`));

  const other: BankKey = shown.bank === 'custom' ? 'builtin' : 'custom';
  const otherFacts = readFacts(w, reloaded.storage, keyOfBank(w, other));
  problems.push(
    ...diffFacts(m.facts[other], otherFacts).map((p) => `the ${other} bank's saved answers: ${p}`),
  );

  const groupSaved =
    diffSession(shown.session, reloaded.shown.session).length === 0 &&
    diffRecord('', shown.queue, reloaded.shown.queue).length === 0;
  if (!groupSaved) {
    if (!warned('group').length)
      problems.push(
        ...[
          ...diffSession(shown.session, reloaded.shown.session),
          ...diffRecord('handed-in response', shown.queue, reloaded.shown.queue),
        ].map((p) => `after a reload, ${p}, with no warning`),
      );
    else {
      // Whatever waits to be added must be saved, or be in the session file offered.
      const kept = new Set([
        ...Object.entries(reloaded.shown.queue).map(([id, b]) => `${id} ${b}`),
      ]);
      const inSessions = [reloaded.shown.session, downloadedSession as SessionModel | null];
      for (const [id, body] of Object.entries(shown.queue)) {
        const plain = stable({
          answers: (JSON.parse(body) as Facts).answers,
          comments: (JSON.parse(body) as Facts).comments,
        });
        if (!kept.has(`${id} ${body}`) && !inSessions.some((s) => s?.responses[id] === plain))
          problems.push(`handed-in response ${id} is neither saved nor in the file offered`);
      }
    }
  }

  // Kept aside, or still where it was (not read yet, or held there for want of space).
  const remaining = [
    ...keptAsideRaws(w, reloaded.storage),
    ...reloaded.storage.entries().map(([, v]) => v),
  ];
  for (const raw of m.keptAside) {
    const at = remaining.indexOf(raw);
    if (at >= 0) remaining.splice(at, 1);
    else problems.push(`saved data kept aside (${raw.slice(0, 40)}…) is gone`);
  }
  if (problems.length) fail(label, problems);
}

// ---------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------

type Cmd = fc.AsyncCommand<Model, World>;

abstract class Step implements Cmd {
  abstract label(): string;
  check(_m: Readonly<Model>): boolean {
    return true;
  }
  abstract act(m: Model, w: World): Promise<void> | void;
  async run(m: Model, w: World) {
    w.steps += 1;
    await this.act(m, w);
    await checkStep(m, w, this.label());
  }
  toString() {
    return this.label();
  }
}

class Answer extends Step {
  constructor(
    readonly item: number,
    readonly value: number,
    readonly clear: boolean,
  ) {
    super();
  }
  label() {
    return `answer(${this.item}, ${this.clear ? 'clear' : this.value})`;
  }
  act(m: Model, w: World) {
    const bank = bankOf(w, m.bank);
    const items = allItems(bank);
    const item = items[this.item % items.length]!;
    const value = this.clear ? undefined : valueFor(bank, item, this.value);
    w.app.answer(item.id, value);
    if (value === undefined) delete m.facts[m.bank].answers[item.id];
    else m.facts[m.bank].answers[item.id] = stable(value);
  }
}

const COMMENTS = ['', '   ', 'We share risks well.', 'Trust is growing.\nSlowly.'];

class Comment extends Step {
  constructor(
    readonly section: number,
    readonly text: number,
  ) {
    super();
  }
  label() {
    return `comment(${this.section}, ${JSON.stringify(COMMENTS[this.text % COMMENTS.length])})`;
  }
  act(m: Model, w: World) {
    const bank = bankOf(w, m.bank);
    const id = bank.sections[this.section % bank.sections.length]!.id;
    const text = COMMENTS[this.text % COMMENTS.length]!;
    w.app.comment(id, text);
    if (text.trim() === '') delete m.facts[m.bank].comments[id];
    else m.facts[m.bank].comments[id] = text;
  }
}

class Import extends Step {
  constructor(readonly pick: number) {
    super();
  }
  label() {
    return `import(${this.pick})`;
  }
  act(m: Model, w: World) {
    const pool = m.bank === 'custom' ? w.customPool : w.pool;
    const entry = pool[this.pick % pool.length]!;
    if (!w.app.importResponse(bankOf(w, m.bank), entry.text))
      fail(this.label(), ['a valid response file was refused']);
    m.facts[m.bank] = {
      answers: mapValues(entry.envelope.answers),
      comments: { ...entry.envelope.comments },
    };
  }
}

class StartSession extends Step {
  label() {
    return 'start a session';
  }
  check(m: Readonly<Model>) {
    return m.session === null && m.bank === 'builtin';
  }
  act(m: Model, w: World) {
    const id = `session-${++m.sessions}`;
    w.app.startSession(w.builtIn, { id, partnershipName: 'Northborough Deal', date: '2026-03-01' });
    m.session = { id, responses: {}, consensus: {} };
  }
}

class EndSession extends Step {
  label() {
    return 'end the session';
  }
  check(m: Readonly<Model>) {
    return m.session !== null;
  }
  act(m: Model, w: World) {
    w.app.endSession();
    m.session = null;
    m.lastRemoved = null;
  }
}

/** Start the next cycle from an earlier session file with a target and two actions. */
class StartNextCycle extends Step {
  constructor(
    readonly picks: number[],
    readonly target: number,
  ) {
    super();
  }
  label() {
    return `start the next cycle(responses ${this.picks.join(',')}; target ${this.target})`;
  }
  check(m: Readonly<Model>) {
    return m.session === null && m.bank === 'builtin';
  }
  act(m: Model, w: World) {
    const id = `session-${++m.sessions}`;
    const entries = [...new Set(this.picks.map((p) => p % w.pool.length))].map((p) => w.pool[p]!);
    const earlier = {
      ...createSession(
        w.builtIn,
        { id: 'cycle-one', partnershipName: 'Earlier', date: '2026-01-05' },
        NOW,
      ),
      responses: entries.map((e) => e.envelope),
      consensus: [
        {
          dimensionId: 'governance' as const,
          agreedScore: 55,
          rationale: '',
          targetScore: this.target,
        },
      ],
      actions: [
        {
          id: 'a1',
          what: 'Write down who decides what',
          dimensionId: 'governance' as const,
          lead: '',
          status: 'under-way' as const,
          measure: '',
          due: '2026-06-30',
        },
        {
          id: 'a2',
          what: 'Hold a listening event',
          dimensionId: 'communities' as const,
          lead: 'Community lead',
          status: 'done' as const,
          measure: '',
        },
      ],
    };
    if (
      !w.app.startNextCycle(w.builtIn, serializeSession(earlier), {
        id,
        partnershipName: 'Northborough Deal',
        date: '2027-01-05',
      })
    )
      fail(this.label(), ['a valid earlier session file was refused']);
    const session = w.app.state().group.session;
    if (!session?.previousCycle || session.actions.filter((a) => a.carriedFrom).length !== 2)
      fail(this.label(), ['the earlier cycle or its actions did not come across']);
    m.session = {
      id,
      responses: {},
      consensus: {
        governance: stable({
          dimensionId: 'governance',
          agreedScore: null,
          rationale: '',
          targetScore: this.target,
        }),
      },
      previousCycle: cycleOf(session!),
    };
    saw(w, 'a next cycle started from an earlier session file');
  }
}

const DAMAGED_RESPONSES: ((r: ResponseEnvelope) => unknown)[] = [
  () => 42,
  (r) => ({ ...r, responseId: 'has spaces!' }),
  (r) => ({ ...r, answers: 'none' }),
  (r) => ({ ...r, format: 'something-else' }),
];

class OpenSession extends Step {
  constructor(
    readonly picks: number[],
    readonly damaged: number[],
  ) {
    super();
  }
  label() {
    return `open a session file(responses ${this.picks.join(',')}; damaged ${this.damaged.join(',')})`;
  }
  check(m: Readonly<Model>) {
    return m.session === null && m.bank === 'builtin';
  }
  act(m: Model, w: World) {
    const id = `session-${++m.sessions}`;
    const entries = [...new Set(this.picks.map((p) => p % w.pool.length))].map((p) => w.pool[p]!);
    const file = createSession(
      w.builtIn,
      { id, partnershipName: 'Opened', date: '2026-02-01' },
      NOW,
    );
    const responses: unknown[] = entries.map((e) => ({ ...e.envelope, notedBy: 'a newer Rally' }));
    for (const [i, d] of this.damaged.entries())
      responses.splice(
        i % (responses.length + 1),
        0,
        DAMAGED_RESPONSES[d % DAMAGED_RESPONSES.length]!(w.pool[0]!.envelope),
      );
    const text = JSON.stringify({
      ...JSON.parse(serializeSession(file)),
      responses,
      room: 'Hall 2',
    });
    const opened = w.app.openSession(w.builtIn, text);
    if (!opened.opened)
      fail(this.label(), [
        `a session file with ${this.damaged.length} damaged of ${responses.length} responses did not open`,
      ]);
    if (opened.listed < this.damaged.length)
      fail(this.label(), [
        `${this.damaged.length - opened.listed} damaged responses were dropped without a word`,
      ]);
    if (this.damaged.length) saw(w, 'a session file with damaged responses opened');
    m.session = {
      id,
      responses: Object.fromEntries(entries.map((e) => [e.envelope.responseId, e.body])),
      consensus: {},
    };
    const session = w.app.state().group.session;
    const saved = session ? serializeSession(session) : '';
    if (!saved.includes('"room"') || (entries.length > 0 && !saved.includes('"notedBy"')))
      fail(this.label(), ['fields this version does not know were dropped from the session']);
  }
}

type FileInput = {
  kind: 'valid' | 'variant' | 'damaged' | 'other-bank' | 'unreadable';
  pick: number;
};

function fileFor(w: World, input: FileInput, n: number): FakeFile {
  const entry = w.pool[input.pick % w.pool.length]!;
  const name = `${input.kind}-${input.pick % w.pool.length}-${n}.json`;
  const text =
    input.kind === 'valid'
      ? entry.text
      : input.kind === 'variant'
        ? entry.variantText
        : input.kind === 'other-bank'
          ? w.otherBankText
          : '{"format": "rally-response", ';
  return {
    name,
    size: text.length,
    text: () =>
      input.kind === 'unreadable'
        ? Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'))
        : Promise.resolve(text),
  };
}

/** Checks that every source is in exactly one of the report's lists. */
function accountFor(label: string, sources: string[], report: AddReport | null) {
  if (!report) fail(label, ['nothing was reported']);
  if (report.failure) fail(label, [report.failure]);
  const listed = [...report.added, ...report.already, ...report.refused, ...report.notRead];
  const missing = [...sources];
  for (const s of listed) {
    const at = missing.indexOf(s);
    if (at >= 0) missing.splice(at, 1);
  }
  if (missing.length)
    fail(label, [
      `${missing.length} of ${sources.length} inputs were neither added nor listed (${missing.slice(0, 3).join(', ')})`,
    ]);
}

/** The model's side of adding one response: added, already there, or refused. */
function addToModel(m: Model, id: string, body: string): 'added' | 'already' | 'refused' {
  const s = m.session!;
  if (id in s.responses) return s.responses[id] === body ? 'already' : 'refused';
  s.responses[id] = body;
  return 'added';
}

class AddFiles extends Step {
  constructor(
    readonly inputs: FileInput[],
    readonly overflow: number,
  ) {
    super();
  }
  label() {
    return `add files(${this.inputs.map((i) => `${i.kind}:${i.pick}`).join(', ')}${this.overflow ? `; ${MAX_AT_ONCE} more + ${this.overflow}` : ''})`;
  }
  check(m: Readonly<Model>) {
    return m.session !== null && m.bank === 'builtin';
  }
  async act(m: Model, w: World) {
    const files = this.inputs.map((input, n) => fileFor(w, input, n));
    if (this.overflow)
      for (let i = 0; i < MAX_AT_ONCE + this.overflow - this.inputs.length; i++)
        files.push({ name: `tiny-${i}.json`, size: 1, text: () => Promise.resolve('x') });
    const report = await w.app.addFiles(w.builtIn, files);
    accountFor(
      this.label(),
      files.map((f) => f.name),
      report,
    );
    if (this.overflow) saw(w, 'files past the limit named');
    if (this.inputs.some((i) => i.kind === 'unreadable')) saw(w, 'a file that cannot be read');
    for (const input of this.inputs) {
      const entry = w.pool[input.pick % w.pool.length]!;
      if (input.kind === 'valid') addToModel(m, entry.envelope.responseId, entry.body);
      else if (input.kind === 'variant')
        addToModel(m, entry.envelope.responseId, entry.variantBody);
    }
  }
}

type CodeInput = { kind: 'valid' | 'typo' | 'other-bank'; pick: number };

class AddCodes extends Step {
  constructor(readonly inputs: CodeInput[]) {
    super();
  }
  label() {
    return `add codes(${this.inputs.map((i) => `${i.kind}:${i.pick}`).join(', ')})`;
  }
  check(m: Readonly<Model>) {
    return m.session !== null && m.bank === 'builtin';
  }
  act(m: Model, w: World) {
    const lines = this.inputs.map((input) => {
      const entry = w.pool[input.pick % w.pool.length]!;
      if (input.kind === 'valid') return entry.code;
      if (input.kind === 'other-bank') return w.otherBankCode;
      const c = entry.code;
      const at = c.length - 3;
      return `${c.slice(0, at)}${c[at] === 'A' ? 'B' : 'A'}${c.slice(at + 1)}`;
    });
    const { report, leftOver } = w.app.addCodes(w.builtIn, lines.join('\n'));
    if (!report) fail(this.label(), ['nothing was reported']);
    const listed =
      report.added.length + report.already.length + report.refused.length + report.notRead.length;
    if (listed < lines.length)
      fail(this.label(), [
        `${lines.length - listed} of ${lines.length} codes were neither added nor listed`,
      ]);
    const left = leftOver.split('\n').map((l) => l.trim());
    this.inputs.forEach((input, i) => {
      const entry = w.pool[input.pick % w.pool.length]!;
      const outcome =
        input.kind === 'valid' ? addToModel(m, entry.codeId, entry.codeBody) : 'refused';
      if (outcome === 'refused') saw(w, 'a refused code stays in the box');
      if (outcome === 'refused' && !left.includes(lines[i]!))
        fail(this.label(), [`a code that was not added (line ${i + 1}) was cleared from the box`]);
    });
  }
}

class HandIn extends Step {
  label() {
    return 'hand in on this device';
  }
  check(m: Readonly<Model>) {
    return Object.keys(m.facts[m.bank].answers).length > 0;
  }
  act(m: Model, w: World) {
    const bank = bankOf(w, m.bank);
    const facts = m.facts[m.bank];
    const { error, responseId } = w.app.handIn(bank);
    if (error !== null) {
      saw(w, 'a hand-in refused for want of space');
      return; // refused, and told: nothing changes
    }
    m.queue[responseId] = queueBodyOf({
      bankId: bank.id,
      answers: unstable(facts.answers),
      comments: facts.comments,
    });
    m.facts[m.bank] = { answers: {}, comments: {} };
  }
}

/** Pass the device: a participant answers (here, as a file they bring would), maybe changes one answer, and hands in. */
class ParticipantHandsIn extends Step {
  constructor(
    readonly pick: number,
    readonly tweak: number | null,
    readonly otherBank: boolean,
  ) {
    super();
  }
  label() {
    return `a participant${this.otherBank ? ' on the other question bank' : ''} answers (${this.pick}${this.tweak === null ? '' : `, then changes ${this.tweak}`}) and hands in`;
  }
  act(m: Model, w: World) {
    const home = m.bank;
    const away: BankKey = home === 'custom' ? 'builtin' : 'custom';
    if (this.otherBank) new SwitchBank(away).act(m, w);
    new Import(this.pick).act(m, w);
    if (this.tweak !== null) new Answer(0, this.tweak, false).act(m, w);
    const hand = new HandIn();
    if (hand.check(m)) hand.act(m, w);
    if (m.bank !== home) new SwitchBank(home).act(m, w);
  }
}

class AddHandedIn extends Step {
  label() {
    return 'add the responses handed in on this device';
  }
  check(m: Readonly<Model>) {
    return m.session !== null && m.bank === 'builtin' && Object.keys(m.queue).length > 0;
  }
  act(m: Model, w: World) {
    const queued = Object.entries(m.queue);
    const report = w.app.addHandedIn(w.builtIn);
    if (!report) fail(this.label(), ['nothing was reported']);
    const listed =
      report.added.length + report.already.length + report.refused.length + report.notRead.length;
    if (listed < queued.length)
      fail(this.label(), [
        `${queued.length - listed} of ${queued.length} handed-in responses were neither added nor listed`,
      ]);
    for (const [id, queueBody] of queued) {
      const q = JSON.parse(queueBody) as Facts & { bankId: string };
      if (q.bankId !== w.builtIn.id) continue; // stays, refused: answers to another bank
      const outcome = addToModel(m, id, bodyOf(q));
      if (outcome !== 'refused') delete m.queue[id];
      else saw(w, 'a handed-in response refused (same id, other answers)');
    }
    if (queued.some(([, b]) => (JSON.parse(b) as { bankId: string }).bankId !== w.builtIn.id))
      saw(w, 'a handed-in response refused (another bank)');
  }
}

class Remove extends Step {
  constructor(readonly pick: number) {
    super();
  }
  label() {
    return `remove respondent(${this.pick})`;
  }
  check(m: Readonly<Model>) {
    return m.session !== null && Object.keys(m.session.responses).length > 0;
  }
  act(m: Model, w: World) {
    const ids = w.app.state().group.session!.responses.map((r) => r.responseId);
    const id = ids[this.pick % ids.length]!;
    const token = w.app.remove(id);
    m.lastRemoved = { sessionId: m.session!.id, id, body: m.session!.responses[id]!, token };
    delete m.session!.responses[id];
  }
}

class Undo extends Step {
  label() {
    return 'undo the removal';
  }
  check(m: Readonly<Model>) {
    return m.lastRemoved !== null;
  }
  act(m: Model, w: World) {
    if (!w.app.undo) return;
    const removed = m.lastRemoved!;
    w.app.undo(removed.token);
    m.lastRemoved = null;
    if (m.session?.id === removed.sessionId && !(removed.id in m.session.responses)) {
      m.session.responses[removed.id] = removed.body;
      saw(w, 'a removal undone');
    }
  }
}

const RATIONALES = ['', 'We agreed after a long talk.', 'The median undersells us.'];

function recordsFor(dims: number[], score: number, text: number): ConsensusRecord[] {
  return [...new Set(dims.map((d) => DIMENSION_IDS[d % DIMENSION_IDS.length]!))].map(
    (dimensionId) => ({
      dimensionId,
      agreedScore: score > 100 ? null : score,
      rationale: RATIONALES[text % RATIONALES.length]!,
      targetScore: text % 2 ? 70 : null,
    }),
  );
}

class Consensus extends Step {
  constructor(
    readonly dims: number[],
    readonly score: number,
    readonly text: number,
  ) {
    super();
  }
  label() {
    return `record consensus(${this.dims.join(',')}: ${this.score})`;
  }
  check(m: Readonly<Model>) {
    return m.session !== null;
  }
  act(m: Model, w: World) {
    const records = recordsFor(this.dims, this.score, this.text);
    w.app.saveConsensus(records);
    m.session!.consensus = Object.fromEntries(records.map((r) => [r.dimensionId, stable(r)]));
  }
}

class SwitchBank extends Step {
  constructor(readonly to: BankKey) {
    super();
  }
  label() {
    return `switch to the ${this.to} bank`;
  }
  check(m: Readonly<Model>) {
    return m.bank !== this.to;
  }
  act(m: Model, w: World) {
    const refused =
      this.to === 'custom'
        ? w.app.chooseCustom(w.custom, w.customText)
        : w.app.chooseBuiltIn(w.builtIn);
    if (refused === null) m.bank = this.to;
    else saw(w, 'a bank switch refused while answers are not saved');
  }
}

class Delete extends Step {
  label() {
    return 'delete my answers';
  }
  act(m: Model, w: World) {
    w.app.deleteEverything(bankOf(w, m.bank));
    m.facts[m.bank] = { answers: {}, comments: {} };
    m.facts.builtin = { answers: {}, comments: {} };
    m.keptAside = [];
  }
}

/** A page load; what was unsaved (with a warning and a download on screen) is gone. */
async function reload(m: Model, w: World) {
  const warned = new Set((await w.app.warnings(bankOf(w, m.bank))).map((x) => x.kind));
  if (warned.size) saw(w, 'a reload with unsaved work');
  const before = m.bank;
  await loadPage(w, w.storage);
  const shown = shownNow(w);
  if (warned.has('bank')) m.bank = shown.bank;
  if (warned.has('assessment')) m.facts[before] = readFacts(w, w.storage, keyOfBank(w, before));
  if (warned.has('group')) {
    m.session = shown.session;
    m.queue = shown.queue;
  }
  m.lastRemoved = null;
}

class Reload extends Step {
  label() {
    return 'reload';
  }
  async act(m: Model, w: World) {
    await reload(m, w);
  }
}

type Target = 'assessment' | 'group' | 'bank';

class Damage extends Step {
  constructor(
    readonly targets: Target[],
    readonly newer: boolean,
  ) {
    super();
  }
  label() {
    return `another version of Rally ${this.newer ? 'saves a newer format' : 'leaves damaged data'} under ${this.targets.join(', ')}, then reload`;
  }
  async act(m: Model, w: World) {
    const targets = this.targets.filter(
      (t) => t !== 'bank' || w.storage.getItem(w.app.keys.bank) !== null,
    );
    const limit = w.storage.limit;
    w.storage.limit = null;
    const step = w.steps;
    const raws: string[] = [];
    for (const t of targets) {
      const key =
        t === 'assessment'
          ? keyOfBank(w, m.bank)
          : t === 'group'
            ? w.app.keys.group
            : w.app.keys.bank;
      const raw = this.newer
        ? JSON.stringify({ state: { from: 'the future', step, t }, version: 99 })
        : `{"state": {"damaged at step ${step} in ${t}"`;
      // Data held in its place (no room to copy it) is overwritten by the other version, not by Rally.
      const before = w.storage.getItem(key);
      const at = before === null ? -1 : m.keptAside.indexOf(before);
      if (at >= 0) m.keptAside.splice(at, 1);
      w.storage.setItem(key, raw);
      raws.push(raw);
    }
    w.storage.limit = limit;
    // A newer format for the bank key is a bank file that no longer passes checks.
    const damagedBank = m.bank;
    await reload(m, w);
    for (const t of targets) {
      if (t === 'assessment') m.facts[damagedBank] = { answers: {}, comments: {} };
      if (t === 'group') {
        m.session = null;
        m.queue = {};
      }
      if (t === 'bank') m.bank = 'builtin';
    }
    m.keptAside.push(...raws);
  }
}

type OtherAction =
  | { kind: 'answer'; item: number; value: number }
  | { kind: 'comment'; section: number; text: number }
  | { kind: 'add'; picks: number[] }
  | { kind: 'consensus'; dim: number; score: number };

class SecondTab extends Step {
  constructor(readonly action: OtherAction) {
    super();
  }
  label() {
    return `space is freed, then in a second tab: ${JSON.stringify(this.action)}`;
  }
  async act(m: Model, w: World) {
    w.storage.limit = null;
    m.full = false;
    if ((await w.app.warnings(bankOf(w, m.bank))).length > 0)
      saw(w, 'second tab saves while this one cannot');
    const mine = rememberTab(w.app.stores);
    const before = new Map(w.storage.entries());
    let apply: () => void = () => {};
    try {
      await loadPage(w, w.storage);
      const theirs = shownNow(w);
      const bank = bankOf(w, theirs.bank);
      const a = this.action;
      // Only what changes in the other tab reaches this one: its view is what was saved.
      if (a.kind === 'answer') {
        const items = allItems(bank);
        const item = items[a.item % items.length]!;
        const value = valueFor(bank, item, a.value);
        w.app.answer(item.id, value);
        if (theirs.facts.answers[item.id] !== stable(value))
          apply = () => {
            m.facts[theirs.bank].answers[item.id] = stable(value);
          };
      } else if (a.kind === 'comment') {
        const id = bank.sections[a.section % bank.sections.length]!.id;
        const text = COMMENTS[a.text % COMMENTS.length]!;
        w.app.comment(id, text);
        const after = text.trim() === '' ? undefined : text;
        if (theirs.facts.comments[id] !== after)
          apply = () => {
            if (after === undefined) delete m.facts[theirs.bank].comments[id];
            else m.facts[theirs.bank].comments[id] = after;
          };
      } else if (
        theirs.session &&
        theirs.session.id === m.session?.id &&
        theirs.bank === 'builtin'
      ) {
        if (a.kind === 'add') {
          const files = a.picks.map((p, n) => fileFor(w, { kind: 'valid', pick: p }, n));
          const report = await w.app.addFiles(w.builtIn, files);
          const added = new Set(report?.added ?? []);
          apply = () => {
            a.picks.forEach((p, n) => {
              const entry = w.pool[p % w.pool.length]!;
              if (added.has(files[n]!.name)) addToModel(m, entry.envelope.responseId, entry.body);
            });
          };
        } else {
          const dimensionId = DIMENSION_IDS[a.dim % DIMENSION_IDS.length]!;
          const record: ConsensusRecord = {
            dimensionId,
            agreedScore: a.score,
            rationale: 'Said in the other tab.',
            targetScore: null,
          };
          const current = w.app
            .state()
            .group.session!.consensus.filter((c) => c.dimensionId !== dimensionId);
          w.app.saveConsensus([...current, record]);
          apply = () => {
            m.session!.consensus[dimensionId] = stable(record);
          };
        }
      }
      if ((await w.app.warnings(bank)).length > 0) apply = () => {}; // not saved there: it shows its own warning
    } finally {
      useStorage(w.storage);
      restoreTab(w.app.stores, mine);
    }
    apply();
    const changed = w.storage
      .entries()
      .filter(([k, v]) => before.get(k) !== v)
      .map(([k]) => k);
    for (const [k] of before) if (w.storage.getItem(k) === null) changed.push(k);
    for (const key of changed) await w.app.otherTabSaved(key, bankOf(w, m.bank));
  }
}

class StorageFull extends Step {
  constructor(readonly slack: number) {
    super();
  }
  label() {
    return `storage full (${this.slack} characters free)`;
  }
  act(m: Model, w: World) {
    w.storage.limit = w.storage.usage() + this.slack;
    m.full = true;
  }
}

class StorageFree extends Step {
  label() {
    return 'storage freed';
  }
  check(m: Readonly<Model>) {
    return m.full;
  }
  act(m: Model, w: World) {
    w.storage.limit = null;
    m.full = false;
  }
}

class Retry extends Step {
  label() {
    return 'try saving again';
  }
  async act(_m: Model, w: World) {
    await w.app.retry?.();
  }
}

// ---------------------------------------------------------------------------------------
// Generators and the run
// ---------------------------------------------------------------------------------------

const fileInput = fc.record({
  kind: fc.constantFrom<FileInput['kind']>(
    'valid',
    'valid',
    'valid',
    'variant',
    'damaged',
    'other-bank',
    'unreadable',
  ),
  pick: fc.nat(40),
});
const codeInput = fc.record({
  kind: fc.constantFrom<CodeInput['kind']>('valid', 'valid', 'typo', 'other-bank'),
  pick: fc.nat(40),
});

export function commandArbitrary(): fc.Arbitrary<Cmd> {
  const w = (weight: number, arbitrary: fc.Arbitrary<Cmd>) => ({ weight, arbitrary });
  return fc.oneof(
    w(
      8,
      fc
        .tuple(fc.nat(500), fc.nat(1000), fc.boolean())
        .map(([i, v, c]) => new Answer(i, v, c && v % 4 === 0)),
    ),
    w(
      3,
      fc.tuple(fc.nat(20), fc.nat(10)).map(([s, t]) => new Comment(s, t)),
    ),
    w(
      2,
      fc.nat(40).map((p) => new Import(p)),
    ),
    w(5, fc.constant(new StartSession())),
    w(1, fc.constant(new EndSession())),
    w(
      1,
      fc
        .tuple(fc.array(fc.nat(40), { maxLength: 3 }), fc.integer({ min: 0, max: 100 }))
        .map(([p, t]) => new StartNextCycle(p, t)),
    ),
    w(
      2,
      fc
        .tuple(fc.array(fc.nat(40), { maxLength: 4 }), fc.array(fc.nat(10), { maxLength: 2 }))
        .map(([p, d]) => new OpenSession(p, d)),
    ),
    w(
      6,
      fc.array(fileInput, { minLength: 1, maxLength: 5 }).map((i) => new AddFiles(i, 0)),
    ),
    w(
      1,
      fc
        .tuple(fc.array(fileInput, { maxLength: 2 }), fc.integer({ min: 1, max: 3 }))
        .map(([i, o]) => new AddFiles(i, o)),
    ),
    w(
      3,
      fc.array(codeInput, { minLength: 1, maxLength: 4 }).map((i) => new AddCodes(i)),
    ),
    w(4, fc.constant(new HandIn())),
    w(
      4,
      fc
        .tuple(fc.nat(40), fc.option(fc.nat(1000), { nil: null }), fc.boolean())
        .map(([p, t, o]) => new ParticipantHandsIn(p, t, o)),
    ),
    w(5, fc.constant(new AddHandedIn())),
    w(
      3,
      fc.nat(40).map((p) => new Remove(p)),
    ),
    w(4, fc.constant(new Undo())),
    w(
      2,
      fc
        .tuple(fc.array(fc.nat(10), { minLength: 1, maxLength: 3 }), fc.nat(110), fc.nat(10))
        .map(([d, s, t]) => new Consensus(d, s, t)),
    ),
    w(
      3,
      fc.constantFrom<BankKey>('builtin', 'custom').map((to) => new SwitchBank(to)),
    ),
    w(1, fc.constant(new Delete())),
    w(3, fc.constant(new Reload())),
    w(
      2,
      fc
        .tuple(fc.subarray<Target>(['assessment', 'group', 'bank'], { minLength: 1 }), fc.boolean())
        .map(([t, n]) => new Damage(t, n)),
    ),
    w(
      4,
      fc
        .oneof(
          fc.record({
            kind: fc.constant('answer' as const),
            item: fc.nat(500),
            value: fc.nat(1000),
          }),
          fc.record({
            kind: fc.constant('comment' as const),
            section: fc.nat(20),
            text: fc.nat(10),
          }),
          fc.record({
            kind: fc.constant('add' as const),
            picks: fc.array(fc.nat(40), { minLength: 1, maxLength: 3 }),
          }),
          fc.record({
            kind: fc.constant('consensus' as const),
            dim: fc.nat(10),
            score: fc.nat(100),
          }),
        )
        .map((a) => new SecondTab(a)),
    ),
    w(
      4,
      fc.constantFrom(0, 0, 60, 400, 3000).map((s) => new StorageFull(s)),
    ),
    w(3, fc.constant(new StorageFree())),
    w(1, fc.constant(new Retry())),
  );
}

export type StorageFuzzSummary = {
  sequences: number;
  steps: number;
  losses: number;
  seed: number;
  seen: Record<string, number>;
  /** The first losses: what went wrong, and the steps that led there. */
  problems: { sequence: number; message: string; steps: string[] }[];
  elapsedMs: number;
};

export function summaryLine(s: Pick<StorageFuzzSummary, 'sequences' | 'steps' | 'losses'>): string {
  return `${s.sequences} sequences, ${s.steps} steps, ${s.losses} losses`;
}

export type StorageFuzzOptions = {
  sequences?: number;
  seed?: number;
  maxCommands?: number;
  root?: string;
  /** Runs only the sequence with this index (from a loss's description), to repeat it. */
  only?: number;
  /** How many losses to describe (default 10). */
  describe?: number;
  /** Replaces the world's app, for tests that plant a defect. */
  patch?: (w: World) => void;
};

export async function runStorageFuzz(
  options: StorageFuzzOptions = {},
): Promise<StorageFuzzSummary> {
  const sequences = options.sequences ?? DEFAULT_SEQUENCES;
  const seed = options.seed ?? DEFAULT_SEED;
  const started = Date.now();
  const world = await makeWorld(options.root ?? process.cwd());
  options.patch?.(world);
  const runs = fc.sample(
    fc.commands([commandArbitrary()], {
      maxCommands: options.maxCommands ?? MAX_COMMANDS,
      size: 'max',
    }),
    { numRuns: sequences, seed },
  );
  let losses = 0;
  const problems: StorageFuzzSummary['problems'] = [];
  for (const [index, cmds] of runs.entries()) {
    if (options.only !== undefined && index !== options.only) continue;
    const done: string[] = [];
    const traced = [...cmds].map((c) => ({
      check: (m: Readonly<Model>) => c.check(m),
      run: async (m: Model, r: World) => {
        done.push(c.toString());
        await c.run(m, r);
      },
      toString: () => c.toString(),
    }));
    try {
      await fc.asyncModelRun(async () => {
        world.storage.clear();
        world.storage.limit = null;
        await loadPage(world, world.storage);
        return { model: initialModel(), real: world };
      }, traced);
    } catch (error) {
      losses += 1;
      if (problems.length < (options.describe ?? 10))
        problems.push({
          sequence: index,
          message: error instanceof Loss ? error.message : `the app threw: ${String(error)}`,
          steps: done,
        });
    }
  }
  useStorage(world.storage);
  return {
    sequences,
    steps: world.steps,
    losses,
    seed,
    seen: world.seen,
    problems,
    elapsedMs: Date.now() - started,
  };
}
