/**
 * Scores response files with the app's own domain code: `npm run score -- FILE... [--bank DIR]`.
 *
 * Reads the question bank (default: the project's `questions/`), then prints one line of JSON
 * per valid file, in the order given:
 *   {"file":..., "typology":{"fits":{...},"bestFit":...,"blend":...,"tooFew":...},
 *    "dimensions":{"<dimension id>":{"score":N|null,"band":"<band id>"|null}},
 *    "governance":{"inUse":...,"predicted":...,"mismatch":...,"unclear":...},
 *    "leadership":{"<role id>":N|null}}
 * A file that cannot be read or is not a valid response to this bank gets one line on stderr
 * naming the file and the problem; the other files are still scored, and the exit code is 1.
 * Warnings about dropped answers go to stderr too, without changing the exit code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeBankProblems } from '../src/domain/bank/parse-bank';
import type { Bank } from '../src/domain/bank/bank-schema';
import { parseResponseFile } from '../src/domain/response/response-file';
import { buildResults } from '../src/domain/scoring/build-results';
import { loadBankDir } from './lib/read-bank-dir';

const USAGE = 'Usage: npm run score -- FILE... [--bank DIR]';

/** The scored summary of one response, as printed. */
function summarise(file: string, bank: Bank, answers: Parameters<typeof buildResults>[1]) {
  const r = buildResults(bank, answers);
  return {
    file,
    typology: {
      fits: r.typology.fits,
      bestFit: r.typology.bestFit,
      blend: r.typology.blend,
      tooFew: r.typology.tooFew,
    },
    dimensions: Object.fromEntries(
      r.dimensions.map((d) => [d.dimensionId, { score: d.score, band: d.band?.id ?? null }]),
    ),
    governance: {
      inUse: r.governance.inUse,
      predicted: r.governance.predicted,
      mismatch: r.governance.mismatch,
      unclear: r.governance.unclear,
    },
    leadership: Object.fromEntries(r.leadership.roles.map((role) => [role.roleId, role.score])),
  };
}

function parseArgs(argv: string[]): {
  files: string[];
  bankDir: string | null;
  error: string | null;
} {
  const files: string[] = [];
  let bankDir: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--bank') {
      const next = argv[i + 1];
      if (!next) return { files, bankDir, error: '--bank needs a folder' };
      bankDir = next;
      i += 1;
    } else if (arg.startsWith('--')) {
      return { files, bankDir, error: `unknown option ${arg}` };
    } else files.push(arg);
  }
  return { files, bankDir, error: files.length === 0 ? 'no response files given' : null };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    console.error(`score: ${args.error}\n${USAGE}`);
    return 2;
  }
  const defaultDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'questions');
  const dir = args.bankDir ? path.resolve(process.cwd(), args.bankDir) : defaultDir;
  const parsed = await loadBankDir(dir);
  if (!parsed.ok) {
    console.error(
      `score: the question bank in ${dir} is not valid:\n${describeBankProblems(parsed.problems)}`,
    );
    return 2;
  }

  let failed = false;
  for (const file of args.files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(
        `score: ${file}: ${code === 'ENOENT' ? 'file not found' : `could not be read (${code ?? String(error)})`}`,
      );
      failed = true;
      continue;
    }
    const response = parseResponseFile(text, parsed.bank);
    if (!response.ok) {
      console.error(`score: ${file}: ${response.message}`);
      failed = true;
      continue;
    }
    for (const warning of response.warnings) console.error(`score: ${file}: warning: ${warning}`);
    console.log(JSON.stringify(summarise(file, parsed.bank, response.response.answers)));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
