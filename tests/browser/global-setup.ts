/**
 * Global set-up for the `browser` project: build the app once, serve `dist/` with
 * `vite preview` on a free local port, and hand the address to every spec through
 * `inject('baseURL')`. The server is stopped in teardown. The single-file build
 * (`dist-single/index.html`, vite.single.config.ts) is made at the same time, and its
 * `file://` address is handed on as `inject('singleFileURL')`.
 *
 * Environment:
 * - RALLY_SKIP_BUILD=1   serve the existing `dist/` and use the existing `dist-single/` as they
 *                        are (CI builds both just before).
 * - RALLY_BASE_URL=<url> test an app that is already being served; nothing is built or started,
 *                        and the single-file tests use `dist-single/` if it is there.
 *
 * The build calls Vite directly rather than `npm run build`, so a type error elsewhere in the
 * project cannot stop the browser tests from running (typechecking is its own CI step).
 *
 * If the app cannot be built or served, set-up does not throw (that would abort the whole
 * run, unit tests included). It passes the reason on as `browserSetupError`, and every
 * browser test fails with it when it asks for the base URL.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    baseURL: string;
    browserSetupError: string;
    /** `file://` address of dist-single/index.html, or '' with `singleFileSetupError` set. */
    singleFileURL: string;
    singleFileSetupError: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const viteBin = path.join(root, 'node_modules/vite/bin/vite.js');
const singleFile = path.join(root, 'dist-single/index.html');
// vitest sets NODE_ENV=test, which would make Vite build React's development version.
const childEnv = { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' };
// eslint-disable-next-line no-control-regex -- terminal colour codes are control characters
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

type Built = { code: number | null; output: string };

function run(args: string[]): Promise<Built> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: childEnv });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port'));
      });
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function start(
  siteBuild: Promise<Built>,
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const given = process.env.RALLY_BASE_URL;
  if (given) {
    if (!(await answers(given))) throw new Error(`RALLY_BASE_URL ${given} does not answer`);
    return { baseURL: given, stop: async () => {} };
  }

  if (process.env.RALLY_SKIP_BUILD === '1') {
    if (!existsSync(path.join(root, 'dist/index.html'))) {
      throw new Error('RALLY_SKIP_BUILD=1 but dist/index.html is missing: run npm run build first');
    }
  } else {
    const build = await siteBuild;
    if (build.code !== 0) {
      throw new Error(
        `vite build failed (exit ${String(build.code)}):\n${stripAnsi(build.output).slice(0, 4_000)}`,
      );
    }
  }

  const port = await freePort();
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  let exited = false;
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.on('exit', () => (exited = true));

  // Vite prints the address it serves, including any `base` path from vite.config.ts.
  const fallback = `http://127.0.0.1:${String(port)}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !exited) {
    const printed = /Local:\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(stripAnsi(log))?.[1];
    const candidate = printed ?? fallback;
    if (await answers(candidate)) return { baseURL: candidate, stop: () => stop(server) };
    await new Promise((wait) => setTimeout(wait, 200));
  }
  await stop(server);
  throw new Error(`vite preview did not answer on port ${String(port)}:\n${stripAnsi(log)}`);
}

/** The single-file build, made unless told to use what is there. Returns its file:// URL. */
async function singleFileBuild(build: Promise<Built> | null): Promise<string> {
  if (build) {
    const built = await build;
    if (built.code !== 0) {
      throw new Error(
        `The single-file build failed (exit ${String(built.code)}):\n${stripAnsi(built.output).slice(0, 4_000)}`,
      );
    }
  }
  if (!existsSync(singleFile))
    throw new Error('dist-single/index.html is missing: run npm run build:single first');
  return pathToFileURL(singleFile).href;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Both builds run at once; each is awaited where it is needed.
  const building = process.env.RALLY_SKIP_BUILD !== '1' && !process.env.RALLY_BASE_URL;
  const siteBuild = building ? run([viteBin, 'build']) : Promise.resolve({ code: 0, output: '' });
  siteBuild.catch(() => {}); // handled in start(); this only stops an early failure counting as unhandled
  const single = singleFileBuild(
    building ? run([viteBin, 'build', '--config', 'vite.single.config.ts']) : null,
  ).then(
    (url) => ({ url, error: '' }),
    (error: unknown) => ({
      url: '',
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  const singleResult = await single;
  project.provide('singleFileURL', singleResult.url);
  project.provide('singleFileSetupError', singleResult.error);
  try {
    const started = await start(siteBuild);
    project.provide('baseURL', started.baseURL);
    project.provide('browserSetupError', '');
    return started.stop;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    project.provide('baseURL', '');
    project.provide('browserSetupError', reason);
    return async () => {};
  }
}
