#!/usr/bin/env node
/**
 * `npm run bench:group`: the group workshop's two heavy steps, timed in headless Chromium.
 *
 *   merge500Ms    from handing 500 response files to "Choose response files, or drop them
 *                 here" on the Add responses page (`setInputFiles`) until the page says
 *                 "500 responses added": reading, checking and merging every file, saving the
 *                 session and showing the result. Bar: 1,000 ms.
 *   groupPdf60Ms  with a session of 60 responses, from the click on "Download the group PDF"
 *                 on the group results page to the download event. Bar: 3,000 ms.
 *
 * Builds the app (unless --no-build), serves it with `vite preview` on 127.0.0.1, and writes
 * 500 valid response files to a temporary folder. The answers are varied from the question
 * bank by a seeded pseudo-random generator, so every run uses the same files: each respondent
 * leans towards agreeing or disagreeing, with some Don't know and Not applicable answers,
 * every kind of question answered, and an occasional comment. Each figure is the median of 3
 * timed runs after one warm-up; every merge run starts from a new, empty session made through
 * the group pages ("Partnership name", "Create session").
 *
 * Set RALLY_BENCH_KEEP=1 to keep the generated files (their folder is printed).
 *
 * Prints both figures; with --json only `{"merge500Ms":N,"groupPdf60Ms":N}`. Exits 1 when
 * either median is over its bar.
 *
 * Usage: node scripts/bench-group.mjs [--no-build] [--json]
 */
/* global document, MutationObserver -- used only inside page.evaluate, which runs in the browser */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { log, median, parseArgs, withApp } from './lib/bench-app.mjs';
import { SEED, makeResponse, prng, readBank } from './lib/group-fixture.mjs';

const BARS = { merge500Ms: 1000, groupPdf60Ms: 3000 };
const RESPONSES = 500;
const PDF_RESPONSES = 60;
const RUNS = 3;
const GROUP_STORAGE_KEY = 'rally:group';

/** Writes the response files and returns their paths, in order. */
function writeResponses(dir) {
  const { bank, sections } = readBank();
  const random = prng(SEED);
  return Array.from({ length: RESPONSES }, (_, i) => {
    const file = path.join(dir, `rally-response-${String(i + 1).padStart(3, '0')}.json`);
    writeFileSync(file, `${JSON.stringify(makeResponse(bank, sections, i, random), null, 2)}\n`);
    return file;
  });
}

/** Removes any saved session, then makes a new one through the group home page. */
async function newSession(page, url) {
  await page.goto(`${url}#/group`);
  await page.evaluate((key) => localStorage.removeItem(key), GROUP_STORAGE_KEY);
  await page.reload();
  await page.getByLabel('Partnership name').fill('Northborough Together');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('heading', { name: 'Northborough Together', level: 1 }).waitFor();
}

/**
 * Adds `files` on the Add responses page. Resolves with the milliseconds from the call to
 * `setInputFiles` until the page says so (`ms`), and, for information, the part of that spent
 * in the page, from the input's change event (`inPageMs`); the rest is the browser taking the
 * 500 files from the test driver.
 */
async function addFiles(page, url, files) {
  await page.goto(`${url}#/group/add`);
  const input = page.getByLabel('Choose response files, or drop them here');
  await input.waitFor({ state: 'attached' });
  const expected = `${files.length} responses added`;
  // Watches the page itself, so the moment the message appears is caught without polling.
  const shown = page.evaluate(
    (text) =>
      new Promise((resolve) => {
        let changed = performance.now();
        document.addEventListener('change', () => (changed = performance.now()), {
          capture: true,
          once: true,
        });
        const has = () =>
          (document.querySelector('main') ?? document.body).textContent.includes(text);
        const observer = new MutationObserver(() => {
          if (has()) {
            observer.disconnect();
            resolve(performance.now() - changed);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    expected,
  );
  const start = performance.now();
  await input.setInputFiles(files);
  const inPageMs = await shown;
  return { ms: performance.now() - start, inPageMs };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), 'rally-bench-group-'));
  try {
    log(`Writing ${RESPONSES} response files…`);
    const files = writeResponses(dir);
    const figures = await withApp(options, async ({ url, browser }) => {
      const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);

      log(`Merging ${RESPONSES} files: 1 warm-up and ${RUNS} timed runs…`);
      const merges = [];
      const inPage = [];
      for (let i = 0; i <= RUNS; i += 1) {
        await newSession(page, url);
        const { ms, inPageMs } = await addFiles(page, url, files);
        if (i > 0) {
          merges.push(ms);
          inPage.push(inPageMs);
        }
      }

      log(`Group PDF for ${PDF_RESPONSES} respondents: 1 warm-up and ${RUNS} timed runs…`);
      await newSession(page, url);
      await addFiles(page, url, files.slice(0, PDF_RESPONSES));
      await page.goto(`${url}#/group/results`);
      const button = page.getByRole('button', { name: 'Download the group PDF' });
      await button.waitFor();
      const pdfs = [];
      for (let i = 0; i <= RUNS; i += 1) {
        const start = performance.now();
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          button.click(),
        ]);
        const ms = performance.now() - start;
        await page.locator('#group-export-status', { hasText: 'has been made' }).waitFor();
        await download.delete();
        if (i > 0) pdfs.push(ms);
      }
      await context.close();
      return { merges, inPage, pdfs };
    });

    const result = {
      merge500Ms: Math.round(median(figures.merges)),
      groupPdf60Ms: Math.round(median(figures.pdfs)),
    };
    const runs = (list) => list.map((t) => Math.round(t)).join(', ');
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      console.log(
        `Merging ${RESPONSES} response files: median ${result.merge500Ms} ms (runs: ${runs(figures.merges)})`,
      );
      console.log(
        `  of which in the page, from the change event: median ${Math.round(median(figures.inPage))} ms (runs: ${runs(figures.inPage)})`,
      );
      console.log(
        `Group PDF for ${PDF_RESPONSES} respondents: median ${result.groupPdf60Ms} ms (runs: ${runs(figures.pdfs)})`,
      );
    }
    for (const [key, bar] of Object.entries(BARS)) {
      if (result[key] > bar) {
        log(`Over the bar: ${key} median of ${result[key]} ms is more than ${bar} ms.`);
        process.exitCode = 1;
      }
    }
  } finally {
    if (!process.env.RALLY_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else log(`Kept the response files in ${dir}`);
  }
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
