/**
 * Generated hostile inputs for the import paths (`npm run fuzz`, tests/unit/fuzz.test.ts).
 *
 * Pure: no files, no clock, no randomness of its own. fast-check draws small *recipes*
 * (`fuzzRecipe`), and `materialise` turns one recipe plus the valid fixtures into the actual
 * input, so that a 1 MB string exists only while its own case runs.
 *
 * What the recipes cover, for every target (response file, stored value, bank files, bank
 * file as loaded in the browser, response code, session file, session link):
 * - mutations of a valid fixture: a value at a random path replaced by a wrong type, a field
 *   deleted, an extra field added (including `__proto__`, `constructor` and `prototype`),
 *   every number turned into a string, a future format version, another bank's id, version or
 *   answers;
 * - hostile values anywhere: 1 MB+ strings, 10,000 levels of nesting, `NaN`, `Infinity`,
 *   `1e999`, prototype-pollution payloads, markup and spreadsheet formulas;
 * - text-level damage: truncation at any length, random bytes spliced in, duplicate keys, a
 *   byte order mark, a mistyped or missing character;
 * - whole inputs of random JSON, random text and random bytes, and oversized inputs.
 */
import fc from 'fast-check';
import type { RawBankFiles } from '../../src/domain/bank/parse-bank';

export const FUZZ_TARGETS = [
  'response',
  'stored',
  'bank',
  'bank-file',
  'code',
  'session',
  'link',
] as const;
export type FuzzTarget = (typeof FUZZ_TARGETS)[number];

/** Valid starting points, loaded by the harness. Every JSON value here is plain parsed JSON. */
export type FuzzFixtures = {
  /** Response files for the bank under test, parsed. */
  responses: unknown[];
  /** Response files for another bank (different id, items and answers), parsed. */
  otherResponses: unknown[];
  /** What the store saves: `{ state, version }`, current and older versions. */
  stored: unknown[];
  /** The bank under test as raw files. */
  bankFiles: RawBankFiles;
  /** Another valid bank as raw files. */
  otherBankFiles: RawBankFiles;
  /** Both banks as one-file bundles (`rally-bank`), parsed: the bank under test first. */
  bankBundles: unknown[];
  /** Response codes for the bank under test, and for the other bank. */
  codes: string[];
  otherCodes: string[];
  /** Session files for the bank under test, parsed. */
  sessions: unknown[];
  /** The JSON carried by valid session links (`{ v, i, n, d, l }`), and whole link fragments. */
  linkWires: unknown[];
  links: string[];
};

export type FuzzCase =
  | { target: Exclude<FuzzTarget, 'bank'>; input: string; label: string }
  | { target: 'bank'; input: RawBankFiles; label: string };

// ---------------------------------------------------------------------------------------
// Recipes
// ---------------------------------------------------------------------------------------

/** Text dropped in verbatim where a JSON value goes: things JSON.stringify cannot write. */
export const RAW_TOKENS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-1e999',
  '-0',
  '1e-400',
  '9007199254740993',
  'huge-string',
  'deep-array',
  'deep-object',
  'proto',
  'constructor',
  'prototype',
] as const;
type RawToken = (typeof RAW_TOKENS)[number];

type Hostile = { kind: 'json'; value: unknown } | { kind: 'raw'; token: RawToken };

type Mutation =
  | { op: 'set'; at: number; value: Hostile }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: Hostile }
  | { op: 'numbers-as-strings' }
  | { op: 'future-version'; version: number | string }
  | { op: 'other-bank'; which: 'id' | 'major' | 'minor' | 'answers' }
  | {
      op: 'files';
      action: 'drop-sections' | 'duplicate-section' | 'add-other-section' | 'swap-bank-file';
    }
  | { op: 'edge'; which: 'long-id' | 'precise-time' | 'long-text'; size: number };

type TextOp =
  | { op: 'truncate'; fraction: number }
  | { op: 'splice-bytes'; fraction: number; remove: number; bytes: number[] }
  | { op: 'duplicate-key'; key: string; value: Hostile; where: 'first' | 'last' }
  | { op: 'number-token'; fraction: number; token: string }
  | {
      op: 'char-edit';
      fraction: number;
      edit: 'delete' | 'insert' | 'swap' | 'replace' | 'case';
      char: string;
    }
  | { op: 'bom' }
  | { op: 'whitespace' };

