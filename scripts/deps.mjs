#!/usr/bin/env node
/**
 * `npm run deps`: the production dependency tree and its licences, from package-lock.json.
 *
 * Production packages are those reached from the root package's `dependencies` by following
 * each package's `dependencies`, `optionalDependencies` and required `peerDependencies`
 * (optional peers are not installed for production, so they are not followed). Packages used
 * only to develop, test and build Rally are not counted. An optional dependency is counted when
 * it is installed, or when it would be installed on this machine (it names no `os`/`cpu`, or
 * names this one); a platform binary for another system is left out.
 *
 * The licence is the lockfile's `license` field, or the package's own package.json in
 * node_modules when the lockfile has none. It must be one of ALLOWED below, or an SPDX
 * expression of them: `A AND B` needs both to be allowed; `A OR B` lets us choose, so one
 * allowed side is enough (the report says which one we use). Anything else fails the check.
 *
 * Usage: node scripts/deps.mjs [--json] [--root <dir>]
 * Prints the count and `name version licence` per package (or, with --json,
 * `{"count":N,"packages":[{name,version,license}],"disallowed":[...],"chosen":[...]}`).
 * Exits 1 when any licence is not allowed, 2 when the lockfile cannot be read.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Permissive licences: each allows use, copying, change and redistribution, in a closed or
 * open product, on condition of keeping the notice. None asks for our own code to be shared.
 */
export const ALLOWED = new Set([
  'MIT',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'Unlicense',
  'CC0-1.0',
  'BlueOak-1.0.0',
  'Python-2.0',
  // The zlib licence (pako, through jspdf's PNG support): use for any purpose, keep the
  // notice, mark changed copies. As permissive as MIT.
  'Zlib',
  // The SIL Open Font License covers the Noto Sans font files embedded in PDFs. It allows
  // embedding and redistributing the fonts with any software; it only stops the fonts being
  // sold on their own or modified versions keeping the reserved name. Permissive for our use.
  'OFL-1.1',
]);

// ---------------------------------------------------------------------------------------
// SPDX expressions
// ---------------------------------------------------------------------------------------

function tokenize(expression) {
  // `SEE LICENSE IN <file>` is npm's way of pointing at a custom licence: one opaque term.
  const text = expression.replace(/SEE LICEN[SC]E IN\s+\S+/gi, 'LicenseRef-see-file');
  return text.match(/\(|\)|[^\s()]+/g) ?? [];
}

/**
 * Evaluates an SPDX licence expression against `allowed`. Returns the licence we use under
 * (for `A OR B`, the first allowed side) or null when no allowed reading exists.
 * Precedence: WITH binds tightest, then AND, then OR.
 */
