#!/usr/bin/env node
/**
 * `npm run bench:scan`: how fast "Scan with camera" takes a room's responses, in headless
 * Chromium with a fake camera playing a video of the room's QR codes.
 *
 * The room is the scanner's browser test's (tests/support/scan-room.ts): twelve QR codes made
 * with the app's own encoder for ten people (seven one-code responses, one response in three
 * codes shown in the order 3, 1, 2, one person showing their code again, one code from another
 * question bank), each code held for 1.5 s with 0.5 s of white between (tests/support/
 * scan-video.ts, made with ffmpeg in a temporary folder). Eight responses are to be added.
 *
 *   totalMs           from the camera's first frame (when getUserMedia gives the stream: the
 *                     fake camera starts its video then) to the count saying every response
 *                     was added
 *   medianPerCodeMs   for each response added, the time from the moment its last code starts
 *                     to be shown (its frame number in the video, after the first frame) until
 *                     the count goes up; the median of the eight
 *
 * Also printed: when the page could first draw a frame (the video's `loadeddata`), after the
 * camera's first frame.
 *
 * The video plays at its own pace (10 frames a second, about 25 s), so totalMs is mostly the
 * video's length: medianPerCodeMs is the figure that says how quickly a code held up is read.
 *
 * Prints the figures and each response's time; with --json only
 * `{"codes":N,"added":N,"totalMs":N,"medianPerCodeMs":N}`. Exits 1 if not every response was
 * added within 60 s. Run it under the shared lock: `flock /tmp/rally-heavy.lock npm run bench:scan`.
 *
 * Usage: npm run bench:scan -- [--no-build] [--json]
 */
/* global document, window, MutationObserver -- used only inside the page */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSession } from '../src/domain/group/session.ts';
import { loadRealBank } from '../tests/bank/real-bank.ts';
import { scanRoom } from '../tests/support/scan-room.ts';
import { VIDEO, makeScanVideo } from '../tests/support/scan-video.ts';
import { log, median, parseArgs, withApp } from './lib/bench-app.mjs';

const GROUP_STORAGE_KEY = 'rally:group';
const GROUP_STORE_VERSION = 1;
const WAIT_MS = 60_000;

/**
 * The showing that completes each response, in the order they are added: a one-code response's
 * code, or the last of a response's parts to be shown. A code shown again and another bank's
 * add nothing.
 */
function completingShowings(showings) {
  const seen = new Map();
  const out = [];
  showings.forEach(({ label }, index) => {
    const found = /^person (\d+)(?:, part \d+ of (\d+))?$/.exec(label);
    if (!found) return;
    const [, person, total = '1'] = found;
    const parts = (seen.get(person) ?? 0) + 1;
    seen.set(person, parts);
    if (parts === Number(total)) out.push({ person: `person ${person}`, index });
  });
  return out;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const bank = await loadRealBank();
  const room = await scanRoom(bank);
  const dir = mkdtempSync(path.join(tmpdir(), 'rally-bench-scan-'));
  try {
    log('Making the fake camera’s video with ffmpeg…');
    const video = await makeScanVideo(dir, room.showings);
    const session = createSession(
      bank,
      { id: 'bench-scan', partnershipName: 'Northborough Together', date: '2026-03-01' },
      new Date('2026-03-01T09:00:00.000Z'),
    );
    const storage = JSON.stringify({
      state: { session, joined: null, handedIn: [] },
      version: GROUP_STORE_VERSION,
    });
    const expected = room.expected.length;

    const timings = await withApp(
      options,
      async ({ url, browser }) => {
        const context = await browser.newContext({ locale: 'en-GB' });
        await context.addInitScript(
          ({ key, value }) => {
            localStorage.setItem(key, value);
            const marks = { firstFrame: null, shown: null, added: [] };
            window.scanBench = marks;
            // The camera's first frame: the fake camera starts its video from the first frame
            // as the camera opens, that is when getUserMedia gives the stream.
            const devices = navigator.mediaDevices;
            const open = devices.getUserMedia.bind(devices);
            devices.getUserMedia = async (constraints) => {
              const stream = await open(constraints);
              marks.firstFrame ??= performance.now();
              return stream;
            };
            // The first frame the page can draw (captured, as media events do not bubble).
            document.addEventListener(
              'loadeddata',
              () => (marks.shown ??= performance.now()),
              true,
            );
            let count = 0;
            new MutationObserver(() => {
              const text = document.getElementById('scanned-count')?.textContent ?? '';
              const n = Number(/^(\d+) responses? added/.exec(text)?.[1] ?? 0);
              const now = performance.now();
              for (; count < n; count += 1) marks.added.push(now);
            }).observe(document, { childList: true, subtree: true, characterData: true });
          },
          { key: GROUP_STORAGE_KEY, value: storage },
        );
        const page = await context.newPage();
        await page.goto(`${url}#/group/add`);
        await page.getByRole('heading', { name: 'Add responses', level: 1 }).waitFor();
        log(
          `Scanning ${room.showings.length} codes (${(video.frames / VIDEO.fps).toFixed(1)} s of video)…`,
        );
        await page.getByRole('button', { name: 'Scan with camera' }).click();
        await page.waitForFunction((n) => window.scanBench.added.length >= n, expected, {
          timeout: WAIT_MS,
          polling: 100,
        });
        const marks = await page.evaluate(() => window.scanBench);
        await page.getByRole('button', { name: 'Stop scanning' }).click();
        await context.close();
        return marks;
      },
      [
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        `--use-file-for-fake-video-capture=${video.file}`,
      ],
    );

    const { firstFrame, shown, added } = timings;
    const completes = completingShowings(room.showings);
    const perCode = completes.map(({ person, index }, i) => {
      const shownAt = firstFrame + (video.starts[index] / VIDEO.fps) * 1000;
      return { person, ms: added[i] - shownAt };
    });
    const result = {
      codes: room.showings.length,
      added: added.length,
      totalMs: Math.round(added[added.length - 1] - firstFrame),
      medianPerCodeMs: Math.round(median(perCode.map((p) => p.ms))),
    };
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      console.log(
        `${result.codes} codes shown, ${result.added} responses added, the last ${result.totalMs} ms after the first frame`,
      );
      console.log(
        `The page could draw the camera's picture ${Math.round(shown - firstFrame)} ms after its first frame`,
      );
      console.log(
        `Median time from a code being shown to its response added: ${result.medianPerCodeMs} ms`,
      );
      for (const { person, ms } of perCode) console.log(`  ${person}: ${Math.round(ms)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
