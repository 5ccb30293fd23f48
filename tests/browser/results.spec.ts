/**
 * Results in Chromium: a recorded answer set (a golden fixture) is answered through the pages,
 * and the results page must show the fixture's expected best fit, scores and bands. Then the
 * answers go out as JSON, are deleted, come back in, and give the same page.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { answerThroughPages } from './answer-ui';
import {
  expectOnlyOwnOrigin,
  getBaseURL,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
} from './harness';
import { drawnRadar } from './radar';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

type Expected = {
  typology: {
    bestFit: string | null;
    blend: [string, string] | null;
    tooFew: boolean;
    fits: Record<string, number | null>;
  };
  dimensions: Record<string, { score: number | null; band: string | null }>;
};

async function tableRows(page: Page) {
  return page
    .locator('#dimension-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) =>
        Array.from(r.querySelectorAll('th, td')).map((c) => (c.textContent ?? '').trim()),
      ),
    );
}

function expectedRows(expected: Expected) {
  return bank.dimensions.map((d) => {
    const e = expected.dimensions[d.id]!;
    const band = bank.scoring.bands.find((b) => b.id === e.band);
    return [
      d.name,
      e.score === null ? '–' : e.score.toFixed(1),
      band?.label ?? 'Not enough answers',
    ];
  });
}

test.each(['mismatch-county-network', 'connector-zone'])(
  'the results page for the fixture %s matches its expected values',
  async (name) => {
    if (!browser) throw new Error('Chromium did not start');
    const baseURL = getBaseURL();
    const fixture = JSON.parse(await readFile(`tests/fixtures/${name}.json`, 'utf8'));
    const expected = JSON.parse(
      await readFile(`tests/fixtures/${name}.expected.json`, 'utf8'),
    ) as Expected;
    const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
    try {
      await answerThroughPages(page, baseURL, bank, fixture.answers, fixture.comments);
      await page.goto(`${baseURL}#/results`);
      await page.locator('#dimension-table').waitFor();

      const best = expected.typology.bestFit
        ? bank.typology.types.find((t) => t.id === expected.typology.bestFit)!.name
        : null;
      const panel = page.locator('.app-type-panel .govuk-panel__title');
      if (expected.typology.tooFew)
        await expect.poll(() => panel.innerText()).toBe('Too few answers to say');
      else if (expected.typology.blend)
        await expect.poll(() => panel.innerText()).toContain('A blend of');
      else await expect.poll(() => panel.innerText()).toBe(best);
      for (const [typeId, fit] of Object.entries(expected.typology.fits)) {
        const type = bank.typology.types.find((t) => t.id === typeId)!;
        await expect
          .poll(() => page.locator('.app-fit-bar', { hasText: type.name }).innerText())
          .toContain(fit === null ? 'no answers' : `${fit.toFixed(1)} out of 100`);
      }

      const rows = (await tableRows(page)).map((r) => r.slice(0, 3));
      expect(rows).toEqual(expectedRows(expected));
      // The canvas is drawn, hidden from assistive technology, with the table beside it.
      const canvas = await drawnRadar(page);
      expect(await canvas.getAttribute('aria-hidden')).toBe('true');

      expect(await runAxe(page)).toEqual([]);
      await screenshot(page, `results-${name}`);

      // JSON out, delete, JSON in: the same results.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download your answers (JSON)' }).click(),
      ]);
      const file = await download.path();
      const exported = JSON.parse(await readFile(file, 'utf8'));
      expect(exported.format).toBe('rally-response');
      expect(exported.answers).toEqual(fixture.answers);

      await page.goto(`${baseURL}#/delete`);
      await page.getByRole('button', { name: 'Delete my answers' }).click();
      await page.getByRole('heading', { name: 'Your answers have been deleted' }).waitFor();
      await page.goto(`${baseURL}#/import`);
      await page.locator('#response-file').setInputFiles(file);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Check the file before you import it' }).waitFor();
      expect(await runAxe(page)).toEqual([]);
      await page.getByRole('button', { name: 'Import these answers' }).click();
      await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await page.goto(`${baseURL}#/results`);
      await page.locator('#dimension-table').waitFor();
      expect((await tableRows(page)).map((r) => r.slice(0, 3))).toEqual(expectedRows(expected));

      expect(errors).toEqual([]);
      expectOnlyOwnOrigin(requests, baseURL);
    } finally {
      await context.close();
    }
  },
);

test('the results page prints on A4 as a tagged PDF, chart included', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile('tests/fixtures/council-clear.json', 'utf8'));
  const { page, context } = await newPage(browser);
  try {
    await page.goto(baseURL);
    await page.evaluate(
      (state) => {
        localStorage.setItem('rally:assessment', JSON.stringify({ version: 2, state }));
      },
      {
        bankId: bank.id,
        bankVersion: bank.version,
        responseId: 'print-test',
        createdAt: fixture.createdAt,
        updatedAt: fixture.updatedAt,
        answers: fixture.answers,
        comments: fixture.comments,
        position: null,
        finished: [],
      },
    );
    await page.goto(`${baseURL}#/results`);
    await page.reload();
    // The chart and its picture for paper are drawn when the browser announces a print, as it
    // does before the print dialog, even if the reader never scrolled to the chart.
    await page.locator('#dimension-table').waitFor();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.locator('img.app-radar__print').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.locator('button').first().isVisible()).toBe(false);
    expect(await page.locator('img.app-radar__print').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', tagged: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
  } finally {
    await context.close();
  }
});
