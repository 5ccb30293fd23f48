/**
 * The whole questionnaire in Chromium with the keyboard alone: Tab, arrow keys, Space and
 * Enter, never a click. Half-way the page is reloaded and the journey resumes. axe-core runs
 * on every page, focus is checked after every route change, and every request is recorded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { AnswerValue } from '../../src/domain/answers/answer-schema';
import { formatAnswer } from '../../src/domain/answers/format-answer';
import type { Bank, Item } from '../../src/domain/bank/bank-schema';
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

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Focused = {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  href: string;
};

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      name: el?.name ?? '',
      value: el?.value ?? '',
      checked: Boolean(el?.checked),
      text: (el?.textContent ?? '').trim(),
      href: el?.getAttribute('href') ?? '',
    };
  });
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** After a route change the new page's h1 must hold focus, and the page must pass axe. */
async function arrived(page: Page, visited: string[]) {
  try {
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, {
      timeout: 5000,
    });
  } catch {
    const where = await page.evaluate(
      () =>
        `${window.location.hash}: focus on ${document.activeElement?.outerHTML.slice(0, 120)}; ${document.querySelector('.govuk-error-summary')?.textContent ?? ''}`,
    );
    await screenshot(page, 'keyboard-journey-failure');
    throw new Error(`focus did not move to the page heading after a route change (${where})`);
  }
  const hash = await page.evaluate(() => window.location.hash);
  visited.push(hash);
  expect(await runAxe(page), `axe on ${hash}`).toEqual([]);
}

/** Values the form holds for an answer: radios and checkboxes carry strings. */
function wanted(item: Item, value: AnswerValue): Record<string, string | string[]> {
  if (item.kind === 'grid')
    return Object.fromEntries(
      Object.entries(value as Record<string, string>).map(([row, v]) => [`${item.id}.${row}`, v]),
    );
  if (Array.isArray(value)) return { [item.id]: value };
  return { [item.id]: String(value) };
}

/** Answers the current page with the keyboard, then presses Enter on Continue. */
async function answerPage(page: Page, items: Item[], answers: Record<string, AnswerValue>) {
  const targets: Record<string, string | string[]> = {};
  for (const item of items)
    if (answers[item.id] !== undefined) Object.assign(targets, wanted(item, answers[item.id]!));
  const done = new Set<string>();
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'BUTTON' && /^(Continue|Save and return)/.test(f.text)) {
      await page.keyboard.press('Enter');
      return;
    }
    const target = targets[f.name];
    if (target === undefined) continue;
    if (f.type === 'radio' && !done.has(f.name)) {
      // Arrow keys move through a radio group and select as they go.
      let current = f;
      for (let n = 0; n < 20 && current.value !== target; n++) {
        await page.keyboard.press('ArrowDown');
        current = await focused(page);
      }
      if (!current.checked) await page.keyboard.press('Space');
      done.add(f.name);
    } else if (f.type === 'checkbox' && Array.isArray(target)) {
      if (target.includes(f.value) !== f.checked) await page.keyboard.press('Space');
    } else if (
      (f.tag === 'TEXTAREA' || f.type === 'text') &&
      typeof target === 'string' &&
      !done.has(f.name)
    ) {
      await page.keyboard.type(target);
      done.add(f.name);
    }
  }
  throw new Error('Tab never reached the Continue button');
}

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
