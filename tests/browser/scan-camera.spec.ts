/**
 * Scanning with a fake camera: Chromium plays a video of a room handing in
 * (tests/support/scan-room.ts: ten showings made with the app's own QR encoder, a duplicate,
 * one from another bank and one response in three codes shown in the order 3, 1, 2) as its
 * camera. The facilitator presses "Scan with camera" on Add responses and ends with exactly
 * the eight distinct valid responses, free text included, the duplicate and the other bank's
 * code named on screen, and the camera off when scanning stops and when the page is left.
 * From the single file, opened from disk (file://), the camera is opened and a code read.
 *
 * The video is made in a temporary folder in set-up (about 25 seconds of it, 10 frames a
 * second), so the test needs nothing a fresh checkout lacks except ffmpeg.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { createSession, type SessionFile } from '../../src/domain/group/session';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { loadRealBank } from '../bank/real-bank';
import { scanRoom, type ScanRoom } from '../support/scan-room';
import { makeScanVideo } from '../support/scan-video';
import {
  expectOnlyOwnOrigin,
  fillStorage,
  getBaseURL,
  launchBrowser,
  newPage,
  runAxe,
  screenshot,
} from './harness';
import { groupStorage, type Storage } from './page-states';

let browser: Browser | undefined;
let bank: Bank;
let room: ScanRoom;
let dir: string;

beforeAll(async () => {
  bank = await loadRealBank();
  room = await scanRoom(bank);
  dir = await mkdtemp(path.join(tmpdir(), 'rally-scan-'));
  const video = await makeScanVideo(dir, room.showings);
  browser = await launchBrowser({
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video.file}`,
      // Headless Chromium plays video in a page that is not in front, too.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function emptySession(): SessionFile {
  return createSession(
    bank,
    { id: 'scan-session', partnershipName: 'Northborough Together', date: '2026-03-01' },
    new Date('2026-03-01T09:00:00.000Z'),
  );
}

/**
 * Saves `storage` before the app loads, and keeps every camera stream the page opens, so the
 * test can check that each was let go (its tracks ended).
 */
async function prepare(page: Page, storage: Storage) {
  await page.context().addInitScript((s: Record<string, string>) => {
    if (sessionStorage.getItem('seeded') === null) {
      for (const [key, value] of Object.entries(s)) localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
    const streams: MediaStream[] = [];
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams = streams;
    const devices = navigator.mediaDevices;
    if (!devices) return;
    const open = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      streams.push(stream);
      return stream;
    };
  }, storage);
}

/** Tracks of every stream the page opened, as "live" or "ended". */
const trackStates = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { cameraStreams: MediaStream[] }).cameraStreams.flatMap((s) =>
      s.getTracks().map((t) => t.readyState),
    ),
  );

const savedResponses = (page: Page) =>
  page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('rally:group') ?? 'null') as {
      state: { session: { responses: unknown[] } | null };
    } | null;
    return (saved?.state.session?.responses ?? []) as ResponseEnvelope[];
  });

