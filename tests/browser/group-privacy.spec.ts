/**
 * The workshop from issue 9, in Chromium at 1280 px: six people (three local authority, two
 * NHS, one resident) in a session file the facilitator opens. Nothing the facilitator can show
 * or hand out singles out the resident: the add-responses list, the group results with person
 * lines on the radar, the group CSV and the group PDF (read with pdftotext). The results are
 * screenshotted with three person lines shown.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { serializeSession } from '../../src/domain/group/session';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { loadRealBank } from '../bank/real-bank';
import { sessionOf } from '../helpers/privacy-sessions';
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

const PEOPLE = [
  ['council-clear', 'local-authority', 'senior-leader'],
  ['connector-zone', 'nhs-health', 'manager'],
  ['blend-neighbourhood-council', 'local-authority', 'manager'],
  ['agent-outside', 'resident', 'volunteer-community'],
  ['market-alliance', 'nhs-health', 'frontline'],
  ['mismatch-county-network', 'local-authority', 'frontline'],
] as const;
const RESIDENT_WORDS = 'As the only resident in the room I felt listened to';

async function download(page: Page, button: string): Promise<string> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return d.path();
}

test('six people, one resident: no screen, CSV or PDF singles the resident out', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const responses: ResponseEnvelope[] = [];
  for (const [i, [fixture, sector, role]] of PEOPLE.entries()) {
    const raw = JSON.parse(await readFile(`tests/fixtures/${fixture}.json`, 'utf8'));
    responses.push({
      ...raw,
      responseId: `workshop-${i}`,
      about: { sector, 'role-level': role },
      answers: {
        ...raw.answers,
        sector,
        'role-level': role,
        'reflect-working':
          sector === 'resident' ? RESIDENT_WORDS : `We share our plans more often now (${i + 1})`,
      },
    });
  }
  const file = path.join(tmpdir(), `rally-six-${process.pid}.json`);
  await writeFile(file, serializeSession(sessionOf(bank, 'six-person-workshop', responses)));

  const {
    page: f,
    context,
    requests,
    errors,
  } = await newPage(browser, {
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  await f.goto(`${baseURL}#/group`);
  await f.getByLabel('Upload a Rally session file').setInputFiles(file);
  await f.getByRole('heading', { name: 'Generated partnership' }).waitFor();

  // The list of responses: by letter, the resident's sector nowhere.
  await f.goto(`${baseURL}#/group/add`);
  const list = f.getByRole('table', { name: /Shown by letter/ });
  await list.waitFor();
  const listText = await list.innerText();
  expect(listText).not.toContain('Resident');
  expect(listText).not.toMatch(/Respondent \d/);
  expect(listText.match(/Local authority/g)).toHaveLength(3);
  expect(listText.match(/Not shown/g)).toHaveLength(3);
  expect(await runAxe(f)).toEqual([]);

  // The results: six person lines by letter; the resident's sector only as a hidden group.
  await f.goto(`${baseURL}#/group/results`);
  await f.getByRole('heading', { name: 'Discuss first' }).waitFor();
  const lines = f.getByRole('group', { name: 'Show each person’s line' });
  expect(await lines.getByRole('checkbox').count()).toBe(6);
  expect(await lines.innerText()).not.toMatch(/Resident|Local authority|NHS|Respondent/);
  const sectorTable = f.getByRole('region', { name: 'By sector' });
  expect(await sectorTable.getByRole('row', { name: /Resident/ }).innerText()).toContain(
    'Fewer than 3 people: not shown',
  );
  const canvas = await drawnRadar(f);
  for (const label of ['Person A', 'Person B', 'Person C']) {
    const before = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
    await f.getByLabel(label).check();
    await f.waitForFunction(
      (drawn) =>
        document.querySelector<HTMLCanvasElement>('.app-radar canvas')?.toDataURL() !== drawn,
      before,
    );
  }
  // Each line's key beside its checkbox: its own dash pattern, or solid for the first.
  const dashes = await lines
    .locator('svg line')
    .evaluateAll((els) => els.map((e) => e.getAttribute('stroke-dasharray') ?? 'solid'));
  expect(new Set(dashes.slice(0, 5)).size).toBe(5);
  expect(await runAxe(f)).toEqual([]);
  await screenshot(f, 'group-results-person-lines');
  await f
    .locator('section[aria-labelledby="group-areas"] .govuk-grid-row')
    .first()
    .screenshot({ path: 'test-results/screenshots/group-radar-person-lines.png' });

  // The group CSV: the resident's sector and words never beside a person.
  const csvFile = await download(f, 'Download the group spreadsheet (CSV)');
  await copyFile(csvFile, 'test-results/six-person-group.csv');
  const csv = (await readFile(csvFile, 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(csv.join('\n')).not.toContain('Resident or community member');
  const residentLine = csv.find((line) => line.includes(RESIDENT_WORDS))!;
  expect(residentLine.startsWith(',,,')).toBe(true);
  expect(csv.filter((line) => /^Person [A-F],Local authority,/.test(line)).length).toBeGreaterThan(
    0,
  );

  // The group PDF: the resident's sector counted only as "fewer than 3", nobody labelled.
  const pdfFile = await download(f, 'Download the group PDF');
  await copyFile(pdfFile, 'test-results/six-person-group.pdf');
  const pdf = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  expect(pdf).toContain('Resident or community member: fewer than 3');
  expect(pdf).toContain('Local authority: 3');
  expect(pdf).not.toMatch(/Person [A-F]\b|Respondent \d/);
  expect(pdf).toContain(RESIDENT_WORDS);

  // On a phone the line keys stay beside their names.
  await f.setViewportSize({ width: 390, height: 844 });
  await f
    .locator('section[aria-labelledby="group-areas"]')
    .screenshot({ path: 'test-results/screenshots/group-radar-person-lines-390.png' });

  expect(errors).toEqual([]);
  expectOnlyOwnOrigin(requests, baseURL);
  await context.close();
});
