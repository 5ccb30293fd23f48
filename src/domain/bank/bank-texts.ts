/**
 * Every text of a question bank that a respondent or a reader of a report sees, under a stable
 * key, and the bank in each language.
 *
 * In the bank's files a text is either a string (English only) or `{ "en": ..., "cy": ... }`
 * (questions/README.md). Parsing splits the two: the English goes through the zod schema as
 * before, so a `Bank` always holds plain strings, and the Welsh comes out as a map of key to
 * text that `localizeBank` applies. Scoring never reads a text, so a bank in Welsh scores
 * exactly as in English.
 *
 * Keys are built from ids, never from positions, wherever the bank gives an id, so that moving
 * an option, a page or a section does not change them: `item.type-scope.option.cohort.label`,
 * `dimension.culture.band.priority.interpretation`, `bank.scale.points.3.label` (by value).
 * Only lists without ids use a position: a band's prompts (`...prompt.0`), its practice
 * descriptions (`...practice.0.text`) and a type's example sites (`...exampleSite.0`).
 *
 * Not texts: ids, numbers, weights, the `source` notes (for content authors only), `locale`,
 * `version` and citation URLs.
 */
import type { Language } from '../language';
import type { Bank } from './bank-schema';
import { english as inEnglish } from '../said';

export type TextPath = (string | number)[];
/** Called for each text in the order a content author meets them; returns its new value. */
export type TextVisitor = (key: string, path: TextPath, value: unknown) => unknown;

