#!/usr/bin/env node
/**
 * `npm run bench:programme`: loading a large programme on the programme page, timed in
 * headless Chromium.
 *
 *   loadMs     from the file input's change (the page marks it) to the first drawing of the
 *              views (the page marks it too): handing 20,000 response files to the workers,
 *              each worker opening, reading and checking its share, the lead merging the
 *              others' reads, grouping them into 400 partnerships and summarising every cycle,
 *              and the page drawing every table. Bar: 5,000 ms.
 *   parquetMs  from the click on the programme data download (issue 14 part 3, built by
 *              src/features/programme-data) to the download event. Null, and said so, while
 *              that control is not on the page. Bar: 5,000 ms.
 *
 * Also prints the time `setInputFiles` took (Playwright handing the 20,000 paths to the
 * page, before the page's own clock starts) and the workers' largest JavaScript heap seen,
 * sampled every 100 ms through the DevTools protocol (Runtime.getHeapUsage on each worker):
 * Chromium has no `performance.memory` in a worker, and
 * `performance.measureUserAgentSpecificMemory` needs a cross-origin isolated page.
 *
 * Builds the app (unless --no-build), serves it with `vite preview` on 127.0.0.1, and writes
 * the files to a temporary folder (seeded: scripts/lib/programme-fixture.mjs), removed after
 * unless RALLY_BENCH_KEEP=1.
 *
 * Modes (the same bars, the same figures):
 *   (default)   20,000 separate response files, as above.
 *   --zip       the same 20,000 response files handed over as one zip (made here with fflate,
 *               deflated as Windows and macOS compress a folder): the page reads every file in
 *               it in the workers, each its share (src/domain/programme/programme-zip.ts).
 *   --sessions  400 session files, one per partnership, each holding 50 of the made-up
 *               responses (20,000 in all), as a facilitator's browser saves a session: the
 *               "done when" of issue 14 (a programme lead drops a folder of session files).
 *
 * Prints the figures; with --json only
 * `{"files":N,"partnerships":N,"loadMs":N,"parquetMs":N}` (parquetMs null while there is no
 * download), with `peakWorkerHeapBytes` (the largest worker's) added when it was measured, and
 * `"mode":"zip"` or `"mode":"sessions"` in those modes (`files` is then the response files in
 * the zip, or the session files). Exits 1 when a figure is over its bar.
 *
 * Usage: node scripts/bench-programme.mjs [--no-build] [--json] [--zip | --sessions]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { log, parseArgs, withApp } from './lib/bench-app.mjs';
import { strToU8, zipSync } from 'fflate';
import { programmeResponseFiles, programmeSessionFiles } from './lib/programme-fixture.mjs';

const FILES = 20_000;
const PARTNERSHIPS = 400;
/** --sessions: one session file per partnership, each of this many responses. */
const PER_SESSION = FILES / PARTNERSHIPS;
const BARS = { loadMs: 5000, parquetMs: 5000 };

