/**
 * Plain English in Chromium on a 390 px phone screen, with the keyboard alone: on a page of each
 * section, Tab past every question and press Enter on Continue; the error summary takes focus
 * and every message names the question, with no validator text (tests/helpers/
 * validator-text.ts). Then generated bad inputs go through every import path the way a person
 * would give them: a file for the import, session and bank pages, pasted codes, and a link.
 * The same checks run over many more inputs in jsdom (tests/component/plain-english.test.tsx).
 */
import path from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { fuzzRecipe, materialise } from '../helpers/fuzz-inputs';
import type { FuzzTarget } from '../helpers/fuzz-inputs';
import { loadFuzzWorld, type FuzzWorld } from '../helpers/fuzz-harness';
import { validatorTextIn } from '../helpers/validator-text';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage, screenshot } from './harness';

let browser: Browser | undefined;
let bank: Bank;
let world: FuzzWorld;

beforeAll(async () => {
  bank = await loadRealBank();
  world = await loadFuzzWorld(path.resolve(__dirname, '../..'));
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const PHONE = { viewport: { width: 390, height: 844 } };
const MESSAGES =
  '.govuk-error-summary, .govuk-error-message, .govuk-notification-banner, .govuk-inset-text, .govuk-warning-text, [role="alert"]';

/** Every message on screen, as Chromium renders it. */
async function shownMessages(page: Page): Promise<string[]> {
  return page
    .locator(MESSAGES)
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText).filter(Boolean));
}

async function expectPlain(page: Page, label: string) {
  for (const message of await shownMessages(page))
    expect(validatorTextIn(message), label).toEqual([]);
}

async function tabToContinue(page: Page) {
  for (let i = 0; i < 300; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === 'Continue') return;
  }
  throw new Error('Tab never reached Continue');
}

test('Tab past every question on a page of each section, press Continue: plain messages', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, PHONE);
  try {
    await page.goto(baseURL);
    await page.getByRole('heading', { level: 1 }).waitFor();
    let shot = false;
    for (const section of bank.sections) {
      for (const p of section.pages.slice(0, 2)) {
        const required = p.items.filter((i) => i.required);
        if (required.length === 0) continue;
        await page.goto(`${baseURL}#/section/${section.id}/${p.id}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await tabToContinue(page);
        await page.keyboard.press('Enter');
        const summary = page.locator('.govuk-error-summary');
        await summary.waitFor();
        // The summary takes focus, so a screen reader reads it out at once.
        await page.waitForFunction(() =>
          document.activeElement?.classList.contains('govuk-error-summary'),
        );
        const links = await summary.locator('a').allInnerTexts();
        const expected = required.reduce((n, i) => n + (i.kind === 'grid' ? i.rows.length : 1), 0);
        expect(links, p.id).toHaveLength(expected);
        for (const link of links) expect(link).toMatch(/^(Select|Enter) /);
        await expectPlain(page, p.id);
        if (!shot && p.items.length > 1) {
          await screenshot(page, 'plain-english-tab-past-390');
          shot = true;
        }
      }
    }
    expect(shot).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 180_000);

/** A few generated inputs for one import path, the same on every run. */
function inputs(target: FuzzTarget, seed: number, runs = 4): string[] {
  return fc
    .sample(
      fuzzRecipe.filter((r) => r.target === target),
      { numRuns: runs, seed },
    )
    .map((recipe) => {
      const c = materialise(recipe, world.fixtures);
      return typeof c.input === 'string' ? c.input : JSON.stringify(c.input);
    })
    .filter((text) => text.length < 3_000_000);
}

test('generated bad files, codes and links through every import path: plain messages', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, PHONE);
  const upload = async (route: string, label: string, text: string, button?: string) => {
    // By way of the start page, so that each input meets the page afresh.
    await page.goto(`${baseURL}#/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto(`${baseURL}${route}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel(label).setInputFiles({
      name: 'generated.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    if (button) await page.getByRole('button', { name: button }).click();
  };
  try {
    await page.goto(baseURL);
    await page.getByRole('heading', { level: 1 }).waitFor();

    for (const text of inputs('response', 101)) {
      await upload('#/import', 'Import answers from a file', text, 'Continue');
      await page
        .locator('.govuk-error-summary, h1:has-text("Check the file before you import it")')
        .first()
        .waitFor();
      await expectPlain(page, 'import');
    }

    for (const text of inputs('bank-file', 103)) {
      await upload('#/bank', 'Upload a question bank file (.json)', text);
      await page
        .locator('.govuk-error-summary, button:has-text("Use this question bank")')
        .first()
        .waitFor();
      await expectPlain(page, 'bank');
    }

    for (const text of inputs('session', 107)) {
      // A generated file may open (a session keeps its readable responses): clear it, and
      // reload so the page's stores start empty too.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await upload('#/group', 'Upload a Rally session file', text);
      await page.locator('.govuk-error-summary, a:has-text("Add responses")').first().waitFor();
      await expectPlain(page, 'session');
    }

    // A session to add codes to.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.goto(`${baseURL}#/group`);
    await page.getByLabel('Partnership name').fill('Plain English Partnership');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('link', { name: 'Add responses' }).waitFor();
    await page.goto(`${baseURL}#/group/add`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByLabel('Type or paste response codes, one on each line')
      .fill(inputs('code', 109, 6).join('\n'));
    await page.getByRole('button', { name: 'Add these codes' }).click();
    await page.getByRole('status').first().waitFor();
    await expectPlain(page, 'codes');

    for (const text of inputs('link', 113)) {
      const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : '';
      await page.goto(
        `${baseURL}${query.startsWith('s=') ? `#/join?${query}` : `#/join?s=${encodeURIComponent(text)}`}`,
      );
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      if ((await heading.innerText()) === 'This session link does not work') {
        const problem = await page.locator('h1 + p').innerText();
        expect(validatorTextIn(problem), 'link').toEqual([]);
      }
    }
    expect(errors, errors.join('\n')).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 180_000);
