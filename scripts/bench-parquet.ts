/**
 * Times building the programme zip (issue 14) in Node: 20,000 responses across 400
 * partnerships, generated from a seed with the core bank, then the long table, the
 * partnership table, the Parquet files and the zip, as the download does it in the browser.
 *
 *   tsx --import ./scripts/lib/lingui-node.mjs scripts/bench-parquet.ts [--json] [--text]
 *     [--responses N] [--partnerships N] [--runs N]
 *
 * Prints the median of the runs (bar 5 s) and the zip's size; `--json` prints one line:
 * {"responses":N,"partnerships":N,"rows":N,"bytes":N,"buildMs":N,"cpuMs":N}. Exit code 1 over the bar.
 * The browser figure comes from `npm run bench:programme`, which clicks the download.
 */
import { loadRealBank } from '../tests/bank/real-bank';
import { makeProgramme } from '../tests/support/programme-data';
import { buildProgrammeZipDetailed } from '../src/export/programme-data/build-programme-zip';

const BAR_MS = 5000;
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const num = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const bank = await loadRealBank();

const responses = num('--responses', 20_000);
const partnerships = num('--partnerships', 400);
const runs = num('--runs', 3);
const data = makeProgramme(bank, { seed: 2026, partnerships, responses });

const times: number[] = [];
const cpu: number[] = [];
let last = { rows: 0, bytes: 0 };
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  const used = process.cpuUsage();
  const zip = buildProgrammeZipDetailed(data, bank, { includeText: flag('--text') });
  times.push(performance.now() - start);
  const spent = process.cpuUsage(used);
  // Processor time of the whole process (the garbage collector's threads included): on a
  // shared, loaded machine it says more than the wall-clock time.
  cpu.push((spent.user + spent.system) / 1000);
  last = { rows: zip.rows, bytes: zip.bytes.length };
}
const median = (list: number[]) =>
  Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
const buildMs = median(times);
const cpuMs = median(cpu);
if (flag('--json'))
  console.log(
    JSON.stringify({ responses, partnerships, rows: last.rows, bytes: last.bytes, buildMs, cpuMs }),
  );
else
  console.log(
    `Programme zip: ${responses} responses, ${partnerships} partnerships, ${last.rows} rows, ` +
      `${(last.bytes / 1e6).toFixed(2)} MB; median of ${runs} builds ${buildMs} ms ` +
      `(processor ${cpuMs} ms; bar ${BAR_MS} ms)`,
  );
process.exitCode = buildMs <= BAR_MS ? 0 : 1;
