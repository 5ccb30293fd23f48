/**
 * Hostile text in an imported file stays text: in the page, the PDF and the CSV. The page runs
 * under its Content Security Policy, and any violation or script error fails the test.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectOnlyOwnOrigin, getBaseURL, launchBrowser, newPage } from './harness';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const NAME = '<script>window.__pwned=1</script>Gŵyl';
const COMMENT =
  '<img src=x onerror="window.__pwned=2">=HYPERLINK("http://example.invalid","click")';
const REFLECTION = '=HYPERLINK("http://example.invalid","x")';

test('hostile strings in an imported file are shown as text in the page, the PDF and the CSV', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile('tests/fixtures/council-clear.json', 'utf8'));
  fixture.answers['partnership-name'] = NAME;
  fixture.answers['reflect-working'] = REFLECTION;
  fixture.about = { ...fixture.about, 'partnership-name': NAME };
  fixture.comments = { ...fixture.comments, culture: COMMENT };
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-hostile-'));
  const file = path.join(dir, 'hostile.json');
  await writeFile(file, JSON.stringify(fixture));

  const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await page.goto(`${baseURL}#/import`);
    // The built page carries the Content Security Policy.
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await page.locator('#response-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText(NAME, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Import these answers' }).click();
    await page.goto(`${baseURL}#/results`);
    await page.locator('#dimension-table').waitFor();
    await page.getByText(COMMENT, { exact: true }).waitFor();
    expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the PDF' }).click(),
    ]);
    const text = execFileSync('pdftotext', [await pdf.path(), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('<script>window.__pwned=1</script>Gŵyl');
    expect(text).toContain('onerror="window.__pwned=2">');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a spreadsheet (CSV)' }).click(),
    ]);
    const rows = Papa.parse<string[]>(
      (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, ''),
      { skipEmptyLines: true },
    ).data;
    const cells = rows.flat();
    expect(cells).toContain(`'${REFLECTION}`);
    expect(cells.some((c) => c.startsWith('='))).toBe(false);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
  } finally {
    await context.close();
  }
});
