/**
 * `npm run bank:check` as a content author runs it: a real process, real files.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChoiceItem, Section } from '../../src/domain/bank/bank-schema';
import { summariseBank } from '../../src/domain/bank/bank-summary';
import { copyBankToTemp, editJsonFile, loadRealBank, ROOT } from './real-bank';

function bankCheck(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/bank-check.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bank:check', () => {
  it('prints the summary of the real bank as one line of JSON with --json', async () => {
    const run = bankCheck('--json');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual(summariseBank(await loadRealBank()));
  }, 60_000);

  it('prints a readable summary without --json', () => {
    const run = bankCheck();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no problems found/);
    expect(run.stdout).toMatch(/Agreement items: \d+/);
    expect(run.stdout).toMatch(/Learning and accountability\s+\d+/);
  }, 60_000);

  it('exits 1 and names the file and path when a bank is broken', async () => {
    const temp = await copyBankToTemp();
    try {
      await editJsonFile<Section>(
        path.join(temp.dir, 'sections/06-communities.json'),
        (section) => {
          (section.pages[0]!.items[0] as ChoiceItem).options[0]!.weights = { 'no-such-mode': 1 };
        },
      );
      const run = bankCheck(temp.dir, '--json');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        'sections/06-communities.json pages[0].items[0].options[0].weights.no-such-mode: ',
      );
    } finally {
      await temp.remove();
    }
  }, 60_000);

  it('exits 1 on a JSON syntax error, naming the file', async () => {
    const temp = await copyBankToTemp();
    try {
      await writeFile(path.join(temp.dir, 'bank.json'), '{ "id": "rally-core", }', 'utf8');
      const run = bankCheck(temp.dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^bank\.json .*not valid JSON/m);
    } finally {
      await temp.remove();
    }
  }, 60_000);
});
