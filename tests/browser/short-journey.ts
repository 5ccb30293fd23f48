/**
 * A short journey through the app with the mouse, used where the point is where the app runs
 * (offline, from a single file) rather than every question: start, the Culture section's
 * pages answered "Agree", the task list, check your answers, and the results with the radar;
 * then, if asked, the PDF summary.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { drawnRadar } from './radar';

const SECTION_ID = 'culture';

/** Starts on the start page at `startURL` and ends on the results page with the radar drawn. */
export async function shortJourneyToResults(
  page: Page,
  startURL: string,
  bank: Bank,
): Promise<void> {
  const section = bank.sections.find((s) => s.id === SECTION_ID);
  if (!section) throw new Error(`the bank has no "${SECTION_ID}" section`);
  const agree = bank.scale.points.find((p) => p.label === 'Agree');
  if (!agree) throw new Error('the bank scale has no "Agree" point');

  await page.goto(startURL);
  await page.getByRole('button', { name: 'Start now' }).click();
  await page.waitForURL(/#\/tasks$/);

  await page.getByRole('link', { name: section.title, exact: true }).click();
  for (const p of section.pages) {
    await page.waitForURL(new RegExp(`#/section/${section.id}/${p.id}$`));
    for (const item of p.items) {
      if (item.kind !== 'agreement') throw new Error(`${item.id} is not an agreement item`);
      await page
        .locator(`fieldset:has(#${item.id})`)
        .getByRole('radio', { name: agree.label, exact: true })
        .check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(/#\/tasks$/);
  await expect.poll(() => page.locator(`#${section.id}-status`).innerText()).toBe('Completed');

  await page.getByRole('button', { name: 'Check your answers', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByRole('button', { name: 'See your results' }).click();
  await page.waitForURL(/#\/results$/);

  // The section answered gives a score; the others have too few answers.
  const dimension = bank.dimensions.find((d) => d.id === SECTION_ID);
  if (!dimension) throw new Error(`the bank has no "${SECTION_ID}" dimension`);
  const row = page.locator('#dimension-table tbody tr', {
    has: page.locator('th', { hasText: dimension.name }),
  });
  await expect.poll(() => row.locator('td').first().innerText()).toMatch(/^\d+(\.\d+)?$/);
  await expectRadarDrawn(page);
}

/** The radar's canvas exists, has a size, and has pixels painted on it (chart.js ran). */
export async function expectRadarDrawn(page: Page): Promise<void> {
  const canvas = await drawnRadar(page);
  await expect
    .poll(
      () =>
        canvas.evaluate((el: HTMLCanvasElement) => {
          const ctx = el.getContext('2d');
          if (!ctx || el.width === 0 || el.height === 0) return 0;
          const { data } = ctx.getImageData(0, 0, el.width, el.height);
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted += 1;
          return painted;
        }),
      { timeout: 10_000 },
    )
    .toBeGreaterThan(500);
}

/** Downloads the PDF summary from the results page and returns its first bytes as text. */
export async function downloadPdfHead(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Download the PDF' }).click(),
  ]);
  const file = await download.path();
  return (await readFile(file)).subarray(0, 5).toString('latin1');
}
