/**
 * A record of what every schema does with a broad set of inputs, to prove that a change to how
 * the schemas are written (decision 024: zod classic to zod/mini) changes nothing they do.
 *
 * Every exported schema of the modules below parses every value in a pool: the fuzz corpus's
 * fixtures (response files, saved state, banks, sessions, link payloads), every value nested
 * inside them, and damaged variants made by the fuzz recipes (tests/helpers/fuzz-inputs.ts).
 * Each item kind's answer schema and a page form's schema parse answer-shaped values, and the
 * app's readers (response file, saved state, session file, session link, bank) read every fuzz
 * input, which exercises the schemas they keep to themselves. One line per result: success,
 * the parsed value, and every issue whole (code, path, message and the rest).
 *
 * Usage: npx tsx --import ./scripts/lib/lingui-node.mjs scripts/zod-record.ts OUT.jsonl [RUNS]
 * Record once before a change and once after, then `cmp` (or `diff`) the two files.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installMemoryStorage, loadFuzzWorld, stable } from '../tests/helpers/fuzz-harness';
import { materialise, sampleRecipes } from '../tests/helpers/fuzz-inputs';

const out = process.argv[2];
const runs = Number(process.argv[3] ?? 3000);
if (!out) throw new Error('Usage: zod-record.ts OUT.jsonl [RUNS]');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

installMemoryStorage();
const modules: Record<string, Record<string, unknown>> = {
  'answers/answer-values': await import('../src/domain/answers/answer-values'),
  'bank/bank-ids': await import('../src/domain/bank/bank-ids'),
  'bank/bank-schema': await import('../src/domain/bank/bank-schema'),
  'group/consensus': await import('../src/domain/group/consensus'),
  'group/device-lock': await import('../src/domain/group/device-lock'),
  'group/session-link': await import('../src/domain/group/session-link'),
  'group/session': await import('../src/domain/group/session'),
  'plan/action-plan': await import('../src/domain/plan/action-plan'),
  'plan/previous-cycle': await import('../src/domain/plan/previous-cycle'),
  'plan/targets': await import('../src/domain/plan/targets'),
  'response/response-schema': await import('../src/domain/response/response-schema'),
  'state/stored-assessment': await import('../src/state/stored-assessment'),
  'state/consensus-drafts': await import('../src/state/consensus-drafts'),
  'config/route-code': await import('../src/config/route-code'),
};
const { parseResponseFile } = await import('../src/domain/response/response-file');
const { parseSessionFile } = await import('../src/domain/group/session');
const { parseSessionLink } = await import('../src/domain/group/session-link');
const { readStoredAssessment } = await import('../src/state/stored-assessment');
const { readStoredGroup } = await import('../src/state/group-store');
const { parseBank } = await import('../src/domain/bank/parse-bank');
const { parseBankBundle } = await import('../src/domain/bank/bank-bundle');
const { decodeResponseCode } = await import('../src/domain/response/response-code');
const { readEarlierCycle } = await import('../src/domain/plan/next-cycle');
const { bankJsonSchemas } = await import('../src/domain/bank/json-schema');
const { buildPageSchema } = await import('../src/domain/answers/page-form');
const { kindOf } = await import('../src/domain/items/registry');
const { allItems } = await import('../src/domain/bank/bank-queries');
const { english } = await import('../src/domain/said');

type Parser = { safeParse(v: unknown): { success: boolean; data?: unknown; error?: unknown } };
const isSchema = (v: unknown): v is Parser =>
  typeof v === 'object' && v !== null && '_zod' in v && 'safeParse' in v;

const schemas: [string, Parser][] = [];
for (const [file, mod] of Object.entries(modules))
  for (const [name, value] of Object.entries(mod))
    if (isSchema(value)) schemas.push([`${file}.${name}`, value]);

const { bank, fixtures } = await loadFuzzWorld(root);
const NOW = new Date('2026-01-01T00:00:00Z');

/** The values every schema parses: each fixture, each value inside one, and some edge values. */
const pool = new Map<string, unknown>();
const add = (v: unknown) => {
  const key = stable(v) ?? String(v);
  if (!pool.has(key)) pool.set(key, v);
};
const walk = (v: unknown, depth: number) => {
  add(v);
  if (depth > 12 || v === null || typeof v !== 'object') return;
  for (const child of Object.values(v)) walk(child, depth + 1);
};
const EDGES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -1,
  1.5,
  101,
  NaN,
  '',
  ' ',
  '  padded  ',
  'x'.repeat(70),
  'x'.repeat(5001),
  '2025-03-01',
  '2025-02-30',
  '2025-03-01T10:00:00Z',
  '2025-03-01T10:00:00',
  'https://example.org',
  'not a url',
  '1.0.0',
  'ab--c',
  'Some_id-1',
  '\u0007bell',
  [],
  [1, 2],
  ['a', 'b'],
  {},
  { a: 'b' },
  { __proto__: { polluted: true } },
  Object.create(null) as unknown,
];
for (const e of EDGES) add(e);
for (const value of [
  ...fixtures.responses,
  ...fixtures.otherResponses,
  ...fixtures.stored,
  ...fixtures.sessions,
  ...fixtures.linkWires,
  ...fixtures.bankBundles,
  ...Object.values(fixtures.bankFiles).flatMap((f) =>
    typeof f === 'object' && f !== null && 'data' in f ? [f.data] : [f],
  ),
])
  walk(value, 0);
