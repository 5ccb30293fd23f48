#!/usr/bin/env node
/**
 * How long the `app-data` chunk takes to evaluate when the results page loads, on a phone-like
 * processor: Chromium's CPU throttled 4x, a CPU profile (CDP) from navigation to the heading
 * "Your results", local storage seeded with the answers of tests/fixtures/council-clear.json
 * as the app saves them. Serves a built app (dist/ by default) on 127.0.0.1 itself.
 *
 * Per run, from the profile: `eval` is the chunk's module body with everything it calls (zod's
 * set-up and every schema built); `self` is all time spent in the chunk's own code until the
 * heading shows; `heading` is when the heading showed (ms from navigation, throttled).
 * Prints each run and the medians. Starts Chromium: hold the shared lock
 * (`flock /tmp/rally-heavy.lock node scripts/profile-results.mjs`).
 *
 * Usage: node scripts/profile-results.mjs [--dist <dir>] [--runs N] [--chunk <name>]
 */
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { savedAssessment } from './lib/saved-assessment.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = path.resolve(arg('--dist', path.join(root, 'dist')));
const runs = Number(arg('--runs', 5));
const chunk = arg('--chunk', 'app-data');
const chunkUrl = new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`);

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })),
  );
}

/** Time (ms) under each node of a CPU profile, from its samples. */
function analyse(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0 }]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    byId.get(profile.samples[i]).self += dt;
  }
  const total = (id) => {
    const n = byId.get(id);
    return n.self + (n.children ?? []).reduce((sum, c) => sum + total(c), 0);
  };
  const inChunk = (n) => chunkUrl.test(n.callFrame.url);
  let evaluation = 0;
  let self = 0;
  for (const n of byId.values()) {
    if (!inChunk(n)) continue;
    self += n.self;
    const up = byId.get(parent.get(n.id));
    // The module body: the chunk's anonymous top-level function, entered from outside it.
    if (n.callFrame.functionName === '' && up && !inChunk(up)) evaluation += total(n.id);
  }
  return { evaluation, self };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { server, port } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
  ],
});
const saved = savedAssessment('profile');
const results = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('rally:assessment', value);
        sessionStorage.setItem('seeded', '1');
      }
    }, saved);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.start');
    await page.goto(`http://127.0.0.1:${port}/#/results`);
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    const heading = await page.evaluate(() => performance.now());
    const { profile } = await cdp.send('Profiler.stop');
    const { evaluation, self } = analyse(profile);
    results.push({ evaluation, self, heading });
    console.log(
      `run ${run + 1}: eval ${evaluation.toFixed(0)} ms, self ${self.toFixed(0)} ms, heading at ${heading.toFixed(0)} ms`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const m = (key) => median(results.map((r) => r[key])).toFixed(0);
console.log(
  `${chunk} on #/results, CPU 4x, median of ${runs}: eval ${m('evaluation')} ms, self ${m('self')} ms, heading at ${m('heading')} ms`,
);