type Source =
  | {
      kind: 'fixture';
      index: number;
      other: boolean;
      mutations: Mutation[];
      file: number;
      parsed: boolean;
    }
  | { kind: 'random-json'; value: unknown }
  | { kind: 'random-text'; text: string }
  | { kind: 'random-bytes'; bytes: number[]; encoding: 'latin1' | 'utf8' }
  | { kind: 'special'; token: RawToken | 'huge-file' | 'empty' | 'only-whitespace' | 'null-bytes' };

export type FuzzRecipe = { target: FuzzTarget; source: Source; textOps: TextOp[] };

/** Strings that have caused harm elsewhere: markup, formulas, odd Unicode. */
const NASTY_STRINGS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("https://example.invalid","click")',
  '+SUM(1,1)',
  '@cmd',
  '\u0000',
  '\u202e',
  '\ud800',
  '\uFEFF',
  '../../etc/passwd',
  '${7*7}',
  '{{constructor.constructor("return 1")()}}',
  ' ',
  '',
];

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'format',
  'formatVersion',
  'bankId',
  'bankVersion',
  'responseId',
  'answers',
  'comments',
  'about',
  'state',
  'version',
  'sections',
  'pages',
  'items',
  'id',
  'kind',
  'v',
  'i',
  'n',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

const hostileArb: fc.Arbitrary<Hostile> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ kind: 'json' as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...NASTY_STRINGS).map((value) => ({ kind: 'json' as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<unknown>(
        null,
        true,
        false,
        0,
        -1,
        1.5,
        2 ** 53,
        [],
        {},
        '',
        '1',
        '0',
        'true',
        'null',
        'dk',
        'na',
        [[]],
        [{}],
      )
      .map((value) => ({ kind: 'json' as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...RAW_TOKENS).map((token) => ({ kind: 'raw' as const, token })),
  },
);

const keyArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: hostileArb }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      at: fc.nat(),
      key: keyArb,
      value: hostileArb,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'numbers-as-strings' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('future-version' as const),
      version: fc.oneof(
        fc.integer({ min: 3, max: 1000 }),
        fc.constantFrom<number | string>(0, -1, 1.5, '2', '1', '2.0.0', '99.0.0'),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('other-bank' as const),
      which: fc.constantFrom('id' as const, 'major' as const, 'minor' as const, 'answers' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('edge' as const),
      which: fc.constantFrom('long-id' as const, 'precise-time' as const, 'long-text' as const),
      size: fc.nat({ max: 100 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('files' as const),
      action: fc.constantFrom(
        'drop-sections' as const,
        'duplicate-section' as const,
        'add-other-section' as const,
        'swap-bank-file' as const,
      ),
    }),
  },
);

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const textOpArb: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('truncate' as const), fraction }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('splice-bytes' as const),
      fraction,
      remove: fc.nat({ max: 8 }),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('duplicate-key' as const),
      key: keyArb,
      value: hostileArb,
      where: fc.constantFrom('first' as const, 'last' as const),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('number-token' as const),
      fraction,
      token: fc.constantFrom(
        'NaN',
        'Infinity',
        '-Infinity',
        '1e999',
        '0x10',
        '+1',
        '01',
        '1.',
        '.5',
        '"1"',
        '1_000',
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('char-edit' as const),
      fraction,
      edit: fc.constantFrom(
        'delete' as const,
        'insert' as const,
        'swap' as const,
        'replace' as const,
        'case' as const,
      ),
      char: fc.oneof(
        fc.constantFrom(
          'O',
          'I',
          'L',
          'U',
          '-',
          ' ',
          '"',
          '{',
          '}',
          ',',
          '\\',
          '\u0000',
          'é',
          '😀',
        ),
        fc.string({ minLength: 1, maxLength: 1 }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'whitespace' as const }) },
);

const sourceArb: fc.Arbitrary<Source> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('fixture' as const),
      index: fc.nat(),
      other: fc.constant(false),
      mutations: fc.array(mutationArb, { minLength: 0, maxLength: 3 }),
      file: fc.nat(),
      parsed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fixture' as const),
      index: fc.nat(),
      other: fc.constant(true),
      mutations: fc.array(mutationArb, { minLength: 0, maxLength: 1 }),
      file: fc.nat(),
      parsed: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('random-json' as const),
      value: fc.jsonValue({ maxDepth: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('random-text' as const),
      text: fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 60 }),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('random-bytes' as const),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 400 }),
      encoding: fc.constantFrom('latin1' as const, 'utf8' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('special' as const),
      token: fc.constantFrom<RawToken | 'huge-file' | 'empty' | 'only-whitespace' | 'null-bytes'>(
        ...RAW_TOKENS,
        'huge-file',
        'empty',
        'only-whitespace',
        'null-bytes',
      ),
    }),
  },
);

