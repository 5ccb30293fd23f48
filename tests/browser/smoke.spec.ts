import type { Browser } from 'playwright-core';
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

afterAll(async () => {
  await browser?.close();
});

test('the app opens with a heading and a title, passes axe, and only talks to its own origin', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests } = await newPage(browser);
  try {
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible' });

    expect((await page.title()).trim()).not.toBe('');
    expect(await runAxe(page)).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
    await screenshot(page, 'smoke-start');
  } finally {
    await context.close();
  }
});
