/**
 * Every text of a question bank under its stable key, and the check of a translation file
 * against them: what `npm run i18n:export` / `i18n:import` use for the bank's texts. (The
 * bank's own Welsh lives in its files since issue 11; this checks a translator's file.)
 *
 * Keys are built from ids, never from positions, wherever the bank gives an id, so that moving
 * an option, a page or a section does not change them: `item.type-scope.option.cohort.label`,
 * `dimension.culture.band.priority.interpretation`, `bank.scale.points.3.label` (by value).
 * Only lists without ids use a position: a band's prompts (`...prompt.0`) and a type's example
 * sites (`...exampleSite.0`).
 *
 * Left out on purpose: ids, numbers, weights, the `source` notes (for content authors only),
 * `locale`, `version` and citation URLs.
 *
 * A translation file holds one entry per key: the English it translates, exactly, and the
 * translation. Keeping the English lets the check find translations whose English has changed
 * since they were written ("stale").
 */
import { z } from '../../src/domain/zod';
import type { Bank } from '../../src/domain/bank/bank-schema';
import {
  listBankTexts as listDomainTexts,
  repeatedKeys,
  type BankText,
} from '../../src/domain/bank/bank-texts';

export type { BankText };

/** Thrown when two texts would share a key (only possible with page ids repeated across sections). */
export class DuplicateKeyError extends Error {
  constructor(readonly keys: string[]) {
    super(
      `These keys would name more than one text: ${keys.join(', ')}. ` +
        'Give every page an id that is unique in the whole bank.',
    );
  }
}

/**
 * Lists every human-readable text of a parsed bank, in the order a content author meets them
 * (src/domain/bank/bank-texts.ts walks the bank), refusing keys that name two texts.
 */
export function listBankTexts(bank: Bank): BankText[] {
  const texts = listDomainTexts(bank);
  const repeated = repeatedKeys(texts);
  if (repeated.length > 0) throw new DuplicateKeyError(repeated);
  return texts;
}

// ---------------------------------------------------------------------------------------
// Translation files
// ---------------------------------------------------------------------------------------

/** One translation: the English it was made from, and the text in the other language. */
export type TranslationEntry = { en: string; text: string };
export type Translations = Map<string, TranslationEntry>;

export type ParseTranslationsResult =
  { ok: true; translations: Translations } | { ok: false; problems: string[] };

/**
 * Reads a translation file's parsed JSON: `{ "$comment": "...", "<key>": { "en": "...",
 * "<lang>": "..." } }`. Keys starting with `$` are notes and are skipped. Problems name the key
 * and what is wrong, in plain words.
 */
export function parseTranslations(data: unknown, lang: string): ParseTranslationsResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return {
      ok: false,
      problems: ['The file must hold one object, with one entry for each key.'],
    };
  const entrySchema = z.object({ en: z.string(), [lang]: z.string() });
  const translations: Translations = new Map();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key.startsWith('$')) continue;
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`"${key}" must be an object with an "en" text and a "${lang}" text.`);
      continue;
    }
    const entry = parsed.data as Record<string, string>;
    translations.set(key, { en: entry.en ?? '', text: entry[lang] ?? '' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, translations };
}

export type StaleText = { key: string; was: string; now: string };

export type TranslationReport = {
  /** How many texts the bank has. */
  texts: number;
  /** Texts with a translation made from their current English. */
  translated: number;
  /** Texts with no translation, or an empty one. */
  missing: string[];
  /** Texts whose English has changed since they were translated. */
  stale: StaleText[];
  /** Keys in the file that the bank no longer has. */
  orphans: string[];
};

/** Compares the bank's texts with a translation file. */
export function checkTranslations(
  texts: BankText[],
  translations: Translations,
): TranslationReport {
  const missing: string[] = [];
  const stale: StaleText[] = [];
  let translated = 0;
  for (const { key, en } of texts) {
    const entry = translations.get(key);
    if (!entry || entry.text.trim() === '') missing.push(key);
    else if (entry.en !== en) stale.push({ key, was: entry.en, now: en });
    else translated += 1;
  }
  const keys = new Set(texts.map((t) => t.key));
  const orphans = [...translations.keys()].filter((key) => !keys.has(key));
  return { texts: texts.length, translated, missing, stale, orphans };
}

/** True when every text has an up-to-date translation (orphans are only reported). */
export function isComplete(report: TranslationReport): boolean {
  return report.missing.length === 0 && report.stale.length === 0;
}

/** The one-line JSON the script prints with `--json`. */
export function reportJson(report: TranslationReport): string {
  return JSON.stringify({
    texts: report.texts,
    translated: report.translated,
    missing: report.missing,
    stale: report.stale.map((s) => s.key),
    orphans: report.orphans,
  });
}

/** The readable report the script prints without `--json`. */
export function describeReport(report: TranslationReport, fileLabel: string, lang: string): string {
  const lines = [
    `${fileLabel}`,
    `Texts in the bank: ${report.texts}`,
    `Translated into ${lang}: ${report.translated}`,
  ];
  if (report.missing.length > 0) {
    lines.push('', `Missing (${report.missing.length}):`);
    for (const key of report.missing) lines.push(`  ${key}`);
  }
  if (report.stale.length > 0) {
    lines.push('', `English changed since translation (${report.stale.length}):`);
    for (const s of report.stale) {
      lines.push(`  ${s.key}`, `    was: ${s.was}`, `    now: ${s.now}`);
    }
  }
  if (report.orphans.length > 0) {
    lines.push('', `No longer in the bank, can be removed (${report.orphans.length}):`);
    for (const key of report.orphans) lines.push(`  ${key}`);
  }
  if (isComplete(report)) lines.push('', 'Every text is translated and up to date.');
  return lines.join('\n');
}