export const fuzzRecipe: fc.Arbitrary<FuzzRecipe> = fc.record({
  target: fc.constantFrom(...FUZZ_TARGETS),
  source: sourceArb,
  textOps: fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as TextOp[]) },
    { weight: 2, arbitrary: fc.array(textOpArb, { minLength: 1, maxLength: 2 }) },
  ),
});

/** `runs` recipes, the same for the same seed. */
export function sampleRecipes(runs: number, seed: number): FuzzRecipe[] {
  if (runs <= 0) return [];
  return fc.sample(fuzzRecipe, { numRuns: runs, seed });
}

// ---------------------------------------------------------------------------------------
// Turning a recipe into an input
// ---------------------------------------------------------------------------------------

export const HUGE_CHARS = 1_100_000;
export const DEEP_LEVELS = 10_000;

function rawText(token: RawToken): string {
  switch (token) {
    case 'huge-string':
      return `"${'x'.repeat(HUGE_CHARS)}"`;
    case 'deep-array':
      return `${'['.repeat(DEEP_LEVELS)}${']'.repeat(DEEP_LEVELS)}`;
    case 'deep-object':
      return `${'{"a":'.repeat(DEEP_LEVELS)}1${'}'.repeat(DEEP_LEVELS)}`;
    case 'proto':
      return '{"__proto__":{"polluted":"yes","isAdmin":true}}';
    case 'constructor':
      return '{"constructor":{"prototype":{"polluted":"yes"}}}';
    case 'prototype':
      return '{"prototype":{"polluted":"yes"},"__proto__":[]}';
    default:
      return token;
  }
}

/** A value that is written as raw text when the document is serialised. */
class Raw {
  constructor(readonly text: string) {}
}

function hostileValue(h: Hostile): unknown {
  return h.kind === 'raw' ? new Raw(rawText(h.token)) : h.value;
}

/** Sets an own property, even `__proto__`, without touching any prototype. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** JSON text of `value`, with Raw markers written verbatim. Never recursion-deep: Raw holds nesting as text. */
export function toText(value: unknown, space?: number): string {
  const raws: string[] = [];
  const json = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Raw) {
        raws.push(v.text);
        return `\u0001RAW${raws.length - 1}\u0001`;
      }
      return v;
    },
    space,
  );
  if (json === undefined) return '';
  return json.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)] ?? 'null');
}

function clone<T>(value: T): T {
  // Fixtures are plain JSON; a JSON round trip also drops any prototype oddity.
  return JSON.parse(JSON.stringify(value)) as T;
}

type Container = Record<string, unknown> | unknown[];
type PathEntry = { parent: Container | null; key: string | number | null; value: unknown };

/** Every position in `root` (depth-first, at most `limit`), the root itself first. */
function positions(root: unknown, limit = 20_000): PathEntry[] {
  const found: PathEntry[] = [{ parent: null, key: null, value: root }];
  for (let i = 0; i < found.length && found.length < limit; i += 1) {
    const { value } = found[i]!;
    if (Array.isArray(value))
      value.forEach((v, k) => found.push({ parent: value, key: k, value: v }));
    else if (value !== null && typeof value === 'object' && !(value instanceof Raw)) {
      for (const [k, v] of Object.entries(value))
        found.push({ parent: value as Record<string, unknown>, key: k, value: v });
    }
  }
  return found;
}

function replaceAt(root: unknown, entry: PathEntry, value: unknown): unknown {
  if (entry.parent === null) return value;
  if (Array.isArray(entry.parent)) entry.parent[entry.key as number] = value;
  else defineOwn(entry.parent, entry.key as string, value);
  return root;
}

function numbersAsStrings(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(numbersAsStrings);
  if (value !== null && typeof value === 'object' && !(value instanceof Raw)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) defineOwn(out, k, numbersAsStrings(v));
    return out;
  }
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Raw);

function setIfRecord(value: unknown, key: string, to: unknown) {
  if (isRecord(value)) defineOwn(value, key, to);
}