// The session fixtures (consensus, actions, an earlier cycle) and version 1 files.
const fileFixtures = ['sessions', 'version-1'].flatMap((dir) =>
  readdirSync(path.join(root, 'tests/fixtures', dir))
    .filter((n) => n.endsWith('.json'))
    .map(
      (n) => JSON.parse(readFileSync(path.join(root, 'tests/fixtures', dir, n), 'utf8')) as unknown,
    ),
);
for (const value of fileFixtures) walk(value, 0);
const lock = { salt: 'abcdefgh12', hash: 'ijklmnop34', startedAt: '2025-03-01T10:00:00Z' };
const draft = [
  { dimensionId: 'trust', agreedScore: '60', rationale: 'r', target: { choice: 'x', score: '70' } },
];
for (const value of [
  lock,
  draft,
  {
    version: 2,
    state: { session: fixtures.sessions[0], joined: null, handedIn: fixtures.responses },
  },
])
  walk(value, 0);

// Damaged variants of every object found so far: each field gone, or another kind of value.
const DAMAGE: unknown[] = [null, '', '  padded  ', 'x'.repeat(5001), -1, 1.5, [], {}];
// Three objects of each shape (set of field names) are damaged, to keep the record's size sane.
const shapes = new Map<string, number>();
for (const v of [...pool.values()]) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
  const keys = Object.keys(v);
  const shape = keys.sort().join(',');
  const seen = shapes.get(shape) ?? 0;
  if (keys.length > 40 || seen >= 3) continue;
  shapes.set(shape, seen + 1);
  add({ ...v, extraField: 1 });
  for (const key of keys) {
    const { [key]: _gone, ...rest } = v as Record<string, unknown>;
    add(rest);
    for (const d of DAMAGE) add({ ...v, [key]: d });
  }
}
// Damaged variants: every fuzz input that is JSON joins the pool (not walked: too many).
const cases = sampleRecipes(runs, 20_190_601).map((r) => materialise(r, fixtures));
for (const c of cases) {
  if (c.target === 'bank') continue;
  try {
    add(JSON.parse(c.input));
  } catch {
    /* not JSON: the readers below still see it */
  }
}

/** Long text is recorded by its digest, so that the record stays a manageable size. */
const short = (text: string | undefined) =>
  text === undefined || text.length <= 600
    ? text
    : `sha256:${createHash('sha256').update(text).digest('hex')}`;
const file = openSync(out, 'w');
const whole = createHash('sha256');
let count = 0;
const lines = {
  push(line: string) {
    writeSync(file, `${line}\n`);
    whole.update(line);
    count += 1;
  },
};
const result = (r: { success: boolean; data?: unknown; error?: unknown }) =>
  r.success
    ? { ok: true, data: short(stable(r.data)) }
    : { ok: false, issues: short(stable((r.error as { issues: unknown[] }).issues)) };

