#!/usr/bin/env node
/**
 * `npm run size`: measures the built app in `dist/` against the first-load budgets in
 * the product quality bars. It builds nothing; run `npm run build` first.
 *
 * - Initial JS: the entry script named in dist/index.html, plus every chunk it imports
 *   statically (followed recursively) and every `modulepreload` link in index.html.
 * - Initial CSS: the stylesheets linked from index.html.
 * - Every other JS file is a lazy chunk, keyed by its file name without the content hash
 *   (`radar-chart-Ab12Cd34.js` -> `radar-chart`).
 *
 * Sizes are gzip level 9, in KB of 1000 bytes (as Vite's own build log prints them),
 * rounded to one decimal place. Budgets: initial JS <= 130 KB, initial CSS <= 35 KB, any
 * lazy chunk whose name contains `chart` or `radar` <= 70 KB. Exits 1 when over budget.
 *
 * Usage: node scripts/size.mjs [--json] [--dist <dir>]   (or RALLY_DIST=<dir>)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const BUDGET = { initialJsKb: 130, initialCssKb: 35, chartChunkKb: 70 };
const MARKERS = { jspdf: 'getTextWidth', 'chart.js': 'radialLinear' };

function parseArgs(argv) {
  const options = { json: false, dist: process.env.RALLY_DIST || 'dist' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--dist') options.dist = argv[++i];
    else if (arg.startsWith('--dist=')) options.dist = arg.slice('--dist='.length);
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return options;
}

const gzipKb = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1000;
const round1 = (kb) => Math.round(kb * 10) / 10;

function attribute(tag, name) {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);
}

/** Maps a URL from index.html to a file in dist, whatever `base` the app was built with. */
function resolveFromHtml(dist, url) {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // another origin: not ours to measure
  const parts = url
    .split(/[?#]/)[0]
    .split('/')
    .filter((part) => part && part !== '.');
  for (let skip = 0; skip < parts.length; skip += 1) {
    const candidate = path.join(dist, ...parts.slice(skip));
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

function staticImports(file) {
  const ast = parseAst(readFileSync(file, 'utf8'));
  const found = [];
  for (const node of ast.body) {
    const isStatic =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source);
    if (isStatic && node.source && typeof node.source.value === 'string') {
      const specifier = node.source.value;
      if (specifier.startsWith('.') || specifier.startsWith('/')) {
        found.push(path.resolve(path.dirname(file), specifier));
      }
    }
  }
  return found;
}

function listFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

export function chunkName(file) {
  return path
    .basename(file)
    .replace(/\.m?js$/, '')
    .replace(/-[A-Za-z0-9_-]{8}$/, '');
}

export function measure(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  const roots = [];
  const css = [];
  for (const tag of tags) {
    if (/^<script/i.test(tag)) {
      const src = attribute(tag, 'src');
      const file = src && resolveFromHtml(dist, src);
      if (file) roots.push(file);
    } else {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const file = resolveFromHtml(dist, attribute(tag, 'href') ?? '');
      if (!file) continue;
      if (rel.includes('stylesheet')) css.push(file);
      else if (rel.includes('modulepreload')) roots.push(file);
    }
  }
  if (roots.length === 0)
    throw new Error(`No entry script found in ${path.join(dist, 'index.html')}`);

  const initial = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (initial.has(file) || !existsSync(file)) continue;
    initial.add(file);
    queue.push(...staticImports(file));
  }

  const chunks = {};
  const lazyFiles = listFiles(dist)
    .filter((file) => /\.m?js$/.test(file) && !initial.has(file))
    .sort();
  for (const file of lazyFiles) {
    const base = chunkName(file);
    let key = base;
    for (let n = 2; key in chunks; n += 1) key = `${base}~${n}`;
    chunks[key] = round1(gzipKb(file));
  }

  // Library code that must stay out of the first load (and, for jspdf, out of the results page):
  // each is recognised by a name its public API keeps after minification.
  const misplaced = [];
  const contains = (file, marker) => readFileSync(file, 'utf8').includes(marker);
  for (const file of initial) {
    for (const [library, marker] of Object.entries(MARKERS)) {
      if (contains(file, marker))
        misplaced.push(`${library} code in the first load (${path.relative(dist, file)})`);
    }
  }
  for (const file of lazyFiles.filter((f) => /results-page/.test(path.basename(f)))) {
    if (contains(file, MARKERS.jspdf))
      misplaced.push(`jspdf code in the results page chunk (${path.relative(dist, file)})`);
  }

  const sum = (files) => round1([...files].reduce((total, file) => total + gzipKb(file), 0));
  return {
    misplaced,
    initialJsKb: sum(initial),
    initialCssKb: sum(css),
    chunks,
    initialFiles: [...initial].map((file) => path.relative(dist, file)),
    cssFiles: css.map((file) => path.relative(dist, file)),
  };
}

export function overBudget(result) {
  const problems = [];
  problems.push(...(result.misplaced ?? []));
  if (result.initialJsKb > BUDGET.initialJsKb) {
    problems.push(`initial JS ${result.initialJsKb} KB > ${BUDGET.initialJsKb} KB`);
  }
  if (result.initialCssKb > BUDGET.initialCssKb) {
    problems.push(`initial CSS ${result.initialCssKb} KB > ${BUDGET.initialCssKb} KB`);
  }
  for (const [name, kb] of Object.entries(result.chunks)) {
    if (/chart|radar/i.test(name) && kb > BUDGET.chartChunkKb) {
      problems.push(`chunk ${name} ${kb} KB > ${BUDGET.chartChunkKb} KB`);
    }
  }
  return problems;
}

function printTable(result, problems) {
  const rows = [
    ['initial JS', result.initialJsKb, BUDGET.initialJsKb],
    ['initial CSS', result.initialCssKb, BUDGET.initialCssKb],
    ...Object.entries(result.chunks).map(([name, kb]) => [
      `lazy ${name}`,
      kb,
      /chart|radar/i.test(name) ? BUDGET.chartChunkKb : undefined,
    ]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('Bundle size (gzip level 9, 1 KB = 1000 bytes)');
  console.log(`${'part'.padEnd(width)}  ${'size'.padStart(9)}  ${'budget'.padStart(9)}`);
  for (const [label, kb, budget] of rows) {
    const budgetText = budget === undefined ? '-' : `${budget} KB`;
    const status = budget === undefined ? '' : kb > budget ? '  OVER' : '  ok';
    console.log(
      `${label.padEnd(width)}  ${`${kb.toFixed(1)} KB`.padStart(9)}  ${budgetText.padStart(9)}${status}`,
    );
  }
  console.log(`initial JS files: ${result.initialFiles.join(', ')}`);
  if (result.cssFiles.length > 0) console.log(`initial CSS files: ${result.cssFiles.join(', ')}`);
  console.log(problems.length === 0 ? 'within budget' : `over budget: ${problems.join('; ')}`);
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const dist = path.resolve(options.dist);
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.error(`No built app in ${dist} (index.html is missing): run npm run build first.`);
    process.exit(2);
  }
  let result;
  try {
    result = measure(dist);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const problems = overBudget(result);
  if (options.json) {
    const { initialJsKb, initialCssKb, chunks } = result;
    console.log(JSON.stringify({ initialJsKb, initialCssKb, chunks }));
  } else {
    printTable(result, problems);
  }
  process.exit(problems.length === 0 ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