function applyMutation(
  value: unknown,
  m: Mutation,
  fixtures: FuzzFixtures,
  target: FuzzTarget,
): unknown {
  switch (m.op) {
    case 'set': {
      const all = positions(value);
      return replaceAt(value, all[m.at % all.length]!, hostileValue(m.value));
    }
    case 'delete': {
      const all = positions(value).filter((p) => p.parent !== null);
      if (all.length === 0) return undefined;
      const entry = all[m.at % all.length]!;
      if (Array.isArray(entry.parent)) entry.parent.splice(entry.key as number, 1);
      else delete (entry.parent as Record<string, unknown>)[entry.key as string];
      return value;
    }
    case 'add': {
      const containers = positions(value).filter(
        (p) => p.value !== null && typeof p.value === 'object' && !(p.value instanceof Raw),
      );
      if (containers.length === 0) return value;
      const entry = containers[m.at % containers.length]!;
      if (Array.isArray(entry.value)) entry.value.push(hostileValue(m.value));
      else defineOwn(entry.value as Record<string, unknown>, m.key, hostileValue(m.value));
      return value;
    }
    case 'numbers-as-strings':
      return numbersAsStrings(value);
    case 'future-version': {
      if (!isRecord(value)) return value;
      if ('formatVersion' in value) defineOwn(value, 'formatVersion', m.version);
      else if ('state' in value) defineOwn(value, 'version', m.version);
      else if ('v' in value) defineOwn(value, 'v', m.version);
      else
        defineOwn(value, 'version', typeof m.version === 'number' ? `${m.version}.0.0` : m.version);
      return value;
    }
    case 'other-bank': {
      const otherBank = fixtures.otherBankFiles.bank.data as { id: string; version: string };
      const ours = fixtures.bankFiles.bank.data as { id: string; version: string };
      const [major = '1', minor = '0'] = ours.version.split('.');
      const state = isRecord(value) && isRecord(value.state) ? value.state : value;
      if (m.which === 'id') {
        setIfRecord(state, 'bankId', otherBank.id);
        setIfRecord(state, 'bankVersion', otherBank.version);
        if (target === 'bank') setIfRecord(value, 'id', otherBank.id);
      } else if (m.which === 'major') {
        setIfRecord(state, 'bankVersion', `${Number(major) + 1}.0.0`);
      } else if (m.which === 'minor') {
        setIfRecord(state, 'bankVersion', `${major}.${Number(minor) + 1}.0`);
      } else {
        const other = fixtures.otherResponses[0] as
          { answers?: unknown; comments?: unknown } | undefined;
        setIfRecord(state, 'answers', clone(other?.answers ?? {}));
        setIfRecord(state, 'comments', clone(other?.comments ?? {}));
        if (isRecord(value) && Array.isArray(value.responses))
          defineOwn(value, 'responses', clone(fixtures.otherResponses));
      }
      return value;
    }
    case 'edge': {
      // Values at and just past the limits the file formats allow, which every later step
      // (saving, loading again) must also accept or the import must refuse.
      const records = [
        value,
        isRecord(value) ? value.state : undefined,
        isRecord(value) && Array.isArray(value.responses) ? value.responses[0] : undefined,
      ].filter(isRecord);
      for (const r of records) {
        if (m.which === 'long-id') defineOwn(r, 'responseId', 'r'.repeat(50 + m.size));
        else if (m.which === 'precise-time')
          defineOwn(r, 'createdAt', `2025-05-12T09:30:00.${'1'.repeat(1 + m.size * 3)}Z`);
        else {
          const comments = isRecord(r.comments) ? r.comments : {};
          const key = Object.keys(comments)[0] ?? 'culture';
          defineOwn(r, 'comments', { ...comments, [key]: 'c'.repeat(4950 + m.size) });
        }
      }
      return value;
    }
    case 'files':
      return value; // only meaningful for bank files: see materialiseBank
  }
}

/** Finds the start of the `n`-th number in `text`, nearest `at`. */
function numberSpan(text: string, at: number): [number, number] | null {
  const re = /-?\d+(\.\d+)?([eE][+-]?\d+)?/g;
  let best: [number, number] | null = null;
  for (const m of text.matchAll(re)) {
    const span: [number, number] = [m.index, m.index + m[0].length];
    if (!best || Math.abs(span[0] - at) < Math.abs(best[0] - at)) best = span;
    if (m.index > at && best) break;
  }
  return best;
}

