/** A second question bank end to end in Chromium: load it, answer it, see results, export. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseBank } from '../../src/domain/bank/parse-bank';
import { shortBankBundle, shortBankFiles } from '../helpers/short-bank';
import { answerThroughPages } from './answer-ui';
import { designedAnswers } from './designed-answers';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage, runAxe } from './harness';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

test('a second question bank loads from a file, is answered, scored and exported', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const parsed = parseBank(await shortBankFiles());
  if (!parsed.ok) throw new Error('the short bank does not parse');
  const bank = parsed.bank;
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-bank-'));
  const bundle = path.join(dir, 'rally-short.json');
  await writeFile(bundle, await shortBankBundle());

  const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
  try {
    await page.goto(`${baseURL}#/bank`);
    await page.getByLabel('Upload a question bank file (.json)').setInputFiles(bundle);
    await page.getByText('rally-short 1.0.0').waitFor();
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Use this question bank' }).click();
    await page.getByRole('heading', { name: 'Assess your partnership' }).waitFor();

    await answerThroughPages(page, baseURL, bank, designedAnswers(bank));
    await page.goto(`${baseURL}#/results`);
    await page.locator('#dimension-table').waitFor();
    expect(await page.locator('#dimension-table tbody tr').count()).toBe(bank.dimensions.length);
    // Lower on the page, drawn after the headline (ui/deferred.tsx).
    await page.getByText('Question bank Rally short form, version 1.0.0.').waitFor();
    expect(await page.getByText('Question bank Rally short form, version 1.0.0.').count()).toBe(1);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download your answers (JSON)' }).click(),
    ]);
    const saved = JSON.parse(await readFile(await json.path(), 'utf8'));
    expect(saved.bankId).toBe('rally-short');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    const text = execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' });
    expect(text).toContain('Rally short form');

    // After a reload the loaded bank is still in use.
    await page.reload();
    await page.locator('#dimension-table').waitFor();
    // Lower on the page, drawn after the headline (ui/deferred.tsx).
    await page.getByText('Question bank Rally short form, version 1.0.0.').waitFor();
    expect(await page.getByText('Question bank Rally short form, version 1.0.0.').count()).toBe(1);
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
});
