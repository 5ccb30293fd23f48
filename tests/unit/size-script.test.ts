// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/size.mjs');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A minimal Vite-shaped build: early script and entry in index.html; entry -> shared chunk
 * (static), entry -> radar chunk (lazy), entry -> pdf chunk (lazy, preloading the shared chunk
 * through Vite's `__vite__mapDeps` list) -> font (new URL); the stylesheet -> an icon; and a
 * service worker that precaches all of it.
 */
function fakeDist({ radarBytes = 2_000 }: { radarBytes?: number } = {}): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'rally-size-'));
  made.push(dist);
  mkdirSync(path.join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="en"><head>
<script src="./assets/boot-Bb00Tt11.js"></script>
<script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-Zz99Yy88.css">
</head><body><div id="root"></div></body></html>`,
    'assets/boot-Bb00Tt11.js': `document.documentElement.dataset.x="1";`,
    'assets/index-Ab12Cd34.js': `import{s as a}from"./shared-Q1w2E3r4.js";const l=()=>import("./radar-chart-X_9-k2Lm.js");const p=()=>import(\`./pdf-Pp00Oo11.js\`);console.log(a(),l,p);`,
    'assets/shared-Q1w2E3r4.js': `const s=()=>"${'shared '.repeat(200)}";export{s};`,
    'assets/radar-chart-X_9-k2Lm.js': `export const data="${randomBytes(radarBytes).toString('base64')}";`,
    'assets/pdf-Pp00Oo11.js': `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./shared-Q1w2E3r4.js"])))=>i.map(i=>d[i]);const f=new URL(\`Font-Ff00Gg11.ttf\`,import.meta.url).href;export const pdf=${JSON.stringify('pdf '.repeat(300))};`,
    'assets/Font-Ff00Gg11.ttf': 'font',
    'assets/index-Zz99Yy88.css': `body{margin:0;background:url(./icon-Ii00Jj11.svg)}${'.a{color:red}'.repeat(50)}`,
    'assets/icon-Ii00Jj11.svg': '<svg/>',
    'workbox-1a2b3c4d.js': 'self.workbox=1;',
  };
  const precached = Object.keys(files).filter((f) => !f.startsWith('workbox-'));
  files['sw.js'] =
    `define(["./workbox-1a2b3c4d"],function(s){"use strict";s.precacheAndRoute([` +
    precached.map((url) => `{url:"${url}",revision:null}`).join(',') +
    `],{})});`;
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  return dist;
}

const kb = (dist: string, ...names: string[]) =>
  Math.round(
    names.reduce(
      (sum, name) => sum + gzipSync(readFileSync(path.join(dist, name)), { level: 9 }).length,
      0,
    ) / 100,
  ) / 10;

function runSize(dist: string, ...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RALLY_DIST: dist },
  });
}

