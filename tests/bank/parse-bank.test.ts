/**
 * parseBank and readBankDir on broken banks: every problem must name the file and the path
 * inside it, so a content author can go straight to the mistake. Each test breaks one thing in
 * a copy of the real bank.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BankMeta, Section } from '../../src/domain/bank/bank-schema';
import { describeBankProblems, parseBank } from '../../src/domain/bank/parse-bank';
import type { BankProblem, RawBankFiles } from '../../src/domain/bank/parse-bank';
import { readBankDir } from '../../scripts/lib/read-bank-dir';
import { clone, copyBankToTemp, readRealFiles } from './real-bank';

let real: RawBankFiles;
beforeAll(async () => {
  real = await readRealFiles();
});

/** A copy of the real files, with typed access to the parts a test wants to break. */
function copy() {
  const files = clone(real);
  const meta = files.bank.data as BankMeta;
  const section = (file: string) => {
    const found = files.sections.find((s) => s.file === file);
    if (!found) throw new Error(`no ${file} in the real bank`);
    return found.data as Section;
  };
  return { files, meta, section };
}

function problemsOf(files: RawBankFiles): BankProblem[] {
  const parsed = parseBank(files);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? [] : parsed.problems;
}

/** Page and item index of an item, so paths in expectations follow the real data. */
function locate(section: Section, itemId: string): { p: number; i: number } {
  for (const [p, page] of section.pages.entries()) {
    const i = page.items.findIndex((it) => it.id === itemId);
    if (i >= 0) return { p, i };
  }
  throw new Error(`no item ${itemId}`);
}

describe('parseBank on broken banks', () => {
  it('accepts the unbroken copy (so each failure below comes from the one change)', () => {
    expect(parseBank(copy().files).ok).toBe(true);
  });

  it('reports a duplicate item id, naming both files', () => {
    const { files, section } = copy();
    const culture = section('sections/04-culture.json');
    const leadershipId = section('sections/03-leadership.json').pages[0]!.items[0]!.id;
    culture.pages[1]!.items[2]!.id = leadershipId;
    const problems = problemsOf(files);
    expect(problems).toContainEqual({
      file: 'sections/04-culture.json',
      path: 'pages[1].items[2].id',
      where: expect.stringContaining(`question “${leadershipId}”`),
      message: `the question id “${leadershipId}” is also used in sections/03-leadership.json`,
    });
  });

  it('reports a weight that points at a target its profile does not have', () => {
    const { files, section } = copy();
    const shape = section('sections/02-shape.json');
    const { p, i } = locate(shape, 'type-main-change');
    const item = shape.pages[p]!.items[i]!;
    if (item.kind !== 'choice') throw new Error('type-main-change should be a choice item');
    item.options[1]!.weights = { 'town-hall-club': 1 };
    const problems = problemsOf(files);
    expect(problems).toEqual([
      {
        file: 'sections/02-shape.json',
        path: `pages[${p}].items[${i}].options[1].weights.town-hall-club`,
        where: `page “type-main-change”, question “type-main-change”, option “${item.options[1]!.id}”`,
        message: '“town-hall-club” is not a target of the profile “typology”',
      },
    ]);
  });

  it('reports a governance condition weighted towards "unclear", which only the mode item may use', () => {
    const { files, section } = copy();
    const shape = section('sections/02-shape.json');
    const { p, i } = locate(shape, 'gov-trust');
    const item = shape.pages[p]!.items[i]!;
    if (item.kind !== 'choice') throw new Error('gov-trust should be a choice item');
    item.options[2]!.weights = { unclear: 1 };
    expect(problemsOf(files).map((x) => `${x.file} ${x.path}`)).toEqual([
      `sections/02-shape.json pages[${p}].items[${i}].options[2].weights.unclear`,
    ]);
  });

  it('reports a dimension with no text for one of the bands', () => {
    const { files, meta } = copy();
    const index = meta.dimensions.findIndex((d) => d.id === 'culture');
    delete meta.dimensions[index]!.bands.developing;
    expect(problemsOf(files)).toContainEqual({
      file: 'bank.json',
      path: `dimensions[${index}].bands`,
      where: 'dimension “culture”',
      message: 'there is no text for the band “developing”',
    });
  });

  it('reports a value of the wrong type in bank.json', () => {
    const { files, meta } = copy();
    (meta.scoring as { minCoverage: unknown }).minCoverage = '60%';
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'bank.json', path: 'scoring.minCoverage' });
  });

  it('reports a value of the wrong type in a section file', () => {
    const { files, section } = copy();
    const item = section('sections/05-infrastructure.json').pages[0]!.items[1]! as {
      reverse?: unknown;
    };
    item.reverse = 'yes';
    expect(problemsOf(files)).toContainEqual({
      file: 'sections/05-infrastructure.json',
      path: 'pages[0].items[1].reverse',
      where: expect.stringMatching(/^page “[a-z-]+”, question “[a-z-]+”$/),
      message: 'the “reverse” field must be true or false',
    });
  });

  it('reports an option with no positive weight', () => {
    const { files, section } = copy();
    const why = section('sections/01-why.json');
    const item = why.pages[0]!.items[0]!;
    if (item.kind !== 'choice') throw new Error('expected a choice item first in 01-why.json');
    item.options[0]!.weights = { [Object.keys(item.options[0]!.weights)[0]!]: 0 };
    expect(problemsOf(files)).toContainEqual({
      file: 'sections/01-why.json',
      path: 'pages[0].items[0].options[0].weights',
      where: `page “${why.pages[0]!.id}”, question “${item.id}”, option “${item.options[0]!.id}”`,
      message: 'the “weights” field must give a positive weight to at least one target',
    });
  });

  it('formats each problem as one line: file, place in words, what is wrong', () => {
    const { files, meta } = copy();
    meta.id = 'Not An Id';
    const text = describeBankProblems(problemsOf(files));
    expect(text.split('\n')).toEqual([
      'bank.json: the “id” field must be lower-case letters and digits joined by single hyphens',
    ]);
  });
});

