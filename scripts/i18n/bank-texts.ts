/**
 * `npm run i18n:bank-texts [-- DIR] [-- --lang cy] [-- --json] [-- --list]`
 *
 * Lists every text of the question bank in DIR (default: the project's `questions/`) that a
 * respondent or a report reader sees, each under a stable key, and checks the translation file
 * `DIR/translations/<lang>.json` (default language: cy, Welsh) against them.
 *
 * Prints how many texts there are, how many are translated, and which are missing, stale (the
 * English has changed since the translation) or orphaned (the key is no longer in the bank).
 * With `--json`: one line, {"texts":N,"translated":N,"missing":[...],"stale":[...],"orphans":[...]}.
 * With `--list`: every key and its English instead (`--list --json`: a JSON array).
 *
 * Exits 1 when a text is missing or stale, or when the bank or the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeBankProblems, parseBank } from '../../src/domain/bank/parse-bank';
import { readBankDir } from '../lib/read-bank-dir';
import {
  checkTranslations,
  describeReport,
  DuplicateKeyError,
  isComplete,
  listBankTexts,
  parseTranslations,
  reportJson,
} from '../lib/bank-texts';
import type { BankText, Translations } from '../lib/bank-texts';

type Options = { dir: string; lang: string; json: boolean; list: boolean };

function readOptions(argv: string[]): Options | string {
  const defaultDir = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'questions',
  );
  let dir = defaultDir;
  let lang = 'cy';
  let json = false;
  let list = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--list') list = true;
    else if (arg === '--lang') {
      const value = argv[i + 1];
      if (!value || !/^[a-z]{2,3}$/.test(value)) return '--lang needs a language code such as cy.';
      lang = value;
      i += 1;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else dir = path.resolve(process.cwd(), arg);
  }
  return { dir, lang, json, list };
}

async function readTranslationFile(
  file: string,
  lang: string,
): Promise<{ ok: true; translations: Translations } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ok: true, translations: new Map() };
    return { ok: false, message: `${file} could not be read: ${String(error)}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${file} is not valid JSON: ${detail}` };
  }
  const parsed = parseTranslations(data, lang);
  if (!parsed.ok) return { ok: false, message: `${file}:\n  ${parsed.problems.join('\n  ')}` };
  return parsed;
}

async function main(argv: string[]): Promise<number> {
  const options = readOptions(argv);
  if (typeof options === 'string') {
    console.error(options);
    return 1;
  }
  const read = await readBankDir(options.dir);
  const parsed = read.ok ? parseBank(read.files) : { ok: false as const, problems: read.problems };
  if (!parsed.ok) {
    console.error(describeBankProblems(parsed.problems));
    return 1;
  }

  let texts: BankText[];
  try {
    texts = listBankTexts(parsed.bank);
  } catch (error) {
    if (error instanceof DuplicateKeyError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  if (options.list) {
    if (options.json) console.log(JSON.stringify(texts));
    else for (const { key, en } of texts) console.log(`${key}\t${en}`);
    return 0;
  }

  const file = path.join(options.dir, 'translations', `${options.lang}.json`);
  const translations = await readTranslationFile(file, options.lang);
  if (!translations.ok) {
    console.error(translations.message);
    return 1;
  }
  const report = checkTranslations(texts, translations.translations);
  const label = path.relative(process.cwd(), file) || file;
  if (options.json) console.log(reportJson(report));
  else console.log(describeReport(report, label, options.lang));
  return isComplete(report) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
