/**
 * The whole questionnaire in Chromium with the keyboard alone: Tab, arrow keys, Space and
 * Enter, never a click. Half-way the page is reloaded and the journey resumes. axe-core runs
 * on every page, focus is checked after every route change, and every request is recorded.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatAnswer } from '../../src/domain/answers/format-answer';
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
import { designedAnswers } from './designed-answers';
import { answerPage, arrived, tabTo } from './keyboard';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('a respondent completes every section with the keyboard alone, reloads half-way and resumes', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser);
  const answers = designedAnswers(bank);
  const visited: string[] = [];
  try {
    await page.goto(baseURL);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await tabTo(page, (f) => f.text.startsWith('Start now'), 'Start now');
    await page.keyboard.press('Enter');
    await arrived(page, visited);
    const half = Math.floor(bank.sections.length / 2);

    for (const [index, section] of bank.sections.entries()) {
      // From the task list, follow the section's link.
      await tabTo(
        page,
        (f) => f.tag === 'A' && f.text === section.title,
        `the link to ${section.title}`,
      );
      await page.keyboard.press('Enter');
      for (const p of section.pages) {
        await arrived(page, visited);
        expect(await page.evaluate(() => window.location.hash)).toBe(
          `#/section/${section.id}/${p.id}`,
        );
        await answerPage(page, p.items, answers);
      }
      await arrived(page, visited);
      expect(await page.evaluate(() => window.location.hash)).toBe('#/tasks');

      if (index === half) {
        // Reload mid-journey: the same page comes back, with the finished sections marked.
        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
        for (const done of bank.sections.slice(0, index + 1)) {
          await expect.poll(() => page.locator(`#${done.id}-status`).innerText()).toBe('Completed');
        }
        await expect
          .poll(() => page.locator(`#${bank.sections[index + 1]!.id}-status`).innerText())
          .toBe('Not yet started');
      }
    }

    await tabTo(
      page,
      (f) => f.tag === 'A' && f.text === 'Check your answers' && f.href === '#/check',
      'Check your answers',
    );
    await page.keyboard.press('Enter');
    await arrived(page, visited);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe('Check your answers');
    await expect(page.getByText('You have answered every question.').count()).resolves.toBe(1);

    // Every answer is on the page, in words, beside its question.
    for (const section of bank.sections) {
      for (const item of section.pages.flatMap((p) => p.items)) {
        const value = answers[item.id];
        if (value === undefined) continue;
        const row = page
          .locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: item.text }) })
          .first();
        const shown = await row.locator('.govuk-summary-list__value').innerText();
        for (const line of formatAnswer(item, value, bank.scale))
          expect(shown, item.id).toContain(line);
      }
    }
    await screenshot(page, 'check-your-answers');
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
    expect(visited.length).toBeGreaterThan(bank.sections.length * 2);
  } finally {
    await context.close();
  }
});

test('the browser Back button returns to the previous page, with its answers', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context } = await newPage(browser);
  try {
    const culture = bank.sections.find((s) => s.id === 'culture')!;
    const [first, second] = culture.pages;
    await page.goto(`${baseURL}#/section/culture/${first!.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const item of first!.items) {
      await page
        .getByRole('group', { name: item.text })
        .getByRole('radio', { name: 'Agree', exact: true })
        .check();
    }
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`**#/section/culture/${second!.id}`);
    await page.goBack();
    await page.waitForURL(`**#/section/culture/${first!.id}`);
    for (const item of first!.items) {
      await expect
        .poll(() =>
          page
            .getByRole('group', { name: item.text })
            .getByRole('radio', { name: 'Agree', exact: true })
            .isChecked(),
        )
        .toBe(true);
    }
  } finally {
    await context.close();
  }
});
