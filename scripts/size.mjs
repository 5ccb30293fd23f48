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
 * - Initial JS includes the early script in <head> (src/app/boot/boot.ts) and the entry it
 *   adds to the page (its `data-entry`).
 *
 * Sizes are gzip level 9, in KB of 1000 bytes (as Vite's own build log prints them),
 * rounded to one decimal place. Budgets: initial JS <= 100 KB, initial CSS <= 35 KB, any
 * lazy chunk whose name contains `chart` or `radar` <= 70 KB.
 *
 * Dead files: every file the app can ever request is found by following the build from
 * index.html: its scripts and links, each script's static and dynamic imports (with the files
 * Vite preloads beside them) and `new URL(..., import.meta.url)` assets, and each stylesheet's
 * url()s. The service worker's precache list (sw.js, when there is one) is printed with its
 * total size, and a file in it that the app never requests fails the run; so does any other
 * built file the app never requests (sw.js and Workbox's own file aside), and any code of the
 * optional jspdf libraries the build leaves out (html2canvas, DOMPurify, canvg).
 *
 * Misplaced code: jspdf or chart.js in the first load, jspdf in the results page's chunk, and
 * the group store's `session-data` chunk or the group results page's `group-results` chunk
 * among the static imports of one person's own pages (question, task list, check your answers,
 * results) or of the radar chart.
 *
 * Exits 1 when over budget or when a dead file is found.
 *
 * Usage: node scripts/size.mjs [--json] [--dist <dir>]   (or RALLY_DIST=<dir>)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const BUDGET = { initialJsKb: 100, initialCssKb: 35, chartChunkKb: 70 };
const MARKERS = { jspdf: 'getTextWidth', 'chart.js': 'radialLinear' };
/** Strings only the left-out libraries' own code holds (jspdf merely names the libraries). */
const LEFT_OUT_MARKERS = {
  html2canvas: 'html2canvas-container',
  dompurify: 'SAFE_FOR_TEMPLATES',
  canvg: 'feColorMatrix',
};
/** One person's own pages (src/config/route-code.ts PERSONAL_PAGES), by their chunks' names. */
const PERSONAL_PAGE = /^(question-page|task-list-page|check-answers-page|results-page)-[\w-]+\.js$/;
/** The radar chart's chunk, drawn on the personal results page and the group's. */
const RADAR_CHART = /^radar-chart-[\w-]+\.js$/;
/** The service worker and Workbox's runtime: registered by the app, never precached. */
const SERVICE_WORKER = /^(sw\.js|workbox-[\w-]+\.js)$/;

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

/** A string literal or a template literal with no expressions, as a string. */
function stringValue(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis.map((q) => q.value.cooked).join('');
  return undefined;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      walk(value, visit);
  }
}

const isImportMetaUrl = (node) =>
  node?.type === 'MemberExpression' &&
  node.object?.type === 'MetaProperty' &&
  (node.property?.name ?? node.property?.value) === 'url';

/**
 * What a built script asks for: `{ statics, others }`, file paths. `statics` are its static
 * imports (loaded with it); `others` its dynamic imports, the files Vite preloads beside them
 * (the `__vite__mapDeps` list) and assets it addresses with `new URL(..., import.meta.url)`.
 */
