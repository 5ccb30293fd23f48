/**
 * Checks a question bank: `npm run bank:check [-- <dir>] [-- --json]`.
 *
 * Reads `<dir>/bank.json` and `<dir>/sections/*.json` (default: the project's `questions/`),
 * runs them through `parseBank` and prints every problem in one pass, one per line, as
 * `<file>, <place in words>: <what is wrong>` (for example `sections/04-culture.json, page “p2”,
 * question “culture-trust”: the question id “culture-trust” is also used in ...`), exiting 1.
 * Every text must be there in English and in Welsh (questions/README.md): a text missing in
 * either is named by its file, place and path, and the check exits 1. So is a band of a
 * dimension without its practice descriptions and next step. A valid bank prints a
 * short summary; with `--json` the summary is a single line of JSON:
 * {"dimensions":{...},"agreementItems":N,"choiceItems":N,"sections":N,
 *  "languages":{"en":<share of texts in English>,"cy":<share in Welsh>}}.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeBankProblems, missingPractice } from '../src/domain/bank/parse-bank';
import { placeOf } from '../src/domain/bank/bank-places';
import { languageCoverage } from '../src/domain/bank/bank-texts';
import { summariseBank } from '../src/domain/bank/bank-summary';
import type { BankSummary } from '../src/domain/bank/bank-summary';
import { loadBankDir, readBankDir } from './lib/read-bank-dir';

/** The instrument's target counts. Outside them is a warning, not an error. */
const TARGETS = {
  agreementItems: [40, 50],
  perDimension: [5, 9],
  choiceItems: [12, 16],
} as const;

function within(n: number, [min, max]: readonly [number, number]): boolean {
  return n >= min && n <= max;
}

function readableSummary(bankLabel: string, summary: BankSummary): string {
  const lines = [`${bankLabel}: no problems found.`, '', `Sections: ${summary.sections}`];
  lines.push(
    `Agreement items: ${summary.agreementItems} (target ${TARGETS.agreementItems.join(' to ')})`,
  );
  const width = Math.max(...Object.keys(summary.dimensions).map((n) => n.length));
  for (const [name, count] of Object.entries(summary.dimensions)) {
    const warn = within(count, TARGETS.perDimension)
      ? ''
      : `  outside the target of ${TARGETS.perDimension.join(' to ')}`;
    lines.push(`  ${name.padEnd(width)}  ${count}${warn}`);
  }
  lines.push(`Choice items: ${summary.choiceItems} (target ${TARGETS.choiceItems.join(' to ')})`);
  const warnings: string[] = [];
  if (!within(summary.agreementItems, TARGETS.agreementItems))
    warnings.push('the number of agreement items is outside the target');
  if (!within(summary.choiceItems, TARGETS.choiceItems))
    warnings.push('the number of choice items is outside the target');
  for (const w of warnings) lines.push(`Warning: ${w}.`);
  return lines.join('\n');
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const dirArg = argv.find((a) => !a.startsWith('--'));
  const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'questions');
  const dir = dirArg ? path.resolve(process.cwd(), dirArg) : defaultDir;

  const parsed = await loadBankDir(dir);
  if (!parsed.ok) {
    console.error(describeBankProblems(parsed.problems));
    return 1;
  }
  const read = await readBankDir(dir);
  if (!read.ok) {
    console.error(describeBankProblems(read.problems));
    return 1;
  }
  // The built-in bank's rule: every band of every dimension describes practice (a bank of one's
  // own may leave it out, and the app still loads it).
  const noPractice = missingPractice(parsed.bank);
  if (noPractice.length > 0) {
    console.error(describeBankProblems(noPractice));
    return 1;
  }
  const coverage = languageCoverage(read.files, placeOf);
  const summary = summariseBank(parsed.bank);
  if (json) console.log(JSON.stringify({ ...summary, languages: coverage.languages }));
  else {
    console.log(readableSummary(`Bank ${parsed.bank.id} ${parsed.bank.version}`, summary));
    console.log(
      `Texts: ${coverage.texts} (English ${percent(coverage.languages.en)}, Welsh ${percent(coverage.languages.cy)})`,
    );
  }
  if (coverage.missing.length === 0) return 0;
  const names = { en: 'English ("en")', cy: 'Welsh ("cy")' } as const;
  console.error(
    coverage.missing
      .map(
        (m) =>
          `${[m.file, m.where].filter(Boolean).join(', ')} (${m.path}): the ${names[m.language]} text is missing`,
      )
      .join('\n'),
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2));
