#!/usr/bin/env node
/**
 * `npm test`: runs every vitest project (unit, component and bank tests in jsdom, and the
 * browser tests in Chromium), then prints one plain summary line, `N passed, N failed`
 * (plus `, N skipped` when there are any). Extra arguments go straight to vitest:
 *   npm test -- tests/bank
 *   npm test -- --project unit
 *
 * Without Chromium the browser tests cannot run. On a developer machine they are skipped
 * with a note saying how to install it; in CI (CI=true) that is a failure.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportFile = path.join(root, 'test-results/vitest.json');
const installHint =
  'Install it with: sudo apt-get update && sudo apt-get install -y chromium poppler-utils ffmpeg';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const which = spawnSync('which', ['chromium'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return found && isExecutable(found) ? found : undefined;
}

/** Counts tests (not files) in a vitest JSON report. A file that failed without any failed
 *  test in it (it did not load, or a hook threw) counts as one failed test. */
export function countResults(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report.testResults ?? []) {
    let failedInFile = 0;
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'passed') counts.passed += 1;
      else if (test.status === 'failed') failedInFile += 1;
      else counts.skipped += 1;
    }
    if (file.status === 'failed' && failedInFile === 0) failedInFile = 1;
    counts.failed += failedInFile;
  }
  return counts;
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

function main() {
  const extraArgs = process.argv.slice(2);
  const inCI = process.env.CI === 'true';
  const chromium = findChromium();
  const env = { ...process.env };
  const projectArgs = [];
  let browserMissingInCI = false;

  if (chromium) {
    env.CHROMIUM_PATH = chromium;
  } else {
    console.log('Chromium was not found, so the browser tests are skipped. ' + installHint);
    projectArgs.push('--project', 'unit');
    if (inCI) {
      console.log('CI=true: running without the browser tests is a failure.');
      browserMissingInCI = true;
    }
  }

  mkdirSync(path.dirname(reportFile), { recursive: true });
  rmSync(reportFile, { force: true });

  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      ...projectArgs,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${path.relative(root, reportFile)}`,
      ...extraArgs,
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  const runnerCode = run.status ?? 1;

  let counts = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(reportFile)) {
    try {
      counts = countResults(JSON.parse(readFileSync(reportFile, 'utf8')));
    } catch (error) {
      console.log(`Could not read ${path.relative(root, reportFile)}: ${error.message}`);
    }
  } else {
    console.log(`vitest wrote no report to ${path.relative(root, reportFile)}.`);
  }

  const ran = counts.passed + counts.failed + counts.skipped;
  if (ran === 0) {
    console.log('No tests ran.');
  } else if (runnerCode !== 0 && counts.failed === 0) {
    console.log(
      `vitest exited with code ${runnerCode} although no test failed (see the errors above); counting that as 1 failed.`,
    );
    counts.failed = 1;
  }
  if (browserMissingInCI) {
    console.log('The browser tests could not run; counting that as 1 failed.');
    counts.failed += 1;
  }

  console.log(summaryLine(counts));
  process.exit(counts.failed > 0 || runnerCode !== 0 || ran === 0 ? 1 : 0);
}

// Run only when executed directly, so the counting helpers can be imported by tests.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