const options = parseArgs(process.argv.slice(2), {
  '--zip': (o) => (o.mode = o.mode ? 'both' : 'zip'),
  '--sessions': (o) => (o.mode = o.mode ? 'both' : 'sessions'),
});
if (options.mode === 'both') throw new Error('Choose --zip or --sessions, not both');
const dir = mkdtempSync(path.join(tmpdir(), 'rally-programme-'));
try {
  const write = (f) => {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.text);
    return file;
  };
  let paths;
  let fileCount = FILES;
  if (options.mode === 'sessions') {
    fileCount = PARTNERSHIPS;
    log(
      `Writing ${PARTNERSHIPS} session files of ${PER_SESSION} responses each ` +
        `(${PARTNERSHIPS * PER_SESSION} responses) to ${dir}…`,
    );
    paths = programmeSessionFiles({
      sessions: PARTNERSHIPS,
      partnerships: PARTNERSHIPS,
      responses: PER_SESSION,
    }).map(write);
  } else if (options.mode === 'zip') {
    log(`Zipping ${FILES} response files for ${PARTNERSHIPS} partnerships into ${dir}…`);
    const entries = {};
    for (const f of programmeResponseFiles({ files: FILES, partnerships: PARTNERSHIPS }))
      entries[`rally-responses/${f.name}`] = strToU8(f.text);
    const zip = zipSync(entries, { level: 6 });
    const file = path.join(dir, 'rally-responses.zip');
    writeFileSync(file, zip);
    log(`The zip is ${(zip.length / 1e6).toFixed(1)} MB`);
    paths = [file];
  } else {
    log(`Writing ${FILES} response files for ${PARTNERSHIPS} partnerships to ${dir}…`);
    paths = programmeResponseFiles({ files: FILES, partnerships: PARTNERSHIPS }).map(write);
  }

  const figures = await withApp(options, async ({ url, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}#/programme`);
    const input = page.getByLabel('Choose files, or drop files or folders here');
    await input.waitFor();

    // The workers' heaps, sampled while they work, through the DevTools protocol: Chromium has
    // no performance.memory in a worker. This session attaches to each worker as it starts
    // (not flattened, so messages to a worker go through Target.sendMessageToTarget, which
    // Playwright's CDP session can send) and asks for Runtime.getHeapUsage every 100 ms.
    let peakHeap = null;
    let peakHeapAll = null;
    let sampling = true;
    const cdp = await page.context().newCDPSession(page);
    const workerSessions = new Set();
    const pending = new Map();
    let nextId = 1;
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      if (targetInfo.type === 'worker') workerSessions.add(sessionId);
    });
    cdp.on('Target.detachedFromTarget', ({ sessionId }) => workerSessions.delete(sessionId));
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const reply = JSON.parse(message);
      pending.get(reply.id)?.(reply.result);
      pending.delete(reply.id);
    });
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    const heapOf = (sessionId) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
          })
          .catch(() => resolve(null));
        setTimeout(() => resolve(null), 1000);
      });
    const sampler = (async () => {
      while (sampling) {
        const used = await Promise.all([...workerSessions].map(heapOf));
        const sum = used.reduce((n, u) => n + (u?.usedSize ?? 0), 0);
        const largest = Math.max(0, ...used.map((u) => u?.usedSize ?? 0));
        if (used.some((u) => u)) {
          peakHeap = Math.max(peakHeap ?? 0, largest);
          peakHeapAll = Math.max(peakHeapAll ?? 0, sum);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    log('Loading the files…');
    const before = Date.now();
    await input.setInputFiles(paths);
    const setInputMs = Date.now() - before;
    await page.waitForFunction(
      () => performance.getEntriesByName('rally-programme-views').length > 0,
      null,
      { timeout: 120_000, polling: 50 },
    );
    sampling = false;
    await sampler;
    const loadMs = await page.evaluate(() => {
      const start = performance.getEntriesByName('rally-programme-load')[0];
      const end = performance.getEntriesByName('rally-programme-views')[0];
      return Math.round(end.startTime - start.startTime);
    });
    const steps = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0];
      const start = at('rally-programme-load').startTime;
      const done = at('rally-programme-worker-done');
      return {
        filesPostedMs: Math.round(at('rally-programme-files-posted').startTime - start),
        workerDoneMs: Math.round(done.startTime - start),
        workerReadMs: Math.round(done.detail.readMs),
        workerMergeMs: Math.round(done.detail.mergeMs),
        workerSummariseMs: Math.round(done.detail.summariseMs),
      };
    });
    const summary = await page.locator('#programme-summary').innerText();
    const partnerships = Number(/([\d,]+) partnerships/.exec(summary)?.[1].replace(/,/g, ''));

    let parquetMs = null;
    const download = page.getByRole('button', { name: /parquet|zip|data for other tools/i });
    if ((await download.count()) > 0) {
      const start = Date.now();
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        download.first().click(),
      ]);
      parquetMs = Date.now() - start;
      log(`Downloaded ${file.suggestedFilename()}`);
    }
    return {
      files: fileCount,
      partnerships,
      loadMs,
      parquetMs,
      setInputMs,
      peakHeap,
      peakHeapAll,
      steps,
    };
  });

  if (options.json) {
    const { files, partnerships, loadMs, parquetMs, peakHeap } = figures;
    const json = { files, partnerships, loadMs, parquetMs };
    if (peakHeap !== null) json.peakWorkerHeapBytes = peakHeap;
    if (options.mode) json.mode = options.mode;
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
    const handed = {
      zip: `one zip of ${figures.files} response files`,
      sessions: `${figures.files} session files of ${PER_SESSION} responses each`,
    }[options.mode];
    log(`${handed ?? `${figures.files} files`}, ${figures.partnerships} partnerships`);
    log(`setInputFiles: ${figures.setInputMs} ms (before the page's clock starts)`);
    log(`Load to first view: ${figures.loadMs} ms (bar ${BARS.loadMs} ms)`);
    const s = figures.steps;
    log(
      `  of which: every file handed to the workers by ${s.filesPostedMs} ms; the lead ` +
        `worker done at ${s.workerDoneMs} ms, after ${s.workerReadMs} ms reading and checking ` +
        `its files, ${s.workerMergeMs} ms waiting for and merging the other workers' reads, ` +
        `and ${s.workerSummariseMs} ms grouping and summarising; the rest is the page ` +
        `receiving the data and drawing the views`,
    );
    log(
      figures.parquetMs === null
        ? 'Parquet download: not timed, the programme data download is not on the page yet'
        : `Parquet download: ${figures.parquetMs} ms (bar ${BARS.parquetMs} ms)`,
    );
    log(
      figures.peakHeap === null
        ? "Workers' peak memory: not available (the DevTools protocol gave no worker's heap)"
        : `Workers' peak JavaScript heap: ${mb(figures.peakHeap)} in the largest worker, ` +
            `${mb(figures.peakHeapAll)} in all together (Runtime.getHeapUsage every 100 ms)`,
    );
  }
  const over =
    figures.loadMs > BARS.loadMs ||
    (figures.parquetMs !== null && figures.parquetMs > BARS.parquetMs);
  if (over) {
    log('Over the bar.');
    process.exitCode = 1;
  }
} finally {
  if (process.env.RALLY_BENCH_KEEP === '1') log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
