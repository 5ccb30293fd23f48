/**
 * Moving through Rally's pages with the keyboard alone (Tab, arrow keys, Space and Enter),
 * shared by the keyboard journeys in English (keyboard-journey.spec.ts) and in Welsh
 * (welsh-journey.spec.ts).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AnswerValue } from '../../src/domain/answers/answer-schema';
import type { Item } from '../../src/domain/bank/bank-schema';
import { runAxe, screenshot } from './harness';

export type Focused = {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  text: string;
  href: string;
};

export async function focused(page: Page): Promise<Focused> {
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
export async function tabTo(page: Page, match: (f: Focused) => boolean, what: string, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** After a route change the new page's h1 must hold focus, and the page must pass axe. */
export async function arrived(page: Page, visited: string[]) {
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
export async function answerPage(
  page: Page,
  items: Item[],
  answers: Record<string, AnswerValue>,
  /** The button that goes on: its text in the language of the page. */
  goOn = /^(Continue|Save and return)/,
) {
  const targets: Record<string, string | string[]> = {};
  for (const item of items)
    if (answers[item.id] !== undefined) Object.assign(targets, wanted(item, answers[item.id]!));
  const done = new Set<string>();
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'BUTTON' && goOn.test(f.text)) {
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
