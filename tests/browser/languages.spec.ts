/**
 * Every page in the language chosen (issue 11). The crawl of layout.spec.ts (every page and
 * state, page-states.ts) is run in the pseudo-locale (docs/i18n.md): every message from a
 * catalogue comes out with its letters visibly changed ("Śţàŕţ ńōŵ"), so any run of plain
 * English words left on a page, in its title or in a label read out by screen readers, is
 * text that does not go through a catalogue and would stay English on a Welsh page.
 *
 * What is not the interface's is set aside first: the question bank's texts (data with its own
 * Welsh, checked by `npm run bank:check`), whatever is saved on the device (names, comments,
 * labels people typed), the names of files the crawl chooses, and elements marked with a
 * language of their own (the toggle's "English").
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { loadRealBank } from '../bank/real-bank';
import { getBaseURL, launchBrowser, newPage } from './harness';
import { FAKE_CAMERA_ARGS, buildVisits, open, type Visit } from './page-states';

const LANGUAGE_KEY = 'rally:language';

let browser: Browser | undefined;
let bank: Bank;

beforeAll(async () => {
  bank = await loadRealBank();
  browser = await launchBrowser({ args: FAKE_CAMERA_ARGS });
});
afterAll(async () => browser?.close());

/** Every string inside a value: an object's strings, a JSON text's strings, and so on. */
function stringsIn(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed.length === 0) return;
    into.add(trimmed);
    if (/^[[{]/.test(trimmed)) {
      try {
        stringsIn(JSON.parse(trimmed), into);
      } catch {
        // Not JSON: the string itself is enough.
      }
    }
    // A text with several lines may be shown one line at a time.
    for (const line of trimmed.split('\n')) if (line.trim()) into.add(line.trim());
  } else if (Array.isArray(value)) for (const v of value) stringsIn(v, into);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, into);
}

/** Words that are the same in every language here: names and abbreviations. */
const NAMES =
  /\b(Rally|GO Lab|NHS|PDF|CSV|JSON|QR|IQR|GOV\.UK|Government Outcomes Lab|Delphi|International Journal of Integrated Care)\b/g;

/** Three or more plain-ASCII words in a row: English that no catalogue changed. */
const ENGLISH_RUN = /(?:^|[\s(“"‘|])((?:[A-Za-z][a-z’']+[,.:;?!)”"’]*\s+){2,}[A-Za-z][a-z’']+)/g;

/** What is on screen, in the title and in accessible names, as separate pieces of text. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const texts: string[] = [document.title];
    const ownLanguage = (el: Element | null) => {
      const marked = el?.closest('[lang]');
      return !marked || marked === document.documentElement || marked.getAttribute('lang') === lang;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      // The prerendered pages React has not taken over are hidden and not the page shown.
      if (parent.closest('[hidden]')) continue;
      if (!ownLanguage(parent)) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [alt], [placeholder]')) {
      if (!ownLanguage(el)) continue;
      for (const name of ['aria-label', 'alt', 'placeholder']) {
        const value = el.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/**
 * The English left in `text` once data and names are taken out. A run of words that is part of
 * a text of the bank or of what is saved is data too: a statement cut short in an error
 * message, or one that runs across a <strong>.
 */
function englishIn(text: string, data: string[], lowerData: string[]): string[] {
  let rest = text;
  for (const known of data) {
    // Case aside: a list may give the bank's names in lower case ("agent of change").
    for (let at = rest.toLowerCase().indexOf(known.toLowerCase()); at >= 0;) {
      rest = `${rest.slice(0, at)} | ${rest.slice(at + known.length)}`;
      at = rest.toLowerCase().indexOf(known.toLowerCase());
    }
  }
  rest = rest.replace(NAMES, ' | ').replace(/[\w.-]+\.(json|csv|pdf|ics)\b/g, ' | ');
  const left: string[] = [];
  for (const match of rest.matchAll(ENGLISH_RUN)) {
    const run = match[1]!.trim().replace(/[,.:;?!)”"’]+$/, '');
    const lower = run.toLowerCase();
    if (!lowerData.some((known) => known.includes(lower))) left.push(run);
  }
  return left;
}

async function crawl(
  baseURL: string,
  visit: Visit,
  data: string[],
  lowerData: string[],
): Promise<string[]> {
  const { page, context, errors } = await newPage(browser!, { serviceWorkers: 'block' });
  const found: string[] = [];
  page.setDefaultTimeout(15_000);
  try {
    await context.addInitScript(
      ({ storage, key }) => {
        if (sessionStorage.getItem('languages-seeded')) return;
        localStorage.clear();
        for (const [k, value] of Object.entries(storage)) localStorage.setItem(k, value);
        localStorage.setItem(key, 'pseudo');
        sessionStorage.setItem('languages-seeded', '1');
      },
      { storage: visit.storage, key: LANGUAGE_KEY },
    );
    let first = true;
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
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      const english = new Set<string>();
      for (const text of await visibleTexts(page)) {
        for (const left of englishIn(text, data, lowerData)) english.add(left);
      }
      for (const e of english) found.push(`${state.name}: “${e}”`);
    }
    for (const e of errors) found.push(`${visit.states[0]?.name ?? 'a page'}…: ${e}`);
  } finally {
    await context.close();
  }
  return found;
}

test('every page and state draws its interface from the catalogues (pseudo-locale crawl)', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const dir = await mkdtemp(path.join(tmpdir(), 'rally-languages-'));
  const visits = await buildVisits(bank, dir);
  const known = new Set<string>();
  stringsIn(bank, known);
  for (const visit of visits) stringsIn(visit.storage, known);
  // Longest first, so that a text is taken out whole before any part of it.
  const data = [...known].sort((a, b) => b.length - a.length);
  const lowerData = data.map((d) => d.toLowerCase());

  const found: string[] = [];
  for (const visit of visits) found.push(...(await crawl(baseURL, visit, data, lowerData)));
  expect(found, `English on pages in the pseudo-locale:\n${found.join('\n')}\n`).toEqual([]);
}, 300_000);
