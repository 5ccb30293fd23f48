// @vitest-environment node
/**
 * The bank-text list and the translation check behind `npm run i18n:bank-texts`, on the small
 * generated bank of tests/helpers/make-bank.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  checkTranslations,
  DuplicateKeyError,
  isComplete,
  listBankTexts,
  parseTranslations,
  reportJson,
} from '../../scripts/lib/bank-texts';
import type { BankText, Translations } from '../../scripts/lib/bank-texts';
import { makeBank, makeRawBank, rawItem } from '../helpers/make-bank';
import type { RawBank, RawJson } from '../helpers/make-bank';
import { visibleStrings } from '../helpers/visible-strings';

/** The default test bank with every optional text filled in. */
function fullRaw(): RawBank {
  const raw = makeRawBank();
  raw.sections[0].intro = 'Why partners work together.';
  raw.sections[0].pages[0].title = 'Reasons';
  raw.sections[0].pages[0].intro = 'Choose every reason that fits.';
  rawItem(raw, 'type-scope').hint = 'Pick the closest.';
  rawItem(raw, 'type-scope').options[1].hint = 'For example, youth services.';
  rawItem(raw, 'accountability-mix').rows[0].hint = 'Targets set together.';
  raw.sections[2].pages.push({
    id: 'about',
    title: 'About you',
    items: [] as RawJson[],
  });
  raw.sections[2].pages[1].items.push({
    id: 'about-sector',
    kind: 'select',
    text: 'Which sector do you work in?',
    source: 'Test source.',
    field: 'sector',
    options: [
      { id: 'council', label: 'Council' },
      { id: 'charity', label: 'Charity' },
    ],
  });
  raw.sections[2].pages[1].items.push({
    id: 'about-name',
    kind: 'text',
    text: 'What is the partnership called?',
    hint: 'Its usual name.',
    source: 'Test source.',
  });
  return raw;
}

function bankFrom(raw: RawBank) {
  return makeBank((r) => {
    r.bank = raw.bank;
    r.sections = raw.sections;
  });
}

const asMap = (texts: BankText[]) => new Map(texts.map((t) => [t.key, t.en]));

describe('listBankTexts', () => {
  it('lists every reader-visible string of the bank, and nothing else', () => {
    const raw = fullRaw();
    const texts = listBankTexts(bankFrom(fullRaw()));
    expect(texts.map((t) => t.en).sort()).toEqual(visibleStrings(raw));
  });

  it('builds keys from ids, and scale points from their values', () => {
    const texts = asMap(listBankTexts(bankFrom(fullRaw())));
    expect(texts.get('bank.title')).toBe('Test bank');
    expect(texts.get('bank.scale.points.3.label')).toBe('Neither agree nor disagree');
    expect(texts.get('bank.scale.notApplicable')).toBe('Not applicable');
    expect(texts.get('band.priority.label')).toBe('Priority to discuss');
    expect(texts.get('dimension.learning.name')).toBe('Learning and accountability');
    expect(texts.get('dimension.culture.band.priority.prompt.1')).toBe(
      'What would a first step be?',
    );
    expect(texts.get('dimension.culture.notEnough')).toBe('Not enough answers to score culture.');
    expect(texts.get('type.agent-of-change.meaning')).toBe('What agent-of-change means.');
    expect(texts.get('type.agent-of-change.exampleSite.0')).toBe('A site for agent-of-change');
    expect(texts.get('governance.mode.nao.description')).toBe('About nao.');
    expect(texts.get('governance.unclearPrompt')).toBe('It is not clear who governs.');
    expect(texts.get('leadership.role.mediator.name')).toBe('Name of mediator');
    expect(texts.get('leadership.note')).toBe('One person can play several roles.');
    expect(texts.get('accountability.flag.no-learning.text')).toBe('Nothing is used for learning.');
    expect(texts.get('profile.justification.better-impact.name')).toBe('Name of better-impact');
    expect(texts.get('citation.rallying.text')).toBe('Blundell and others (2019).');
    expect(texts.get('bank.disclaimer')).toBe('Independent; a guide for discussion.');
    expect(texts.get('section.why.intro')).toBe('Why partners work together.');
    expect(texts.get('page.justifications.intro')).toBe('Choose every reason that fits.');
    expect(texts.get('item.type-scope.hint')).toBe('Pick the closest.');
    expect(texts.get('item.type-scope.option.one-field.label')).toBe('Option one-field');
    expect(texts.get('item.type-scope.option.one-field.hint')).toBe('For example, youth services.');
    expect(texts.get('item.about-sector.option.charity.label')).toBe('Charity');
    expect(texts.get('item.accountability-mix.row.results.label')).toBe('Row results');
    expect(texts.get('item.accountability-mix.row.results.hint')).toBe('Targets set together.');
    expect(texts.get('item.accountability-mix.option.both.label')).toBe('Both');
  });

  it('gives no key to a text the bank leaves out', () => {
    const keys = new Set(listBankTexts(makeBank()).map((t) => t.key));
    expect(keys.has('section.why.intro')).toBe(false);
    expect(keys.has('page.justifications.title')).toBe(false);
    expect(keys.has('item.type-scope.hint')).toBe(false);
    expect(keys.has('item.type-scope.option.one-field.hint')).toBe(false);
    expect(keys.has('item.type-scope.option.one-field.label')).toBe(true);
  });

  it('keeps every key and text when options, rows, pages and sections move', () => {
    const before = asMap(listBankTexts(bankFrom(fullRaw())));
    const moved = fullRaw();
    rawItem(moved, 'type-scope').options.reverse();
    rawItem(moved, 'accountability-mix').rows.reverse();
    moved.sections[1].pages.reverse();
    // Files are read in order but sorted by `order`: swapping both moves the sections.
    const [why, shape] = [moved.sections[0], moved.sections[1]];
    [why.order, shape.order] = [shape.order, why.order];
    moved.sections.splice(0, 2, shape, why);
    moved.bank.scale.points.reverse();
    moved.bank.typology.types.reverse();
    const after = asMap(listBankTexts(bankFrom(moved)));
    expect(after).toEqual(before);
  });

  it('refuses a bank where two sections use the same page id, naming the keys', () => {
    const raw = fullRaw();
    raw.sections[2].pages[0].id = 'justifications';
    raw.sections[2].pages[0].title = 'Leaders';
    const bank = bankFrom(raw);
    expect(() => listBankTexts(bank)).toThrow(DuplicateKeyError);
    expect(() => listBankTexts(bank)).toThrow(/page\.justifications\.title/);
  });
});

