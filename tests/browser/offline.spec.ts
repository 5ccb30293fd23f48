/**
 * Offline after the first visit: the service worker precaches the whole build, so once it
 * controls the page the app opens and completes a journey with the network off, lazy pages
 * and the chart chunk included.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage, screenshot } from './harness';
import { downloadPdfHead, shortJourneyToResults } from './short-journey';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('after the first visit the app works with the network off, from start to the results and radar', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
  try {
    await page.goto(baseURL);
    await page.locator('h1').first().waitFor();
    // `ready` resolves once the worker is active, which is after it has precached every file.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).origin).toBe(new URL(baseURL).origin);
    await page.reload();
    await page.locator('h1').first().waitFor();
    expect(
      await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null),
    ).toMatch(/\/sw\.js$/);

    await context.setOffline(true);
    const failed: string[] = [];
    const fromNetwork: string[] = [];
    page.on('requestfailed', (request) =>
      failed.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`),
    );
    page.on('response', (response) => {
      const url = response.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && !response.fromServiceWorker())
        fromNetwork.push(url);
    });
    // Confirms the network really is off for this context.
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await page.reload();
    await page.locator('h1').first().waitFor();
    await shortJourneyToResults(page, baseURL, bank);
    await screenshot(page, 'offline-results');
    // The PDF needs its fonts and the jspdf chunk: both come from the service worker's cache.
    expect(await downloadPdfHead(page)).toBe('%PDF-');

    expect(failed).toEqual([]);
    expect(fromNetwork).toEqual([]);
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
});

test('the page registers the service worker from its bundled script, never an inline one', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context } = await newPage(browser);
  try {
    const response = await page.goto(baseURL);
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self';/,
    );
    expect(html).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toContain('registerSW');
    await page.evaluate(async () => navigator.serviceWorker.ready);
  } finally {
    await context.close();
  }
});