const values = [...pool.values()];
for (const [name, schema] of schemas)
  for (const [i, v] of values.entries())
    lines.push(JSON.stringify({ schema: name, input: i, ...result(schema.safeParse(v)) }));

// Each item's answer schema, answered and not, with and without an answer required.
const translate = (m: Parameters<typeof english>[0]) => `[${english(m)}]`;
const answerValues: unknown[] = [
  ...EDGES,
  '1',
  '3',
  '5',
  '9',
  ['a'],
  ['none', 'a'],
  { r: '1' },
  ...fixtures.responses.flatMap((r) =>
    Object.values((r as { answers: Record<string, unknown> }).answers),
  ),
];
for (const item of allItems(bank)) {
  for (const required of [true, false]) {
    const schema = kindOf(item).fieldSchema(item, bank.scale, required, translate) as Parser;
    for (const [i, v] of answerValues.entries())
      lines.push(
        JSON.stringify({ item: item.id, required, input: i, ...result(schema.safeParse(v)) }),
      );
  }
}
const pageForms = (page: { items: ReturnType<typeof allItems> }) =>
  fixtures.responses.flatMap((r) => {
    const answers = (r as { answers: Record<string, never> }).answers;
    const form: Record<string, unknown> = Object.fromEntries(
      page.items.map((item) => [item.id, kindOf(item).formValue(item, answers[item.id])]),
    );
    form.comment = 'A comment';
    const damaged = page.items.flatMap((item) =>
      [undefined, '', 'x'.repeat(3000), ['zzz'], { zz: '9' }, 7].map((d) => ({
        ...form,
        [item.id]: d,
      })),
    );
    return [form, { ...form, comment: 'x'.repeat(5000) }, ...damaged];
  });
for (const section of bank.sections)
  for (const page of section.pages)
    for (const requireAnswers of [true, false]) {
      const formSchema = buildPageSchema(page.items, bank.scale, {
        requireAnswers,
        withComment: true,
        translate,
      }) as unknown as Parser;
      for (const [i, form] of pageForms(page).entries())
        lines.push(
          JSON.stringify({
            page: page.id,
            requireAnswers,
            form: i,
            ...result(formSchema.safeParse(form)),
          }),
        );
      for (const [i, v] of answerValues.entries()) {
        const form = Object.fromEntries([
          ...page.items.map((item) => [item.id, v]),
          ['comment', typeof v === 'string' ? v : ''],
        ]);
        lines.push(
          JSON.stringify({
            page: page.id,
            requireAnswers,
            input: i,
            ...result(formSchema.safeParse(form)),
          }),
        );
      }
    }

// The readers, on every fuzz input.
const settle = (f: () => unknown) => {
  try {
    return short(stable(f()));
  } catch (error) {
    return `threw ${String(error)}`;
  }
};
for (const [i, c] of cases.entries()) {
  if (c.target === 'bank') {
    lines.push(
      JSON.stringify({ reader: 'parseBank', input: i, out: settle(() => parseBank(c.input)) }),
    );
    continue;
  }
  const text = c.input;
  const readers: Record<string, () => unknown> = {
    parseResponseFile: () => parseResponseFile(text, bank),
    parseSessionFile: () => parseSessionFile(text, bank),
    parseSessionLink: () => parseSessionLink(text),
    readStoredAssessment: () => readStoredAssessment(text),
    readStoredGroup: () => readStoredGroup(text),
    parseBankBundle: () => parseBankBundle(text),
    decodeResponseCode: () => decodeResponseCode(bank, text, NOW),
    readEarlierCycle: () => readEarlierCycle(bank, text),
  };
  for (const [reader, read] of Object.entries(readers))
    lines.push(JSON.stringify({ reader, input: i, out: settle(read) }));
}
lines.push(JSON.stringify({ jsonSchemas: stable(bankJsonSchemas()) }));

closeSync(file);
const digest = whole.digest('hex').slice(0, 16);
console.log(
  `${schemas.length} schemas x ${values.length} values, ${cases.length} reader inputs: ${count} results, digest ${digest}`,
);
