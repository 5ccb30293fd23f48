/**
 * Helpers for the browser tests: start the system Chromium through playwright-core, open a
 * page that records every request, check that nothing left the app's own origin, run axe-core
 * against the current state of a page, and save screenshots for people to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import type { RunOptions } from 'axe-core';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * The address of the app under test, provided by tests/browser/global-setup.ts. Throws the
 * set-up's reason (for example the build error) when the app could not be built or served.
 */
export function getBaseURL(): string {
  const problem = inject('browserSetupError');
  if (problem) throw new Error(`The app under test is not available.\n${problem}`);
  return inject('baseURL');
}

/** `args`: flags added to the usual ones (the fake camera's, for example). */
export function launchBrowser(options: { args?: readonly string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
}

export type OpenedPage = {
  page: Page;
  context: BrowserContext;
  /** Every URL the context requested, in order (pages, workers, fetches, images, fonts). */
  requests: string[];
  /** Uncaught page errors and console errors, so a test can assert there were none. */
  errors: string[];
};

export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return { page, context, requests, errors };
}

/** Requests that went anywhere other than the app's own origin (data: and blob: are local). */
export function foreignRequests(requests: readonly string[], baseURL: string): string[] {
  const own = new URL(baseURL).origin;
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    try {
      return new URL(url).origin !== own;
    } catch {
      return true;
    }
  });
}

export function expectOnlyOwnOrigin(requests: readonly string[], baseURL: string): void {
  expect(requests.length, 'no requests were recorded at all').toBeGreaterThan(0);
  expect(foreignRequests(requests, baseURL), `requests to an origin other than ${baseURL}`).toEqual(
    [],
  );
}

const axeOptions: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

/**
 * Runs axe-core on the page as it is now and returns one readable line per violation:
 * `rule-id (impact): what is wrong [help link] -> selector | selector`, so that
 * `expect(await runAxe(page)).toEqual([])` says exactly what failed and where.
 *
 * axe is injected with `page.evaluate`, which goes through the DevTools protocol and is not
 * blocked by the app's Content Security Policy (a `<script>` tag would be).
 */
export async function runAxe(page: Page): Promise<string[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (options) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, options);
    return result.violations.map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
      return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} [${violation.helpUrl}] -> ${targets}`;
    });
  }, axeOptions);
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const directory = path.resolve('test-results/screenshots');
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Fills the page origin's local storage to the last character, as another site's data or a long
 * session would, so that every later save fails. Returns how many characters it wrote.
 */
export function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, chunk);
          total += size;
        } catch {
          break;
        }
      }
    }
    return total;
  });
}

/**
 * Holds every request for a file matching `pattern` until `release` is called: a test makes a
 * moment of loading certain this way, not by waiting a fixed time. `requested` settles once the
 * page has asked for the file.
 */
export async function holdBack(page: Page, pattern: RegExp) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let asked = () => {};
  const requested = new Promise<void>((resolve) => {
    asked = resolve;
  });
  await page.route(pattern, async (route: Route) => {
    asked();
    await released;
    await route.continue();
  });
  return { requested, release };
}
