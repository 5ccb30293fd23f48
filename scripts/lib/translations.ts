/**
 * A translator's round trip (`npm run i18n:export`, `npm run i18n:import FILE`): every string
 * of Rally, interface and question bank, with its English, where it appears and its current
 * Welsh, in one PO file (and a CSV for spreadsheets); and the way back, checked first.
 *
 * Entries:
 * - interface messages: as in `src/locales/<area>/cy.po` (msgid the English, the source files
 *   as references, the area in a comment). A message in several areas is one entry.
 * - bank texts: msgctxt `bank:<key>` (the key from src/domain/bank/bank-texts.ts), msgid the
 *   English, references the bank file, a comment naming the place in words.
 *
 * The id of an entry is Lingui's (made from the English and the context), so a file whose
 * English no longer matches Rally's is found out: that entry is "stale".
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatter } from '@lingui/format-po';
import { generateMessageId } from '@lingui/message-utils/generateMessageId';
import Papa from 'papaparse';
import { format as prettierFormat } from 'prettier';
import { placeOf } from '../../src/domain/bank/bank-places';
import {
  mapMetaTexts,
  mapSectionTexts,
  splitLanguages,
  type TextVisitor,
} from '../../src/domain/bank/bank-texts';
import { translationProblems } from './icu';

const po = formatter({ lineNumbers: false });
const BANK_CONTEXT = 'bank:';

export type Entry = {
  /** Lingui's id of the English and context. */
  id: string;
  kind: 'interface' | 'bank';
  english: string;
  welsh: string;
  /** Lingui's context for an interface message, or `bank:<key>`. */
  context: string | null;
  /** Where it appears: source files, or the bank file. */
  files: string[];
  /** Interface: the areas. Bank: the place in words. */
  notes: string[];
};

type PoMessage = {
  message?: string;
  translation?: string;
  context?: string | null;
  comments?: string[];
  origin?: [string, number?][];
  obsolete?: boolean;
  extra?: { translatorComments?: string[]; flags?: string[] };
};
type PoCatalog = Record<string, PoMessage>;

const ctx = (filename: string) => ({ locale: 'cy', sourceLocale: 'en', filename });

async function readPo(file: string): Promise<PoCatalog> {
  return (await po.parse(await readFile(file, 'utf8'), ctx(file))) as PoCatalog;
}

