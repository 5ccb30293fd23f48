/**
 * Choosing Cymraeg on the prerendered start page before the app is ready for it. The page is
 * painted from HTML before the app's code has arrived, and React then takes it over in parts
 * (src/app/take-over.ts), so a person can press the header's language link at any moment of
 * that. Each moment is made certain here by holding back one file of the app's code until the
 * choice is made, not by timing:
 *   - before the app's code has arrived, the choice is kept, and the page switches once the
 *     app has started;
 *   - while React still has parts of the page to take over, the switch waits for them, so they
 *     are taken over in the language of their HTML and no hydration error is reported (React's
 *     error #418, which the switch used to cause about one time in three).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { getBaseURL, holdBack, launchBrowser, newPage } from './harness';

const START_H1 = 'Assess how your partnership works together';
const START_H1_CY = 'Asesu sut mae eich partneriaeth yn cydweithio';

/** The app's entry, which the early script adds after the first paint. */
const ENTRY = /\/assets\/index-[\w-]+\.js$/;
/** The bank, the stores and the parts of the start page that depend on what is saved. */
const DATA = /\/assets\/app-data-[\w-]+\.js$/;
/** The Welsh messages and the question bank's Welsh texts. */
const WELSH = [/\/assets\/cy-[\w-]+\.js$/, /\/assets\/_virtual_rally-bank-cy-[\w-]+\.js$/];

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const visibleHeading = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1')]
      .filter((h) => h.checkVisibility({ visibilityProperty: true }))
      .map((h) => (h.textContent ?? '').trim()),
  );

/** Two animation frames: whatever the page had queued when it was called has run. */
const settled = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );

test("Cymraeg chosen before the app's code has arrived is kept, and the page switches once the app has started", async () => {
  if (!browser) throw new Error('Chromium did not start');
  const { page, context, errors } = await newPage(browser);
  try {
    const entry = await holdBack(page, ENTRY);
    await page.goto(getBaseURL());
    await entry.requested;
    // The prerendered page is on screen, and nothing of the app has run.
    expect(await visibleHeading(page)).toEqual([START_H1]);
    await page.getByRole('link', { name: /^Cymraeg/ }).click();
    // The link's address is this page's: the click changed nothing yet, and lost nothing.
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(page.url()).toBe(`${getBaseURL()}`);

    entry.release();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await expect.poll(() => visibleHeading(page)).toEqual([START_H1_CY]);
    // The choice is remembered as if made with the app running.
    expect(await page.evaluate(() => localStorage.getItem('rally:language'))).toContain('cy');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('Cymraeg chosen while React is still taking the page over waits for it, and no part is drawn twice', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const { page, context, errors } = await newPage(browser);
  try {
    const data = await holdBack(page, DATA);
    const welsh = WELSH.map((file) => page.waitForResponse(file));
    await page.goto(getBaseURL());
    await data.requested;
    // React has taken over the shell (the language link is its own) but not the parts that
    // wait for the data.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('a[hreflang="cy"]')].some(
        (a) => a.checkVisibility() && Object.keys(a).some((key) => key.startsWith('__reactFiber$')),
      ),
    );
    await page.getByRole('link', { name: /^Cymraeg/ }).click();
    await Promise.all(welsh);
    await settled(page);
    // Everything Welsh is in, and still the page waits.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    expect(await visibleHeading(page)).toEqual([START_H1]);

    data.release();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await expect.poll(() => visibleHeading(page)).toEqual([START_H1_CY]);
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: 'Dechrau nawr' })
          .or(page.getByRole('link', { name: 'Dechrau nawr' }))
          .count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