export function evaluateLicense(expression, allowed = ALLOWED) {
  if (typeof expression !== 'string' || expression.trim() === '') return null;
  const tokens = tokenize(expression.trim());
  let at = 0;
  const peek = () => tokens[at];
  const upper = (t) => (typeof t === 'string' ? t.toUpperCase() : t);

  function primary() {
    const token = tokens[at++];
    if (token === undefined) throw new Error('unexpected end');
    if (token === '(') {
      const inner = or();
      if (tokens[at++] !== ')') throw new Error('missing )');
      return inner;
    }
    if (token === ')' || ['AND', 'OR', 'WITH'].includes(upper(token)))
      throw new Error(`unexpected ${token}`);
    const id = token.replace(/\+$/, '');
    let result = allowed.has(id) ? id : null;
    if (upper(peek()) === 'WITH') {
      at += 1;
      const exception = tokens[at++];
      if (exception === undefined) throw new Error('missing exception');
      // An exception only grants extra permissions, so it never makes a licence stricter.
      result = result === null ? null : `${result} WITH ${exception}`;
    }
    return result;
  }
  function and() {
    const parts = [primary()];
    while (upper(peek()) === 'AND') {
      at += 1;
      parts.push(primary());
    }
    return parts.every((p) => p !== null) ? parts.join(' AND ') : null;
  }
  function or() {
    const parts = [and()];
    while (upper(peek()) === 'OR') {
      at += 1;
      parts.push(and());
    }
    return parts.find((p) => p !== null) ?? null;
  }

  try {
    const result = or();
    return at === tokens.length ? result : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------
// The production tree
// ---------------------------------------------------------------------------------------

const nameFromPath = (key) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** Where Node would find `dependency` when required from the package at `from`. */
function resolve(packages, from, dependency) {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${dependency}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

function matchesPlatform(list, value) {
  if (!Array.isArray(list) || list.length === 0) return true;
  const denied = list.filter((x) => x.startsWith('!')).map((x) => x.slice(1));
  const wanted = list.filter((x) => !x.startsWith('!'));
  if (denied.includes(value)) return false;
  return wanted.length === 0 || wanted.includes(value);
}

function licenseFromDisk(root, key) {
  const file = path.join(root, key, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof pkg.license === 'string') return pkg.license;
    if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
    if (Array.isArray(pkg.licenses)) {
      const types = pkg.licenses.map((l) => (typeof l === 'string' ? l : l?.type)).filter(Boolean);
      if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Lists the production packages of the project at `root`, each with its licence and whether
 * that licence is allowed. `platform` and `arch` default to this machine's.
 */
export function listProductionPackages(
  root,
  { platform = process.platform, arch = process.arch } = {},
) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const packages = lock.packages;
  if (!packages || typeof packages !== 'object' || !packages['']) {
    throw new Error(
      'package-lock.json has no "packages" section (lockfileVersion 2 or later is needed)',
    );
  }

  const reached = new Map();
  const skipped = [];
  const queue = [];
  const visit = (from, name, optional) => {
    const key = resolve(packages, from, name);
    if (!key) {
      if (!optional)
        throw new Error(
          `package-lock.json does not hold "${name}", needed by ${from || 'the root package'}`,
        );
      return;
    }
    let entry = packages[key];
    if (entry.link && typeof entry.resolved === 'string' && packages[entry.resolved])
      entry = packages[entry.resolved];
    if (optional && !existsSync(path.join(root, key))) {
      const fits = matchesPlatform(entry.os, platform) && matchesPlatform(entry.cpu, arch);
      if (!fits) {
        skipped.push(
          `${nameFromPath(key)}@${entry.version} (optional, for another platform, not installed)`,
        );
        return;
      }
    }
    if (reached.has(key)) return;
    reached.set(key, entry);
    queue.push(key);
  };

  const rootEntry = packages[''];
  for (const name of Object.keys(rootEntry.dependencies ?? {})) visit('', name, false);
  for (const name of Object.keys(rootEntry.optionalDependencies ?? {})) visit('', name, true);
  while (queue.length > 0) {
    const key = queue.shift();
    const entry = reached.get(key);
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    for (const name of Object.keys(entry.dependencies ?? {})) visit(key, name, false);
    for (const name of Object.keys(entry.optionalDependencies ?? {})) visit(key, name, true);
    for (const name of Object.keys(entry.peerDependencies ?? {})) {
      if (!optionalPeers[name]?.optional) visit(key, name, false);
    }
  }

  const byId = new Map();
  for (const [key, entry] of reached) {
    const name = typeof entry.name === 'string' ? entry.name : nameFromPath(key);
    const version = String(entry.version ?? 'unknown');
    const id = `${name}@${version}`;
    if (byId.has(id)) continue;
    const license =
      typeof entry.license === 'string' ? entry.license : (licenseFromDisk(root, key) ?? 'UNKNOWN');
    const usedUnder = evaluateLicense(license);
    byId.set(id, { name, version, license, usedUnder });
  }
  const list = [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  return { packages: list, skipped };
}

export function report(root, options) {
  const { packages, skipped } = listProductionPackages(root, options);
  const disallowed = packages.filter((p) => p.usedUnder === null);
  const chosen = packages.filter(
    (p) => p.usedUnder !== null && p.usedUnder !== p.license.replace(/^\((.*)\)$/, '$1'),
  );
  return { packages, skipped, disallowed, chosen };
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const rootIndex = args.indexOf('--root');
  const root = path.resolve(
    rootIndex >= 0
      ? (args[rootIndex + 1] ?? '.')
      : path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
  );

  let result;
  try {
    result = report(root);
  } catch (error) {
    console.error(`npm run deps: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const { packages, skipped, disallowed, chosen } = result;
  const plain = (p) => ({ name: p.name, version: p.version, license: p.license });

  if (json) {
    console.log(
      JSON.stringify(
        {
          count: packages.length,
          packages: packages.map(plain),
          disallowed: disallowed.map(plain),
          chosen: chosen.map((p) => ({ ...plain(p), usedUnder: p.usedUnder })),
        },
        null,
        2,
      ),
    );
  } else {
    console.log(`${packages.length} production packages (from package-lock.json)`);
    const width = Math.max(...packages.map((p) => `${p.name}@${p.version}`.length), 10);
    for (const p of packages) {
      const note =
        p.usedUnder === null
          ? '  NOT ALLOWED'
          : chosen.includes(p)
            ? `  (used under ${p.usedUnder})`
            : '';
      console.log(`  ${`${p.name}@${p.version}`.padEnd(width)}  ${p.license}${note}`);
    }
    for (const s of skipped) console.log(`  skipped: ${s}`);
    if (disallowed.length > 0) {
      console.log(
        `${disallowed.length} package${disallowed.length === 1 ? ' has a licence' : 's have licences'} that ${disallowed.length === 1 ? 'is' : 'are'} not on the allowed list: ${disallowed.map((p) => `${p.name}@${p.version} (${p.license})`).join(', ')}`,
      );
    } else {
      console.log(`Every licence is permissive (allowed: ${[...ALLOWED].join(', ')}).`);
    }
  }
  process.exit(disallowed.length > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
