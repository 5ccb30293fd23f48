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

/** A minimal Vite-shaped build: entry -> shared chunk (static), entry -> radar chunk (lazy). */
function fakeDist({ radarBytes = 2_000 }: { radarBytes?: number } = {}): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'rally-size-'));
  made.push(dist);
  mkdirSync(path.join(dist, 'assets'));
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html lang="en"><head>
<script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-Zz99Yy88.css">
</head><body><div id="root"></div></body></html>`,
    'assets/index-Ab12Cd34.js': `import{s as a}from"./shared-Q1w2E3r4.js";const l=()=>import("./radar-chart-X_9-k2Lm.js");console.log(a(),l);`,
    'assets/shared-Q1w2E3r4.js': `const s=()=>"${'shared '.repeat(200)}";export{s};`,
    'assets/radar-chart-X_9-k2Lm.js': `export const data="${randomBytes(radarBytes).toString('base64')}";`,
    'assets/pdf-Pp00Oo11.js': `export const pdf=${JSON.stringify('pdf '.repeat(300))};`,
    'assets/index-Zz99Yy88.css': `body{margin:0}${'.a{color:red}'.repeat(50)}`,
  };
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
      kb(dist, 'assets/index-Ab12Cd34.js', 'assets/shared-Q1w2E3r4.js'),
    );
    expect(report.initialCssKb).toBe(kb(dist, 'assets/index-Zz99Yy88.css'));
    expect(report.chunks).toEqual({
      pdf: kb(dist, 'assets/pdf-Pp00Oo11.js'),
      'radar-chart': kb(dist, 'assets/radar-chart-X_9-k2Lm.js'),
    });
  });

  it('prints a table and "within budget" without --json', () => {
    const run = runSize(fakeDist());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('initial JS');
    expect(run.stdout).toContain('lazy radar-chart');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('within budget');
  });

  it('fails when a chart chunk is over its 70 KB budget, naming it', () => {
    const dist = fakeDist({ radarBytes: 120_000 });
    const json = runSize(dist, '--json');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { chunks: Record<string, number> };
    expect(report.chunks['radar-chart']).toBeGreaterThan(70);

    const table = runSize(dist);
    expect(table.status).toBe(1);
    expect(table.stdout).toMatch(/over budget: chunk radar-chart [\d.]+ KB > 70 KB/);
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
    const table = runSize(dist);
    expect(table.status).toBe(1);
    expect(table.stdout).toContain('chart.js code in the first load (assets/shared-Q1w2E3r4.js)');
    expect(table.stdout).toContain(
      'jspdf code in the results page chunk (assets/results-page-Rr11Ss22.js)',
    );
  });

  it('explains what to do when there is no build', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'rally-size-empty-'));
    made.push(empty);
    const run = runSize(empty);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('run npm run build first');
  });
});
