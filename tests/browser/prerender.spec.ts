/**
 * The prerendered pages (scripts/lib/prerender.ts, src/app/boot/boot.ts): what the first paint
 * shows, recorded frame by frame, not timed.
 *
 * An init script (it runs before any of the page's own scripts) notes, in every animation
 * frame, which h1 is visible, which prerendered container is visible and whether the app has
 * taken over (`data-rally-app`). Animation frame callbacks run just before the browser paints
 * a frame, and not while the stylesheet still blocks rendering, so the list is what each painted
 * frame showed. The same script collects layout shifts and Content Security Policy violations.
 *
 * Covered: the start page painted from the prerendered HTML before the app's code has run, then
 * hydrated without a mismatch, from a subpath and under the policy; the join page filled in from
 * its link before it is shown; the start page with saved
 * answers, which waits for the app and shows the resume from its first paint without a layout
 * shift; deep links and reloads on the results and a question page, which never show the start
 * page; a chosen language other than English, which never shows the English prerender; and the
 * single-file build under file://.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { getBaseURL, launchBrowser, newPage } from './harness';

const START_H1 = 'Assess how your partnership works together';
const RESUME = 'Continue where you left off';
/** The subpath the app is served from in the subpath test. */
const SUBPATH = '/teams/rally/';

type Frame = { h1: string[]; prerendered: string[]; app: boolean; resume: boolean };
type Recorded = {
  frames: Frame[];
  shift: number;
  csp: string[];
  /** What the early script decided, read once the HTML is parsed and before the app runs. */
  parsed: { show: string | null; wait: string | null } | null;
};

declare global {
  interface Window {
    __rallyRecorded?: Recorded;
  }
}

/** Runs in the page before any of its scripts: records every frame until told to stop. */
function recordFrames(resumeText: string) {
  const recorded: Recorded = { frames: [], shift: 0, csp: [], parsed: null };
  window.__rallyRecorded = recorded;
  // What a person could see: `visibility: hidden` (the join page while its link's details are
  // filled in) counts as hidden, which checkVisibility() does not check unless asked.
  const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true });
  const snapshot = () => {
    const frame: Frame = {
      h1: [...document.querySelectorAll('h1')]
        .filter(visible)
        .map((h) => (h.textContent ?? '').trim()),
      prerendered: [...document.querySelectorAll('[data-rally-page]')]
        .filter(visible)
        .map((e) => e.getAttribute('data-rally-page') ?? ''),
      app: document.documentElement.hasAttribute('data-rally-app'),
      resume: [...document.querySelectorAll('a, button')].some(
        (e) => visible(e) && (e.textContent ?? '').includes(resumeText),
      ),
    };
    const last = recorded.frames.at(-1);
    if (!last || JSON.stringify(last) !== JSON.stringify(frame)) recorded.frames.push(frame);
    requestAnimationFrame(snapshot);
  };
  requestAnimationFrame(snapshot);
  // 'interactive' comes after parsing and before the app's (module) script runs: note the early
  // script's decision, and mark the headings that came in the HTML.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const html = document.documentElement;
    recorded.parsed = {
      show: html.getAttribute('data-rally-show'),
      wait: html.getAttribute('data-rally-wait'),
    };
    for (const h1 of document.querySelectorAll('h1')) h1.setAttribute('data-test-parsed', '');
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[])
      if (!entry.hadRecentInput) recorded.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('securitypolicyviolation', (event) =>
    recorded.csp.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
}

async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => {
    const r = window.__rallyRecorded;
    if (!r) throw new Error('The frame recorder did not run.');
    return JSON.parse(JSON.stringify(r)) as Recorded;
  });
}

/** The frames in which some h1 was on screen. */
const withHeading = (frames: Frame[]) => frames.filter((f) => f.h1.length > 0);

/** Whether the visible h1 is the one that came in the HTML (hydrated, not drawn again). */
function headingFromHtml(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1')].some(
      (h) => h.checkVisibility({ visibilityProperty: true }) && h.hasAttribute('data-test-parsed'),
    ),
  );
}

/** Waits until React has taken over the visible h1 (its own property on the node). */
async function waitForHydratedHeading(page: Page) {
  await page.waitForFunction(() => {
    const h1 = [...document.querySelectorAll('h1')].find((h) =>
      h.checkVisibility({ visibilityProperty: true }),
    );
    return !!h1 && Object.keys(h1).some((key) => key.startsWith('__reactFiber$'));
  });
}

