/**
 * The projector view and the facilitator pack in Chromium (issue 12, parts 5 and 6).
 *
 * Projector: a 12-person session (sectors spread unevenly, so some are under 3) with agreed
 * scores, targets and actions, opened from the group results page at 1280 x 720; every view
 * stepped through with the keyboard, each with no sideways scroll and axe clean; Escape goes
 * back. Screenshots: present-projector-<n>-1280.png, present-projector-1920.png.
 * Pack: the handout's link and QR code, a print to PDF whose parts each start a page (the
 * template's page across A4), and the page at 390 px. Screenshots: present-pack-1280.png,
 * present-pack-390.png. One view in Welsh.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import type { SessionFile } from '../../src/domain/group/session';
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
import { groupStorage, type Storage } from './page-states';
import { seededSession } from './seeded-session';

let browser: Browser | undefined;
let bank: Bank;
let session: SessionFile;

beforeAll(async () => {
  bank = await loadRealBank();
  const seeded = seededSession(bank, { size: 12, withConsensus: true });
  session = {
    ...seeded,
    consensus: seeded.consensus.map((c, i) => ({ ...c, targetScore: 60 + i * 5 })),
  };
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function seeded(page: Page, storage: Storage) {
  await page.context().addInitScript((s: Record<string, string>) => {
    for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
  }, storage);
}

const h1 = (page: Page) => page.locator('main h1');

test('the projector: every view from the keyboard at 1280 x 720, nothing sideways, axe clean, Escape goes back', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 720 },
  });
  try {
    await seeded(page, groupStorage({ session }));
    await page.goto(`${baseURL}#/group/results`);
    await page.getByRole('link', { name: 'Present on a projector' }).click();
    await page.getByRole('heading', { name: 'Answers handed in', level: 1 }).waitFor();
    expect(await page.locator('#projector-count').textContent()).toBe('12 people have handed in');
    // Each sector shown has 3 or more people; the 12 are all accounted for.
    const counts = (await page.locator('#projector-sectors td').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
    // The comments switch is off by default.
    expect(await page.getByLabel('Show comments').isChecked()).toBe(false);

    const headings = [
      'Answers handed in',
      'Discuss first',
      'How spread out the scores are',
      'What we have agreed so far',
      'Actions so far',
    ];
    for (const [i, name] of headings.entries()) {
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      expect(await page.locator('#projector-position').textContent()).toBe(`View ${i + 1} of 5`);
      expect(await overflowProblems(page), `view ${i + 1}`).toEqual([]);
      // Each view fits the 720 px screen: nothing to scroll down to either.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `view ${i + 1}`).toBeLessThanOrEqual(720);
      expect(await runAxe(page), `view ${i + 1}`).toEqual([]);
      // Nobody is shown by label on any view.
      expect(await page.locator('main').textContent()).not.toMatch(/Person [A-Z]/);
      await screenshot(page, `present-projector-${i + 1}-1280`);
      await page.keyboard.press('ArrowRight');
    }
    // Past the last view, the arrow does nothing; the new view was announced on the way.
    expect(await h1(page).textContent()).toBe('Actions so far');
    expect(await page.locator('#projector-announcement').textContent()).toBe(
      'View 5 of 5: Actions so far',
    );
    // The first 4 of the 12 actions, in the order agreed.
    expect(await page.locator('#projector-actions tbody tr').count()).toBe(4);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { name: 'What we have agreed so far', level: 1 }).waitFor();
    expect(await page.locator('#projector-agreed tbody tr').count()).toBe(6);

    // At 1920 x 1080 the type grows with the screen.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => document.documentElement.clientWidth === 1920);
    expect(await overflowProblems(page)).toEqual([]);
    await screenshot(page, 'present-projector-1920');

    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'The group’s results', level: 1 }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/group/results');
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);

test('the projector in Welsh', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 720 },
  });
  try {
    await seeded(page, { ...groupStorage({ session }), 'rally:language': 'cy' });
    await page.goto(`${baseURL}#/group/present?from=home`);
    await page.getByRole('heading', { name: 'Atebion a gyflwynwyd', level: 1 }).waitFor();
    expect(await page.locator('#projector-position').textContent()).toBe('Golwg 1 o 5');
    expect(await overflowProblems(page)).toEqual([]);
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, 'present-projector-cy-1280');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => location.hash === '#/group');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 60_000);

test('the facilitator pack: the handout’s link and QR code, and each part on a page of its own when printed', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 900 },
  });
  try {
    await seeded(page, groupStorage({ session }));
    await page.goto(`${baseURL}#/group/pack`);
    await page.getByRole('heading', { name: 'Facilitator pack', level: 1 }).waitFor();
    const link = (await page.locator('#pack-link').textContent()) ?? '';
    expect(link.startsWith(`${baseURL}#/join?s=`)).toBe(true);
    const qr = page.getByRole('img', { name: 'QR code of the link to take part' });
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(
      200,
    );
    expect(await runAxe(page)).toEqual([]);
    expect(await overflowProblems(page)).toEqual([]);
    await screenshot(page, 'present-pack-1280');

    // Kept beside the screenshots for people to look at.
    await mkdir('test-results', { recursive: true });
    const file = path.resolve('test-results/present-pack.pdf');
    await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '10', file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBe(3);
    const pageText = (n: number) =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], {
        encoding: 'utf8',
      });
    expect(pageText(1)).toContain('Agenda for a two-hour session');
    expect(pageText(1)).not.toContain('How to take part');
    expect(pageText(2)).toContain('How to take part');
    expect(pageText(2)).toContain('#/join?s=');
    expect(pageText(2)).not.toContain('Action plan');
    expect(pageText(3)).toContain('Action plan');
    expect(pageText(3)).toContain('What we will do');
    expect(pageText(3)).toContain('Resources');
    // The template's 8 numbered rows are all on its page.
    expect(pageText(3)).toMatch(/^\s*8\s*$/m);
    // A4 (595 x 842 points) upright for the agenda and handout, across the page for the template.
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) =>
      [Number(m[1]), Number(m[2])].map(Math.round).join(' x '),
    );
    expect(sizes).toEqual(['595 x 842', '595 x 842', '842 x 595']);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => document.documentElement.clientWidth <= 390);
    expect(await overflowProblems(page)).toEqual([]);
    await screenshot(page, 'present-pack-390');
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);
