/**
 * Welsh counts (issue 11): every plural message in every area's Welsh catalogue has all six
 * of Welsh's plural categories, and renders the right one for 0, 1, 2, 3, 6 and 7; dates and
 * numbers come from Intl in Welsh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatter } from '@lingui/format-po';
import { activate, formatDate, formatNumber, i18n, pluralCategory } from '../../../src/i18n';
import { pluralBranches } from '../../../scripts/lib/icu';

const LOCALES = path.resolve(__dirname, '../../../src/locales');
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

type Entry = { id: string; source: string; translation: string; area: string };

async function welshEntries(): Promise<Entry[]> {
  const po = formatter({ lineNumbers: false });
  const entries: Entry[] = [];
  for (const area of readdirSync(LOCALES)) {
    const text = readFileSync(path.join(LOCALES, area, 'cy.po'), 'utf8');
    const catalog = (await po.parse(text, {
      locale: 'cy',
      sourceLocale: 'en',
      filename: `${area}/cy.po`,
    })) as Record<string, { message?: string; translation?: string }>;
    for (const [id, m] of Object.entries(catalog))
      entries.push({ id, source: m.message ?? id, translation: m.translation ?? '', area });
  }
  return entries;
}

describe('Welsh catalogues', () => {
  it('give a message in several areas the same Welsh in each', async () => {
    const byId = new Map<string, Entry[]>();
    for (const e of await welshEntries()) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
    const differing = [...byId.values()]
      .filter((copies) => new Set(copies.map((c) => c.translation)).size > 1)
      .map((copies) => copies.map((c) => `${c.area}: ${c.translation}`).join(' / '));
    expect(differing).toEqual([]);
  });
});

describe('Welsh plurals', () => {
  it('finds the plural messages (the character count at least)', async () => {
    const plurals = (await welshEntries()).filter((e) => pluralBranches(e.source));
    expect(plurals.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every plural message all six Welsh categories', async () => {
    for (const entry of (await welshEntries()).filter((e) => pluralBranches(e.source))) {
      const parsed = pluralBranches(entry.translation);
      expect(parsed, `${entry.area}: "${entry.source}" has no Welsh plural`).not.toBeNull();
      expect(Object.keys(parsed!.branches).sort(), `${entry.area}: "${entry.source}"`).toEqual(
        [...CATEGORIES].sort(),
      );
    }
  });

  it('renders the form of the right category for 0, 1, 2, 3, 6 and 7', async () => {
    await activate('cy');
    try {
      expect([0, 1, 2, 3, 6, 7].map((n) => pluralCategory(n, 'cy'))).toEqual(CATEGORIES);
      for (const entry of (await welshEntries()).filter((e) => pluralBranches(e.source))) {
        const { variable, branches } = pluralBranches(entry.translation)!;
        for (const n of [0, 1, 2, 3, 6, 7]) {
          const branch = branches[pluralCategory(n, 'cy')]!;
          const expected = branch.replace(/#/g, String(n));
          // Any other placeholder in the sentence ("{done} of # sections") is given its own name.
          const others = Object.fromEntries(
            [...branch.matchAll(/\{(\w+)\}/g)].map(([whole, name]) => [name, whole]),
          );
          expect(i18n._(entry.id, { ...others, [variable]: n }), `${entry.source} for ${n}`).toBe(
            expected,
          );
        }
      }
    } finally {
      await activate('en');
    }
  });
});

describe('dates and numbers in Welsh', () => {
  it('writes a date as "29 Tachwedd 2026", and in English as "29 November 2026"', () => {
    expect(formatDate('2026-11-29', 'cy')).toBe('29 Tachwedd 2026');
    expect(formatDate('2026-11-29', 'en')).toBe('29 November 2026');
  });

  it('writes numbers with the same separators in both languages', () => {
    expect(formatNumber(12345.6, 'cy')).toBe('12,345.6');
    expect(formatNumber(12345.6, 'en')).toBe('12,345.6');
  });
});
