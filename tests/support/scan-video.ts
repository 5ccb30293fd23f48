/**
 * A fake camera's video of a room handing in (tests/support/scan-room.ts), for Chromium's
 * `--use-file-for-fake-video-capture`: each code drawn as a PNG by the app's own QR module
 * (src/lib/qr/qr-code.ts, as the hand-in page draws it), centred on white with a wide quiet
 * zone, held for `holdFrames` frames, with a blank white gap between codes; ffmpeg turns the
 * frames into a y4m file (raw YUV 4:2:0, which Chromium's fake camera reads).
 *
 * Made afresh in a temporary folder by each test or benchmark run: nothing depends on files
 * that a fresh checkout lacks. Needs ffmpeg (`.ci/run` installs it).
 */
import { execFile } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { qrDataUrl } from '../../src/lib/qr/qr-code';
import type { Showing } from './scan-room';

const run = promisify(execFile);

export const VIDEO = { width: 640, height: 480, fps: 10 } as const;

export type ScanVideoOptions = {
  /** Frames each code is shown for (at 10 frames a second). */
  holdFrames?: number;
  /** Blank frames between codes (and before the first). */
  gapFrames?: number;
};

export type ScanVideo = {
  file: string;
  /** The frame each showing starts at, in order, and the total number of frames. */
  starts: number[];
  frames: number;
};

/** A PNG of plain white, the size of a code's PNG. */
const WHITE_PNG_SIZE = 32;

export async function makeScanVideo(
  dir: string,
  showings: readonly Showing[],
  { holdFrames = 15, gapFrames = 5 }: ScanVideoOptions = {},
): Promise<ScanVideo> {
  const framesDir = path.join(dir, 'frames');
  await mkdir(framesDir, { recursive: true });
  // Each code at 440 pixels: a phone screen held up close fills a good part of the picture.
  const pngs = await Promise.all(
    showings.map(async ({ text }, i) => {
      const file = path.join(dir, `code-${String(i + 1).padStart(2, '0')}.png`);
      const url = await qrDataUrl(text, 440);
      await writeFile(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
      return file;
    }),
  );
  const white = path.join(dir, 'white.png');
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    `color=c=white:s=${WHITE_PNG_SIZE}x${WHITE_PNG_SIZE}`,
    '-frames:v',
    '1',
    white,
  ]);
  const sequence: string[] = [];
  const starts: number[] = [];
  for (const png of pngs) {
    for (let i = 0; i < gapFrames; i += 1) sequence.push(white);
    starts.push(sequence.length);
    for (let i = 0; i < holdFrames; i += 1) sequence.push(png);
  }
  for (let i = 0; i < gapFrames; i += 1) sequence.push(white);
  await Promise.all(
    sequence.map((source, i) =>
      symlink(source, path.join(framesDir, `frame-${String(i).padStart(5, '0')}.png`)),
    ),
  );
  const { width, height, fps } = VIDEO;
  const file = path.join(dir, 'room.y4m');
  // Every frame scaled to fit (the white one grows, a code keeps its size), centred on white.
  const fit =
    `scale=w='if(lt(iw,${WHITE_PNG_SIZE + 1}),${width},iw)':h='if(lt(ih,${WHITE_PNG_SIZE + 1}),${height},ih)':flags=neighbor,` +
    `pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=white,format=yuv420p`;
  await run('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-framerate',
    String(fps),
    '-i',
    path.join(framesDir, 'frame-%05d.png'),
    '-vf',
    fit,
    '-r',
    String(fps),
    '-pix_fmt',
    'yuv420p',
    file,
  ]);
  return { file, starts, frames: sequence.length };
}
