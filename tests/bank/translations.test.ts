// @vitest-environment node
/**
 * The Welsh text of the real question bank: questions/translations/cy.json covers every text,
 * each made from the current English, with the terms of docs/glossary.md; and
 * `npm run i18n:bank-texts` reports it as a translator runs it.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { checkTranslations, listBankTexts, parseTranslations } from '../../scripts/lib/bank-texts';
import type { BankText, Translations } from '../../scripts/lib/bank-texts';
import { visibleStrings } from '../helpers/visible-strings';
import {
  copyBankToTemp,
  editJsonFile,
  loadRealBank,
  QUESTIONS_DIR,
  readRealFiles,
  ROOT,
} from './real-bank';

const CY_FILE = path.join(QUESTIONS_DIR, 'translations', 'cy.json');

let bank: Bank;
let texts: BankText[];
let welsh: Translations;
beforeAll(async () => {
  bank = await loadRealBank();
  texts = listBankTexts(bank);
  const parsed = parseTranslations(JSON.parse(await readFile(CY_FILE, 'utf8')), 'cy');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  welsh = parsed.translations;
});

const cy = (key: string) => {
  const entry = welsh.get(key);
  if (!entry) throw new Error(`no Welsh for ${key}`);
  return entry.text;
};

describe('the Welsh text of the real bank', () => {
  it('lists every text a reader can see in questions/', async () => {
    const files = await readRealFiles();
    const raw = { bank: files.bank.data, sections: files.sections.map((s) => s.data) };
    expect(texts.map((t) => t.en).sort()).toEqual(visibleStrings(raw));
  });

  it('translates every text, from its current English, with no entries left over', () => {
    const report = checkTranslations(texts, welsh);
    expect(report.missing).toEqual([]);
    expect(report.stale).toEqual([]);
    expect(report.orphans).toEqual([]);
    expect(report.translated).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(300);
  });

  it('changes every text into Welsh except the proper names of example sites', () => {
    const unchanged = texts.filter((t) => cy(t.key) === t.en).map((t) => t.key);
    expect(unchanged.filter((key) => !/^type\.[a-z-]+\.exampleSite\.\d+$/.test(key))).toEqual([]);
  });

  it('quotes the answer and band labels exactly wherever a text names them', () => {
    const labels = [
      'bank.scale.dontKnow',
      'bank.scale.notApplicable',
      ...bank.scoring.bands.map((b) => `band.${b.id}.label`),
    ].map((key) => ({ en: texts.find((t) => t.key === key)!.en, cy: cy(key) }));
    const named = texts.flatMap((t) =>
      labels.filter((label) => t.en.includes(label.en)).map((label) => ({ key: t.key, label })),
    );
    // The bank names them in hints, the first page's intro, a notEnough text and the disclaimer.
    expect(named.length).toBeGreaterThanOrEqual(8);
    for (const { key, label } of named) expect(cy(key), key).toContain(label.cy);
  });

  it('uses the Welsh terms of docs/glossary.md for the types, areas, bands, modes and roles', async () => {
    const glossary = await readFile(path.join(ROOT, 'docs', 'glossary.md'), 'utf8');
    const rows = new Map(
      glossary
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| English'))
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .map((cells) => [cells[1]!, cells[2]!] as const),
    );
    const terms = [
      ...bank.typology.types.map((t) => `type.${t.id}.name`),
      ...bank.dimensions.map((d) => `dimension.${d.id}.name`),
      ...bank.scoring.bands.map((b) => `band.${b.id}.label`),
      ...bank.governance.modes.map((m) => `governance.mode.${m.id}.name`),
      ...bank.leadership.roles.map((r) => `leadership.role.${r.id}.name`),
      ...bank.scale.points.map((p) => `bank.scale.points.${p.value}.label`),
      'bank.scale.dontKnow',
      'bank.scale.notApplicable',
    ];
    expect(terms).toHaveLength(4 + 6 + 3 + 3 + 3 + 5 + 2);
    for (const key of terms) {
      const en = texts.find((t) => t.key === key)!.en;
      expect(rows.get(en), `glossary row for "${en}"`).toBe(cy(key));
    }
  });
});

function bankTexts(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/i18n/bank-texts.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run i18n:bank-texts', () => {
  it('reports the real bank fully translated, as one line of JSON', () => {
    const run = bankTexts('--json');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      texts: texts.length,
      translated: texts.length,
      missing: [],
      stale: [],
      orphans: [],
    });
  }, 60_000);

  it('exits 1 and names missing and stale texts when the bank has moved on', async () => {
    const temp = await copyBankToTemp();
    try {
      await editJsonFile<{ title: string }>(path.join(temp.dir, 'bank.json'), (data) => {
        data.title = 'Rally: a partnership self-assessment';
      });
      await editJsonFile<Record<string, unknown>>(
        path.join(temp.dir, 'translations', 'cy.json'),
        (data) => {
          delete data['bank.disclaimer'];
          data['item.no-longer-here.text'] = { en: 'Gone.', cy: 'Wedi mynd.' };
        },
      );
      const json = bankTexts(temp.dir, '--json');
      expect(json.status).toBe(1);
      expect(JSON.parse(json.stdout)).toEqual({
        texts: texts.length,
        translated: texts.length - 2,
        missing: ['bank.disclaimer'],
        stale: ['bank.title'],
        orphans: ['item.no-longer-here.text'],
      });

      const readable = bankTexts(temp.dir);
      expect(readable.status).toBe(1);
      expect(readable.stdout).toContain(`Texts in the bank: ${texts.length}`);
      expect(readable.stdout).toContain(`Translated into cy: ${texts.length - 2}`);
      expect(readable.stdout).toMatch(/Missing \(1\):\n {2}bank\.disclaimer/);
      expect(readable.stdout).toContain('now: Rally: a partnership self-assessment');
      expect(readable.stdout).toContain('item.no-longer-here.text');
    } finally {
      await temp.remove();
    }
  }, 60_000);
});
