/**
 * Times reading a programme's session files in Node, as the programme page's lead worker reads
 * them: 400 session files of 50 responses (20,000 responses, as `bench:programme --sessions`
 * hands the page), made by scripts/lib/programme-fixture.mjs, read with one
 * createProgrammeReader, then grouped (finish) and summarised (finishLoad).
 *
 *   tsx --import ./scripts/lib/lingui-node.mjs scripts/bench-parse.ts [--json]
 *     [--sessions N] [--responses N] [--runs N]
 *
 * Prints the median of the runs for each step: read, group, summarise and the total. Add
 * `node --cpu-prof` (through NODE_OPTIONS) to see where the time goes.
 */
import { loadRealBank } from '../tests/bank/real-bank';
import { programmeSessionFiles } from './lib/programme-fixture.mjs';
import { createProgrammeReader } from '../src/domain/programme/read-programme';
import { finishLoad } from '../src/domain/programme/programme-load';

const args = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

const bank = await loadRealBank();

const sessions = num('--sessions', 400);
const perSession = num('--responses', 50);
const runs = num('--runs', 5);
const files = programmeSessionFiles({ sessions, partnerships: sessions, responses: perSession });

const steps = { read: [] as number[], group: [] as number[], summarise: [] as number[] };
let cycles = 0;
for (let run = 0; run < runs; run += 1) {
  const start = performance.now();
  const reader = createProgrammeReader(bank);
  for (const file of files) reader.add(file);
  const readAt = performance.now();
  let groupedAt = readAt;
  const loaded = finishLoad(bank, reader, (step) => {
    if (step === 'grouped') groupedAt = performance.now();
  });
  const end = performance.now();
  steps.read.push(readAt - start);
  steps.group.push(groupedAt - readAt);
  steps.summarise.push(end - groupedAt);
  cycles = loaded.data.partnerships.reduce((n, p) => n + p.cycles.length, 0);
  if (loaded.data.failed.length) throw new Error(`${loaded.data.failed.length} files failed`);
}
const median = (list: number[]) =>
  Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
const totals = steps.read.map((r, i) => r + steps.group[i]! + steps.summarise[i]!);
const figures = {
  sessions,
  responses: sessions * perSession,
  cycles,
  runs,
  readMs: median(steps.read),
  groupMs: median(steps.group),
  summariseMs: median(steps.summarise),
  totalMs: median(totals),
};
if (args.includes('--json')) console.log(JSON.stringify(figures));
else
  console.log(
    `${figures.sessions} session files, ${figures.responses} responses, ${figures.cycles} cycles; ` +
      `median of ${runs}: read ${figures.readMs} ms, group ${figures.groupMs} ms, ` +
      `summarise ${figures.summariseMs} ms, total ${figures.totalMs} ms`,
  );