type Rec = Record<string, unknown>;
const isRec = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Only a string or number is an id; anything else (bad input can hold a list that contains
// itself) is left for the schema to name, instead of being turned into text here.
const idOf = (value: Rec) =>
  typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : '';

/** Walks a loosely typed record in place (on copies: the input is never changed). */
class Walker {
  constructor(private readonly visit: TextVisitor) {}

  text(obj: Rec, field: string, key: string, path: TextPath) {
    if (obj[field] !== undefined) obj[field] = this.visit(key, [...path, field], obj[field]);
  }

  /** A list of records: `fn` gets a copy of each and its path. */
  records(obj: Rec, field: string, path: TextPath, fn: (el: Rec, at: TextPath) => void) {
    const list = obj[field];
    if (!Array.isArray(list)) return;
    obj[field] = list.map((el: unknown, i) => {
      if (!isRec(el)) return el;
      const copy = { ...el };
      fn(copy, [...path, field, i]);
      return copy;
    });
  }

  /** A list of texts: `key(i)` names each. */
  strings(obj: Rec, field: string, path: TextPath, key: (i: number) => string) {
    const list = obj[field];
    if (!Array.isArray(list)) return;
    obj[field] = list.map((el: unknown, i) => this.visit(key(i), [...path, field, i], el));
  }

  /** A nested record: `fn` gets a copy of it. */
  record(obj: Rec, field: string, path: TextPath, fn: (el: Rec, at: TextPath) => void) {
    const value = obj[field];
    if (!isRec(value)) return;
    const copy = { ...value };
    fn(copy, [...path, field]);
    obj[field] = copy;
  }

  targets(obj: Rec, field: string, path: TextPath, prefix: string) {
    this.records(obj, field, path, (t, at) => {
      this.text(t, 'name', `${prefix}.${idOf(t)}.name`, at);
      this.text(t, 'description', `${prefix}.${idOf(t)}.description`, at);
    });
  }
}

/** The texts of `bank.json` (everything but the sections). Returns a changed copy. */
export function mapMetaTexts(meta: unknown, visit: TextVisitor): unknown {
  if (!isRec(meta)) return meta;
  const w = new Walker(visit);
  const m = { ...meta };
  w.text(m, 'title', 'bank.title', []);
  w.text(m, 'description', 'bank.description', []);
  w.record(m, 'scale', [], (scale, at) => {
    w.records(scale, 'points', at, (p, pAt) =>
      w.text(p, 'label', `bank.scale.points.${String(p.value)}.label`, pAt),
    );
    w.text(scale, 'dontKnow', 'bank.scale.dontKnow', at);
    w.text(scale, 'notApplicable', 'bank.scale.notApplicable', at);
  });
  const bandIds: string[] = [];
  w.record(m, 'scoring', [], (scoring, at) =>
    w.records(scoring, 'bands', at, (b, bAt) => {
      bandIds.push(idOf(b));
      w.text(b, 'label', `band.${idOf(b)}.label`, bAt);
    }),
  );
  w.records(m, 'dimensions', [], (d, at) => {
    const prefix = `dimension.${idOf(d)}`;
    w.text(d, 'name', `${prefix}.name`, at);
    w.text(d, 'description', `${prefix}.description`, at);
    w.record(d, 'bands', at, (bands, bandsAt) => {
      // In the order of the bands, then any others (parseBank refuses unknown ones).
      const ids = [
        ...bandIds.filter((id) => id in bands),
        ...Object.keys(bands).filter((id) => !bandIds.includes(id)),
      ];
      for (const id of ids)
        w.record(bands, id, bandsAt, (band, bandAt) => {
          w.text(band, 'interpretation', `${prefix}.band.${id}.interpretation`, bandAt);
          w.strings(band, 'prompts', bandAt, (i) => `${prefix}.band.${id}.prompt.${i}`);
          w.records(band, 'practice', bandAt, (practice, practiceAt) => {
            const at = practiceAt[practiceAt.length - 1];
            const key = `${prefix}.band.${id}.practice.${String(at)}`;
            w.text(practice, 'text', `${key}.text`, practiceAt);
            w.text(practice, 'pointer', `${key}.pointer`, practiceAt);
          });
          w.text(band, 'nextStep', `${prefix}.band.${id}.nextStep`, bandAt);
        });
    });
    w.text(d, 'notEnough', `${prefix}.notEnough`, at);
  });
  w.record(m, 'typology', [], (typology, at) =>
    w.records(typology, 'types', at, (t, tAt) => {
      const prefix = `type.${idOf(t)}`;
      w.text(t, 'name', `${prefix}.name`, tAt);
      w.text(t, 'description', `${prefix}.description`, tAt);
      w.text(t, 'meaning', `${prefix}.meaning`, tAt);
      w.strings(t, 'exampleSites', tAt, (i) => `${prefix}.exampleSite.${i}`);
    }),
  );
  w.record(m, 'governance', [], (g, at) => {
    w.targets(g, 'modes', at, 'governance.mode');
    w.text(g, 'mismatchPrompt', 'governance.mismatchPrompt', at);
    w.text(g, 'unclearPrompt', 'governance.unclearPrompt', at);
  });
  w.record(m, 'leadership', [], (l, at) => {
    w.targets(l, 'roles', at, 'leadership.role');
    w.text(l, 'note', 'leadership.note', at);
  });
  w.record(m, 'accountability', [], (a, at) =>
    w.records(a, 'flags', at, (f, fAt) =>
      w.text(f, 'text', `accountability.flag.${idOf(f)}.text`, fAt),
    ),
  );
  w.record(m, 'profiles', [], (profiles, at) => {
    for (const profileId of Object.keys(profiles))
      w.targets(profiles, profileId, at, `profile.${profileId}`);
  });
  w.records(m, 'citations', [], (c, at) => {
    w.text(c, 'text', `citation.${idOf(c)}.text`, at);
    w.text(c, 'short', `citation.${idOf(c)}.short`, at);
  });
  w.text(m, 'citation', 'bank.citation', []);
  w.text(m, 'disclaimer', 'bank.disclaimer', []);
  return m;
}

/** The texts of one section file. Returns a changed copy. */
export function mapSectionTexts(section: unknown, visit: TextVisitor): unknown {
  if (!isRec(section)) return section;
  const w = new Walker(visit);
  const s = { ...section };
  const prefix = `section.${idOf(s)}`;
  w.text(s, 'title', `${prefix}.title`, []);
  w.text(s, 'summary', `${prefix}.summary`, []);
  w.text(s, 'intro', `${prefix}.intro`, []);
  w.records(s, 'pages', [], (page, pageAt) => {
    w.text(page, 'title', `page.${idOf(page)}.title`, pageAt);
    w.text(page, 'intro', `page.${idOf(page)}.intro`, pageAt);
    w.records(page, 'items', pageAt, (item, at) => {
      const itemKey = `item.${idOf(item)}`;
      w.text(item, 'text', `${itemKey}.text`, at);
      w.text(item, 'hint', `${itemKey}.hint`, at);
      w.records(item, 'options', at, (o, oAt) => {
        w.text(o, 'label', `${itemKey}.option.${idOf(o)}.label`, oAt);
        w.text(o, 'hint', `${itemKey}.option.${idOf(o)}.hint`, oAt);
      });
      w.records(item, 'rows', at, (r, rAt) => {
        w.text(r, 'label', `${itemKey}.row.${idOf(r)}.label`, rAt);
        w.text(r, 'hint', `${itemKey}.row.${idOf(r)}.hint`, rAt);
      });
    });
  });
  return s;
}

/** A parsed bank with every text passed through `visit`. */
export function mapBankTexts(bank: Bank, visit: TextVisitor): Bank {
  const { sections, ...meta } = bank;
  return {
    ...(mapMetaTexts(meta, visit) as Omit<Bank, 'sections'>),
    sections: sections.map((s) => mapSectionTexts(s, visit) as Bank['sections'][number]),
  };
}

export type BankText = { key: string; en: string };

/** Every text of a parsed bank with its key, in the order a content author meets them. */
export function listBankTexts(bank: Bank): BankText[] {
  const texts: BankText[] = [];
  mapBankTexts(bank, (key, _path, value) => {
    if (typeof value === 'string') texts.push({ key, en: value });
    return value;
  });
  return texts;
}

/** Keys that name more than one text (only possible with ids repeated across sections). */
export function repeatedKeys(texts: { key: string }[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const { key } of texts) {
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return [...repeated];
}

// ---------------------------------------------------------------------------------------
// Texts in two languages
// ---------------------------------------------------------------------------------------

/** The languages a bank text may be given in besides English. */
export type OtherLanguage = Exclude<Language, 'en'>;
/** A bank's texts in another language, by key. */
export type BankTranslation = Record<string, string>;

/** One text as a file gives it: which languages it has, and where it is. */
export type TextInFile = {
  key: string;
  path: TextPath;
  en: boolean;
  cy: boolean;
};

export type SplitProblem = { path: TextPath; message: string };

export type SplitResult = {
  /** The file with every two-language text replaced by its English. */
  english: unknown;
  /** The Welsh texts, by key. */
  cy: BankTranslation;
  texts: TextInFile[];
  problems: SplitProblem[];
};

const MAX_TEXT = 2000;
const BILINGUAL_KEYS = new Set(['en', 'cy']);

/** Splits one file's texts into its English and its Welsh. */
export function splitLanguages(data: unknown, kind: 'bank' | 'section'): SplitResult {
  const cy: BankTranslation = {};
  const texts: TextInFile[] = [];
  const problems: SplitProblem[] = [];
  const visit: TextVisitor = (key, path, value) => {
    if (!isRec(value)) {
      texts.push({ key, path, en: typeof value === 'string' && value.trim() !== '', cy: false });
      return value;
    }
    for (const name of Object.keys(value))
      if (!BILINGUAL_KEYS.has(name))
        problems.push({
          path: [...path, name],
          message: inEnglish(
            /*i18n*/ {
              id: '{name} is not a language of Rally: a text may have only "en" (English) and "cy" (Welsh)',
              message:
                '{name} is not a language of Rally: a text may have only "en" (English) and "cy" (Welsh)',
              values: { name: `“${name}”` },
            },
          ),
        });
    const en = value.en;
    const welsh = value.cy;
    const hasEn = typeof en === 'string' && en.trim() !== '';
    let hasCy = false;
    if (!hasEn)
      problems.push({
        path: [...path, 'en'],
        message: inEnglish(
          /*i18n*/ {
            id: 'the English text ("en") is missing',
            message: 'the English text ("en") is missing',
          },
        ),
      });
    if (welsh !== undefined) {
      if (typeof welsh !== 'string' || welsh.trim() === '')
        problems.push({
          path: [...path, 'cy'],
          message: inEnglish(
            /*i18n*/ {
              id: 'the Welsh text ("cy") must be text and not empty: leave it out if there is none yet',
              message:
                'the Welsh text ("cy") must be text and not empty: leave it out if there is none yet',
            },
          ),
        });
      else if (welsh.length > MAX_TEXT)
        problems.push({
          path: [...path, 'cy'],
          message: inEnglish(
            /*i18n*/ {
              id: 'the Welsh text ("cy") must be {most} characters or fewer',
              message: 'the Welsh text ("cy") must be {most} characters or fewer',
              values: { most: MAX_TEXT },
            },
          ),
        });
      else {
        cy[key] = welsh.trim();
        hasCy = true;
      }
    }
    texts.push({ key, path, en: hasEn, cy: hasCy });
    return hasEn ? en : value;
  };
  const english = kind === 'bank' ? mapMetaTexts(data, visit) : mapSectionTexts(data, visit);
  return { english, cy, texts, problems };
}

/**
 * The bank in `language`: every text from `translation`, and `locale` set to that language.
 * A bank without a translation of every text stays wholly in English (with its English
 * `locale`), so a page never mixes the two languages in one list; the page then marks the
 * bank's texts `lang="en"` (see `bankLanguage`).
 */
export function localizeBank(
  bank: Bank,
  language: Language,
  translation: BankTranslation | undefined,
): Bank {
  if (language === 'en' || !translation) return bank;
  const texts = listBankTexts(bank);
  if (texts.some(({ key }) => !translation[key])) return bank;
  const localized = mapBankTexts(bank, (key, _path, value) => translation[key] ?? value);
  return { ...localized, locale: `${language}-GB` };
}

/** The language a bank's texts are in, from its `locale` (`en-GB`, `cy-GB`). */
export function bankLanguage(bank: Pick<Bank, 'locale'>): Language {
  return bank.locale.startsWith('cy') ? 'cy' : 'en';
}

/** A text of the bank missing in one language, named by its file, place and key. */
export type MissingText = {
  file: string;
  where: string;
  path: string;
  key: string;
  language: Language;
};

export type LanguageCoverage = {
  texts: number;
  /** Per language, the share of the bank's texts it has (1 when every text is there). */
  languages: Record<Language, number>;
  missing: MissingText[];
};

/**
 * How far each language covers a bank's texts, from its files as read (`npm run bank:check`).
 * `placeOf` names a place in words, as every bank problem does.
 */
export function languageCoverage(
  files: { bank: { file: string; data: unknown }; sections: { file: string; data: unknown }[] },
  placeOf: (data: unknown, path: TextPath) => { where: string },
): LanguageCoverage {
  const missing: MissingText[] = [];
  let texts = 0;
  const present: Record<Language, number> = { en: 0, cy: 0 };
  const all = [
    { ...files.bank, kind: 'bank' as const },
    ...files.sections.map((s) => ({ ...s, kind: 'section' as const })),
  ];
  for (const { file, data, kind } of all) {
    for (const text of splitLanguages(data, kind).texts) {
      texts += 1;
      for (const language of ['en', 'cy'] as const) {
        if (text[language]) present[language] += 1;
        else
          missing.push({
            file,
            where: placeOf(data, text.path).where,
            path: text.path
              .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
              .join('')
              .replace(/^\./, ''),
            key: text.key,
            language,
          });
      }
    }
  }
  const share = (n: number) => (texts === 0 ? 1 : Math.round((n / texts) * 10000) / 10000);
  return { texts, languages: { en: share(present.en), cy: share(present.cy) }, missing };
}