let browser: Browser | undefined;
let bank: Bank;
let savedAnswers: string;
let proxy: Server | undefined;
let proxyURL = '';

/** Serves the app under test at SUBPATH, passing every request on to where it is served. */
function startSubpathProxy(baseURL: string): Promise<void> {
  proxy = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(SUBPATH)) {
      response.writeHead(404).end();
      return;
    }
    fetch(new URL(url.slice(SUBPATH.length), baseURL))
      .then(async (upstream) => {
        const type = upstream.headers.get('content-type');
        response.writeHead(upstream.status, type ? { 'content-type': type } : {});
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })
      .catch(() => response.writeHead(502).end());
  });
  return new Promise((resolve) =>
    proxy!.listen(0, '127.0.0.1', () => {
      proxyURL = `http://127.0.0.1:${(proxy!.address() as AddressInfo).port}${SUBPATH}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  bank = await loadRealBank();
  const fixture = JSON.parse(await readFile('tests/fixtures/council-clear.json', 'utf8'));
  savedAnswers = JSON.stringify({
    version: 2,
    state: {
      bankId: bank.id,
      bankVersion: bank.version,
      responseId: 'prerender-test',
      createdAt: fixture.createdAt,
      updatedAt: fixture.updatedAt,
      answers: fixture.answers,
      comments: fixture.comments,
      position: null,
      finished: [],
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
});

/** A page that records its frames, with `saved` (`{ key: text }`) in local storage. */
async function openRecorded(saved: Record<string, string> = {}) {
  if (!browser) throw new Error('Chromium did not start');
  const opened = await newPage(browser);
  await opened.context.addInitScript(
    ({ entries }) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    },
    { entries: saved },
  );
  await opened.context.addInitScript(recordFrames, RESUME);
  return opened;
}

test('the built page allows no inline script: the early script is a file of its own', async () => {
  const html = await (await fetch(getBaseURL())).text();
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\ssrc="\.\/assets\/boot-[\w-]+\.js"/);
  // The policy comes before the early script, so that it covers it.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
});

/** When the page's first contentful paint was shown, and when the app's entry was asked for. */
function paintAndEntry(page: Page) {
  return page.evaluate(() => {
    const entry = document.querySelector('script[data-entry]')?.getAttribute('data-entry');
    if (!entry) throw new Error('The page has no early script naming the entry.');
    const [paint] = performance.getEntriesByName('first-contentful-paint');
    const [fetched] = performance.getEntriesByName(new URL(entry, document.baseURI).href);
    return { paint: paint?.startTime ?? null, entry: fetched?.startTime ?? null };
  });
}

test("a prerendered page's first paint is on screen before the app's code is asked for; a page the app draws asks at once", async () => {
  for (const [route, afterPaint] of [
    ['', true],
    ['#/about', true],
    ['#/check', false],
  ] as const) {
    const { page, context } = await openRecorded();
    try {
      await page.goto(`${getBaseURL()}${route}`);
      await waitForHydratedHeading(page);
      const { paint, entry } = await paintAndEntry(page);
      expect(paint, route).not.toBeNull();
      expect(entry, route).not.toBeNull();
      // On a slow connection the paint's stylesheet then has the line to itself.
      if (afterPaint) expect(entry!, route).toBeGreaterThan(paint!);
      else expect(entry!, route).toBeLessThan(paint!);
    } finally {
      await context.close();
    }
  }
});

test('from a subpath, the start page is painted before the app has run, then hydrated as it is', async () => {
  await startSubpathProxy(getBaseURL());
  const { page, context, requests, errors } = await openRecorded();
  try {
    await page.goto(proxyURL);
    await waitForHydratedHeading(page);
    const { frames, shift, csp, parsed } = await recorded(page);
    expect(parsed).toEqual({ show: 'start', wait: null });
    // React took over the prerendered heading instead of drawing its own.
    expect(await headingFromHtml(page)).toBe(true);
    const shown = withHeading(frames);
    // The first painted heading is the prerendered start page, before the app's code ran.
    expect(shown[0]).toEqual({ h1: [START_H1], prerendered: ['start'], app: false, resume: false });
    // From then on the start page, and only it: hydration draws nothing new.
    for (const frame of shown) expect(frame.h1).toEqual([START_H1]);
    expect(shift).toBeLessThan(0.01);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
    // Every file came from under the subpath.
    const own = requests.filter((r) => r.startsWith(new URL(proxyURL).origin));
    expect(own.length).toBeGreaterThan(3);
    expect(own.filter((r) => !r.startsWith(proxyURL))).toEqual([]);

    // The page is the app's now: starting goes to the first question.
    await page
      .getByRole('button', { name: 'Start now' })
      .or(page.getByRole('link', { name: 'Start now' }))
      .click();
    await page.waitForFunction(
      (start) => document.querySelector('h1')?.textContent?.trim() !== start,
      START_H1,
    );
    expect(page.url()).toBe(`${proxyURL}#/tasks`);
  } finally {
    await context.close();
  }
});

