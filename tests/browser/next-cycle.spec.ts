/**
 * Cycle two in Chromium: the facilitator starts the next cycle from the cycle-one session file
 * (tests/fixtures/sessions/next-cycle-one.json), reviews two of its actions (one done, one
 * dropped with a note), adds three responses, sees what was agreed last time beside the
 * medians, and downloads the group PDF, whose "Since last time" section is read with pdftotext.
 * The review page is checked in Welsh too. Screenshots at 390 and 1280 px.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  expectOnlyOwnOrigin,
  getBaseURL,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
} from './harness';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const fixtures = path.resolve('tests/fixtures');

async function both(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, `${name}-1280`);
}

test('cycle two starts from the cycle-one file, reviews its actions and says what changed', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, requests, errors } = await newPage(browser, {
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });

  // Start the next cycle from the earlier session file, from the group home page.
  await page.goto(`${baseURL}#/group`);
  await page
    .getByRole('link', { name: 'Start the next cycle from an earlier session file' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Start the next cycle' }).waitFor();
  await page
    .getByLabel('Upload the earlier session file')
    .setInputFiles(path.join(fixtures, 'sessions', 'next-cycle-one.json'));
  await page.getByRole('heading', { name: 'Check what comes across' }).waitFor();
  expect(await page.locator('#earlier-summary').innerText()).toMatch(
    /Northborough Deal[\s\S]*1 March 2026[\s\S]*4 actions, 4 still open[\s\S]*Governance: 75\.0 \(Strength\)/,
  );
  expect(await runAxe(page)).toEqual([]);
  await both(page, 'next-cycle-start');
  await page.getByLabel('Date of the session').fill('2027-03-01');
  await page.getByRole('button', { name: 'Start the next cycle' }).click();

  // Review two of the four actions.
  await page.getByRole('heading', { level: 1, name: 'Review last cycle’s actions' }).waitFor();
  const first = page.getByRole('region', { name: 'Action 1: Write down who decides what' });
  expect(await first.innerText()).toContain('Overdue');
  await first.getByRole('radio', { name: 'Done' }).check();
  await first.getByLabel('What happened with action 1 (optional)').fill('All signed');
  const second = page.getByRole('region', { name: 'Action 2: Hold a listening event' });
  await second.getByRole('radio', { name: 'Dropped' }).check();
  await second.getByLabel('What happened with action 2 (optional)').fill('No hall was free');
  await page
    .locator('#review-counts')
    .filter({ hasText: '4 actions from last time: 1 done, 1 dropped, 1 overdue and 1 still open.' })
    .waitFor();
  expect(await runAxe(page)).toEqual([]);
  await both(page, 'next-cycle-review');

  // One screen in Welsh, then back to English.
  await page.getByRole('link', { name: /Cymraeg/ }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Adolygu camau gweithredu’r cylch diwethaf' })
    .waitFor();
  expect(await page.locator('#review-counts').innerText()).toContain(
    '4 cam gweithredu o’r tro diwethaf: 1 wedi’u gwneud, 1 wedi’u gollwng, 1 yn hwyr',
  );
  expect(await runAxe(page)).toEqual([]);
  await both(page, 'next-cycle-review-cy');
  await page.getByRole('link', { name: /English/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Review last cycle’s actions' }).waitFor();

  // Cycle two's answers come in.
  await page.goto(`${baseURL}#/group/add`);
  await page
    .getByLabel('Choose response files, or drop them here')
    .setInputFiles(
      ['council-clear', 'connector-zone', 'market-alliance'].map((n) =>
        path.join(fixtures, `${n}.json`),
      ),
    );
  await page.getByRole('status').filter({ hasText: '3 responses added' }).waitFor();

  // Last time beside now on the results table.
  await page.goto(`${baseURL}#/group/results`);
  const table = page.getByRole('table', { name: 'Scores by area' });
  await table.waitFor();
  expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(
    expect.arrayContaining(['Agreed last time', 'Target set last time']),
  );
  const governance = await table.getByRole('row', { name: /^Governance/ }).innerText();
  expect(governance).toContain('60.0 (Developing)');
  expect(governance).toContain('75.0');
  await both(page, 'next-cycle-results');

  // The group PDF says what changed since last time.
  await page.getByRole('heading', { name: 'Discuss first' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the group PDF' }).click(),
  ]);
  const text = execFileSync('pdftotext', ['-layout', await download.path(), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, ' ');
  for (const expected of [
    'Since last time',
    'This session follows Northborough Deal on 1 March 2026',
    '4 actions from last time: 1 done, 1 dropped, 1 overdue and 1 still open.',
    'All signed',
    'No hall was free',
    'How each area has moved',
    // Governance: agreed 60 (Developing) then, group median 79.2 (Strength) now.
    'Up a band',
  ])
    expect(text, expected).toContain(expected);

  expectOnlyOwnOrigin(requests, baseURL);
  expect(errors).toEqual([]);
}, 60_000);
