/**
 * A workshop with no server, in three browser contexts plus the facilitator's: two
 * participants hand in files, one a code; the facilitator imports them, sees a split
 * statement and a suppressed sector, records a consensus with an action, and downloads the
 * group PDF, which is checked with pdftotext.
 */
import { execFileSync } from 'node:child_process';
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

const SPLIT_ITEM = 'gov-agreed-purpose';

async function participant(link: string, answers: Record<string, unknown>, baseURL: string) {
  const opened = await newPage(browser!, { acceptDownloads: true });
  const { page } = opened;
  await page.goto(link);
  await page.getByRole('heading', { name: /Take part in/ }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { name: 'Assess your partnership' }).waitFor();
  await answerThroughPages(page, baseURL, bank, answers as never);
  await page.goto(`${baseURL}#/hand-in`);
  await page.getByRole('heading', { name: 'Hand in your answers' }).waitFor();
  return opened;
}

async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return d.path();
}

// Three participants answer every page in full in their own browsers: on a loaded machine that
// alone can take a minute, so this journey is given three.
test('three participants hand in, the facilitator merges, discusses the split and records a consensus', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile('tests/fixtures/council-clear.json', 'utf8'));

  // The facilitator creates the session and shows the link.
  const facilitator = await newPage(browser, { acceptDownloads: true });
  const f = facilitator.page;
  await f.goto(`${baseURL}#/group`);
  await f.getByLabel('Partnership name').fill('Mid Wessex Partnership');
  await f.getByRole('button', { name: 'Create session' }).click();
  await f.getByRole('heading', { name: 'Mid Wessex Partnership' }).waitFor();
  await f.getByRole('link', { name: 'Show the participant link and QR code' }).click();
  const link = (await f.locator('#participant-link').innerText()).trim();
  expect(link).toContain('#/join?s=');
  expect(await f.getByRole('img', { name: 'QR code of the participant link' }).count()).toBe(1);
  expect(await runAxe(f)).toEqual([]);

  // Three people rate one statement 1, 3 and 5: two ratings lie outside median ± 1, a split.
  // Two are from local authorities and one from the NHS: both sector groups are under 3.
  const people = [
    { ...fixture.answers, [SPLIT_ITEM]: 1, sector: 'local-authority' },
    { ...fixture.answers, [SPLIT_ITEM]: 3, sector: 'local-authority' },
    { ...fixture.answers, [SPLIT_ITEM]: 5, sector: 'nhs-health' },
  ];
  const a = await participant(link, people[0]!, baseURL);
  const b = await participant(link, people[1]!, baseURL);
  const c = await participant(link, people[2]!, baseURL);
  expect(await a.page.getByRole('region', { name: 'Group session' }).innerText()).toContain(
    'Mid Wessex Partnership',
  );
  expect(await runAxe(a.page)).toEqual([]);
  const fileA = await download(a.page, 'Download your answers file');
  const fileB = await download(b.page, 'Download your answers file');
  const code = (await c.page.locator('#response-code').innerText()).trim();
  expect(code.length).toBeLessThan(80);

  // The facilitator adds two files and one code, then the same file again (a duplicate).
  await f.goto(`${baseURL}#/group/add`);
  await f.getByLabel('Choose response files, or drop them here').setInputFiles([fileA, fileB]);
  await f.getByRole('status').filter({ hasText: '2 responses added' }).waitFor();
  await f.getByLabel('Type or paste response codes, one on each line').fill(code);
  await f.getByRole('button', { name: 'Add these codes' }).click();
  await f.getByRole('status').filter({ hasText: '1 response added' }).waitFor();
  await f.getByLabel('Choose response files, or drop them here').setInputFiles([fileA]);
  await f.getByRole('status').filter({ hasText: 'Already in the session' }).waitFor();
  expect(await f.locator('#respondent-total').innerText()).toContain('3 responses');
  expect(await runAxe(f)).toEqual([]);

  // Group results: the split statement comes first; the small sectors are not shown.
  await f.goto(`${baseURL}#/group/results`);
  await f.getByRole('heading', { name: 'Discuss first' }).waitFor();
  const splitText = bank.sections
    .flatMap((s) => s.pages.flatMap((p) => p.items))
    .find((i) => i.id === SPLIT_ITEM)!.text;
  // Listed as "statement: how split", without the statement's own full stop before the colon.
  expect(await f.locator('#discuss-first-list').innerText()).toContain(
    `${splitText.replace(/\.$/, '')}: `,
  );
  expect(
    await f
      .getByRole('table', { name: /Median score by group/ })
      .first()
      .innerText(),
  ).toContain('Fewer than 3 people: not shown');
  // Three people: each person's line is offered, by letter. Show one and wait until the
  // chart has been drawn again with it.
  const canvas = await drawnRadar(f);
  const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await f.getByLabel('Person C').check();
  expect(await f.getByLabel('Person C').isChecked()).toBe(true);
  await f.waitForFunction(
    (drawn) =>
      document.querySelector<HTMLCanvasElement>('.app-radar canvas')?.toDataURL() !== drawn,
    before,
  );
  expect(await runAxe(f)).toEqual([]);
  await screenshot(f, 'group-results');

  // Consensus: move governance a band away from the median, which needs a reason, and add an action.
  await f.goto(`${baseURL}#/group/consensus`);
  const governance = bank.dimensions.find((d) => d.id === 'governance')!.name;
  await f.locator('#governance-agreedScore').fill('20');
  await f.getByRole('button', { name: 'Save what we agreed' }).click();
  await f
    .getByRole('alert')
    .filter({ hasText: `Enter why the group agreed this score for ${governance}` })
    .waitFor();
  await f
    .locator('#governance-rationale')
    .fill('Board minutes show decisions are still made by one partner.');
  await f.getByRole('button', { name: 'Save what we agreed' }).click();
  await f
    .getByRole('status')
    .filter({ hasText: 'What you agreed is saved with the session.' })
    .waitFor();
  // The group's action plan, saved as it is added.
  await f.getByRole('button', { name: 'Add an action' }).click();
  await f.getByLabel('What will be done').fill('Write down who decides what');
  await f.getByRole('radio', { name: governance }).check();
  await f.getByLabel('Who leads it').fill('Partnership manager');
  await f.getByRole('button', { name: 'Save action' }).click();
  await f.getByRole('heading', { name: '1. Write down who decides what' }).waitFor();
  expect(await runAxe(f)).toEqual([]);

  // The group PDF holds it all.
  await f.goto(`${baseURL}#/group/results`);
  await f.getByRole('heading', { name: 'Discuss first' }).waitFor();
  const pdf = await download(f, 'Download the group PDF');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  for (const expected of [
    'Mid Wessex Partnership',
    'Discuss first',
    'Board minutes show decisions',
    'Write down who decides what',
    // What the band of each group median looks like in practice.
    'What each band looks like in practice',
    ...bank.dimensions.map((d) => d.name),
  ]) {
    expect(text.replace(/\s+/g, ' '), expected).toContain(expected);
  }
  // The two-page board summary, chosen instead of the full report.
  await f.getByRole('radio', { name: 'Summary (2 pages)' }).check();
  const summary = await download(f, 'Download the group PDF');
  expect(execFileSync('pdfinfo', [summary], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
  expect(execFileSync('pdftotext', [summary, '-'], { encoding: 'utf8' })).toContain(
    'Where the group was split',
  );

  for (const o of [facilitator, a, b, c]) {
    expect(o.errors).toEqual([]);
    expectOnlyOwnOrigin(o.requests, baseURL);
    await o.context.close();
  }
}, 180_000);

