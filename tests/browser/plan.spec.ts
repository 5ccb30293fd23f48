/**
 * Targets and the action plan in Chromium (issue 12, parts 2 and 3), with the keyboard alone:
 * on the results page, a target is set and actions are added, moved, removed and put back;
 * on the consensus page, a group target and an action. The downloaded actions CSV and calendar
 * file hold them; axe is clean; nothing is wider than the screen at 320 px; one screen in
 * Welsh. Screenshots: test-results/screenshots/plan-*.png (390 and 1280 px).
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage, runAxe } from './harness';
import { focused, tabTo } from './keyboard';
import { overflowProblems } from './overflow-check';
import { assessmentStorage, groupStorage } from './page-states';
import { seededSession } from './seeded-session';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expect(d.suggestedFilename()).toMatch(/^rally-[a-z0-9-]+\.(csv|ics)$/);
  return readFile((await d.path())!, 'utf8');
}

/** Tabs to the button whose visible text starts with `text`, then presses Enter. */
async function press(page: Page, text: string) {
  await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.startsWith(text), `“${text}”`, 400);
  await page.keyboard.press('Enter');
}

/** Fills the open action form from the keyboard, starting in "What will be done". */
async function typeAction(
  page: Page,
  a: { what: string; areaSteps: number; lead: string; due?: [string, string, string] },
) {
  expect((await focused(page)).tag).toBe('TEXTAREA');
  await page.keyboard.type(a.what);
  await page.keyboard.press('Tab'); // the first area
  for (let i = 0; i < a.areaSteps; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type(a.lead);
  for (const part of a.due ?? ['', '', '']) {
    await page.keyboard.press('Tab');
    if (part) await page.keyboard.type(part);
  }
  await press(page, 'Save action');
}

/** Saves a picture of one part of the page: test-results/screenshots/<name>.png. */
async function part(page: Page, selector: string, name: string) {
  await mkdir('test-results/screenshots', { recursive: true });
  await page.locator(selector).screenshot({ path: `test-results/screenshots/${name}.png` });
}

const order = (page: Page) =>
  page.locator('#actions-heading ~ * .govuk-summary-card__title').allTextContents();

test('results page: a target, then actions added, moved, removed and put back, from the keyboard; the CSV and calendar hold them', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile('tests/fixtures/council-clear.json', 'utf8'));
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    await context.addInitScript(
      (s: Record<string, string>) => {
        if (!sessionStorage.getItem('seeded')) {
          for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      assessmentStorage(bank, fixture),
    );
    await page.goto(`${baseURL}#/results`);
    await page.getByRole('heading', { name: 'Where you aim' }).waitFor();

    // Governance: aim for Strength. Tab reaches the choice made, "No target"; the arrow key
    // goes round to the first choice and chooses it.
    await tabTo(
      page,
      (f) => f.type === 'radio' && f.name === 'target-governance-choice',
      'the governance target',
      400,
    );
    expect(await focused(page)).toMatchObject({ value: 'none', checked: true });
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#target-governance').isChecked()).toBe(true);
    await press(page, 'Save your targets');
    await page.getByText('Your targets are saved.').waitFor();
    const table = page.locator('#dimension-table');
    const row = table.getByRole('row', { name: /Governance/ });
    expect(await row.innerText()).toMatch(/75\.0 \(Strength\)/);
    expect(await row.innerText()).toMatch(/points? to go|Target met/);
    expect(await table.getByRole('columnheader', { name: 'Target' }).count()).toBe(1);

    // Two actions; the first with a date.
    await press(page, 'Add an action');
    await typeAction(page, {
      what: 'Write down who decides what',
      areaSteps: 0,
      lead: 'Partnership manager',
      due: ['31', '3', '2027'],
    });
    await page.getByRole('status').filter({ hasText: 'Action added.' }).waitFor();
    await press(page, 'Add another action');
    await typeAction(page, {
      what: 'Ask residents how they want to be involved',
      areaSteps: 4,
      lead: 'Community lead',
    });
    await page.getByRole('status').filter({ hasText: 'Action added.' }).waitFor();
    expect(await order(page)).toEqual([
      '1. Write down who decides what',
      '2. Ask residents how they want to be involved',
    ]);

    // Move the second up: announced, and focus stays with it (now on its "Move down").
    await press(page, 'Move up');
    await page
      .getByRole('status')
      .filter({ hasText: '“Ask residents how they want to be involved” moved to number 1 of 2.' })
      .waitFor();
    expect(await order(page)).toEqual([
      '1. Ask residents how they want to be involved',
      '2. Write down who decides what',
    ]);
    expect((await focused(page)).text).toMatch(/^Move down/);

    // Remove it, then undo from the banner, which takes focus.
    await page.keyboard.press('Shift+Tab'); // back to "Change"
    await tabTo(page, (f) => f.text.startsWith('Remove'), 'Remove');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Action removed' }).waitFor();
    expect(await order(page)).toEqual(['1. Write down who decides what']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('own-plan-removed');
    await part(page, 'section[aria-labelledby="actions-heading"]', 'plan-results-removed-1280');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toMatch(/^Undo/);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'is back in the plan.' }).waitFor();
    expect(await order(page)).toEqual([
      '1. Ask residents how they want to be involved',
      '2. Write down who decides what',
    ]);

    expect(await runAxe(page)).toEqual([]);
    await part(page, 'section[aria-labelledby="dimensions-heading"]', 'plan-results-scores-1280');
    await part(page, 'section[aria-labelledby="targets-heading"]', 'plan-results-targets-1280');
    await part(page, 'section[aria-labelledby="actions-heading"]', 'plan-results-actions-1280');

    // The downloads: every action in the CSV, the dated one in the calendar.
    const csv = await download(page, 'Download the actions (CSV)');
    const rows = csv.split('\r\n');
    expect(rows[1]).toMatch(/^1,[\w-]+,Communities,Ask residents how they want to be involved,/);
    expect(rows[2]).toMatch(
      /^2,[\w-]+,Governance,Write down who decides what,Partnership manager,2027-03-31,Not started,/,
    );
    const ics = await download(page, 'Download the due dates for a calendar (.ics)');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270331');
    expect(ics).toContain('SUMMARY:Due: Write down who decides what');
    expect(ics).not.toContain('Ask residents');
    // The results spreadsheet carries the target.
    const results = await download(page, 'Download a spreadsheet (CSV)');
    expect(results.split('\r\n').find((l) => l.includes('Governance'))).toMatch(/,75(\.0)?,/);

    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
      expect(await overflowProblems(page), `at ${width} px`).toEqual([]);
    }
    await part(page, 'section[aria-labelledby="dimensions-heading"]', 'plan-results-scores-390');
    await part(page, 'section[aria-labelledby="targets-heading"]', 'plan-results-targets-390');
    await part(page, 'section[aria-labelledby="actions-heading"]', 'plan-results-actions-390');

    // One screen in Welsh: the same page after choosing Cymraeg.
    await page.getByRole('link', { name: /Cymraeg/ }).click();
    await page.getByRole('heading', { name: 'Ble rydych chi’n anelu' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await part(page, 'section[aria-labelledby="actions-heading"]', 'plan-results-welsh-390');
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);

test('consensus page: a group target and an action, from the keyboard, in the group downloads', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  try {
    await context.addInitScript(
      (s: Record<string, string>) => {
        if (!sessionStorage.getItem('seeded')) {
          for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      groupStorage({ session: seededSession(bank, { size: 6 }) }),
    );
    await page.goto(`${baseURL}#/group/consensus`);
    await page.getByRole('heading', { level: 1, name: 'Record what you agree' }).waitFor();

    // Culture: another score, 70.
    await tabTo(
      page,
      (f) => f.type === 'radio' && f.name === 'culture-target-choice',
      'the culture target',
      200,
    );
    await page.keyboard.press('ArrowDown'); // from "No target" round to Aim for Strength
    await page.keyboard.press('ArrowDown'); // Aim for Developing
    await page.keyboard.press('ArrowDown'); // Another score
    expect((await focused(page)).value).toBe('score');
    await page.keyboard.press('Tab');
    await page.keyboard.type('70');
    await press(page, 'Save what we agreed');
    await page.getByText('What you agreed is saved with the session.').waitFor();

    await press(page, 'Add an action');
    await typeAction(page, {
      what: 'Hold a joint induction for new staff',
      areaSteps: 2,
      lead: 'The council’s workforce team',
      due: ['1', '9', '2027'],
    });
    await page.getByRole('status').filter({ hasText: 'Action added.' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await part(page, 'main', 'plan-consensus-1280');

    const csv = await download(page, 'Download the actions (CSV)');
    expect(csv).toContain('Hold a joint induction for new staff');
    const ics = await download(page, 'Download the due dates for a calendar (.ics)');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270901');

    // The group results: the target in the table beside the radar.
    await page.goto(`${baseURL}#/group/results`);
    const table = page.locator('#group-dimension-table');
    await table.waitFor();
    expect(await table.getByRole('row', { name: /Culture/ }).innerText()).toContain('70.0');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseURL}#/group/consensus`);
    await page.locator('#group-plan-heading').waitFor();
    expect(await overflowProblems(page)).toEqual([]);
    await part(page, 'section[aria-labelledby="group-plan-heading"]', 'plan-consensus-390');
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
}, 120_000);
