/**
 * Every page and state of the app, for the crawls that visit them all (layout.spec.ts at every
 * width, languages.spec.ts in the pseudo-locale and in Welsh).
 *
 * Pages are put in their state by saving on the device what the app itself saves (answers
 * from the golden fixtures, a 60-person group session made with the app's own functions, a
 * loaded question bank), then opening the page, so that the crawls keep working as pages
 * gain content. Forms are used only for states that exist only on screen (an import with an
 * error, a question page showing errors, an earlier file loaded to compare).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { makeBankBundle } from '../../src/domain/bank/bank-bundle';
import { serializeSession, type SessionFile } from '../../src/domain/group/session';
import { encodeSessionLink } from '../../src/domain/group/session-link';
import { STORAGE_KEY, STORE_VERSION } from '../../src/state/stored-assessment';
import { readRealFiles } from '../bank/real-bank';
import { shortBankBundle } from '../helpers/short-bank';
import { seededSession } from './seeded-session';
import { startNextCycle } from '../../src/domain/plan/next-cycle';
import { earlierFromSession } from '../../src/domain/plan/previous-cycle';
import { drawnRadar } from './radar';
import { programmeSessionFiles } from '../../scripts/lib/programme-fixture.mjs';

/**
 * Chromium flags for the crawls: a fake camera that needs no permission prompt, so the
 * scanner panel of Add responses opens as it does for a facilitator who allowed the camera.
 */
export const FAKE_CAMERA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // Headless Chromium plays video in a page that is not in front, too.
  '--autoplay-policy=no-user-gesture-required',
];

/** Writing that compresses as real writing does, long enough to need several QR codes. */
export function longComment(): string {
  const words = ['budget', 'trust', 'data', 'meet', 'agree', 'place', 'council', 'NHS', 'ŵyr'];
  let seed = 5;
  const out: string[] = [];
  for (let i = 0; i < 260; i += 1) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out.push(`${words[(seed >>> 16) % words.length]}${(seed >>> 8) % 97}`);
  }
  return out.join(' ');
}

/** How the group store and a loaded bank are saved (src/state/group-store.ts, bank-store.ts). */
const GROUP_KEY = 'rally:group';
const GROUP_VERSION = 1;
const CUSTOM_BANK_KEY = 'rally:custom-bank';

export type Storage = Record<string, string>;

export type State = {
  name: string;
  path: string;
  storage?: Storage;
  /** Does what the state needs on screen (choose a file, press Continue), then waits for it. */
  ready: (page: Page) => Promise<void>;
  /** Run axe at 320 px too (pages with wide tables or long lists of messages). */
  axe?: boolean;
};

export const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { name, level: 1 }).waitFor();

