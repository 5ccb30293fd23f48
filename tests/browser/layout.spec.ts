/**
 * No page wider than the screen: every page and state of the app, at 320, 390 and 1280 px,
 * in Chromium. A page fails when the document scrolls sideways, when anything reaches past
 * the edge of the window outside a box that scrolls, or when a box scrolls sideways without
 * being a deliberate scroll region (keyboard-reachable, named, with a visible hint): see
 * overflow-check.ts. The one failure message lists every page and width that failed.
 *
 * Pages are put in their state by saving on the device what the app itself saves (answers
 * from the golden fixtures, a 60-person group session made with the app's own functions, a
 * loaded question bank), then opening the page, so that the crawl keeps working as pages
 * gain content. Forms are used only for states that exist only on screen (an import with an
 * error, a question page showing errors, an earlier file loaded to compare).
 *
 * Set RALLY_LAYOUT_SCREENSHOTS=1 to save a screenshot of every page at every width in
 * test-results/screenshots/ (pages that fail are always saved).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { makeBankBundle } from '../../src/domain/bank/bank-bundle';
import { serializeSession, type SessionFile } from '../../src/domain/group/session';
import { encodeSessionLink } from '../../src/domain/group/session-link';
import { STORAGE_KEY, STORE_VERSION } from '../../src/state/stored-assessment';
import { loadRealBank, readRealFiles } from '../bank/real-bank';
import { shortBankBundle } from '../helpers/short-bank';
import { getBaseURL, launchBrowser, newPage, runAxe, screenshot } from './harness';
import { overflowProblems } from './overflow-check';
import { inkDepthByPage } from './printed-pages';
import { seededSession } from './seeded-session';

const WIDTHS = [320, 390, 1280] as const;
const HEIGHT = 800;
/** How the group store and a loaded bank are saved (src/state/group-store.ts, bank-store.ts). */
const GROUP_KEY = 'rally:group';
const GROUP_VERSION = 1;
const CUSTOM_BANK_KEY = 'rally:custom-bank';
const SCREENSHOTS = process.env.RALLY_LAYOUT_SCREENSHOTS === '1';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

type Storage = Record<string, string>;

type State = {
  name: string;
  path: string;
  storage?: Storage;
  /** Does what the state needs on screen (choose a file, press Continue), then waits for it. */
  ready: (page: Page) => Promise<void>;
  /** Run axe at 320 px too (pages with wide tables or long lists of messages). */
  axe?: boolean;
};

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { name, level: 1 }).waitFor();

function assessmentStorage(fixture: {
  answers: unknown;
  comments?: unknown;
  createdAt: string;
  updatedAt: string;
}): Storage {
  const state = {
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: 'layout-crawl',
    createdAt: fixture.createdAt,
    updatedAt: fixture.updatedAt,
    answers: fixture.answers,
    comments: fixture.comments ?? {},
    position: null,
    finished: [],
  };
  return { [STORAGE_KEY]: JSON.stringify({ state, version: STORE_VERSION }) };
}

function groupStorage(group: {
  session?: SessionFile | null;
  joined?: SessionFile['session'] | null;
}): Storage {
  const state = { session: group.session ?? null, joined: group.joined ?? null, handedIn: [] };
  return { [GROUP_KEY]: JSON.stringify({ state, version: GROUP_VERSION }) };
}

