// @vitest-environment node
/**
 * `npm run deps` (scripts/deps.mjs) against a fake project in a temp folder: which packages
 * count as production, where licences come from, and which licences fail the check.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module without type declarations
import { evaluateLicense } from '../../scripts/deps.mjs';

const evaluate = evaluateLicense as (expression: unknown) => string | null;
const script = path.resolve('scripts/deps.mjs');
const folders: string[] = [];

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Lock = { packages: Record<string, Record<string, unknown>> };

function fakeProject(
  extraRootDeps: Record<string, string> = {},
  extraPackages: Lock['packages'] = {},
) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rally-deps-'));
  folders.push(dir);
  const lock: Lock = {
    packages: {
      '': {
        name: 'fake',
        dependencies: { alpha: '^1.0.0', beta: '^2.0.0', ...extraRootDeps },
        devDependencies: { tool: '^1.0.0' },
      },
      'node_modules/alpha': {
        version: '1.2.0',
        license: 'MIT',
        dependencies: { delta: '^1.0.0' },
        optionalDependencies: { 'alpha-aix': '1.0.0', dual: '^3.0.0' },
        peerDependencies: { 'peer-opt': '*', beta: '*' },
        peerDependenciesMeta: { 'peer-opt': { optional: true } },
      },
      // A nested copy: alpha's own delta, not the top-level one.
      'node_modules/alpha/node_modules/delta': { version: '1.0.0', license: 'Apache-2.0' },
      'node_modules/delta': { version: '9.0.0', license: 'GPL-3.0-only', dev: true },
      // No licence in the lockfile: read from node_modules/beta/package.json.
      'node_modules/beta': { version: '2.0.1' },
      'node_modules/alpha-aix': {
        version: '1.0.0',
        license: 'MIT',
        optional: true,
        os: ['aix'],
        cpu: ['ppc64'],
      },
      'node_modules/dual': { version: '3.1.0', license: '(MPL-2.0 OR Apache-2.0)', optional: true },
      'node_modules/peer-opt': { version: '1.0.0', license: 'GPL-2.0-only', dev: true, peer: true },
      'node_modules/tool': { version: '1.0.0', license: 'GPL-3.0-only', dev: true },
      ...extraPackages,
    },
  };
  writeFileSync(
    path.join(dir, 'package-lock.json'),
    JSON.stringify({ name: 'fake', lockfileVersion: 3, ...lock }),
  );
  mkdirSync(path.join(dir, 'node_modules/beta'), { recursive: true });
  writeFileSync(
    path.join(dir, 'node_modules/beta/package.json'),
    JSON.stringify({ name: 'beta', version: '2.0.1', license: 'ISC' }),
  );
  mkdirSync(path.join(dir, 'node_modules/dual'), { recursive: true });
  return dir;
}

function run(dir: string, json = true) {
  const result = spawnSync(process.execPath, [script, ...(json ? ['--json'] : []), '--root', dir], {
    encoding: 'utf8',
  });
  return {
    code: result.status,
    out: result.stdout,
    parsed: json ? (JSON.parse(result.stdout) as Record<string, unknown>) : undefined,
  };
}

describe('npm run deps', () => {
  it('lists only production packages, with licences from the lockfile or from node_modules', () => {
    const { code, parsed } = run(fakeProject());
    expect(code).toBe(0);
    expect(parsed).toEqual({
      count: 4,
      packages: [
        { name: 'alpha', version: '1.2.0', license: 'MIT' },
        { name: 'beta', version: '2.0.1', license: 'ISC' },
        { name: 'delta', version: '1.0.0', license: 'Apache-2.0' },
        { name: 'dual', version: '3.1.0', license: '(MPL-2.0 OR Apache-2.0)' },
      ],
      disallowed: [],
      chosen: [
        {
          name: 'dual',
          version: '3.1.0',
          license: '(MPL-2.0 OR Apache-2.0)',
          usedUnder: 'Apache-2.0',
        },
      ],
    });
  });

  it('fails on a licence that is not permissive, or unknown, and names the package', () => {
    const dir = fakeProject(
      { copyleft: '^1.0.0', mystery: '^1.0.0' },
      {
        'node_modules/copyleft': { version: '1.0.0', license: 'GPL-3.0-or-later' },
        'node_modules/mystery': { version: '0.1.0' },
      },
    );
    const { code, parsed } = run(dir);
    expect(code).toBe(1);
    expect(parsed?.count).toBe(6);
    expect(parsed?.disallowed).toEqual([
      { name: 'copyleft', version: '1.0.0', license: 'GPL-3.0-or-later' },
      { name: 'mystery', version: '0.1.0', license: 'UNKNOWN' },
    ]);
    const text = run(dir, false);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^6 production packages/);
    expect(text.out).toContain('copyleft@1.0.0 (GPL-3.0-or-later)');
    expect(text.out).toContain('skipped: alpha-aix@1.0.0');
  });

  it('exits 2 when there is no lockfile', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rally-deps-'));
    folders.push(dir);
    expect(run(dir, false).code).toBe(2);
  });

  it('reads SPDX expressions: AND needs every part allowed, OR needs one', () => {
    expect(evaluate('MIT')).toBe('MIT');
    expect(evaluate('(MIT OR Apache-2.0)')).toBe('MIT');
    expect(evaluate('MIT AND OFL-1.1')).toBe('MIT AND OFL-1.1');
    expect(evaluate('(MIT AND Zlib)')).toBe('MIT AND Zlib');
    expect(evaluate('(MPL-2.0 OR Apache-2.0)')).toBe('Apache-2.0');
    expect(evaluate('MIT OR SEE LICENSE IN FEEL-FREE.md')).toBe('MIT');
    expect(evaluate('Apache-2.0 WITH LLVM-exception')).toBe('Apache-2.0 WITH LLVM-exception');
    expect(evaluate('MIT AND GPL-3.0-only')).toBeNull();
    expect(evaluate('(MIT AND GPL-2.0-only) OR MPL-2.0')).toBeNull();
    expect(evaluate('SEE LICENSE IN LICENSE.txt')).toBeNull();
    expect(evaluate('UNLICENSED')).toBeNull();
    expect(evaluate('MIT OR')).toBeNull();
    expect(evaluate('(MIT')).toBeNull();
    expect(evaluate('')).toBeNull();
    expect(evaluate(undefined)).toBeNull();
  });
});