async function areas(root: string): Promise<string[]> {
  return (await readdir(path.join(root, 'src/locales'), { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

async function bankFiles(root: string): Promise<string[]> {
  const sections = (await readdir(path.join(root, 'questions/sections')))
    .filter((f) => f.endsWith('.json'))
    .sort();
  return ['bank.json', ...sections.map((f) => `sections/${f}`)];
}

/** Every string of Rally with its Welsh (empty when untranslated). */
export async function collectEntries(root: string): Promise<Entry[]> {
  const byId = new Map<string, Entry>();
  for (const area of await areas(root)) {
    const catalog = await readPo(path.join(root, 'src/locales', area, 'cy.po'));
    for (const [id, m] of Object.entries(catalog)) {
      if (m.obsolete) continue;
      const entry = byId.get(id) ?? {
        id,
        kind: 'interface' as const,
        english: m.message ?? id,
        welsh: '',
        context: m.context ?? null,
        files: [],
        notes: [],
      };
      entry.welsh ||= m.translation ?? '';
      for (const [file] of m.origin ?? []) if (!entry.files.includes(file)) entry.files.push(file);
      entry.notes.push(`area: ${area}`);
      byId.set(id, entry);
    }
  }
  const entries = [...byId.values()];
  for (const file of await bankFiles(root)) {
    const data: unknown = JSON.parse(await readFile(path.join(root, 'questions', file), 'utf8'));
    const split = splitLanguages(data, file === 'bank.json' ? 'bank' : 'section');
    const english = new Map<string, string>();
    const collect: TextVisitor = (key, _p, value) => {
      if (typeof value === 'string') english.set(key, value);
      return value;
    };
    if (file === 'bank.json') mapMetaTexts(split.english, collect);
    else mapSectionTexts(split.english, collect);
    for (const text of split.texts) {
      const en = english.get(text.key);
      if (en === undefined) continue;
      const context = `${BANK_CONTEXT}${text.key}`;
      entries.push({
        id: generateMessageId(en, context),
        kind: 'bank',
        english: en,
        welsh: split.cy[text.key] ?? '',
        context,
        files: [`questions/${file}`],
        notes: [placeOf(data, text.path).where || 'the bank’s settings'],
      });
    }
  }
  return entries;
}

/** The PO file for a translator. */
export async function entriesToPo(entries: Entry[]): Promise<string> {
  const catalog: PoCatalog = {};
  for (const e of entries)
    catalog[e.id] = {
      message: e.english,
      translation: e.welsh,
      context: e.context,
      comments: e.notes,
      origin: e.files.map((f) => [f]),
      obsolete: false,
      extra: { translatorComments: [], flags: [] },
    };
  return po.serialize(catalog as never, { ...ctx('rally-cy.po'), existing: null } as never);
}

const CSV_COLUMNS = ['id', 'context', 'where', 'english', 'welsh'] as const;

/** The same as a spreadsheet: one row per string. */
export function entriesToCsv(entries: Entry[]): string {
  return Papa.unparse(
    entries.map((e) => ({
      id: e.id,
      context: e.context ?? '',
      where: [...e.notes, ...e.files].join('; '),
      english: e.english,
      welsh: e.welsh,
    })),
    { columns: [...CSV_COLUMNS] },
  );
}

export type Incoming = { id: string; english: string; welsh: string; context: string | null };

/** Reads a translator's file (PO, or CSV with the export's columns). */
export async function readIncoming(
  file: string,
): Promise<{ ok: true; entries: Incoming[] } | { ok: false; problem: string }> {
  const text = await readFile(file, 'utf8');
  if (file.toLowerCase().endsWith('.csv')) {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const columns = parsed.meta.fields ?? [];
    const lacking = CSV_COLUMNS.filter((c) => c !== 'where' && !columns.includes(c));
    if (lacking.length > 0)
      return { ok: false, problem: `The spreadsheet has no ${lacking.join(', ')} column.` };
    return {
      ok: true,
      entries: parsed.data.map((row) => ({
        id: row.id ?? '',
        english: row.english ?? '',
        welsh: row.welsh ?? '',
        context: row.context ? row.context : null,
      })),
    };
  }
  let catalog: PoCatalog;
  try {
    catalog = (await po.parse(text, ctx(file))) as PoCatalog;
  } catch {
    return { ok: false, problem: 'The file is not a PO file Rally can read.' };
  }
  return {
    ok: true,
    entries: Object.entries(catalog).map(([id, m]) => ({
      id,
      english: m.message ?? id,
      welsh: m.translation ?? '',
      context: m.context ?? null,
    })),
  };
}

export type ImportReport = {
  /** Entries whose Welsh will be written (new or changed). */
  changed: Entry[];
  /** Plain-English problems, each naming the entry; when any, nothing is written. */
  problems: string[];
  /** In the file but made from English Rally no longer has. */
  stale: Incoming[];
  /** Strings of Rally still without Welsh after the import. */
  untranslated: Entry[];
};

const named = (e: { english: string; context: string | null }) =>
  `“${e.english.length > 70 ? `${e.english.slice(0, 67)}...` : e.english}”${
    e.context?.startsWith(BANK_CONTEXT) ? ` (${e.context.slice(BANK_CONTEXT.length)})` : ''
  }`;

/** Checks a translator's entries against Rally's strings. */
export function checkIncoming(current: Entry[], incoming: Incoming[]): ImportReport {
  const byId = new Map(current.map((e) => [e.id, e]));
  const changed: Entry[] = [];
  const problems: string[] = [];
  const stale: Incoming[] = [];
  const welshNow = new Map(current.map((e) => [e.id, e.welsh]));
  for (const item of incoming) {
    const welsh = item.welsh.trim();
    const entry = byId.get(item.id);
    if (!entry) {
      if (welsh !== '') stale.push(item);
      continue;
    }
    if (welsh === '' || welsh === entry.welsh) continue;
    const found = translationProblems(entry.english, welsh);
    if (entry.kind === 'bank' && welsh.length > 2000)
      found.push('the Welsh is longer than 2,000 characters');
    for (const p of found) problems.push(`${named(entry)}: ${p}.`);
    if (found.length === 0) {
      changed.push({ ...entry, welsh });
      welshNow.set(entry.id, welsh);
    }
  }
  const untranslated = current.filter((e) => (welshNow.get(e.id) ?? '') === '');
  return { changed, problems, stale, untranslated };
}

/** Writes the changed Welsh into the catalogues and the bank's files. */
export async function writeIncoming(root: string, changed: Entry[]): Promise<void> {
  const ui = new Map(changed.filter((e) => e.kind === 'interface').map((e) => [e.id, e.welsh]));
  if (ui.size > 0)
    for (const area of await areas(root)) {
      const file = path.join(root, 'src/locales', area, 'cy.po');
      const existing = await readFile(file, 'utf8');
      const catalog = (await po.parse(existing, ctx(file))) as PoCatalog;
      let touched = false;
      for (const [id, m] of Object.entries(catalog))
        if (ui.has(id)) {
          m.translation = ui.get(id)!;
          touched = true;
        }
      if (touched)
        await writeFile(
          file,
          await po.serialize(catalog as never, { ...ctx(file), existing } as never),
        );
    }
  const bank = new Map(
    changed
      .filter((e) => e.kind === 'bank')
      .map((e) => [e.context!.slice(BANK_CONTEXT.length), e.welsh]),
  );
  if (bank.size === 0) return;
  for (const file of await bankFiles(root)) {
    const full = path.join(root, 'questions', file);
    const data: unknown = JSON.parse(await readFile(full, 'utf8'));
    let touched = false;
    const visit: TextVisitor = (key, _p, value) => {
      const welsh = bank.get(key);
      if (welsh === undefined) return value;
      touched = true;
      const en =
        typeof value === 'string' ? value : ((value as { en?: unknown } | null)?.en ?? value);
      return { en, cy: welsh };
    };
    const out = file === 'bank.json' ? mapMetaTexts(data, visit) : mapSectionTexts(data, visit);
    if (touched)
      await writeFile(full, await prettierFormat(JSON.stringify(out, null, 2), { parser: 'json' }));
  }
}
