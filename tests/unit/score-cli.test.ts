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

  describe('with a session file', () => {
    const session = path.join('tests', 'fixtures', 'sessions', 'cycle-one.json');
    // Worked by hand: the medians of the three fixtures' scores (their .expected.json files:
    // governance 71.4, 85.7, 79.2; culture 75.0, 75.0, 60.7; communities 66.7, 55.0, 30.0 ...),
    // the gap as target minus agreed score, or minus the median where none was agreed.
    const area = (name: string, n: number, median: number, medianBand: string) => ({
      name,
      n,
      median,
      medianBand,
      agreed: null,
      agreedBand: null,
      rationale: '',
      target: null,
      targetBand: null,
      gap: null,
    });
    const expected = {
      file: session,
      session: {
        id: 'cycle-one',
        partnershipName: 'Northborough Deal',
        date: '2026-03-01',
        label: 'Cycle one',
      },
      formatVersion: 2,
      respondents: 3,
      areas: {
        governance: {
          ...area('Governance', 3, 79.2, 'strength'),
          agreed: 60,
          agreedBand: 'developing',
          rationale: 'Decisions still wait for one partner.',
          target: 75,
          targetBand: 'strength',
          gap: 15,
        },
        leadership: area('Leadership', 3, 78.1, 'strength'),
        culture: {
          ...area('Culture', 3, 75, 'strength'),
          target: 80,
          targetBand: 'strength',
          gap: 5,
        },
        infrastructure: area('Infrastructure', 3, 78.6, 'strength'),
        communities: area('Communities', 3, 55, 'developing'),
        learning: area('Learning and accountability', 3, 57.1, 'developing'),
      },
      actions: [
        {
          id: 'act-1',
          what: 'Write down who decides what',
          dimensionId: 'governance',
          lead: 'Partnership manager',
          due: '2020-01-31',
          status: 'under-way',
          measure: 'Every partner has signed the note',
          area: 'Governance',
          overdue: true,
        },
        {
          id: 'act-2',
          what: 'Hold a listening event',
          dimensionId: 'communities',
          lead: 'Community lead',
          status: 'done',
          measure: '',
          resources: 'A hall',
          area: 'Communities',
          overdue: false,
        },
      ],
    };

    it('prints the medians, what was agreed, targets, gaps and actions as one line of JSON', () => {
      const run = score(session, '--json');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const lines = run.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toEqual(expected);
    }, 60_000);

    it('never prints a person, a sector or role group, or a comment', () => {
      const text = score(session, '--json').stdout;
      expect(text).not.toMatch(/cycle-one-\d|local-authority|sector|role|comment/i);
      expect(text).not.toContain('The council started the Deal');
    }, 60_000);

    it('reads a version 1 session file through the same migration as the app', () => {
      const run = score(path.join('tests', 'fixtures', 'version-1', 'session.json'), '--json');
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout) as typeof expected;
      expect(out.formatVersion).toBe(2);
      expect(out.actions.map((a) => [a.id, a.area, a.status])).toEqual([
        ['r1-a1', 'Governance', 'not-started'],
        ['r1-a2', 'Governance', 'not-started'],
        ['r2-a1', 'Communities', 'not-started'],
        ['r2-a2', 'Communities', 'not-started'],
      ]);
    }, 60_000);

    it('prints a short summary for a person without --json', () => {
      const run = score(session);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Northborough Deal, 2026-03-01 (Cycle one)');
      expect(run.stdout).toContain('3 responses');
      expect(run.stdout).toMatch(/Governance\s+79\.2\s+60\.0\s+75\.0\s+\+15\.0/);
      expect(run.stdout).toContain(
        '1. [under way, overdue] Write down who decides what (Governance; Partnership manager; by 2020-01-31)',
      );
      expect(run.stdout).toContain(
        '2. [done] Hold a listening event (Communities; Community lead)',
      );
    }, 60_000);

    it('gives a plain message and exit code 1 for a damaged or newer session file', async () => {
      const damaged = path.join(temp, 'damaged-session.json');
      const data = JSON.parse(await readFile(path.join(ROOT, session), 'utf8')) as Record<
        string,
        unknown
      >;
      await writeFile(damaged, JSON.stringify({ ...data, session: 'none' }), 'utf8');
      const newer = path.join(temp, 'newer-session.json');
      await writeFile(newer, JSON.stringify({ ...data, formatVersion: 3 }), 'utf8');
      const run = score(damaged, newer, '--json');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        `score: ${damaged}: The session file is damaged or was changed by hand, so it cannot be read:`,
      );
      expect(run.stderr).toContain(
        `score: ${newer}: The file was made with a newer version of Rally. Open it in the latest version of Rally.`,
      );
    }, 60_000);
  });
});
