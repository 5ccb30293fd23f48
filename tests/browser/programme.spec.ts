/**
 * The programme page in Chromium (issue 14): a programme lead reaches it from the start page,
 * loads 200 generated session files of 120 partnerships and one file that is not Rally's
 * through the file input (as a folder drop gives them), and sees the views, the file that
 * failed with its reason, and a partnership under two names put together. Axe clean, no
 * sideways scroll at 1280, 390 and 320 px, one screen in Welsh. Cancel stops a large load and
 * leaves the page as it was, with the worker ended. A zip of response files is shared by two
 * workers and gives the domain's figures; its files are counted in the progress bar.
 * Screenshots: programme-1280.png, programme-390.png, programme-320.png, and programme-cy-320.png,
 * programme-cy-390.png and programme-cy-1280.png in Welsh.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  programmeResponseFiles,
  programmeSessionFiles,
} from '../../scripts/lib/programme-fixture.mjs';
import {
  expectOnlyOwnOrigin,
  getBaseURL,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
} from './harness';
import { overflowProblems } from './overflow-check';
import { loadRealBank } from '../bank/real-bank';
import { readProgramme } from '../../src/domain/programme/read-programme';
import { zipFiles } from '../../src/domain/deflate';
import {
  buildProgrammeViews,
  summariseProgramme,
} from '../../src/domain/programme/programme-views';

let browser: Browser | undefined;
let dir = '';
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rally-programme-spec-'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes the files into a folder of their own and gives their paths (faster than buffers). */
function onDisk(folder: string, files: { name: string; text: string }[]): string[] {
  const where = mkdtempSync(path.join(dir, `${folder}-`));
  return files.map((f) => {
    const file = path.join(where, f.name);
    writeFileSync(file, f.text);
    return file;
  });
}

/** A zip of `files` in a folder, with macOS's copy of one and a note, as a lead is sent. */
function zipOnDisk(name: string, files: { name: string; text: string }[]): string {
  const bytes = zipFiles(
    [
      ...files.map((f) => ({ path: `responses/${f.name}`, data: f.text })),
      { path: '__MACOSX/responses/._notes.txt', data: 'junk' },
      { path: 'responses/notes.txt', data: 'Sent by the north team' },
    ],
    new Date('2026-11-30T09:00:00Z'),
  );
  const file = path.join(mkdtempSync(path.join(dir, 'zip-')), name);
  writeFileSync(file, bytes);
  return file;
}

const input = (page: Page) => page.getByLabel('Choose files, or drop files or folders here');

