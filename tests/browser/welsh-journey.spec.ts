/**
 * The questionnaire in Welsh, in Chromium, with the keyboard alone (issue 11): the respondent
 * chooses "Cymraeg" in the header, answers every section with Tab, arrow keys, Space and
 * Enter, and checks their answers. Every page is in Welsh (`<html lang="cy">`, Welsh headings
 * and buttons, the question bank's Welsh texts), passes axe, and takes focus on its heading
 * after every route change, as in English (keyboard-journey.spec.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { localizeBank } from '../../src/domain/bank/bank-texts';
import { parseBank } from '../../src/domain/bank/parse-bank';
import { readRealFiles } from '../bank/real-bank';
import { designedAnswers } from './designed-answers';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage, runAxe } from './harness';
import { answerPage, arrived, tabTo } from './keyboard';

/** The interface's Welsh for what the journey presses and reads (src/locales/ * /cy.po). */
const CY = {
  startNow: 'Dechrau nawr',
  goOn: /^(Parhau|Cadw a dychwelyd)/,
  completed: 'Wedi’i gwblhau',
  checkYourAnswers: 'Gwirio eich atebion',
  everyQuestion:
    'Rydych chi wedi ateb pob cwestiwn. Gwiriwch eich atebion cyn i chi weld eich canlyniadau.',
};

let browser: Browser | undefined;
let welsh: Bank;
let english: Bank;

beforeAll(async () => {
  const parsed = parseBank(await readRealFiles());
  if (!parsed.ok) throw new Error('questions/ does not parse');
  english = parsed.bank;
  welsh = localizeBank(parsed.bank, 'cy', parsed.translations.cy);
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('a respondent chooses Cymraeg and completes every section in Welsh with the keyboard alone', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser);
  const answers = designedAnswers(english);
  const visited: string[] = [];
  try {
    await page.goto(baseURL);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The language link in the header, in the GOV.UK manner, reached by Tab.
    await tabTo(page, (f) => f.tag === 'A' && f.text.startsWith('Cymraeg'), 'the Cymraeg link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .not.toBe('Assess how your partnership works together');
    expect(await runAxe(page)).toEqual([]);

    await tabTo(page, (f) => f.text.startsWith(CY.startNow), CY.startNow);
    await page.keyboard.press('Enter');
    await arrived(page, visited);

    for (const section of welsh.sections) {
      // The task list names each section in Welsh.
      await tabTo(page, (f) => f.tag === 'A' && f.text === section.title, section.title);
      await page.keyboard.press('Enter');
      for (const p of section.pages) {
        await arrived(page, visited);
        expect(await page.evaluate(() => window.location.hash)).toBe(
          `#/section/${section.id}/${p.id}`,
        );
        // The page's question is the bank's Welsh.
        const first = p.items[0]!;
        expect(await page.locator('main').innerText()).toContain(first.text);
        await answerPage(page, p.items, answers, CY.goOn);
      }
      await arrived(page, visited);
      await expect.poll(() => page.locator(`#${section.id}-status`).innerText()).toBe(CY.completed);
    }

    await tabTo(
      page,
      (f) => f.tag === 'A' && f.text === CY.checkYourAnswers && f.href === '#/check',
      CY.checkYourAnswers,
    );
    await page.keyboard.press('Enter');
    await arrived(page, visited);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toBe(CY.checkYourAnswers);
    await expect(page.getByText(CY.everyQuestion).count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(errors, errors.join('\n')).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
    expect(visited.length).toBeGreaterThan(welsh.sections.length * 2);
  } finally {
    await context.close();
  }
});
