/** Answers a whole response through the pages of the app with the mouse, page by page. */
import type { Page } from 'playwright-core';
import type { AnswerValue } from '../../src/domain/answers/answer-schema';
import type { Bank, Item } from '../../src/domain/bank/bank-schema';

function label(bank: Bank, item: Item, value: string | number): string {
  if (value === 'dk') return bank.scale.dontKnow;
  if (value === 'na') return bank.scale.notApplicable;
  if (item.kind === 'agreement') return bank.scale.points.find((p) => p.value === value)!.label;
  if (item.kind === 'choice' || item.kind === 'select' || item.kind === 'grid')
    return item.options.find((o) => o.id === value)!.label;
  return String(value);
}

async function answerItem(page: Page, bank: Bank, item: Item, value: AnswerValue) {
  if (item.kind === 'text') {
    await page.locator(`#${item.id}`).fill(String(value));
    return;
  }
  if (item.kind === 'grid') {
    for (const [row, v] of Object.entries(value as Record<string, string>)) {
      const r = item.rows.find((x) => x.id === row)!;
      await page
        .getByRole('group', { name: r.label })
        .getByRole('radio', { name: label(bank, item, v), exact: true })
        .check();
    }
    return;
  }
  const group = page.locator(`fieldset:has(#${item.id})`);
  const values = Array.isArray(value) ? value : [value];
  for (const v of values as (string | number)[]) {
    const role = item.kind === 'choice' && item.multiple ? 'checkbox' : 'radio';
    await group.getByRole(role, { name: label(bank, item, v), exact: true }).check();
  }
}

export async function answerThroughPages(
  page: Page,
  baseURL: string,
  bank: Bank,
  answers: Record<string, AnswerValue>,
  comments: Record<string, string> = {},
) {
  for (const section of bank.sections) {
    for (const [index, p] of section.pages.entries()) {
      await page.goto(`${baseURL}#/section/${section.id}/${p.id}`);
      await page.locator('h1').first().waitFor();
      for (const item of p.items) {
        const value = answers[item.id];
        if (value !== undefined) await answerItem(page, bank, item, value);
      }
      if (index === section.pages.length - 1 && comments[section.id]) {
        await page.locator('#section-comment').fill(comments[section.id]!);
      }
    }
  }
}
