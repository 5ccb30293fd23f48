/**
 * Shared by the benchmarks (bench-pdf.mjs, bench-group.mjs, bench-scan.mjs): build the app, serve `dist/`
 * with `vite preview` on 127.0.0.1, open headless Chromium, and stop both again.
 *
 * Everything runs through `node node_modules/vite/bin/vite.js` (never through npm or npx), so
 * the preview server is one child process that can be stopped by its own id.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const viteBin = path.join(root, 'node_modules/vite/bin/vite.js');
const childEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Common flags: --no-build, --json. Anything else is refused. */
export function parseArgs(argv, extra = {}) {
  const options = { build: true, json: false };
  for (const arg of argv) {
    if (arg === '--no-build') options.build = false;
    else if (arg === '--json') options.json = true;
    else if (extra[arg]) extra[arg](options);
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return options;
}

/** Progress goes to stderr, so that `--json` leaves nothing but the figures on stdout. */
export function log(message) {
  process.stderr.write(`${message}\n`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function buildApp() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [viteBin, 'build'], { cwd: root, env: childEnv });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`vite build failed (exit ${code}):\n${stripAnsi(output).slice(-4000)}`)),
    );
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('No free port')),
      );
    });
  });
}

async function answers(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** Serves dist/ and resolves with its address and a stop function. */
export async function startPreview() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let exited = false;
  child.stdout.on('data', (chunk) => (output += chunk.toString()));
  child.stderr.on('data', (chunk) => (output += chunk.toString()));
  child.on('exit', () => (exited = true));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !exited) {
    const printed = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(stripAnsi(output))?.[1];
    const url = printed ?? `http://127.0.0.1:${port}/`;
    if (await answers(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`vite preview did not answer on port ${port}:\n${stripAnsi(output)}`);
}

/** `args`: flags added to the usual ones (the fake camera's, for example). */
export function launchChromium(args = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      ...args,
    ],
  });
}

/**
 * Builds (unless told not to), serves and opens Chromium (with `chromiumArgs` added to its
 * flags); runs `body({ url, browser })`; always stops the browser and the server, whatever
 * happens.
 */
export async function withApp(options, body, chromiumArgs = []) {
  if (options.build) {
    log('Building the app…');
    await buildApp();
  }
  let server;
  let browser;
  try {
    server = await startPreview();
    log(`Serving ${server.url}`);
    browser = await launchChromium(chromiumArgs);
    return await body({ url: server.url, browser });
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
  }
}