function applyTextOp(text: string, op: TextOp): string {
  const at = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  switch (op.op) {
    case 'truncate':
      return text.slice(0, Math.min(at(op.fraction), Math.max(0, text.length - 1)));
    case 'splice-bytes': {
      const i = at(op.fraction);
      return text.slice(0, i) + String.fromCharCode(...op.bytes) + text.slice(i + op.remove);
    }
    case 'duplicate-key': {
      const entry = `"${op.key.replace(/["\\]/g, '')}":${toText(hostileValue(op.value))}`;
      if (op.where === 'first') {
        const open = text.indexOf('{');
        if (open < 0) return text;
        const rest = text.slice(open + 1).trimStart();
        return `${text.slice(0, open + 1)}${entry}${rest.startsWith('}') ? '' : ','}${text.slice(open + 1)}`;
      }
      const close = text.lastIndexOf('}');
      if (close < 0) return text;
      const before = text.slice(0, close).trimEnd();
      return `${text.slice(0, close)}${before.endsWith('{') ? '' : ','}${entry}${text.slice(close)}`;
    }
    case 'number-token': {
      const span = numberSpan(text, at(op.fraction));
      return span ? text.slice(0, span[0]) + op.token + text.slice(span[1]) : text;
    }
    case 'char-edit': {
      if (text.length === 0) return op.edit === 'insert' ? op.char : text;
      const i = Math.min(at(op.fraction), text.length - 1);
      switch (op.edit) {
        case 'delete':
          return text.slice(0, i) + text.slice(i + 1);
        case 'insert':
          return text.slice(0, i) + op.char + text.slice(i);
        case 'replace':
          return text.slice(0, i) + op.char + text.slice(i + 1);
        case 'swap':
          return i + 1 < text.length
            ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2)
            : text;
        case 'case':
          return (
            text.slice(0, i) +
            (text[i] === text[i]!.toLowerCase() ? text[i]!.toUpperCase() : text[i]!.toLowerCase()) +
            text.slice(i + 1)
          );
      }
      return text;
    }
    case 'bom':
      return `\uFEFF${text}`;
    case 'whitespace':
      return `\n\t ${text} \r\n`;
  }
}

