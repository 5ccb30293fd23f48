/**
 * The hand-in page's QR codes in Chromium (issue 13, part 1): a response with a long comment
 * is shown as a sequence of codes; each code as drawn on the page is read back with jsQR and
 * the assembler gives the whole response, comment included; leaving the writing out gives one
 * code without it. axe clean and nothing wider than the screen at 320, 390 and 1280 px
 * (screenshots in test-results/screenshots/hand-in-qr-*.png).
 */
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { createQrAssembler } from '../../src/domain/response/qr-payload';
import type { QrAddResult } from '../../src/domain/response/qr-payload';
import { parseResponseFile } from '../../src/domain/response/response-file';
import { loadRealBank } from '../bank/real-bank';
import {
  expectOnlyOwnOrigin,
  getBaseURL,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
} from './harness';
import { overflowProblems } from './overflow-check';
import { assessmentStorage, longComment } from './page-states';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The text of the QR image `name` as drawn on the page, read by jsQR. */
async function readShownCode(page: Page, name: string | RegExp): Promise<string> {
  const img = page.getByRole('img', { name });
  await img.waitFor();
  const pixels = await img.evaluate(async (element) => {
    const image = element as HTMLImageElement;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  });
  const read = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  if (!read) throw new Error(`jsQR could not read the code "${String(name)}"`);
  return read.data;
}

/** How many lines the code to read out takes, and the last character of each line but the last. */
function codeLines(page: Page) {
  return page.locator('#response-code').evaluate((code) => {
    const tops: { char: string; top: number }[] = [];
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        tops.push({ char: text[i]!, top: Math.round(range.getBoundingClientRect().top) });
      }
    }
    const lastBeforeBreak = tops
      .filter((t, i) => i + 1 < tops.length && tops[i + 1]!.top > t.top)
      .map((t) => t.char);
    return { lines: lastBeforeBreak.length + 1, lastBeforeBreak };
  });
}

test('a long response is shown as codes one at a time, each scans, and together they give the whole response', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const written = longComment();
  const storage = assessmentStorage(bank, {
    answers: { 'gov-agreed-purpose': 4, sector: 'nhs-health' },
    comments: { culture: written },
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:05:00.000Z',
  });
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 390, height: 844 },
  });
  try {
    await context.addInitScript((s: Record<string, string>) => {
      for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
    }, storage);
    await page.goto(`${baseURL}#/hand-in`);
    await page
      .getByRole('heading', { name: 'Show a QR code to the facilitator’s camera' })
      .waitFor();
    const position = page.locator('#qr-position');
    const total = Number(/of (\d+)$/.exec((await position.innerText()).trim())?.[1]);
    expect(total).toBeGreaterThan(1);
    await page.getByRole('img', { name: `QR code 1 of ${total} of your answers` }).waitFor();
    await screenshot(page, 'hand-in-qr-390');
    expect(await runAxe(page)).toEqual([]);
    expect(await overflowProblems(page), 'at 390 px').toEqual([]);

    // Read each code as shown, moving on with Next from the keyboard, and assemble them.
    const assembler = createQrAssembler(bank);
    let result: QrAddResult | undefined;
    for (let n = 1; n <= total; n += 1) {
      await expect.poll(() => position.innerText()).toBe(`Code ${n} of ${total}`);
      result = assembler.add(await readShownCode(page, `QR code ${n} of ${total} of your answers`));
      expect(result.kind).toBe(n < total ? 'part' : 'complete');
      await page.getByRole('button', { name: 'Next code' }).focus();
      await page.keyboard.press('Enter');
    }
    if (result?.kind !== 'complete') throw new Error('the codes did not complete');
    const whole = parseResponseFile(result.fileText, bank);
    if (!whole.ok) throw new Error(whole.message);
    expect(whole.response.comments).toEqual({ culture: written });
    expect(whole.response.answers['gov-agreed-purpose']).toBe(4);
    expect(whole.response.about.sector).toBe('nhs-health');

    // Leave the writing out: one code, without the comment.
    await page.getByRole('checkbox', { name: 'Leave out what I wrote' }).check();
    await position.waitFor({ state: 'detached' });
    const single = createQrAssembler(bank).add(
      await readShownCode(page, 'QR code of your answers'),
    );
    if (single.kind !== 'complete') throw new Error(`not complete: ${JSON.stringify(single)}`);
    const answersOnly = parseResponseFile(single.fileText, bank);
    if (!answersOnly.ok) throw new Error(answersOnly.message);
    expect(answersOnly.response.comments).toEqual({});
    expect(answersOnly.response.answers['gov-agreed-purpose']).toBe(4);
    await page.getByRole('checkbox', { name: 'Leave out what I wrote' }).uncheck();
    await position.waitFor();

    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowProblems(page), `at ${width} px`).toEqual([]);
      // The code to read out wraps only after a hyphen, never inside a group of four.
      const wrapped = await codeLines(page);
      if (width === 320) expect(wrapped.lines).toBeGreaterThan(1);
      expect(
        wrapped.lastBeforeBreak.every((c) => c === '-'),
        `at ${width} px`,
      ).toBe(true);
      await screenshot(page, `hand-in-qr-${width}`);
    }
    expect(await runAxe(page)).toEqual([]);
    expectOnlyOwnOrigin(requests, baseURL);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
