/**
 * What each band looks like in practice (issue 12, part 1): the format takes it or leaves it
 * out (a bank of one's own keeps working without it), parseBank checks what is there (2 or 3
 * descriptions, each naming a citation of the bank, with a next step beside them), and
 * `npm run bank:check` asks for it in every band of every dimension. The real bank has it
 * everywhere, in English and in Welsh.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingPractice, parseBank } from '../../src/domain/bank/parse-bank';
import type { BankProblem, RawBankFiles } from '../../src/domain/bank/parse-bank';
import { clone, copyBankToTemp, editJsonFile, readRealFiles, ROOT } from './real-bank';

type Two = { en: string; cy?: string };
type RawPractice = { text: Two; citation: string; pointer?: Two; basis?: string };
type RawBand = { practice?: RawPractice[]; nextStep?: Two };
type RawMeta = {
  dimensions: { id: string; bands: Record<string, RawBand> }[];
  citations: { id: string }[];
  scoring: { bands: { id: string }[] };
};

let real: RawBankFiles;
beforeAll(async () => {
  real = await readRealFiles();
});

function copy() {
  const files = clone(real);
  return { files, meta: files.bank.data as RawMeta };
}

function problemsOf(files: RawBankFiles): BankProblem[] {
  const parsed = parseBank(files);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.problems;
}

const culture = (meta: RawMeta) => meta.dimensions.findIndex((d) => d.id === 'culture');

describe('practice descriptions in the bank format', () => {
  it('are optional: a bank without any still parses, and only bank:check asks for them', () => {
    const { files, meta } = copy();
    for (const d of meta.dimensions)
      for (const band of Object.values(d.bands)) {
        delete band.practice;
        delete band.nextStep;
      }
    const parsed = parseBank(files);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(
      parsed.bank.dimensions.every((d) => Object.values(d.bands).every((b) => !b.practice)),
    ).toBe(true);
    const missing = missingPractice(parsed.bank);
    // 6 dimensions, 3 bands each.
    expect(missing).toHaveLength(18);
    expect(missing[0]).toEqual({
      file: 'bank.json',
      path: 'dimensions[0].bands.strength.practice',
      where: 'dimension “governance”, the texts for band “strength”',
      message: 'there are no “practice” descriptions or “nextStep” for this band',
    });
  });

  it('the real bank has them in every band of every dimension', async () => {
    const parsed = parseBank(real);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(missingPractice(parsed.bank)).toEqual([]);
  });

  it('reports a description whose citation is not one of the bank’s, naming where', () => {
    const { files, meta } = copy();
    const i = culture(meta);
    meta.dimensions[i]!.bands.developing!.practice![1]!.citation = 'made-up-2020';
    expect(problemsOf(files)).toEqual([
      {
        file: 'bank.json',
        path: `dimensions[${i}].bands.developing.practice[1].citation`,
        where: 'dimension “culture”, the texts for band “developing”, practice description 2',
        message: '“made-up-2020” is not one of the bank’s citations',
      },
    ]);
  });

  it('reports a band with one description, or four', () => {
    const { files, meta } = copy();
    const i = culture(meta);
    const band = meta.dimensions[i]!.bands.priority!;
    band.practice = band.practice!.slice(0, 1);
    const strength = meta.dimensions[i]!.bands.strength!;
    strength.practice = [...strength.practice!, strength.practice![0]!];
    const problems = problemsOf(files);
    expect(problems.map((p) => p.path)).toEqual([
      `dimensions[${i}].bands.strength.practice`,
      `dimensions[${i}].bands.priority.practice`,
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'the “practice” field must have no more than 3 entries',
      'the “practice” field must have at least 2 entries',
    ]);
  });

  it('reports descriptions without a next step, and a next step without descriptions', () => {
    const { files, meta } = copy();
    const i = culture(meta);
    delete meta.dimensions[i]!.bands.strength!.nextStep;
    delete meta.dimensions[i]!.bands.priority!.practice;
    expect(problemsOf(files)).toEqual([
      {
        file: 'bank.json',
        path: `dimensions[${i}].bands.strength`,
        where: 'dimension “culture”',
        message: 'the practice descriptions need a “nextStep” beside them',
      },
      {
        file: 'bank.json',
        path: `dimensions[${i}].bands.priority`,
        where: 'dimension “culture”',
        message: 'a “nextStep” needs 2 or 3 “practice” descriptions beside it',
      },
    ]);
  });

  it('refuses a basis other than a finding or the tool’s own reading', () => {
    const { files, meta } = copy();
    const i = culture(meta);
    meta.dimensions[i]!.bands.strength!.practice![0]!.basis = 'hunch';
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(`dimensions[${i}].bands.strength.practice[0].basis`);
  });
});

describe('practice descriptions in the real bank', () => {
  const meta = () => real.bank.data as RawMeta;

  it('has 2 or 3 in every band of every dimension, each with its text, pointer and next step in English and Welsh', () => {
    const citations = new Set(meta().citations.map((c) => c.id));
    const bands = meta().scoring.bands.map((b) => b.id);
    let descriptions = 0;
    for (const d of meta().dimensions)
      for (const id of bands) {
        const band = d.bands[id]!;
        const where = `${d.id} ${id}`;
        expect(band.practice!.length, where).toBeGreaterThanOrEqual(2);
        expect(band.practice!.length, where).toBeLessThanOrEqual(3);
        for (const p of band.practice!) {
          descriptions += 1;
          expect(citations.has(p.citation), `${where}: ${p.citation}`).toBe(true);
          for (const text of [p.text, p.pointer!]) {
            expect(text.en.trim().length, where).toBeGreaterThan(10);
            expect(text.cy?.trim().length, where).toBeGreaterThan(10);
            expect(text.cy, where).not.toBe(text.en);
          }
          expect(['finding', 'inference', undefined]).toContain(p.basis);
        }
        expect(band.nextStep!.en.length, where).toBeGreaterThan(20);
        expect(band.nextStep!.cy?.length, where).toBeGreaterThan(20);
      }
    expect(descriptions).toBe(42);
  });

  it('says which descriptions are this tool’s own reading, and rests some on findings', () => {
    const all = meta().dimensions.flatMap((d) =>
      Object.values(d.bands).flatMap((b) => b.practice!),
    );
    const readings = all.filter((p) => p.basis === 'inference').length;
    expect(readings).toBeGreaterThan(0);
    expect(readings).toBeLessThan(all.length);
  });

  it('never repeats a description, in either language', () => {
    const all = meta().dimensions.flatMap((d) =>
      Object.values(d.bands).flatMap((b) => b.practice!),
    );
    expect(new Set(all.map((p) => p.text.en)).size).toBe(all.length);
    expect(new Set(all.map((p) => p.text.cy)).size).toBe(all.length);
  });
});

function bankCheck(...args: string[]) {
  const run = spawnSync(
    'npx',
    ['tsx', '--import', './scripts/lib/lingui-node.mjs', 'scripts/bank-check.ts', ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bank:check and practice descriptions', () => {
  it('exits 1 naming each band of the built-in bank without them, and names a bad citation', async () => {
    const temp = await copyBankToTemp();
    try {
      await editJsonFile<RawMeta>(path.join(temp.dir, 'bank.json'), (bank) => {
        const d = bank.dimensions.find((x) => x.id === 'learning')!;
        delete d.bands.developing!.practice;
        delete d.bands.developing!.nextStep;
      });
      const missing = bankCheck(temp.dir);
      expect(missing.status).toBe(1);
      expect(missing.stderr.trim()).toBe(
        'bank.json, dimension “learning”, the texts for band “developing”: there are no “practice” descriptions or “nextStep” for this band',
      );

      await editJsonFile<RawMeta>(path.join(temp.dir, 'bank.json'), (bank) => {
        bank.dimensions[0]!.bands.strength!.practice![0]!.citation = 'no-such-source';
      });
      const bad = bankCheck(temp.dir);
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(
        'bank.json, dimension “governance”, the texts for band “strength”, practice description 1: “no-such-source” is not one of the bank’s citations',
      );
    } finally {
      await temp.remove();
    }
  }, 60_000);
});
