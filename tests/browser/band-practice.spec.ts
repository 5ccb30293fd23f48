/**
 * "What this band looks like in practice" in Chromium (issue 12, part 1): opened and closed
 * from the keyboard on the results page, with axe clean and nothing wider than the screen at
 * 320, 390 and 1280 px (screenshots in test-results/screenshots/band-practice-*.png), and the
 * group results page's details opened for the band of each group median.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import {
  expectOnlyOwnOrigin,
  getBaseURL,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
} from './harness';
import { overflowProblems } from './overflow-check';
import { assessmentStorage, groupStorage } from './page-states';
import { seededSession } from './seeded-session';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const SUMMARY = 'What this band looks like in practice';

test('the results page: each area’s band in practice opens and closes from the keyboard, fits every width, and passes axe', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile('tests/fixtures/council-clear.json', 'utf8'));
  const storage = assessmentStorage(bank, fixture);
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 900 },
  });
  try {
    await context.addInitScript((s: Record<string, string>) => {
      for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
    }, storage);
    await page.goto(`${baseURL}#/results`);
    const summaries = page.locator('summary', { hasText: SUMMARY });
    await summaries.nth(5).waitFor();
    expect(await summaries.count()).toBe(6);

    // Culture (the third area) from the keyboard: Enter opens it, and its text is drawn.
    const culture = bank.dimensions.find((d) => d.id === 'culture')!.bands.strength!;
    const first = page.getByText(culture.practice![0]!.text);
    expect(await first.count()).toBe(0);
    await summaries.nth(2).focus();
    await page.keyboard.press('Enter');
    await first.waitFor();
    expect(await page.getByText(culture.nextStep!).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'To stay in this band' }).isVisible()).toBe(
      true,
    );
    // Space closes it again, and the text goes.
    await page.keyboard.press('Space');
    await first.waitFor({ state: 'detached' });

    // Open them all, then look at every width.
    for (let i = 0; i < 6; i += 1) await summaries.nth(i).click();
    await first.waitFor();
    expect(await runAxe(page)).toEqual([]);
    for (const width of [1280, 390, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
      expect(await overflowProblems(page), `at ${width} px`).toEqual([]);
      await screenshot(page, `band-practice-results-${width}`);
    }
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);

test('the group results page: the band of each group median, in practice, once opened', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const storage = groupStorage({ session: seededSession(bank, { size: 12 }) });
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 390, height: 844 },
  });
  try {
    await context.addInitScript((s: Record<string, string>) => {
      for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
    }, storage);
    await page.goto(`${baseURL}#/group/results`);
    const summary = page.locator('summary', {
      hasText: 'What each area’s band looks like in practice',
    });
    await summary.waitFor();
    expect(await page.getByRole('heading', { name: /: group median / }).count()).toBe(0);
    await summary.click();
    await page
      .getByRole('heading', { name: /: group median / })
      .first()
      .waitFor();
    const headings = await page.getByRole('heading', { name: /: group median / }).allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings)
      expect(h).toMatch(/^.+: group median \d+\.\d, (Strength|Developing|Priority to discuss)$/);
    expect(await runAxe(page)).toEqual([]);
    expect(await overflowProblems(page)).toEqual([]);
    await screenshot(page, 'band-practice-group-390');
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);