test('pass the device: the group pages close behind a passcode, each person hands in for the next, and the facilitator gets them all', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const fixture = JSON.parse(await readFile('tests/fixtures/connector-zone.json', 'utf8'));
  // A phone-sized screen: the pages a participant meets must work at 390 px.
  const opened = await newPage(browser, {
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
  const { page, context } = opened;
  const heading = (name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
  try {
    await page.goto(`${baseURL}#/group`);
    await page.getByLabel('Partnership name').fill('Shared laptop session');
    await page.getByRole('button', { name: 'Create session' }).click();
    await heading('Shared laptop session');
    await page.getByRole('button', { name: 'Pass this device round' }).click();
    await heading('Pass this device round');
    await page.getByLabel('Passcode', { exact: true }).fill('kingfisher');
    await page.getByLabel('Enter the passcode again').fill('kingfisher');
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, 'pass-device-set-up-390');
    await page.getByRole('button', { name: 'Start passing the device round' }).click();
    await heading('Take part in Shared laptop session');
    const joinURL = page.url();
    expect(await page.locator('#ways-to-hand-in').innerText()).toContain(
      'This device is being passed round',
    );
    await screenshot(page, 'pass-device-join-390');

    for (const n of [1, 2]) {
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await heading('Assess your partnership');
      await answerThroughPages(page, baseURL, bank, {
        ...fixture.answers,
        'partnership-name': `Person ${n}’s partnership`,
        'gov-agreed-purpose': n,
      });

      // A participant trying the facilitator's pages meets the closed page, never the results.
      await page.goto(`${baseURL}#/`);
      await page.getByRole('link', { name: 'Run a group session' }).first().click();
      await heading('The group pages are closed');
      await page.goto(`${baseURL}#/group/results`);
      await heading('The group pages are closed');
      expect(await page.getByRole('region', { name: 'Group session' }).count()).toBe(0);
      if (n === 1) {
        expect(await runAxe(page)).toEqual([]);
        await screenshot(page, 'pass-device-closed-390');
      }

      await page.goto(`${baseURL}#/hand-in`);
      await heading('Hand in your answers');
      // Passing the device on is the first thing offered.
      await expect
        .poll(() => page.locator('main button').first().innerText())
        .toBe('Hand in and pass the device on');
      if (n === 1) await screenshot(page, 'pass-device-hand-in-390');
      await page.getByRole('button', { name: 'Hand in and pass the device on' }).click();
      await heading('Your answers have been handed in');
      if (n === 1) {
        expect(await runAxe(page)).toEqual([]);
        await screenshot(page, 'pass-device-handed-in-390');
      }
      await page.getByRole('button', { name: 'Start as the next person' }).click();
      await heading('Take part in Shared laptop session');

      // Back then Forward: the hand-over page again, never a fresh hand-in page, and nothing
      // of the person who has gone.
      await page.goBack();
      await heading('Your answers have been handed in');
      expect(page.url()).toMatch(/#\/hand-in\/done$/);
      expect(await page.locator('main').innerText()).not.toContain(`Person ${n}’s partnership`);
      await page.goBack();
      await page.locator('main h1').first().waitFor();
      expect(page.url()).not.toMatch(/#\/hand-in$/);
      expect(await page.locator('main').innerText()).not.toContain(`Person ${n}’s partnership`);
      await page.goForward();
      await heading('Your answers have been handed in');
      await page.goForward();
      await heading('Take part in Shared laptop session');

      // The next person starts with empty questions.
      await page.goto(`${baseURL}#/check`);
      await heading('Check your answers');
      expect(await page.getByText('Not answered').count()).toBeGreaterThan(40);
      await page.goto(`${baseURL}#/hand-in`);
      await heading('Hand in your answers');
      await page.locator('#nothing-to-hand-in').waitFor();
      await page.goto(joinURL);
      await heading('Take part in Shared laptop session');
    }

    // The facilitator opens the group pages with the passcode and adds both hand-ins.
    await page.goto(`${baseURL}#/group/add`);
    await heading('The group pages are closed');
    await page.getByLabel('Passcode', { exact: true }).fill('heron');
    await page.getByRole('button', { name: 'Open the group pages' }).click();
    await page.getByRole('alert').filter({ hasText: 'The passcode is not right' }).waitFor();
    await page.getByLabel('Passcode', { exact: true }).fill('kingfisher');
    await page.getByRole('button', { name: 'Open the group pages' }).click();
    await heading('Add responses');
    expect(await page.getByRole('region', { name: 'Group session' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add the responses handed in on this device' }).click();
    await page.getByRole('status').filter({ hasText: '2 responses added' }).waitFor();

    expect(opened.errors).toEqual([]);
    expectOnlyOwnOrigin(opened.requests, baseURL);
  } finally {
    await context.close();
  }
  // Two whole journeys through every page, on a shared machine: more than the default minute.
}, 180_000);
