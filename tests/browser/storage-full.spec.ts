/**
 * A facilitator's device runs out of space in the middle of a session, in real Chromium with
 * its real localStorage quota: adding responses shows the warning on the page (at phone width),
 * the download is the session file with every response, axe passes, and once space is freed
 * "Try saving again" saves the session so that it survives a reload.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fillStorage, getBaseURL, launchBrowser, newPage, runAxe, screenshot } from './harness';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('a full device: the facilitator is warned, downloads the session, and saves it later', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, errors } = await newPage(browser, {
    acceptDownloads: true,
    viewport: { width: 390, height: 844 },
  });
  await page.goto(`${baseURL}#/group`);
  await page.getByLabel('Partnership name').fill('Mid Wessex Partnership');
  await page.getByRole('button', { name: 'Create session' }).click();
  await page.getByRole('heading', { name: 'Mid Wessex Partnership' }).waitFor();
  await page.goto(`${baseURL}#/group/add`);
  await page.getByRole('heading', { name: 'Add responses' }).waitFor();

  // Fill this origin's storage to the last character, as another site or a long session would.
  const filled = await fillStorage(page);
  expect(filled).toBeGreaterThan(1_000_000);

  const fixture = await readFile('tests/fixtures/council-clear.json', 'utf8');
  await page.getByLabel('Choose response files, or drop them here').setInputFiles({
    name: 'council-clear.json',
    mimeType: 'application/json',
    buffer: Buffer.from(fixture),
  });
  await page.getByRole('status').filter({ hasText: '1 response added' }).waitFor();
  const warning = page
    .getByRole('alert')
    .filter({ hasText: 'Your group session is not being saved' });
  await warning.waitFor();
  expect(await warning.innerText()).toContain('This device has run out of space');
  await screenshot(page, 'storage-full-add-responses-390');
  expect(await runAxe(page)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    warning.getByRole('button', { name: 'Download the session file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rally-session-mid-wessex-partnership-.*\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.format).toBe('rally-session');
  expect(saved.responses.map((r: { responseId: string }) => r.responseId)).toEqual([
    JSON.parse(fixture).responseId,
  ]);

  // Space is freed; trying again saves, the warning goes, and a reload keeps the response.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await warning.getByRole('button', { name: 'Try saving again' }).click();
  await warning.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByText('The session has 1 response.').waitFor();
  expect(errors).toEqual([]);
});