describe('checkTranslations', () => {
  const texts: BankText[] = [
    { key: 'bank.title', en: 'Test bank' },
    { key: 'band.strength.label', en: 'Strength' },
    { key: 'item.g1.text', en: 'Statement g1.' },
  ];
  const entries = (pairs: [string, string, string][]): Translations =>
    new Map(pairs.map(([key, en, text]) => [key, { en, text }]));

  it('counts a text as translated when its entry was made from the current English', () => {
    const report = checkTranslations(
      texts,
      entries([
        ['bank.title', 'Test bank', 'Banc prawf'],
        ['band.strength.label', 'Strength', 'Cryfder'],
        ['item.g1.text', 'Statement g1.', 'Datganiad g1.'],
      ]),
    );
    expect(report).toEqual({ texts: 3, translated: 3, missing: [], stale: [], orphans: [] });
    expect(isComplete(report)).toBe(true);
  });

  it('lists missing, empty, stale and orphaned entries', () => {
    const report = checkTranslations(
      texts,
      entries([
        ['bank.title', 'Test bank', '   '],
        ['band.strength.label', 'Strong', 'Cryf'],
        ['item.gone.text', 'An old statement.', 'Hen ddatganiad.'],
      ]),
    );
    expect(report.texts).toBe(3);
    expect(report.translated).toBe(0);
    expect(report.missing).toEqual(['bank.title', 'item.g1.text']);
    expect(report.stale).toEqual([{ key: 'band.strength.label', was: 'Strong', now: 'Strength' }]);
    expect(report.orphans).toEqual(['item.gone.text']);
    expect(isComplete(report)).toBe(false);
  });

  it('reports orphans without failing', () => {
    const report = checkTranslations(
      texts.slice(0, 1),
      entries([
        ['bank.title', 'Test bank', 'Banc prawf'],
        ['item.gone.text', 'Old.', 'Hen.'],
      ]),
    );
    expect(report.orphans).toEqual(['item.gone.text']);
    expect(isComplete(report)).toBe(true);
  });

  it('prints the JSON report with stale entries as keys', () => {
    const report = checkTranslations(texts, entries([['band.strength.label', 'Strong', 'Cryf']]));
    expect(JSON.parse(reportJson(report))).toEqual({
      texts: 3,
      translated: 0,
      missing: ['bank.title', 'item.g1.text'],
      stale: ['band.strength.label'],
      orphans: [],
    });
  });

  it('finds every text missing in an empty file built for the generated bank', () => {
    const all = listBankTexts(makeBank());
    const report = checkTranslations(all, new Map());
    expect(report.missing).toEqual(all.map((t) => t.key));
    expect(report.translated).toBe(0);
  });
});

describe('parseTranslations', () => {
  it('reads entries for the language asked for and skips $ notes', () => {
    const parsed = parseTranslations(
      {
        $comment: 'About this file.',
        'bank.title': { en: 'Test bank', cy: 'Banc prawf' },
      },
      'cy',
    );
    expect(parsed).toEqual({
      ok: true,
      translations: new Map([['bank.title', { en: 'Test bank', text: 'Banc prawf' }]]),
    });
  });

  it('names each entry that lacks its English or its translation', () => {
    const parsed = parseTranslations(
      {
        'bank.title': { cy: 'Banc prawf' },
        'band.strength.label': { en: 'Strength', ga: 'Neart' },
        'item.g1.text': 'Datganiad g1.',
      } as RawJson,
      'cy',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      '"bank.title" must be an object with an "en" text and a "cy" text.',
      '"band.strength.label" must be an object with an "en" text and a "cy" text.',
      '"item.g1.text" must be an object with an "en" text and a "cy" text.',
    ]);
  });

  it('refuses a file that is not one object', () => {
    for (const data of [null, [], 'text', 3]) {
      const parsed = parseTranslations(data, 'cy');
      expect(parsed).toEqual({
        ok: false,
        problems: ['The file must hold one object, with one entry for each key.'],
      });
    }
  });
});