test('a programme lead loads 200 session files and compares the partnerships', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 900 },
  });
  // 120 partnerships; the first 80 have a second session a year later.
  const sessions = programmeSessionFiles({ sessions: 200, partnerships: 120 });
  const [spelledAgain] = programmeResponseFiles({ files: 1, partnerships: 1, seed: 7 });
  const again = JSON.parse(spelledAgain!.text) as {
    about: Record<string, string>;
    answers: Record<string, unknown>;
  };
  again.about['partnership-name'] = 'partnership 001.';
  again.answers['partnership-name'] = 'partnership 001.';
  const files = [
    ...sessions,
    { name: 'partnership-1-late.json', text: JSON.stringify(again) },
    { name: 'minutes.json', text: '{"meeting": "minutes"}' },
  ];

  await page.goto(baseURL);
  await page.getByRole('link', { name: 'Compare partnerships' }).click();
  await page.getByRole('heading', { level: 1, name: 'Compare partnerships' }).waitFor();
  // Focus moves to the new page's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(await runAxe(page)).toEqual([]);

  await input(page).setInputFiles(onDisk('sessions', files));
  const loaded = page.getByRole('heading', { name: 'What was loaded' });
  await loaded.waitFor({ timeout: 30_000 });
  // Focus goes to the result, so a screen reader hears that it is there.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('What was loaded');
  const summary = await page.locator('#programme-summary').innerText();
  expect(summary).toContain('202 files chosen');
  expect(summary).toContain('121 partnerships');
  expect(summary).toContain('1 file could not be read');
  const failures = page.locator('#programme-failures');
  expect(await failures.innerText()).toContain('minutes.json');
  expect(await failures.innerText()).toContain('The file is not a Rally response file.');

  // The views, each a table with a caption.
  for (const caption of [
    'How many partnerships fit each type best',
    'How many partnerships say they are governed each way',
    'The spread of the partnerships’ median scores in each area',
    'For partnerships with two or more cycles',
  ])
    await expect.poll(() => page.locator('table caption', { hasText: caption }).count()).toBe(1);
  // The tables with a row per partnership are drawn once opened.
  const open = (title: string) =>
    page
      .locator('section', { has: page.getByRole('heading', { name: title }) })
      .locator('summary')
      .click();
  // 80 partnerships have two cycles; 8 of them are small, and left out of the change.
  await open('Change in each partnership');
  const change = page.locator('#table-change-by-partnership tbody tr');
  expect(await change.count()).toBe(72);
  expect(await page.locator('main').innerText()).toContain(
    '8 partnerships with two cycles are left out of the change',
  );
  // Every tenth partnership has 2 people: flagged, its own figures not shown.
  expect(await page.locator('main').innerText()).toContain(
    'partnerships have fewer than 3 people in their latest cycle',
  );
  await open('Every partnership');
  const small = page.locator('#table-partnerships tbody tr', { hasText: 'Partnership 010' });
  expect(await small.innerText()).toContain('Not shown');

  // The same partnership under a second spelling: offered, and put together.
  const alike = page.locator('#programme-similar li', { hasText: 'partnership 001.' });
  await alike.getByRole('button').click();
  await expect
    .poll(() => page.locator('#programme-summary').innerText())
    .toContain('120 partnerships');

  expect(await runAxe(page)).toEqual([]);
  expect(await overflowProblems(page)).toEqual([]);
  // Closed again: the long tables are checked once, the rest of the page at every width.
  await open('Change in each partnership');
  await open('Every partnership');
  await screenshot(page, 'programme-1280');
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => overflowProblems(page)).toEqual([]);
    await screenshot(page, `programme-${width}`);
  }

  // One screen in Welsh: the loaded views stay, in Welsh.
  await page.getByRole('link', { name: /^Cymraeg/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'cy');
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).innerText())
    .toBe('Cymharu partneriaethau');
  expect(await page.locator('#programme-failures').innerText()).toContain(
    'Nid yw’r ffeil yn ffeil ymateb Rally.',
  );
  expect(await runAxe(page)).toEqual([]);
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => overflowProblems(page)).toEqual([]);
    await screenshot(page, `programme-cy-${width}`);
  }

  expect(errors).toEqual([]);
  expectOnlyOwnOrigin(requests, baseURL);
}, 90_000);

test('400 response files read by two workers give the figures the domain gives', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const { page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const files = programmeResponseFiles({ files: 400, partnerships: 40 });
  // The same files read in one reader, here, by the domain.
  const bank = await loadRealBank();
  const data = readProgramme(files, bank);
  const views = buildProgrammeViews(bank, data, summariseProgramme(bank, data), {
    includeSmall: false,
  });
  let workers = 0;
  page.on('worker', () => (workers += 1));

  await page.goto(`${getBaseURL()}#/programme`);
  await input(page).setInputFiles(onDisk('two-workers', files));
  await page.getByRole('heading', { name: 'What was loaded' }).waitFor({ timeout: 30_000 });
  // Chromium here reports two processors: the load was shared between two workers.
  expect(await page.evaluate(() => navigator.hardwareConcurrency)).toBeGreaterThanOrEqual(2);
  expect(workers).toBe(2);
  await expect.poll(() => page.workers().length).toBe(0);

  expect(await page.locator('#programme-summary').innerText()).toContain('40 partnerships');
  const cells = (table: string) =>
    page
      .locator(`#table-${table} tbody tr`)
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
      );
  // Partnerships by best-fit type: the domain's counts, in the bank's order of types.
  expect(await cells('by-type')).toEqual(
    views.byType.columns.filter((c) => c.id !== 'all').map((c) => [c.name, String(c.partnerships)]),
  );
  // The spread of the partnerships' medians in each area, to one decimal place.
  const one = (n: number | null) => (n === null ? 'No figure' : n.toFixed(1));
  expect(await cells('spread')).toEqual(
    views.spread.map((r) => [
      r.name,
      String(r.n),
      ...[r.min, r.q1, r.median, r.q3, r.max].map(one),
    ]),
  );
  expect(errors).toEqual([]);
}, 90_000);