export function scriptReferences(file) {
  const ast = parseAst(readFileSync(file, 'utf8'));
  const statics = [];
  const others = [];
  const local = (specifier) =>
    specifier !== undefined && (specifier.startsWith('.') || specifier.startsWith('/'))
      ? path.resolve(path.dirname(file), specifier)
      : undefined;
  // `new URL(x, import.meta.url)` takes any relative address, "./" or not.
  const relativeUrl = (url) =>
    url !== undefined && url !== '' && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)
      ? path.resolve(path.dirname(file), url.split(/[?#]/)[0])
      : undefined;
  for (const node of ast.body) {
    const isStatic =
      node.type === 'ImportDeclaration' ||
      node.type === 'ExportAllDeclaration' ||
      (node.type === 'ExportNamedDeclaration' && node.source);
    const target = isStatic ? local(stringValue(node.source)) : undefined;
    if (target) statics.push(target);
  }
  walk(ast, (node) => {
    let target;
    if (node.type === 'ImportExpression') target = local(stringValue(node.source));
    else if (
      node.type === 'NewExpression' &&
      node.callee?.name === 'URL' &&
      isImportMetaUrl(node.arguments?.[1])
    )
      target = relativeUrl(stringValue(node.arguments[0]));
    else if (node.type === 'VariableDeclarator' && node.id?.name === '__vite__mapDeps') {
      walk(node.init, (inner) => {
        if (inner.type === 'ArrayExpression') {
          for (const element of inner.elements) {
            const dep = local(stringValue(element));
            if (dep) others.push(dep);
          }
        }
      });
    }
    if (target) others.push(target);
  });
  return { statics, others };
}

function styleReferences(file) {
  const css = readFileSync(file, 'utf8');
  const found = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    const url = (match[1] ?? match[2] ?? match[3] ?? '').split(/[?#]/)[0];
    if (url && !/^[a-z]+:|^\/\/|^#/i.test(url)) found.push(path.resolve(path.dirname(file), url));
  }
  return found;
}

function staticImports(file) {
  return scriptReferences(file).statics;
}

/** Every file under `dist` the app can request, starting from index.html's own references. */
export function requestable(dist, roots) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(file) || statSync(file).isDirectory()) continue;
    seen.add(file);
    if (/\.m?js$/.test(file)) {
      const { statics, others } = scriptReferences(file);
      queue.push(...statics, ...others);
    } else if (/\.css$/.test(file)) queue.push(...styleReferences(file));
  }
  return seen;
}

/** The service worker's precache list, as file paths under `dist` (none without sw.js). */
export function precacheList(dist) {
  const sw = path.join(dist, 'sw.js');
  if (!existsSync(sw)) return null;
  const urls = [];
  walk(parseAst(readFileSync(sw, 'utf8')), (node) => {
    if (node.type !== 'CallExpression') return;
    const name = node.callee?.property?.name ?? node.callee?.name;
    if (name !== 'precacheAndRoute') return;
    walk(node.arguments[0], (entry) => {
      if (entry.type !== 'Property' || (entry.key?.name ?? entry.key?.value) !== 'url') return;
      const url = stringValue(entry.value);
      if (url !== undefined) urls.push(url);
    });
  });
  return urls.map((url) => path.resolve(dist, url.split(/[?#]/)[0]));
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
  const fromHtml = [path.join(dist, 'index.html')];
  for (const tag of tags) {
    if (/^<script/i.test(tag)) {
      // data-entry: the app's entry, added to the page by the early script (src/app/boot).
      for (const name of ['src', 'data-entry']) {
        const url = attribute(tag, name);
        const file = url && resolveFromHtml(dist, url);
        if (file) roots.push(file);
      }
    } else {
      const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const file = resolveFromHtml(dist, attribute(tag, 'href') ?? '');
      if (!file) continue;
      fromHtml.push(file);
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
    .filter(
      (file) =>
        /\.m?js$/.test(file) &&
        !initial.has(file) &&
        !SERVICE_WORKER.test(path.relative(dist, file).split(path.sep).join('/')),
    )
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
  // The group store and the session file's checks (the `session-data` chunk) stay out of one
  // person's own pages: someone answering alone never needs them, and the chunk builds its
  // schemas when it runs. So does the group results page's own chunk (`group-results`), from
  // those pages and from the radar chart, which the personal results page draws too.
  const kept = [
    { chunk: /^session-data-/, what: "the group store's code" },
    { chunk: /^group-results-/, what: "the group results page's code" },
  ];
  const from = [
    ...lazyFiles
      .filter((f) => PERSONAL_PAGE.test(path.basename(f)))
      .map((file) => ({ file, whose: "a personal page's code" })),
    ...lazyFiles
      .filter((f) => RADAR_CHART.test(path.basename(f)))
      .map((file) => ({ file, whose: "the radar chart's code" })),
  ];
  for (const { file: start, whose } of from) {
    const reached = new Set();
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.shift();
      if (reached.has(file) || !existsSync(file)) continue;
      reached.add(file);
      queue.push(...staticImports(file));
    }
    for (const file of reached)
      for (const { chunk, what } of kept)
        if (chunk.test(path.basename(file)))
          misplaced.push(
            `${what} (${path.relative(dist, file)}) in ${whose} (${path.relative(dist, start)})`,
          );
  }

  // Files nobody asks for: in the precache list, or built at all.
  const wanted = requestable(dist, [...fromHtml, ...roots]);
  const relative = (file) => path.relative(dist, file).split(path.sep).join('/');
  const precached = precacheList(dist);
  const dead = [];
  for (const file of precached ?? []) {
    if (!wanted.has(file)) dead.push(`precached but never requested: ${relative(file)}`);
  }
  for (const file of listFiles(dist)) {
    const name = relative(file);
    if (!wanted.has(file) && !SERVICE_WORKER.test(name) && !(precached ?? []).includes(file))
      dead.push(`built but never requested: ${name}`);
  }
  for (const file of listFiles(dist).filter((f) => /\.(m?js|html)$/.test(f))) {
    for (const [library, marker] of Object.entries(LEFT_OUT_MARKERS)) {
      if (contains(file, marker)) dead.push(`${library} code in the build (${relative(file)})`);
    }
  }
  const precache =
    precached === null
      ? null
      : {
          files: precached.map(relative).sort(),
          count: precached.length,
          totalKb: round1(
            precached.reduce((total, f) => total + (existsSync(f) ? statSync(f).size : 0), 0) /
              1000,
          ),
        };

  const sum = (files) => round1([...files].reduce((total, file) => total + gzipKb(file), 0));
  return {
    misplaced,
    dead,
    precache,
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
  problems.push(...(result.dead ?? []));
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
  if (result.precache) {
    console.log(
      `precached: ${result.precache.count} files, ${result.precache.totalKb.toFixed(1)} KB (not compressed)`,
    );
    for (const file of result.precache.files) console.log(`  ${file}`);
  } else console.log('precached: nothing (no service worker in this build)');
  console.log(
    problems.length === 0 ? 'within budget, nothing dead' : `failed: ${problems.join('; ')}`,
  );
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
    const { initialJsKb, initialCssKb, chunks, precache, dead } = result;
    console.log(JSON.stringify({ initialJsKb, initialCssKb, chunks, precache, dead }));
  } else {
    printTable(result, problems);
  }
  process.exit(problems.length === 0 ? 0 : 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
