/**
 * The single-file build (`npm run build:single`, dist-single/index.html) opened from disk:
 * a journey to the results with the radar drawn, under its hash-based Content Security
 * Policy, with no request other than the file itself and data:/blob: URLs.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { launchBrowser, newPage, screenshot } from './harness';
import { downloadPdfHead, shortJourneyToResults } from './short-journey';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

function singleFileURL(): string {
  const problem = inject('singleFileSetupError');
  if (problem) throw new Error(`The single-file build is not available.\n${problem}`);
  return inject('singleFileURL');
}

test('dist-single/index.html is one file with every script and style inlined and a hash-based CSP', async () => {
  const html = await readFile(fileURLToPath(singleFileURL()), 'utf8');
  // The markup around the inlined code (the code itself may mention tags in strings).
  const markup = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
  // The early script (src/app/boot), which shows the prerendered page, and the app itself.
  expect(markup.match(/<script\b[^>]*>/gi)).toEqual([
    '<script>',
    '<script type="module" fetchpriority="low" crossorigin>',
  ]);
  expect(markup).not.toMatch(/<link\b[^>]*rel="(stylesheet|modulepreload)"/i);
  // Links within the page (the prerendered pages' `#/...` and `#main-content`) fetch nothing.
  expect(markup).not.toMatch(/\b(src|href)="(?!data:|#)[^"]*"/i);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  // Each of the two scripts by its own hash.
  expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("object-src 'none'");
});

test('opened from disk, the single file completes a journey to the results with the radar drawn', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const url = singleFileURL();
  const { page, context, requests, errors } = await newPage(browser, { acceptDownloads: true });
  try {
    await shortJourneyToResults(page, url, bank);
    await screenshot(page, 'single-file-results');
    // The PDF fonts are inlined as data: URLs, which the policy lets the page read.
    expect(await downloadPdfHead(page)).toBe('%PDF-');

    // Nothing was blocked by the policy or failed to load, and nothing left the file.
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !/^(file|data|blob):/.test(r))).toEqual([]);
    expect(requests.filter((r) => r.startsWith('file:') && r.split('#')[0] !== url)).toEqual([]);
    expect(
      await page.evaluate(
        () => 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null,
      ),
    ).toBe(false);
  } finally {
    await context.close();
  }
});
