/**
 * `npm run fuzz:storage`: the model-based test of saving (tests/helpers/storage-fuzz/run.ts).
 * fast-check generates sequences of what people do while the device's storage fills and frees,
 * runs them through the app's real stores, and after every step reloads and compares what is
 * saved and what is shown with a model. The last line is exactly
 * `N sequences, N steps, N losses`; with `--json` the only output is
 * `{"sequences":N,"steps":N,"losses":N}`. The exit code is 1 when anything was lost.
 *
 * Usage: npm run fuzz:storage -- [--sequences N] [--seed N | --seed random] [--json] [--only N]
 *   --only N   runs only sequence N (as numbered in a loss's description), to repeat it
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_SEED,
  DEFAULT_SEQUENCES,
  runStorageFuzz,
  summaryLine,
} from '../tests/helpers/storage-fuzz/run';

type Options = { sequences: number; seed: number; json: boolean; only?: number };

function parseArgs(argv: string[]): Options {
  const options: Options = { sequences: DEFAULT_SEQUENCES, seed: DEFAULT_SEED, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--json') options.json = true;
    else if (name === '--only') {
      options.only = Number(value());
      if (!Number.isInteger(options.only) || options.only < 0)
        throw new Error('--only needs the number of a sequence');
    } else if (name === '--sequences') {
      options.sequences = Number(value());
      if (!Number.isInteger(options.sequences) || options.sequences < 1)
        throw new Error('--sequences needs a whole number of at least 1');
    } else if (name === '--seed') {
      const v = value();
      options.seed = v === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(v);
      if (!Number.isInteger(options.seed))
        throw new Error('--seed needs a whole number or "random"');
    } else throw new Error(`Unknown argument: ${arg}`);
  }
  return options;
}

async function main() {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`npm run fuzz:storage: ${(error as Error).message}`);
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const summary = await runStorageFuzz({
    sequences: options.sequences,
    seed: options.seed,
    only: options.only,
    root,
  });
  const log = options.json ? console.error : console.log;
  log(
    `${summary.sequences} generated sequences of steps (seed ${summary.seed}) took ${(summary.elapsedMs / 1000).toFixed(1)} s.`,
  );
  for (const p of summary.problems) {
    log(`- sequence ${p.sequence}: ${p.message}`);
    log(`  after: ${p.steps.join(' → ')}`);
  }
  if (summary.losses > 0)
    log(
      `Repeat with: npm run fuzz:storage -- --sequences ${summary.sequences} --seed ${summary.seed}`,
    );
  if (options.json)
    console.log(
      JSON.stringify({
        sequences: summary.sequences,
        steps: summary.steps,
        losses: summary.losses,
      }),
    );
  else console.log(summaryLine(summary));
  process.exit(summary.losses > 0 ? 1 : 0);
}

void main();
