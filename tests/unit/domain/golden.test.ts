// @vitest-environment node
/**
 * Golden fixtures: recorded response files against the real bank in questions/, each with the
 * results worked out by hand from the bank's weights (the arithmetic is in each
 * `<name>.expected.json` "why" field and in tests/fixtures/README.md). If the bank's weights
 * change, these fail on purpose: re-do the arithmetic, do not copy the new output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { parseResponseFile } from '../../../src/domain/response/response-file';
import { buildResults } from '../../../src/domain/scoring/build-results';
import { loadRealBank, ROOT } from '../../bank/real-bank';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

type Expected = {
  typology: {
    fits: Record<string, number | null>;
    bestFit: string | null;
    blend: [string, string] | null;
    tooFew: boolean;
  };
  dimensions: Record<string, { score: number | null; band: string | null }>;
  governance: {
    inUse: string | null;
    predicted: string | null;
    mismatch: boolean;
    unclear: boolean;
  };
  leadership: Record<string, number | null>;
  accountabilityFlags: string[];
};

const readExpected = (name: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8')) as Expected;

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

describe('golden fixtures against the real bank', () => {
  it('has at least 8 fixtures, each with its expected results', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
    const files = new Set(readdirSync(FIXTURES));
    for (const name of names) expect(files.has(`${name}.expected.json`), name).toBe(true);
  });

  it.each(names)('%s scores exactly as worked out by hand', (name) => {
    const parsed = parseResponseFile(
      readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'),
      bank,
    );
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.warnings).toEqual([]);
    const r = buildResults(bank, parsed.response.answers);
    const expected = readExpected(name);
    const actual: Expected = {
      typology: {
        fits: r.typology.fits,
        bestFit: r.typology.bestFit,
        blend: r.typology.blend,
        tooFew: r.typology.tooFew,
      },
      dimensions: Object.fromEntries(
        r.dimensions.map((d) => [d.dimensionId, { score: d.score, band: d.band?.id ?? null }]),
      ),
      governance: {
        inUse: r.governance.inUse,
        predicted: r.governance.predicted,
        mismatch: r.governance.mismatch,
        unclear: r.governance.unclear,
      },
      leadership: Object.fromEntries(r.leadership.roles.map((role) => [role.roleId, role.score])),
      accountabilityFlags: r.profiles.accountability.flags.map((f) => f.id),
    };
    const { why: _why, ...rest } = expected as Expected & { why?: unknown };
    expect(actual).toEqual(rest);
  });

  it('between them reach every type, a blend, too few answers, not enough answers and a mismatch', () => {
    const all = names.map(readExpected);
    const bestFits = new Set(all.map((e) => e.typology.bestFit));
    for (const type of bank.typology.types) expect(bestFits.has(type.id), type.id).toBe(true);
    expect(all.some((e) => e.typology.blend !== null)).toBe(true);
    expect(all.some((e) => e.typology.tooFew)).toBe(true);
    expect(
      all.some(
        (e) => !e.typology.tooFew && Object.values(e.dimensions).some((d) => d.score === null),
      ),
    ).toBe(true);
    expect(all.some((e) => e.governance.mismatch)).toBe(true);
    expect(all.some((e) => e.governance.unclear)).toBe(true);
  });
});
