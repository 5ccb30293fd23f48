/**
 * Focus after a route change, when the new page's code is slow to arrive: the heading the
 * keyboard and a screen reader land on must be the new page's, however long its code takes.
 * The page's code is held back (not timed) for longer than the app used to wait (120 animation
 * frames, about 2 s, after which it focused the old page's heading and focus fell to the body
 * when that page went).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { getBaseURL, holdBack, launchBrowser, newPage } from './harness';

/** The programme page's own code, fetched when the page is opened. */
const PROGRAMME_PAGE = /\/assets\/programme-page-[\w-]+\.js$/;

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test("the new page's heading takes focus even when its code arrives after 150 frames", async () => {
  if (!browser) throw new Error('Chromium did not start');
  const { page, context, errors } = await newPage(browser);
  try {
    const code = await holdBack(page, PROGRAMME_PAGE);
    await page.goto(getBaseURL());
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('link', { name: 'Compare partnerships' }).click();
    await code.requested;
    // More animation frames than the old wait allowed, with the old page still up.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          let frames = 0;
          const next = () => (++frames > 150 ? resolve() : requestAnimationFrame(next));
          requestAnimationFrame(next);
        }),
    );
    code.release();
    await page.getByRole('heading', { level: 1, name: 'Compare partnerships' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Compare partnerships');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