/** Waits until the page has stopped changing its layout: two frames give the same answer. */
async function settledProblems(page: Page): Promise<string[]> {
  let last = await overflowProblems(page);
  for (let i = 0; i < 20; i++) {
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const now = await overflowProblems(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** One person's answers: the fixture with the most to show (a governance mismatch, both
 * evidence flags, a comment). */
async function answeredStorage(): Promise<Storage> {
  return assessmentStorage(
    JSON.parse(await readFile('tests/fixtures/mismatch-county-network.json', 'utf8')),
  );
}

/** A 60-person session with a consensus record and actions for every area. */
const fullRoom = () => seededSession(bank, { size: 60, withConsensus: true });

async function buildVisits(dir: string): Promise<Visit[]> {
  const answered = await answeredStorage();
  const room = fullRoom();
  const earlier = seededSession(bank, { size: 24, seed: 7, date: '2025-03-01' });

  const earlierFile = path.join(dir, 'rally-session-earlier.json');
  await writeFile(earlierFile, serializeSession(earlier));
  const brokenAnswers = path.join(dir, 'rally-answers-broken.json');
  await writeFile(brokenAnswers, '{"format": "rally-response", "formatVersion": 1, "answers": ');
  const fixtureFile = path.join(dir, 'rally-answers-council-clear.json');
  await writeFile(fixtureFile, await readFile('tests/fixtures/council-clear.json', 'utf8'));
  // A bank file with several problems deep in its sections, so the page lists long paths.
  const files = structuredClone(await readRealFiles());
  for (const section of files.sections.slice(0, 3)) {
    const data = section.data as { pages: { items: { id: string; text?: string }[] }[] };
    const item = data.pages[0]!.items[0]!;
    item.id = 'Not-a-valid-identifier-because-it-has-capitals-and-is-much-too-long-to-use';
    delete item.text;
  }
  const brokenBank = path.join(dir, 'rally-bank-broken.json');
  await writeFile(brokenBank, makeBankBundle(files));
  const shortBank = path.join(dir, 'rally-bank-short.json');
  await writeFile(shortBank, await shortBankBundle());

  const fileInput = (page: Page) => page.locator('main input[type="file"]');
  const errorSummary = (page: Page) =>
    page.locator('.govuk-error-summary').waitFor({ state: 'visible' });
  const anyHeading = (name: string, path: string): State => ({
    name,
    path,
    ready: (p) => heading(p, /./),
  });

  // Nothing saved: the static pages, forms that show errors, and a participant's link.
  const firstKinds = new Set<string>();
  const questionErrors: State[] = [];
  for (const s of bank.sections)
    for (const pg of s.pages) {
      const kind = pg.items.find((i) => i.required)?.kind;
      if (!kind || firstKinds.has(kind)) continue;
      firstKinds.add(kind);
      questionErrors.push({
        name: `question-${s.id}-${pg.id}-errors`,
        path: `#/section/${s.id}/${pg.id}`,
        ready: async (p) => {
          await p.locator('main form button[type="submit"]').first().click();
          await errorSummary(p);
        },
      });
    }
  const empty: Visit = {
    storage: {},
    states: [
      anyHeading('start', '#/'),
      anyHeading('about', '#/about'),
      anyHeading('accessibility', '#/accessibility'),
      {
        name: 'import-error',
        path: '#/import',
        axe: true,
        ready: async (p) => {
          await fileInput(p).setInputFiles(brokenAnswers);
          await p.locator('main form button[type="submit"]').click();
          await errorSummary(p);
        },
      },
      {
        name: 'bank-file-checked',
        path: '#/bank',
        ready: async (p) => {
          await fileInput(p).setInputFiles(shortBank);
          await p.locator('main .govuk-summary-list').waitFor();
        },
      },
      anyHeading('group-create', '#/group'),
      {
        name: 'bank-errors',
        path: '#/bank',
        axe: true,
        ready: async (p) => {
          await fileInput(p).setInputFiles(brokenBank);
          await errorSummary(p);
        },
      },
      anyHeading('group-guide', '#/group/guide'),
      anyHeading('not-found', '#/no-such-page'),
      ...questionErrors,
      {
        name: 'join',
        path: `#/join?s=${encodeSessionLink(room.session)}`,
        ready: (p) => heading(p, /Northborough Together/),
      },
    ],
  };

  // One person's answers (a golden fixture), on every page that shows them.
  const questions: State[] = bank.sections.flatMap((s) =>
    s.pages.map((pg) => ({
      name: `question-${s.id}-${pg.id}`,
      path: `#/section/${s.id}/${pg.id}`,
      ready: (p: Page) => p.locator('main form').waitFor(),
    })),
  );
  const personal: Visit = {
    storage: answered,
    states: [
      anyHeading('start-with-answers', '#/'),
      anyHeading('task-list', '#/tasks'),
      ...questions,
      anyHeading('check-answers', '#/check'),
      {
        name: 'results',
        path: '#/results',
        axe: true,
        ready: async (p) => {
          await p.locator('#dimension-table').waitFor();
          await p.locator('.app-radar canvas').first().waitFor();
        },
      },
      anyHeading('delete', '#/delete'),
      {
        name: 'import-check',
        path: '#/import',
        ready: async (p) => {
          await fileInput(p).setInputFiles(fixtureFile);
          await p.locator('main form button[type="submit"]').click();
          await p.locator('main .govuk-summary-list, main table').first().waitFor();
        },
      },
    ],
  };

  // A facilitator with a 60-person session and what the room agreed.
  const facilitator: Visit = {
    storage: groupStorage({ session: room }),
    states: [
      { name: 'group-home', path: '#/group', ready: (p) => heading(p, 'Northborough Together') },
      { ...anyHeading('group-share', '#/group/share'), axe: true },
      {
        name: 'group-add-responses',
        path: '#/group/add',
        axe: true,
        ready: (p) => p.locator('main table').first().waitFor(),
      },
      {
        name: 'group-results-60',
        path: '#/group/results',
        axe: true,
        ready: async (p) => {
          await p.getByText('From 60 responses').waitFor();
          await p.locator('.app-radar canvas').first().waitFor();
        },
      },
      {
        name: 'group-consensus',
        path: '#/group/consensus',
        ready: async (p) => {
          await p.waitForFunction(() =>
            [...document.querySelectorAll<HTMLInputElement>('main input')].some((i) =>
              i.value.startsWith('Ask residents'),
            ),
          );
        },
      },
      {
        name: 'group-compare',
        path: '#/group/compare',
        axe: true,
        ready: async (p) => {
          await fileInput(p).setInputFiles(earlierFile);
          await p.locator('main table').first().waitFor();
          await p.locator('.app-radar canvas').first().waitFor();
        },
      },
    ],
  };

  const participant: Visit = {
    storage: { ...answered, ...groupStorage({ joined: room.session }) },
    states: [anyHeading('hand-in', '#/hand-in')],
  };
  const loadedBank: Visit = {
    storage: { [CUSTOM_BANK_KEY]: await shortBankBundle() },
    states: [
      {
        name: 'bank-loaded',
        path: '#/bank',
        ready: (p) => p.getByText('Rally short form').first().waitFor(),
      },
    ],
  };
  // Saved answers that cannot be read: the app keeps them aside itself, and lists them.
  const recovered: Visit = {
    storage: { [STORAGE_KEY]: `{"state":{"answers":{"gov-agreed-purpose":5,"${'x'.repeat(400)}` },
    states: [
      {
        name: 'recovered',
        path: '#/recovered',
        ready: (p) => p.locator('main .govuk-summary-list__row').first().waitFor(),
      },
    ],
  };
  return [empty, personal, facilitator, participant, loadedBank, recovered];
}

type Visit = { storage: Storage; states: State[] };

/** Navigates inside the app (no reload) and waits until the new page's heading is up. */
async function open(page: Page, baseURL: string, path: string, first: boolean) {
  if (first) {
    await page.goto(`${baseURL}${path}`);
    return;
  }
  const before = await page.evaluateHandle(() => document.querySelector('main h1'));
  await page.evaluate((hash) => (window.location.hash = hash), path);
  await page.waitForFunction((old) => {
    const now = document.querySelector('main h1');
    return now !== null && now !== old;
  }, before);
  await before.dispose();
}

/**
 * Opens a visit's states one after another in one browser context (its storage saved before
 * any of the app's code runs), and checks each at every width.
 */
async function crawl(baseURL: string, visit: Visit, axeFailures: string[]): Promise<string[]> {
  const { page, context, errors } = await newPage(browser!, {
    viewport: { width: 1280, height: HEIGHT },
    serviceWorkers: 'block',
  });
  const found: string[] = [];
  page.setDefaultTimeout(15_000);
  try {
    await context.addInitScript((storage: Storage) => {
      if (sessionStorage.getItem('layout-seeded')) return;
      localStorage.clear();
      for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
      sessionStorage.setItem('layout-seeded', '1');
    }, visit.storage);
    let first = true;
    let index = 0;
    for (const state of visit.states) {
      try {
        await open(page, baseURL, state.path, first);
        first = false;
        await state.ready(page);
      } catch (error) {
        found.push(
          `${state.name}: the page did not reach its state (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
        continue;
      }
      // Whatever is folded away is measured too.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      // Alternate the order of widths, to save a resize between pages.
      const widths = index++ % 2 === 0 ? [...WIDTHS].reverse() : WIDTHS;
      for (const width of widths) {
        await page.setViewportSize({ width, height: HEIGHT });
        const problems = await settledProblems(page);
        for (const problem of problems) found.push(`${state.name} at ${width} px: ${problem}`);
        if (problems.length > 0 || SCREENSHOTS)
          await screenshot(page, `layout-${state.name}-${width}`);
        if (state.axe && width === 320)
          for (const v of await runAxe(page))
            axeFailures.push(`${state.name} at ${width} px: ${v}`);
      }
    }
    for (const e of errors) found.push(`${visit.states[0]?.name ?? 'a page'}…: ${e}`);
  } finally {
    await context.close();
  }
  return found;
}

test('no page or state is wider than the screen at 320, 390 or 1280 px', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-layout-'));
  const visits = await buildVisits(dir);
  const problems: string[] = [];
  const axeFailures: string[] = [];
  for (const visit of visits) problems.push(...(await crawl(baseURL, visit, axeFailures)));

  expect(problems, `Pages wider than the screen:\n${problems.join('\n')}\n`).toEqual([]);
  expect(axeFailures, `axe violations:\n${axeFailures.join('\n')}\n`).toEqual([]);
}, 180_000);

test('printed results fill their first page, and no page but the last is left mostly empty', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const printed: { name: string; path: string; storage: Storage }[] = [
    { name: 'results', path: '#/results', storage: await answeredStorage() },
    {
      name: 'group results',
      path: '#/group/results',
      storage: groupStorage({ session: fullRoom() }),
    },
  ];
  const problems: string[] = [];
  for (const { name, path: where, storage } of printed) {
    const { page, context } = await newPage(browser, { serviceWorkers: 'block' });
    try {
      await context.addInitScript((saved: Storage) => {
        for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
      }, storage);
      await page.goto(`${baseURL}${where}`);
      await page.locator('img.app-radar__print').first().waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      const depths = await inkDepthByPage(await page.pdf({ format: 'A4', printBackground: true }));
      const percent = (d: number) => `${Math.round(d * 100)}%`;
      const filled = `pages filled to ${depths.map(percent).join(', ')}`;
      if (depths.length < 2) problems.push(`${name}: printed on ${depths.length} page (${filled})`);
      if (depths[0]! < 0.75)
        problems.push(`${name}: page 1 is filled only to ${percent(depths[0]!)} (${filled})`);
      depths.slice(1, -1).forEach((d, i) => {
        if (d < 0.4)
          problems.push(`${name}: page ${i + 2} is filled only to ${percent(d)} (${filled})`);
      });
    } finally {
      await context.close();
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