describe('scripts/size.mjs', () => {
  it('counts the entry and its static imports as initial, and lists the rest as lazy', () => {
    const dist = fakeDist();
    const run = runSize(dist, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      initialJsKb: number;
      initialCssKb: number;
      chunks: Record<string, number>;
    };
    expect(report.initialJsKb).toBe(
      kb(dist, 'assets/boot-Bb00Tt11.js', 'assets/index-Ab12Cd34.js', 'assets/shared-Q1w2E3r4.js'),
    );
    expect(report.initialCssKb).toBe(kb(dist, 'assets/index-Zz99Yy88.css'));
    expect(report.chunks).toEqual({
      pdf: kb(dist, 'assets/pdf-Pp00Oo11.js'),
      'radar-chart': kb(dist, 'assets/radar-chart-X_9-k2Lm.js'),
    });
  });

  it('prints a table, the precache list and "within budget, nothing dead" without --json', () => {
    const run = runSize(fakeDist());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('initial JS');
    expect(run.stdout).toContain('lazy radar-chart');
    expect(run.stdout).not.toContain('lazy sw');
    expect(run.stdout).toMatch(/precached: 9 files, [\d.]+ KB/);
    expect(run.stdout).toContain('  assets/Font-Ff00Gg11.ttf\n');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('within budget, nothing dead');
  });

  it('reports the precache list in --json with its count and total', () => {
    const dist = fakeDist();
    const report = JSON.parse(runSize(dist, '--json').stdout) as {
      precache: { count: number; totalKb: number; files: string[] };
      dead: string[];
    };
    expect(report.precache.count).toBe(9);
    expect(report.precache.files).toContain('index.html');
    expect(report.precache.files).toContain('assets/icon-Ii00Jj11.svg');
    expect(report.dead).toEqual([]);
  });

  it('fails on a precached file, or any built file, that the app never requests', () => {
    const dist = fakeDist();
    // Nothing imports either of these any more.
    writeFileSync(
      path.join(dist, 'assets/index-Ab12Cd34.js'),
      `import{s as a}from"./shared-Q1w2E3r4.js";const l=()=>import("./radar-chart-X_9-k2Lm.js");console.log(a(),l);`,
    );
    writeFileSync(path.join(dist, 'assets/orphan-Oo00Pp11.js'), 'export const o=1;');
    const run = runSize(dist);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('precached but never requested: assets/pdf-Pp00Oo11.js');
    expect(run.stdout).toContain('precached but never requested: assets/Font-Ff00Gg11.ttf');
    expect(run.stdout).toContain('built but never requested: assets/orphan-Oo00Pp11.js');
    expect(run.stdout).not.toContain('never requested: workbox');
  });

  it('fails when code of a library the build leaves out (html2canvas) is built', () => {
    const dist = fakeDist();
    writeFileSync(
      path.join(dist, 'assets/pdf-Pp00Oo11.js'),
      `const c=document.createElement("div");c.className="html2canvas-container";export{c};`,
    );
    const run = runSize(dist);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('html2canvas code in the build (assets/pdf-Pp00Oo11.js)');
  });

  it('fails when a chart chunk is over its 70 KB budget, naming it', () => {
    const dist = fakeDist({ radarBytes: 120_000 });
    const json = runSize(dist, '--json');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { chunks: Record<string, number> };
    expect(report.chunks['radar-chart']).toBeGreaterThan(70);

    const table = runSize(dist);
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/failed: chunk radar-chart [\d.]+ KB > 70 KB/);
  });

  it('fails when initial JS is over its 100 KB budget', () => {
    const dist = fakeDist();
    writeFileSync(
      path.join(dist, 'assets/shared-Q1w2E3r4.js'),
      `const s=()=>"${randomBytes(110_000).toString('base64')}";export{s};`,
    );
    const run = runSize(dist);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/failed: initial JS [\d.]+ KB > 100 KB/);
  });

  it('fails when PDF or chart code is in the first load, or PDF code in the results page', () => {
    const dist = fakeDist();
    writeFileSync(
      path.join(dist, 'assets/shared-Q1w2E3r4.js'),
      `const s=()=>"x";const c={id:"radialLinear"};export{s,c};`,
    );
    writeFileSync(
      path.join(dist, 'assets/results-page-Rr11Ss22.js'),
      `export const p=d=>d.getTextWidth("x");`,
    );
    writeFileSync(
      path.join(dist, 'assets/radar-chart-X_9-k2Lm.js'),
      `export const r=()=>import("./results-page-Rr11Ss22.js");`,
    );
    const table = runSize(dist);
    expect(table.status).toBe(1);
    expect(table.stdout).toContain('chart.js code in the first load (assets/shared-Q1w2E3r4.js)');
    expect(table.stdout).toContain(
      'jspdf code in the results page chunk (assets/results-page-Rr11Ss22.js)',
    );
  });

  // Code that must not be reached: first a build where it is not, then one where it is.
  const unreachable: {
    what: string;
    clean: Record<string, string>;
    broken: Record<string, string>;
    kind: string;
    message: string;
  }[] = [
    {
      what: "one person's own page reaches the group store's code",
      // The results page, reached lazily from the entry, importing a shared chunk...
      clean: {
        'radar-chart-X_9-k2Lm.js': `export const r=()=>import("./results-page-Rr11Ss22.js");`,
        'results-page-Rr11Ss22.js': `import{b}from"./build-results-Bb11Cc22.js";export const p=b;`,
        'build-results-Bb11Cc22.js': `export const b=1;`,
      },
      // ...which now imports the session-data chunk: reached through it.
      broken: {
        'build-results-Bb11Cc22.js': `import{g}from"./session-data-Ss00Dd11.js";export const b=g;`,
        'session-data-Ss00Dd11.js': `export const g=2;`,
      },
      kind: "the group store's code",
      message:
        "the group store's code (assets/session-data-Ss00Dd11.js) in a personal page's code (assets/results-page-Rr11Ss22.js)",
    },
    {
      what: "the radar chart reaches the group results page's code",
      // The chart, reached lazily from the entry, sharing its series style with the group's page...
      clean: {
        'radar-chart-X_9-k2Lm.js': `import{s}from"./series-style-Ss22Tt33.js";export const r=s;`,
        'series-style-Ss22Tt33.js': `export const s=1;`,
      },
      // ...which moved into the group results page's chunk: the chart would fetch it all.
      broken: {
        'radar-chart-X_9-k2Lm.js': `import{s}from"./group-results-Gg33Hh44.js";export const r=s;`,
        'group-results-Gg33Hh44.js': `export const s=1;`,
      },
      kind: "the group results page's code",
      message:
        "the group results page's code (assets/group-results-Gg33Hh44.js) in the radar chart's code (assets/radar-chart-X_9-k2Lm.js)",
    },
  ];
  for (const { what, clean, broken, kind, message } of unreachable)
    it(`fails when ${what}, and not before`, () => {
      const dist = fakeDist();
      const write = (files: Record<string, string>) => {
        for (const [name, text] of Object.entries(files))
          writeFileSync(path.join(dist, 'assets', name), text);
      };
      write(clean);
      expect(runSize(dist).stdout).not.toContain(kind);
      write(broken);
      const table = runSize(dist);
      expect(table.status).toBe(1);
      expect(table.stdout).toContain(message);
    });

  it('explains what to do when there is no build', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'rally-size-empty-'));
    made.push(empty);
    const run = runSize(empty);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('run npm run build first');
  });
});