/** Scans the whole video and checks what the facilitator ends with. */
async function scanTheRoom(page: Page) {
  await page.getByRole('heading', { name: 'Add responses', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Scan with camera' }).click();
  // Focus moves to Stop scanning once the camera is on, for a keyboard user.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Stop scanning');
  const status = page.locator('#scanned-count');
  await expect.poll(() => trackStates(page)).toEqual(['live']);

  // Every code in the video has been read: eight added, and the two refusals named.
  const notes = page.locator('#scan-notes');
  await status.filter({ hasText: '8 responses added by camera' }).waitFor({ timeout: 50_000 });
  await notes.getByText('Already in the session, so not added again.').waitFor();
  await notes
    .getByText(`This code is for the question bank "rally-short" version 1.0.0`, { exact: false })
    .waitFor();

  await page.getByRole('button', { name: 'Stop scanning' }).click();
  await page.getByRole('button', { name: 'Scan with camera' }).waitFor();
  expect(await trackStates(page)).toEqual(['ended']);
  expect(await status.textContent()).toBe('8 responses added by camera');
  await page.getByText('The session has 8 responses.').waitFor();

  // Exactly the distinct valid responses, answers and free text as each person gave them.
  const saved = await savedResponses(page);
  const byId = (list: ResponseEnvelope[]) =>
    [...list].sort((a, b) => a.responseId.localeCompare(b.responseId));
  const kept = byId(saved);
  const wanted = byId(room.expected);
  expect(kept.map((r) => r.responseId)).toEqual(wanted.map((r) => r.responseId));
  for (let i = 0; i < wanted.length; i += 1) {
    expect(kept[i]!.answers).toEqual(wanted[i]!.answers);
    expect(kept[i]!.about).toEqual(wanted[i]!.about);
    expect(kept[i]!.comments).toEqual(wanted[i]!.comments);
  }
  expect(saved.some((r) => r.responseId === room.otherBank.responseId)).toBe(false);
}

test('a room hands in by camera: eight distinct responses with their free text, the duplicate and the other bank named, the camera let go', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, requests, errors } = await newPage(browser, {
    viewport: { width: 1280, height: 900 },
  });
  try {
    await prepare(page, groupStorage({ session: emptySession() }));
    await page.goto(`${baseURL}#/group/add`);
    await scanTheRoom(page);
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, 'scan-camera-done-1280');

    // Scanning again, then leaving the page: the camera goes off with it.
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    await page.getByRole('button', { name: 'Stop scanning' }).waitFor();
    await expect.poll(() => trackStates(page)).toEqual(['ended', 'live']);
    expect(await runAxe(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'scan-camera-scanning-390');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Northborough Together', level: 1 }).waitFor();
    await expect.poll(() => trackStates(page)).toEqual(['ended', 'ended']);

    expectOnlyOwnOrigin(requests, baseURL);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 90_000);

test('storage full while scanning: the scanner says the responses are not saved, and none is lost', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const baseURL = getBaseURL();
  const { page, context, errors } = await newPage(browser, {
    acceptDownloads: true,
    viewport: { width: 390, height: 844 },
  });
  try {
    await prepare(page, groupStorage({ session: emptySession() }));
    await page.goto(`${baseURL}#/group/add`);
    await page.getByRole('heading', { name: 'Add responses', level: 1 }).waitFor();
    // Fill this origin's storage to the last character: every save of a scanned response fails.
    const filled = await fillStorage(page);
    expect(filled).toBeGreaterThan(1_000_000);

    await page.getByRole('button', { name: 'Scan with camera' }).click();
    const status = page.locator('#scanned-count');
    await status.filter({ hasText: /^[1-9]\d* responses? added by camera$/ }).waitFor({
      timeout: 30_000,
    });
    // Told beside the scanner, where the facilitator is looking, and in the page's warning.
    const beside = page.locator('#scan-not-saved');
    await beside.waitFor();
    expect(await beside.innerText()).toContain('This device has run out of space');
    expect(await beside.innerText()).toContain('kept in this page only');
    const warning = page
      .getByRole('alert')
      .filter({ hasText: 'Your group session is not being saved' });
    await warning.waitFor();
    await screenshot(page, 'scan-camera-storage-full-390');

    await status.filter({ hasText: '8 responses added by camera' }).waitFor({ timeout: 50_000 });
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    expect(await runAxe(page)).toEqual([]);

    // Nothing is lost: the download holds every scanned response, free text included.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      warning.getByRole('button', { name: 'Download the session file' }).click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      responses: ResponseEnvelope[];
    };
    const byId = (list: ResponseEnvelope[]) =>
      [...list].sort((a, b) => a.responseId.localeCompare(b.responseId));
    expect(byId(file.responses).map((r) => [r.responseId, r.comments])).toEqual(
      byId(room.expected).map((r) => [r.responseId, r.comments]),
    );

    // Space is freed; trying again saves them all, and a reload keeps them.
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage))
        if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await warning.getByRole('button', { name: 'Try saving again' }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await beside.count()).toBe(0);
    await page.reload();
    await page.getByText('The session has 8 responses.').waitFor();
    expect((await savedResponses(page)).length).toBe(8);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);

test('the camera works from the single file opened from disk (file://)', async () => {
  if (!browser) throw new Error('Chromium did not start');
  const url = inject('singleFileURL');
  if (!url) throw new Error(`No single file: ${inject('singleFileSetupError')}`);
  const { page, context, errors } = await newPage(browser);
  try {
    await prepare(page, groupStorage({ session: emptySession() }));
    await page.goto(`${url}#/group/add`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    await page.getByRole('heading', { name: 'Add responses', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Scan with camera' }).click();
    // The first person's code is read and added, as from the hosted app.
    await page
      .locator('#scanned-count')
      .filter({ hasText: /^[1-9]\d* responses? added by camera$/ })
      .waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Stop scanning' }).click();
    expect(await trackStates(page)).toEqual(['ended']);
    const saved = await savedResponses(page);
    expect(saved.length).toBeGreaterThan(0);
    const wanted = new Set(room.expected.map((r) => r.responseId));
    for (const r of saved) expect(wanted.has(r.responseId)).toBe(true);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 90_000);
