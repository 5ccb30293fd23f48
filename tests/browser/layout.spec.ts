/**
 * No page wider than the screen: every page and state of the app, at 320, 390 and 1280 px,
 * in Chromium. A page fails when the document scrolls sideways, when anything reaches past
 * the edge of the window outside a box that scrolls, or when a box scrolls sideways without
 * being a deliberate scroll region (keyboard-reachable, named, with a visible hint): see
 * overflow-check.ts. The one failure message lists every page and width that failed.
 *
 * The pages and their states are in page-states.ts.
 *
 * Set RALLY_LAYOUT_SCREENSHOTS=1 to save a screenshot of every page at every width in
 * test-results/screenshots/ (pages that fail are always saved).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { getBaseURL, launchBrowser, newPage, runAxe, screenshot } from './harness';
import { overflowProblems } from './overflow-check';
import {
  FAKE_CAMERA_ARGS,
  answeredStorage,
  buildVisits,
  fullRoom,
  groupStorage,
  open,
  type Storage,
  type Visit,
} from './page-states';
import { inkDepthByPage } from './printed-pages';

const WIDTHS = [320, 390, 1280] as const;
const HEIGHT = 800;
const SCREENSHOTS = process.env.RALLY_LAYOUT_SCREENSHOTS === '1';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser({ args: FAKE_CAMERA_ARGS });
});
afterAll(async () => browser?.close());

/**
 * Opens a visit's states one after another in one browser context (its storage saved before
 * any of the app's code runs), and checks each at every width.
 */
async function crawl(baseURL: string, visit: Visit, axeFailures: string[]): Promise<string[]> {
  const { page, context, errors } = await newPage(browser!, {
    viewport: { width: 1280, height: HEIGHT },
    serviceWorkers: 'block',
  });
  const found: string[] = [];
  page.setDefaultTimeout(15_000);
  try {
    await context.addInitScript((storage: Storage) => {
      if (sessionStorage.getItem('layout-seeded')) return;
      localStorage.clear();
      for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
      sessionStorage.setItem('layout-seeded', '1');
    }, visit.storage);
    let first = true;
    let index = 0;
    for (const state of visit.states) {
      try {
        await open(page, baseURL, state.path, first);
        first = false;
        await state.ready(page);
      } catch (error) {
        found.push(
          `${state.name}: the page did not reach its state (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
        continue;
      }
      // Whatever is folded away is measured too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      // Alternate the order of widths, to save a resize between pages.
      const widths = index++ % 2 === 0 ? [...WIDTHS].reverse() : WIDTHS;
      for (const width of widths) {
        await page.setViewportSize({ width, height: HEIGHT });
        const problems = await overflowProblems(page);
        for (const problem of problems) found.push(`${state.name} at ${width} px: ${problem}`);
        if (problems.length > 0 || SCREENSHOTS)
          await screenshot(page, `layout-${state.name}-${width}`);
        if (state.axe && width === 320)
          for (const v of await runAxe(page))
            axeFailures.push(`${state.name} at ${width} px: ${v}`);
      }
    }
    for (const e of errors) found.push(`${visit.states[0]?.name ?? 'a page'}…: ${e}`);
  } finally {
    await context.close();
  }
  return found;
}

test('no page or state is wider than the screen at 320, 390 or 1280 px', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-layout-'));
  const visits = await buildVisits(bank, dir);
  const problems: string[] = [];
  const axeFailures: string[] = [];
  for (const visit of visits) problems.push(...(await crawl(baseURL, visit, axeFailures)));

  expect(problems, `Pages wider than the screen:\n${problems.join('\n')}\n`).toEqual([]);
  expect(axeFailures, `axe violations:\n${axeFailures.join('\n')}\n`).toEqual([]);
}, 180_000);

test('printed results fill their first page, and no page but the last is left mostly empty', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const printed: { name: string; path: string; storage: Storage }[] = [
    { name: 'results', path: '#/results', storage: await answeredStorage(bank) },
    {
      name: 'group results',
      path: '#/group/results',
      storage: groupStorage({ session: fullRoom(bank) }),
    },
  ];
  const problems: string[] = [];
  for (const { name, path: where, storage } of printed) {
    const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
    try {
      await context.addInitScript((saved: Storage) => {
        for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
      }, storage);
      await page.goto(`${baseURL}${where}`);
      // The chart and its picture for paper are drawn when the browser announces a print, as
      // it does before the print dialog, even if the reader never scrolled to the chart.
      await page.locator('.app-radar').first().waitFor({ state: 'attached' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.locator('img.app-radar__print').first().waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      const depths = await inkDepthByPage(await page.pdf({ format: 'A4', printBackground: true }));
      const percent = (d: number) => `${Math.round(d * 100)}%`;
      const filled = `pages filled to ${depths.map(percent).join(', ')}`;
      if (depths.length < 2) problems.push(`${name}: printed on ${depths.length} page (${filled})`);
      if (depths[0]! < 0.75)
        problems.push(`${name}: page 1 is filled only to ${percent(depths[0]!)} (${filled})`);
      depths.slice(1, -1).forEach((d, i) => {
        if (d < 0.4)
          problems.push(`${name}: page ${i + 2} is filled only to ${percent(d)} (${filled})`);
      });
    } finally {
      await context.close();
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
