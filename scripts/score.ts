/**
 * Scores response files and summarises session files with the app's own domain code:
 * `npm run score -- FILE... [--json] [--bank DIR]`.
 *
 * A session file (any format version Rally reads, through the same parse and migration as the
 * app) gives, with --json, one line of JSON (src/domain/plan/session-summary.ts):
 *   {"file":..., "session":{...}, "formatVersion":2, "respondents":N,
 *    "areas":{"<dimension id>":{"name","n","median","medianBand","agreed","agreedBand",
 *             "rationale","target","targetBand","gap"}},
 *    "actions":[{"id","what","dimensionId","area","lead","due"?,"status","measure",...,"overdue"}]}
 * and without --json a short summary for a person. Only whole-group figures are printed: no
 * sector or role group, no person, no comment (the small-group rule).
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
import { parseSessionFile } from '../src/domain/group/session';
import { summariseSession } from '../src/domain/plan/session-summary';
import type { SessionSummary } from '../src/domain/plan/session-summary';
import { buildResults } from '../src/domain/scoring/build-results';
import { loadBankDir } from './lib/read-bank-dir';

const USAGE = 'Usage: npm run score -- FILE... [--json] [--bank DIR]';

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

/** Whether a file's text says it is a session file (parseSessionFile checks the rest). */
function isSessionText(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    return (
      typeof data === 'object' &&
      data !== null &&
      (data as { format?: unknown }).format === 'rally-session'
    );
  } catch {
    return false;
  }
}

const today = () => new Date().toISOString().slice(0, 10);

const STATUS: Record<string, string> = {
  'not-started': 'not started',
  'under-way': 'under way',
  done: 'done',
  dropped: 'dropped',
};

/** A short summary of a session for a person reading the terminal. */
function readable(file: string, s: SessionSummary): string {
  const figure = (n: number | null) => (n === null ? '-' : n.toFixed(1));
  const signed = (n: number | null) => (n === null ? '-' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`);
  const lines = [
    `${file}: ${s.session.partnershipName}, ${s.session.date}${s.session.label ? ` (${s.session.label})` : ''}`,
    `${s.respondents} ${s.respondents === 1 ? 'response' : 'responses'}`,
    '',
    'Area                           Median  Agreed  Target  Gap',
  ];
  for (const a of Object.values(s.areas))
    lines.push(
      `${a.name.slice(0, 30).padEnd(30)} ${figure(a.median).padStart(6)}  ${figure(a.agreed).padStart(6)}  ${figure(a.target).padStart(6)}  ${signed(a.gap).padStart(5)}`,
    );
  lines.push('', s.actions.length === 0 ? 'No actions.' : `Actions (${s.actions.length}):`);
  s.actions.forEach((a, i) => {
    const due = a.due ?? a.dueNote;
    lines.push(
      `${i + 1}. [${STATUS[a.status] ?? a.status}${a.overdue ? ', overdue' : ''}] ${a.what} (${a.area}${a.lead ? `; ${a.lead}` : ''}${due ? `; by ${due}` : ''})`,
    );
  });
  const since = s.sinceLastTime;
  if (since && s.previousCycle) {
    const p = s.previousCycle;
    const carried = Object.values(since.actions).flat().length;
    const targets = Object.values(since.areas).filter((a) => a.target !== null);
    lines.push(
      '',
      `Since last time (${p.name ?? 'one response'}, ${p.date}): ${carried} ${carried === 1 ? 'action' : 'actions'} carried, ${since.actions.done.length} done, ${since.actions.dropped.length} dropped, ${since.actions.overdue.length} overdue, ${since.actions.open.length} still open; ${targets.filter((a) => a.targetMet === true).length} of ${targets.length} targets met.`,
    );
  }
  return lines.join('\n');
}

function parseArgs(argv: string[]): {
  files: string[];
  bankDir: string | null;
  json: boolean;
  error: string | null;
} {
  const files: string[] = [];
  let bankDir: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--bank') {
      const next = argv[i + 1];
      if (!next) return { files, bankDir, json, error: '--bank needs a folder' };
      bankDir = next;
      i += 1;
    } else if (arg.startsWith('--')) {
      return { files, bankDir, json, error: `unknown option ${arg}` };
    } else files.push(arg);
  }
  return { files, bankDir, json, error: files.length === 0 ? 'no response files given' : null };
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
    if (isSessionText(text)) {
      const session = parseSessionFile(text, parsed.bank);
      if (!session.ok) {
        console.error(`score: ${file}: ${session.message}`);
        failed = true;
        continue;
      }
      for (const warning of session.warnings) console.error(`score: ${file}: warning: ${warning}`);
      for (const part of session.unreadable)
        console.error(`score: ${file}: warning: ${part.what} was left out: ${part.message}`);
      const summary = summariseSession(parsed.bank, session.session, today());
      console.log(args.json ? JSON.stringify({ file, ...summary }) : readable(file, summary));
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
