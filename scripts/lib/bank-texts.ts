/**
 * Every text of a question bank that a respondent or a reader of a report sees, each under a
 * stable key, and the check of a translation file against them.
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

export type BankText = { key: string; en: string };

/** Thrown when two texts would share a key (only possible with page ids repeated across sections). */
export class DuplicateKeyError extends Error {
  constructor(readonly keys: string[]) {
    super(
      `These keys would name more than one text: ${keys.join(', ')}. ` +
        'Give every page an id that is unique in the whole bank.',
    );
  }
}

/** Lists every human-readable text of a parsed bank, in the order a content author meets them. */
export function listBankTexts(bank: Bank): BankText[] {
  const texts: BankText[] = [];
  const add = (key: string, en: string | undefined) => {
    if (en !== undefined) texts.push({ key, en });
  };

  add('bank.title', bank.title);
  add('bank.description', bank.description);
  for (const point of bank.scale.points) add(`bank.scale.points.${point.value}.label`, point.label);
  add('bank.scale.dontKnow', bank.scale.dontKnow);
  add('bank.scale.notApplicable', bank.scale.notApplicable);
  for (const band of bank.scoring.bands) add(`band.${band.id}.label`, band.label);

  for (const dimension of bank.dimensions) {
    const at = `dimension.${dimension.id}`;
    add(`${at}.name`, dimension.name);
    add(`${at}.description`, dimension.description);
    // Band texts in the order of the bands, then any others (parseBank refuses unknown ones).
    const bandIds = [
      ...bank.scoring.bands.map((b) => b.id).filter((id) => id in dimension.bands),
      ...Object.keys(dimension.bands).filter((id) => !bank.scoring.bands.some((b) => b.id === id)),
    ];
    for (const bandId of bandIds) {
      const text = dimension.bands[bandId];
      if (!text) continue;
      add(`${at}.band.${bandId}.interpretation`, text.interpretation);
      text.prompts.forEach((prompt, i) => add(`${at}.band.${bandId}.prompt.${i}`, prompt));
    }
    add(`${at}.notEnough`, dimension.notEnough);
  }

  for (const type of bank.typology.types) {
    const at = `type.${type.id}`;
    add(`${at}.name`, type.name);
    add(`${at}.description`, type.description);
    add(`${at}.meaning`, type.meaning);
    type.exampleSites.forEach((site, i) => add(`${at}.exampleSite.${i}`, site));
  }

  for (const mode of bank.governance.modes) {
    add(`governance.mode.${mode.id}.name`, mode.name);
    add(`governance.mode.${mode.id}.description`, mode.description);
  }
  add('governance.mismatchPrompt', bank.governance.mismatchPrompt);
  add('governance.unclearPrompt', bank.governance.unclearPrompt);

  for (const role of bank.leadership.roles) {
    add(`leadership.role.${role.id}.name`, role.name);
    add(`leadership.role.${role.id}.description`, role.description);
  }
  add('leadership.note', bank.leadership.note);

  for (const flag of bank.accountability.flags)
    add(`accountability.flag.${flag.id}.text`, flag.text);

  for (const [profileId, targets] of Object.entries(bank.profiles)) {
    for (const target of targets ?? []) {
      add(`profile.${profileId}.${target.id}.name`, target.name);
      add(`profile.${profileId}.${target.id}.description`, target.description);
    }
  }

  for (const citation of bank.citations) add(`citation.${citation.id}.text`, citation.text);
  add('bank.citation', bank.citation);
  add('bank.disclaimer', bank.disclaimer);

  for (const section of bank.sections) {
    add(`section.${section.id}.title`, section.title);
    add(`section.${section.id}.summary`, section.summary);
    add(`section.${section.id}.intro`, section.intro);
    for (const page of section.pages) {
      add(`page.${page.id}.title`, page.title);
      add(`page.${page.id}.intro`, page.intro);
      for (const item of page.items) {
        const at = `item.${item.id}`;
        add(`${at}.text`, item.text);
        add(`${at}.hint`, item.hint);
        if (item.kind === 'choice' || item.kind === 'grid') {
          for (const option of item.options) {
            add(`${at}.option.${option.id}.label`, option.label);
            add(`${at}.option.${option.id}.hint`, option.hint);
          }
        }
        if (item.kind === 'select')
          for (const option of item.options) add(`${at}.option.${option.id}.label`, option.label);
        if (item.kind === 'grid') {
          for (const row of item.rows) {
            add(`${at}.row.${row.id}.label`, row.label);
            add(`${at}.row.${row.id}.hint`, row.hint);
          }
        }
      }
    }
  }

  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { key } of texts) {
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
  }
  if (duplicates.size > 0) throw new DuplicateKeyError([...duplicates]);
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
