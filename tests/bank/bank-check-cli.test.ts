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
  const run = spawnSync(
    'npx',
    ['tsx', '--import', './scripts/lib/lingui-node.mjs', 'scripts/bank-check.ts', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bank:check', () => {
  it('prints the summary of the real bank as one line of JSON with --json', async () => {
    const run = bankCheck('--json');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      ...summariseBank(await loadRealBank()),
      languages: { en: 1, cy: 1 },
    });
  }, 60_000);

  it('exits 1 on a text missing in Welsh, or in English, naming its place', async () => {
    const temp = await copyBankToTemp();
    const file = path.join(temp.dir, 'sections/04-culture.json');
    type Culture = { pages: { items: { text: { en?: string; cy?: string } | string }[] }[] };
    try {
      await editJsonFile<Culture>(file, (section) => {
        const item = section.pages[0]!.items[0]!;
        // English only: allowed in a bank a user loads, but not in the built-in bank.
        item.text = (item.text as { en: string }).en;
      });
      const welsh = bankCheck(temp.dir, '--json');
      expect(welsh.status).toBe(1);
      expect(welsh.stderr).toContain(
        'sections/04-culture.json, page “culture-purpose”, question “culture-reason-early” (pages[0].items[0].text): the Welsh ("cy") text is missing',
      );

      await editJsonFile<Culture>(file, (section) => {
        delete (section.pages[0]!.items[1]!.text as { en?: string }).en;
      });
      const english = bankCheck(temp.dir);
      expect(english.status).toBe(1);
      expect(english.stderr).toContain(
        'sections/04-culture.json, page “culture-purpose”, question “culture-staff-explain”, “text”: the English text ("en") is missing',
      );
    } finally {
      await temp.remove();
    }
  }, 60_000);

  it('reports the share of texts in each language', async () => {
    const temp = await copyBankToTemp();
    try {
      await editJsonFile<{ title: { en: string; cy?: string } }>(
        path.join(temp.dir, 'bank.json'),
        (bank) => {
          delete bank.title.cy;
        },
      );
      const json = bankCheck(temp.dir, '--json');
      expect(json.status).toBe(1);
      const texts = (await import('../../scripts/lib/bank-texts')).listBankTexts(
        await loadRealBank(),
      ).length;
      expect(JSON.parse(json.stdout.trim()).languages).toEqual({
        en: 1,
        cy: Math.round(((texts - 1) / texts) * 10000) / 10000,
      });
      expect(json.stderr).toContain('bank.json (title): the Welsh ("cy") text is missing');
    } finally {
      await temp.remove();
    }
  }, 60_000);

  it('prints a readable summary without --json', () => {
    const run = bankCheck();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no problems found/);
    expect(run.stdout).toMatch(/Agreement items: \d+/);
    expect(run.stdout).toMatch(/Learning and accountability\s+\d+/);
  }, 60_000);

  it('exits 1 and lists every problem in one pass, naming the file and the question', async () => {
    const temp = await copyBankToTemp();
    try {
      await editJsonFile<Section>(
        path.join(temp.dir, 'sections/06-communities.json'),
        (section) => {
          (section.pages[0]!.items[0] as ChoiceItem).options[0]!.weights = { 'no-such-mode': 1 };
        },
      );
      // The same question id three times: each repeat is a problem of its own.
      await editJsonFile<Section>(path.join(temp.dir, 'sections/04-culture.json'), (section) => {
        section.pages[0]!.items[1]!.id = section.pages[0]!.items[0]!.id;
        section.pages[0]!.items[2]!.id = section.pages[0]!.items[0]!.id;
      });
      const run = bankCheck(temp.dir, '--json');
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([
        'sections/04-culture.json, page “culture-purpose”, question “culture-reason-early”: the question id “culture-reason-early” is also used in sections/04-culture.json',
        'sections/04-culture.json, page “culture-purpose”, question “culture-reason-early”: the question id “culture-reason-early” is also used in sections/04-culture.json',
        'sections/06-communities.json, page “community-modes”, question “community-modes”, option “innovators”: “no-such-mode” is not a target of the profile “community-involvement”',
      ]);
      expect(run.stderr).not.toMatch(/\[\d+\]|\.\d+\./);
    } finally {
      await temp.remove();
    }
  }, 60_000);

  it('exits 1 on a JSON syntax error, naming the file and the line, and still checks the rest', async () => {
    const temp = await copyBankToTemp();
    try {
      await writeFile(path.join(temp.dir, 'sections/07-learning.json'), '{ "id": "learning", }');
      await editJsonFile<Section>(path.join(temp.dir, 'sections/04-culture.json'), (section) => {
        section.title = '';
      });
      const run = bankCheck(temp.dir);
      expect(run.status).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        'sections/07-learning.json, line 1, column 21: the file is not valid JSON here: look for a missing comma, quotation mark or bracket just before this point',
        'sections/04-culture.json: the “title” field must not be empty',
      ]);
    } finally {
      await temp.remove();
    }
  }, 60_000);
});