function decodeBytes(bytes: number[], encoding: 'latin1' | 'utf8'): string {
  return encoding === 'latin1'
    ? String.fromCharCode(...bytes)
    : new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

function specialText(
  token: Extract<Source, { kind: 'special' }>['token'],
  target: FuzzTarget,
): string {
  switch (token) {
    case 'huge-file':
      // Past every size limit in the app (5 MB response files, 30 MB sessions): refused unread.
      if (target === 'session') return `{"format":"rally-session","x":"${'x'.repeat(31_000_000)}"}`;
      if (target === 'bank-file') return `{"format":"rally-bank","x":"${'x'.repeat(2_100_000)}"}`;
      return `{"format":"rally-response","x":"${'x'.repeat(5_100_000)}"}`;
    case 'empty':
      return '';
    case 'only-whitespace':
      return ' \n\t\r ';
    case 'null-bytes':
      return '\u0000'.repeat(64);
    default:
      return rawText(token);
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** URL-safe base64 without padding, as session links use. */
export function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    if (b !== undefined) out += B64[(n >> 6) & 63]!;
    if (c !== undefined) out += B64[n & 63]!;
  }
  return out;
}

const pick = <T>(list: readonly T[], index: number): T | undefined =>
  list.length === 0 ? undefined : list[index % list.length];

function fixtureValue(
  target: Exclude<FuzzTarget, 'bank' | 'code'>,
  fixtures: FuzzFixtures,
  index: number,
  other: boolean,
): unknown {
  switch (target) {
    case 'bank-file':
      return clone((other ? fixtures.bankBundles[1] : fixtures.bankBundles[0]) ?? {});
    case 'response':
      return clone(pick(other ? fixtures.otherResponses : fixtures.responses, index) ?? {});
    case 'stored': {
      if (!other) return clone(pick(fixtures.stored, index) ?? {});
      // Saved answers that belong to another bank.
      const r = clone((pick(fixtures.otherResponses, index) ?? {}) as Record<string, unknown>);
      return {
        version: 2,
        state: {
          bankId: r.bankId,
          bankVersion: r.bankVersion,
          responseId: 'other',
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
          answers: r.answers,
          comments: r.comments,
          position: null,
          finished: [],
        },
      };
    }
    case 'session': {
      const s = clone((pick(fixtures.sessions, index) ?? {}) as Record<string, unknown>);
      if (other && Array.isArray(s.responses)) s.responses = clone(fixtures.otherResponses);
      return s;
    }
    case 'link':
      return clone(pick(fixtures.linkWires, index) ?? {});
  }
}

function materialiseBank(recipe: FuzzRecipe, fixtures: FuzzFixtures): RawBankFiles {
  const base =
    recipe.source.kind === 'fixture' && recipe.source.other
      ? fixtures.otherBankFiles
      : fixtures.bankFiles;
  const files = clone(base);
  const source = recipe.source;
  const all = () => [files.bank, ...files.sections];
  const fileIndex = source.kind === 'fixture' ? source.file % all().length : 0;
  const file = all()[fileIndex]!;

  if (source.kind === 'fixture') {
    let data: unknown = file.data;
    for (const m of source.mutations) {
      if (m.op === 'files') {
        if (m.action === 'drop-sections') files.sections = [];
        else if (m.action === 'duplicate-section' && files.sections.length > 0)
          files.sections.push(clone(files.sections[0]!));
        else if (m.action === 'add-other-section')
          files.sections.push(clone(fixtures.otherBankFiles.sections[0]!));
        else if (m.action === 'swap-bank-file') files.bank = clone(fixtures.otherBankFiles.bank);
        continue;
      }
      data = applyMutation(data, m, fixtures, 'bank');
    }
    let text = toText(data);
    for (const op of recipe.textOps) text = applyTextOp(text, op);
    if (!source.parsed) {
      file.data = text; // a loader that forgot to parse, or a file read as text
    } else {
      try {
        file.data = JSON.parse(text) as unknown;
      } catch {
        file.data = text;
      }
    }
  } else {
    let text =
      source.kind === 'random-json'
        ? toText(source.value)
        : source.kind === 'random-text'
          ? source.text
          : source.kind === 'random-bytes'
            ? decodeBytes(source.bytes, source.encoding)
            : specialText(source.token, 'bank');
    for (const op of recipe.textOps) text = applyTextOp(text, op);
    try {
      file.data =
        source.kind === 'random-json' && recipe.textOps.length === 0
          ? source.value
          : (JSON.parse(text) as unknown);
    } catch {
      file.data = text;
    }
  }
  return files;
}

function describe(recipe: FuzzRecipe): string {
  const s = recipe.source;
  const ops = recipe.textOps.map((o) => o.op).join('+');
  const what =
    s.kind === 'fixture'
      ? `fixture${s.other ? ' (other bank)' : ''}${s.mutations.length ? ` with ${s.mutations.map((m) => (m.op === 'files' ? m.action : m.op === 'other-bank' || m.op === 'edge' ? `${m.op}:${m.which}` : m.op)).join('+')}` : ''}`
      : s.kind === 'special'
        ? `special ${s.token}`
        : s.kind;
  return `${recipe.target}: ${what}${ops ? `, then ${ops}` : ''}`;
}

/** The input a recipe stands for. */
export function materialise(recipe: FuzzRecipe, fixtures: FuzzFixtures): FuzzCase {
  const label = describe(recipe);
  if (recipe.target === 'bank')
    return { target: 'bank', input: materialiseBank(recipe, fixtures), label };

  const source = recipe.source;
  let text: string;
  if (source.kind === 'fixture') {
    if (recipe.target === 'code') {
      text = pick(source.other ? fixtures.otherCodes : fixtures.codes, source.index) ?? '';
      // Structural mutations make no sense for a code; a wrong character does.
      if (source.mutations.length > 0 && text.length > 0) {
        const m = source.mutations[0]!;
        const i = ('at' in m ? m.at : source.index) % text.length;
        text =
          text.slice(0, i) +
          (m.op === 'delete'
            ? ''
            : m.op === 'add'
              ? `${text[i]}${text[i]}`
              : text[i] === '0'
                ? '1'
                : '0') +
          text.slice(i + 1);
      }
    } else {
      let value = fixtureValue(recipe.target, fixtures, source.index, source.other);
      for (const m of source.mutations) value = applyMutation(value, m, fixtures, recipe.target);
      text =
        recipe.target === 'link'
          ? `#/join?s=${base64Url(toText(value))}`
          : toText(value, source.parsed ? 2 : undefined);
    }
  } else if (source.kind === 'random-json') {
    text =
      recipe.target === 'link'
        ? `#/join?s=${base64Url(toText(source.value))}`
        : toText(source.value);
  } else if (source.kind === 'random-text') {
    text = source.text;
  } else if (source.kind === 'random-bytes') {
    text = decodeBytes(source.bytes, source.encoding);
  } else {
    text = specialText(source.token, recipe.target);
    if (recipe.target === 'link' && source.token !== 'huge-file')
      text = `#/join?s=${base64Url(text)}`;
  }
  for (const op of recipe.textOps) text = applyTextOp(text, op);
  return { target: recipe.target, input: text, label };
}
