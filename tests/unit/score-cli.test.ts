// @vitest-environment node
/**
 * `npm run score -- FILE...` as a maintainer runs it: a real process on real fixture files.
 * Its output must match the hand-worked expected results stored beside each fixture.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../bank/real-bank';

const fixture = (name: string) => path.join('tests', 'fixtures', `${name}.json`);

function score(...args: string[]) {
  const run = spawnSync(
    'npx',
    ['tsx', '--import', './scripts/lib/lingui-node.mjs', 'scripts/score.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function expectedLine(name: string) {
  const {
    why: _why,
    accountabilityFlags: _flags,
    ...rest
  } = JSON.parse(
    await readFile(path.join(ROOT, 'tests', 'fixtures', `${name}.expected.json`), 'utf8'),
  ) as Record<string, unknown>;
  return { file: fixture(name), ...rest };
}

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'rally-score-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('npm run score', () => {
  it('prints one JSON line per file, scores the good files and fails on the bad one', async () => {
    const bad = path.join(temp, 'not-a-response.json');
    await writeFile(bad, JSON.stringify({ hello: 'world' }), 'utf8');
    const run = score(fixture('council-clear'), bad, fixture('blend-youth-network'));

    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual(await expectedLine('council-clear'));
    expect(JSON.parse(lines[1]!)).toEqual(await expectedLine('blend-youth-network'));
    expect(run.stderr).toContain(`score: ${bad}: The file is not a Rally response file.`);
  }, 60_000);

  it('names a missing file and a file for another bank', async () => {
    const other = path.join(temp, 'other-bank.json');
    const data = JSON.parse(
      await readFile(path.join(ROOT, fixture('connector-zone')), 'utf8'),
    ) as Record<string, unknown>;
    await writeFile(other, JSON.stringify({ ...data, bankId: 'another-bank' }), 'utf8');
    const run = score(path.join(temp, 'missing.json'), other);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('missing.json: file not found');
    expect(run.stderr).toContain(
      'other-bank.json: The file holds answers to the question bank "another-bank" version',
    );
  }, 60_000);

  it('explains how to use it when no file is given', () => {
    const run = score();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm run score -- FILE...');
  }, 60_000);
});
