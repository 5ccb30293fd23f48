/**
 * `npm run fuzz`: feeds generated hostile inputs through every import path of the app and
 * counts crashes and unwanted state changes (see tests/helpers/fuzz-harness.ts for what each
 * means, and tests/helpers/fuzz-inputs.ts for the inputs). The last line is exactly
 * `N inputs, N crashes, N state changes`; the exit code is 1 when either count is above 0.
 *
 * Usage: npm run fuzz -- [--runs N] [--seed N]
 *   --runs N   how many inputs (default 10,000)
 *   --seed N   fast-check seed (default fixed, so that runs are repeatable); `--seed random`
 *              picks one and prints it
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RUNS, DEFAULT_SEED, runFuzz, summaryLine } from '../tests/helpers/fuzz-harness';

function parseArgs(argv: string[]): { runs: number; seed: number } {
  let runs = DEFAULT_RUNS;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1)
        throw new Error('--runs needs a whole number of at least 1');
    } else if (name === '--seed') {
      const v = value();
      seed = v === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(v);
      if (!Number.isInteger(seed)) throw new Error('--seed needs a whole number or "random"');
    } else {
      throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return { runs, seed };
}

async function main() {
  let options: { runs: number; seed: number };
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`npm run fuzz: ${(error as Error).message}`);
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const summary = await runFuzz({ ...options, root });
  console.log(
    `Fuzzing the import paths with ${summary.inputs} generated inputs (seed ${summary.seed}) took ${(summary.elapsedMs / 1000).toFixed(1)} s.`,
  );
  for (const [target, t] of Object.entries(summary.byTarget)) {
    console.log(
      `  ${target.padEnd(9)} ${String(t.inputs).padStart(6)} inputs, ${t.crashes} crashes, ${t.stateChanges} state changes`,
    );
  }
  console.log(`  slowest input: ${summary.slowest.ms.toFixed(0)} ms (${summary.slowest.label})`);
  for (const problem of summary.problems) console.log(`  ${problem}`);
  if (summary.crashes + summary.stateChanges > 0)
    console.log(`Repeat with: npm run fuzz -- --runs ${summary.inputs} --seed ${summary.seed}`);
  console.log(summaryLine(summary));
  process.exit(summary.crashes + summary.stateChanges > 0 ? 1 : 0);
}

void main();