test("the join page is painted from the HTML with the link's details, never the placeholders", async () => {
  const token = Buffer.from(
    JSON.stringify({ v: 1, i: 'prerender-test', n: 'Northborough Together', d: '2026-03-01' }),
  ).toString('base64url');
  const { page, context, errors } = await openRecorded();
  try {
    await page.goto(`${getBaseURL()}#/join?s=${token}`);
    await waitForHydratedHeading(page);
    const { frames, parsed, shift, csp } = await recorded(page);
    expect(parsed).toEqual({ show: 'join', wait: null });
    expect(await headingFromHtml(page)).toBe(true);
    const shown = withHeading(frames);
    expect(shown[0]).toMatchObject({ prerendered: ['join'], app: false });
    for (const frame of shown) expect(frame.h1).toEqual(['Take part in Northborough Together']);
    expect(await page.title()).toContain('Northborough Together');
    const main = await page.locator('main').textContent();
    expect(main).not.toContain('from the link');
    // The group pages' English is in the page (a built page shows a message's id without it).
    expect(main).toContain('Answer the questions on your own, as you see the partnership.');
    const html = await (await fetch(getBaseURL())).text();
    const prerenderedJoin = html.slice(html.indexOf('data-rally-page="join"'));
    expect(prerenderedJoin).toContain(
      'Answer the questions on your own, as you see the partnership.',
    );
    expect(shift).toBeLessThan(0.01);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('with saved answers, the start page shows the resume from its first paint, with no layout shift', async () => {
  const { page, context, errors } = await openRecorded({ 'rally:assessment': savedAnswers });
  try {
    await page.goto(`${getBaseURL()}#/`);
    await page
      .getByRole('button', { name: RESUME })
      .or(page.getByRole('link', { name: RESUME }))
      .waitFor();
    const { frames, shift, csp, parsed } = await recorded(page);
    // The header alone may show while the app draws the page (the same header in English).
    expect(parsed).toEqual({ show: null, wait: 'shell' });
    const shown = withHeading(frames);
    expect(shown.length).toBeGreaterThan(0);
    for (const frame of shown) {
      // Never the prerendered page, which has no resume, and never without the resume.
      expect(frame.prerendered).toEqual([]);
      expect(frame).toMatchObject({ h1: [START_H1], resume: true, app: true });
    }
    expect(shift).toBeLessThan(0.01);
    expect(csp).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a deep link or a reload on the results or a question page never shows the start page', async () => {
  const cases: { hash: string; saved: Record<string, string>; h1: string | null }[] = [
    { hash: '#/results', saved: { 'rally:assessment': savedAnswers }, h1: 'Your results' },
    { hash: '#/section/culture/culture-purpose', saved: {}, h1: null },
  ];
  for (const { hash, saved, h1 } of cases) {
    const { page, context, errors } = await openRecorded(saved);
    try {
      await page.goto(`${getBaseURL()}${hash}`);
      await waitForHydratedHeading(page);
      const first = await recorded(page);
      await page.reload();
      await waitForHydratedHeading(page);
      const again = await recorded(page);
      const heading = (await page.locator('h1').first().textContent())?.trim() ?? '';
      if (h1) expect(heading).toBe(h1);
      expect(heading).not.toBe(START_H1);
      for (const { frames, shift, parsed } of [first, again]) {
        expect(parsed).toEqual({ show: null, wait: 'shell' });
        // Before the app has drawn the page, at most the header is on screen: no heading.
        for (const frame of frames.filter((f) => !f.app)) expect(frame.h1).toEqual([]);
        const shown = withHeading(frames);
        expect(shown.length, `${hash}: frames with a heading`).toBeGreaterThan(0);
        // The first heading ever painted is the page's own, drawn by the app.
        for (const frame of shown)
          expect(frame, `${hash}`).toMatchObject({ h1: [heading], prerendered: [], app: true });
        expect(shift, `${hash}: layout shift`).toBeLessThan(0.01);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test('a question page with no group session saved never fetches the session banner or the group store', async () => {
  // Their code builds the session file's checks as it loads: the question pages, where people
  // spend their time, have no use for them without a session (src/config/route-code.ts,
  // SESSION_FILES). (Check your answers and results use the group store, for the hand-in links.)
  const { page, context, errors } = await openRecorded({
    'rally:assessment': savedAnswers,
  });
  // What the page asked for (the service worker fetches every file to keep it offline).
  const pageRequests: string[] = [];
  page.on('request', (r) => {
    if (!r.serviceWorker()) pageRequests.push(r.url());
  });
  try {
    await page.goto(`${getBaseURL()}#/section/culture/culture-purpose`);
    await waitForHydratedHeading(page);
    await page.waitForLoadState('networkidle');
    const files = pageRequests.map((r) => new URL(r).pathname.split('/').pop() ?? '');
    // The build has that code in a file of its own, and the page fetched the app's data.
    const built = await readdir(path.resolve(__dirname, '../../dist/assets'));
    expect(built.filter((f) => /^session-data-[\w-]+\.js$/.test(f))).toHaveLength(1);
    expect(files.some((f) => f.startsWith('app-data-'))).toBe(true);
    expect(files.filter((f) => f.startsWith('session-data-'))).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('someone who chose another language never sees the English prerendered page', async () => {
  // The hook for Welsh (issue 11): the early script shows no prerendered page when the saved
  // language differs from the one the pages were prerendered in.
  const { page, context, errors } = await openRecorded({ 'rally:language': 'cy' });
  try {
    await page.goto(`${getBaseURL()}#/`);
    await waitForHydratedHeading(page);
    const { frames, parsed } = await recorded(page);
    // Not even the header: it is in English.
    expect(parsed).toEqual({ show: null, wait: '' });
    for (const frame of frames) expect(frame.prerendered).toEqual([]);
    const shown = withHeading(frames);
    expect(shown.length).toBeGreaterThan(0);
    for (const frame of shown) expect(frame).toMatchObject({ prerendered: [], app: true });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the single file under file:// paints the prerendered start page, and a deep link never shows it', async () => {
  const problem = inject('singleFileSetupError');
  if (problem) throw new Error(`The single-file build is not available.\n${problem}`);
  const url = inject('singleFileURL');

  const start = await openRecorded();
  try {
    await start.page.goto(url);
    await waitForHydratedHeading(start.page);
    const { frames, csp, parsed } = await recorded(start.page);
    // The inlined early script ran under the file's policy and chose the prerendered page,
    // which React then took over (the inlined app may run before the first paint, so the
    // frames are not asked whether it had).
    expect(parsed).toEqual({ show: 'start', wait: null });
    expect(await headingFromHtml(start.page)).toBe(true);
    const shown = withHeading(frames);
    expect(shown.length).toBeGreaterThan(0);
    for (const frame of shown) expect(frame.h1).toEqual([START_H1]);
    expect(csp).toEqual([]);
    expect(start.errors).toEqual([]);
  } finally {
    await start.context.close();
  }

  const deep = await openRecorded({ 'rally:assessment': savedAnswers });
  try {
    await deep.page.goto(`${url}#/results`);
    await deep.page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    await waitForHydratedHeading(deep.page);
    const { frames, csp, parsed } = await recorded(deep.page);
    expect(parsed).toEqual({ show: null, wait: 'shell' });
    for (const frame of withHeading(frames))
      expect(frame).toMatchObject({ h1: ['Your results'], prerendered: [], app: true });
    expect(csp).toEqual([]);
    expect(deep.errors).toEqual([]);
  } finally {
    await deep.context.close();
  }
});