export function assessmentStorage(
  bank: Bank,
  fixture: {
    answers: unknown;
    comments?: unknown;
    createdAt: string;
    updatedAt: string;
  },
): Storage {
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

export function groupStorage(group: {
  session?: SessionFile | null;
  joined?: SessionFile['session'] | null;
}): Storage {
  const state = { session: group.session ?? null, joined: group.joined ?? null, handedIn: [] };
  return { [GROUP_KEY]: JSON.stringify({ state, version: GROUP_VERSION }) };
}

/** One person's answers: the fixture with the most to show (a governance mismatch, both
 * evidence flags, a comment). */
export async function answeredStorage(bank: Bank): Promise<Storage> {
  return assessmentStorage(
    bank,
    JSON.parse(await readFile('tests/fixtures/mismatch-county-network.json', 'utf8')),
  );
}

/** A 60-person session with a consensus record and actions for every area. */
export const fullRoom = (bank: Bank) => seededSession(bank, { size: 60, withConsensus: true });

export async function buildVisits(bank: Bank, dir: string): Promise<Visit[]> {
  const answered = await answeredStorage(bank);
  const room = fullRoom(bank);
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
  // A programme's worth of session files (300 sessions of 150 partnerships, some with two
  // cycles and some with 2 people) and one file that is not Rally's, for the programme page.
  const programmeDir = path.join(dir, 'programme');
  await mkdir(programmeDir);
  const programmeFiles: string[] = [];
  for (const f of [
    ...programmeSessionFiles({ sessions: 300, partnerships: 150 }),
    { name: 'minutes.json', text: '{"meeting": "minutes"}' },
  ]) {
    const file = path.join(programmeDir, f.name);
    await writeFile(file, f.text);
    programmeFiles.push(file);
  }

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
      {
        name: 'programme-loaded',
        path: '#/programme',
        axe: true,
        ready: async (p) => {
          await p.locator('#programme-files').setInputFiles(programmeFiles);
          await p.locator('#programme-failures').waitFor({ timeout: 60_000 });
          await p.locator('#programme-summary').waitFor();
          // The tables with a row per partnership are drawn only when opened from their
          // summary (the crawl's opening of every details element does not draw them).
          const closed = p.locator('main details:not([open]) > summary');
          for (let n = await closed.count(); n > 0; n = await closed.count())
            await closed.first().click();
          await p.locator('#table-partnerships tbody tr').first().waitFor();
        },
      },
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
          await drawnRadar(p);
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
          // The 60-person table (the page's own words change with the language).
          await p.locator('#group-areas').waitFor();
          await drawnRadar(p);
        },
      },
      {
        name: 'group-consensus',
        path: '#/group/consensus',
        ready: async (p) => {
          // The group's action plan, each action a card.
          await p.waitForFunction(() =>
            [...document.querySelectorAll('main .govuk-summary-card__title')].some((h) =>
              h.textContent?.includes('Ask residents'),
            ),
          );
        },
      },
      {
        name: 'present-projector',
        path: '#/group/present',
        ready: (p) => p.locator('main h1.app-projector__heading').waitFor(),
      },
      { ...anyHeading('present-pack', '#/group/pack'), axe: true },
      {
        name: 'group-compare',
        path: '#/group/compare',
        axe: true,
        ready: async (p) => {
          await fileInput(p).setInputFiles(earlierFile);
          await p.locator('main table').first().waitFor();
          await drawnRadar(p);
        },
      },
    ],
  };

  // Cycle two, started from the 60-person session: its actions to review, and last time
  // beside the medians of 24 new answers.
  const started = startNextCycle(
    bank,
    earlierFromSession(bank, room),
    { id: 'cycle-two', partnershipName: 'Northborough Together', date: '2027-03-01' },
    new Date('2027-03-01T09:00:00.000Z'),
  );
  const nextCycle: Visit = {
    storage: groupStorage({ session: { ...started, responses: earlier.responses } }),
    states: [
      {
        name: 'next-cycle-start',
        path: '#/group/next-cycle',
        axe: true,
        ready: async (p) => {
          await fileInput(p).setInputFiles(earlierFile);
          await p.locator('#earlier-summary').waitFor();
        },
      },
      {
        name: 'next-cycle-review',
        path: '#/group/review',
        ready: (p) => p.locator('#review-counts').waitFor(),
      },
      {
        name: 'group-results-next-cycle',
        path: '#/group/results',
        axe: true,
        ready: async (p) => {
          await p.locator('#group-areas').waitFor();
          await drawnRadar(p);
        },
      },
    ],
  };

  const participant: Visit = {
    storage: { ...answered, ...groupStorage({ joined: room.session }) },
    states: [anyHeading('hand-in', '#/hand-in')],
  };
  // Add responses with the scanner open (a fake camera): its own visit, since the crawl moves
  // between pages by their address and the page without the scanner is crawled above.
  const scanner: Visit = {
    storage: groupStorage({ session: room }),
    states: [
      {
        name: 'group-scanner',
        path: '#/group/add',
        ready: async (p) => {
          // The first button on the page is "Scan with camera"; the fake camera is allowed.
          await p.locator('main button.govuk-button').first().click();
          // Focus moves to Stop scanning once the camera is on.
          await p.waitForFunction(() =>
            document.activeElement?.matches('.app-scanner .govuk-button--secondary'),
          );
          await p.waitForFunction(
            () =>
              (document.querySelector('.app-scanner video') as HTMLVideoElement | null)?.videoWidth,
          );
        },
      },
    ],
  };
  // Someone who wrote a lot: the hand-in page shows their answers as several QR codes.
  const wroteALot: Visit = {
    storage: {
      ...assessmentStorage(bank, {
        answers: { 'gov-agreed-purpose': 4, sector: 'nhs-health' },
        comments: { culture: longComment() },
        createdAt: '2026-11-29T10:00:00.000Z',
        updatedAt: '2026-11-29T10:05:00.000Z',
      }),
      ...groupStorage({ joined: room.session }),
    },
    states: [
      {
        name: 'hand-in-several-codes',
        path: '#/hand-in',
        axe: true,
        ready: (p) => p.locator('#qr-position').waitFor(),
      },
    ],
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
  return [
    empty,
    personal,
    facilitator,
    nextCycle,
    scanner,
    participant,
    wroteALot,
    loadedBank,
    recovered,
  ];
}

export type Visit = { storage: Storage; states: State[] };

/** Navigates inside the app (no reload) and waits until the new page's heading is up. */
export async function open(page: Page, baseURL: string, path: string, first: boolean) {
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