test('a zip of 400 response files, shared by two workers, gives the figures the domain gives', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const { page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  const files = programmeResponseFiles({ files: 400, partnerships: 40 });
  const bank = await loadRealBank();
  const data = readProgramme(files, bank);
  const views = buildProgrammeViews(bank, data, summariseProgramme(bank, data), {
    includeSmall: false,
  });
  let workers = 0;
  page.on('worker', () => (workers += 1));

  await page.goto(`${getBaseURL()}#/programme`);
  await input(page).setInputFiles(zipOnDisk('north.zip', files));
  await page.getByRole('heading', { name: 'What was loaded' }).waitFor({ timeout: 30_000 });
  expect(workers).toBe(2);
  await expect.poll(() => page.workers().length).toBe(0);

  const summary = await page.locator('#programme-summary').innerText();
  expect(summary).toContain('40 partnerships');
  expect(summary).toContain('1 file could not be read');
  // The lead worker counts the other's files too: 400 responses and the note.
  expect(summary).toContain('1 file chosen');
  expect(summary).toContain('401 files read, counting each file inside a zip');
  const failure = page.locator('#programme-failures .govuk-summary-list__row');
  expect(await failure.locator('dt').innerText()).toBe('north.zip › responses/notes.txt');
  expect(await failure.locator('dd').innerText()).toBe(
    'Only .json files are read from a zip, so this file was left out.',
  );
  const cells = (table: string) =>
    page
      .locator(`#table-${table} tbody tr`)
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
      );
  expect(await cells('by-type')).toEqual(
    views.byType.columns.filter((c) => c.id !== 'all').map((c) => [c.name, String(c.partnerships)]),
  );
  const one = (n: number | null) => (n === null ? 'No figure' : n.toFixed(1));
  expect(await cells('spread')).toEqual(
    views.spread.map((r) => [
      r.name,
      String(r.n),
      ...[r.min, r.q1, r.median, r.q3, r.max].map(one),
    ]),
  );
  expect(errors).toEqual([]);
}, 90_000);

test('a large zip counts its files in the progress bar, and Cancel ends its workers', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const { page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${getBaseURL()}#/programme`);
  await input(page).waitFor();
  const zip = zipOnDisk('big.zip', programmeResponseFiles({ files: 12_000, partnerships: 120 }));
  await input(page).setInputFiles(zip);
  // The zip counts as one file until it is opened, then as the 12,001 files listed in it.
  await page.getByText(/of 12,001 files read/).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Loading was stopped. No files were loaded.').waitFor();
  // At once: the workers give way often enough for Chromium to end them without waiting.
  await expect.poll(() => page.workers().length).toBe(0);
  expect(await input(page).isEnabled()).toBe(true);
  expect(errors).toEqual([]);
}, 60_000);

test('Cancel stops a large load, ends the worker and leaves the page as it was', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseURL}#/programme`);
  await input(page).waitFor();
  const many = programmeResponseFiles({ files: 6000, partnerships: 120 });
  await input(page).setInputFiles(onDisk('many', many));
  const progress = page.getByLabel('Reading the files');
  await progress.waitFor();
  expect(await progress.evaluate((el) => el.tagName)).toBe('PROGRESS');
  expect(await page.locator('#programme-progress-count').innerText()).toMatch(
    /of 6,000 files read/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Loading was stopped. No files were loaded.').waitFor();
  expect(await progress.count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'What was loaded' }).count()).toBe(0);
  await expect.poll(() => page.workers().length).toBe(0);
  expect(await input(page).isEnabled()).toBe(true);
  expect(errors).toEqual([]);
}, 60_000);
