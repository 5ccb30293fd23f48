// @vitest-environment node
/**
 * The Welsh text of the real question bank, in the bank's own files (`{ "en", "cy" }`): every
 * text has it, with the terms of docs/glossary.md.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { checkTranslations, listBankTexts } from '../../scripts/lib/bank-texts';
import type { BankText, Translations } from '../../scripts/lib/bank-texts';
import { parseBank } from '../../src/domain/bank/parse-bank';
import { splitLanguages } from '../../src/domain/bank/bank-texts';
import { visibleStrings } from '../helpers/visible-strings';
import { readRealFiles, ROOT } from './real-bank';

let bank: Bank;
let texts: BankText[];
let welsh: Translations;
beforeAll(async () => {
  const parsed = parseBank(await readRealFiles());
  if (!parsed.ok) throw new Error('the real bank does not parse');
  bank = parsed.bank;
  texts = listBankTexts(bank);
  // The Welsh as a translation of the current English, for checkTranslations.
  welsh = new Map(
    texts.map(({ key, en }) => [key, { en, text: parsed.translations.cy[key] ?? '' }]),
  );
});

const cy = (key: string) => {
  const entry = welsh.get(key);
  if (!entry) throw new Error(`no Welsh for ${key}`);
  return entry.text;
};

describe('the Welsh text of the real bank', () => {
  it('lists every text a reader can see in questions/', async () => {
    const files = await readRealFiles();
    // The English of every file: each two-language text replaced by its "en".
    const raw = {
      bank: splitLanguages(files.bank.data, 'bank').english,
      sections: files.sections.map((s) => splitLanguages(s.data, 'section').english),
    };
    expect(texts.map((t) => t.en).sort()).toEqual(visibleStrings(raw));
  });

  it('has the Welsh of every text, with nothing left over', () => {
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