describe('readBankDir', () => {
  it('reads the real bank with file names relative to the bank folder', async () => {
    expect(real.bank.file).toBe('bank.json');
    expect(real.sections.map((s) => s.file)).toEqual([
      'sections/00-about.json',
      'sections/01-why.json',
      'sections/02-shape.json',
      'sections/03-leadership.json',
      'sections/04-culture.json',
      'sections/05-infrastructure.json',
      'sections/06-communities.json',
      'sections/07-learning.json',
      'sections/08-reflection.json',
    ]);
  });

  it('reports a JSON syntax error with the file name and where it is', async () => {
    const temp = await copyBankToTemp();
    try {
      const file = path.join(temp.dir, 'sections/05-infrastructure.json');
      const text = await readFile(file, 'utf8');
      // Drop the comma after the first property: line 2 is `"$schema": "...",`.
      const lines = text.split('\n');
      lines[1] = lines[1]!.replace(/,$/, '');
      await writeFile(file, lines.join('\n'), 'utf8');

      const read = await readBankDir(temp.dir);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]!.file).toBe('sections/05-infrastructure.json');
      expect(read.problems[0]!.path).toMatch(/^line 3 column \d+$/);
      expect(read.problems[0]!.where).toMatch(/^line 3, column \d+$/);
      expect(read.problems[0]!.message).toBe(
        'the file is not valid JSON here: look for a missing comma, quotation mark or bracket just before this point',
      );
    } finally {
      await temp.remove();
    }
  });

  it('reports a missing bank.json', async () => {
    const temp = await copyBankToTemp();
    try {
      await rm(path.join(temp.dir, 'bank.json'));
      const read = await readBankDir(temp.dir);
      expect(read.ok ? [] : read.problems).toEqual([
        { file: 'bank.json', path: '(top level)', where: '', message: 'the file is missing' },
      ]);
    } finally {
      await temp.remove();
    }
  });
});
