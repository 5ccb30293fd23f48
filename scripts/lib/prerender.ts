/**
 * Prerendering (docs/decisions/016): at build time, the pages whose first view needs no saved
 * data (start, about, accessibility, join; src/config/prerendered.ts) are drawn to HTML with
 * the app's own components (src/app/prerender.tsx, loaded in Node through Vite's module
 * runner) and written into index.html, each in its own container, so the first paint does not
 * wait for JavaScript. React then hydrates the one on screen (src/main.tsx).
 *
 * The early script (src/app/boot/boot.ts) is built here too, as a small classic script that
 * runs in <head> before the body is parsed and marks which prerendered page, if any, is right
 * for the route in the fragment. The site build loads it from its own file (the Content
 * Security Policy allows no inline script); the single-file build inlines it, and its policy
 * allows it by its hash (scripts/lib/inline-csp.ts).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build, runnerImport, type Plugin, type Rolldown } from 'vite';
import type { BootConfig } from '../../src/app/boot/boot';
import type { PrerenderedHtml } from '../../src/app/prerender';
import { PAGE_ATTRIBUTE } from '../../src/config/prerendered';
import {
  CODE_FILES,
  type CodeKey,
  type CodeName,
  DATA_FILES,
  FACILITATOR_PAGES,
  PERSONAL_PAGES,
  ROUTE_CODE,
  SESSION_DATA_FILES,
  SESSION_FILES,
} from '../../src/config/route-code';
import { appAliases, appPlugins } from './app-plugins';

type PrerenderModule = { prerendered: PrerenderedHtml[]; NAME_PLACEHOLDER: string };

const ROOT_DIV = '<div id="root"></div>';
const BOOT_ENTRY = 'virtual:rally-boot';

/** Draws the prerendered pages with the app's code, in Node. */
export async function renderPages(root: string): Promise<{
  pages: PrerenderedHtml[];
  namePlaceholder: string;
}> {
  const { module } = await runnerImport<PrerenderModule>(path.join(root, 'src/app/prerender.tsx'), {
    configFile: false,
    root,
    logLevel: 'error',
    plugins: appPlugins(path.join(root, 'questions')),
    resolve: { alias: appAliases },
  });
  return { pages: module.prerendered, namePlaceholder: module.NAME_PLACEHOLDER };
}

/** Builds the early script as one minified classic script with its settings written in. */
export async function buildBootScript(root: string, config: BootConfig): Promise<string> {
  const entry: Plugin = {
    name: 'rally-boot-entry',
    // Library mode resolves the entry against the root first.
    resolveId: (id) => (id.endsWith(BOOT_ENTRY) ? `\0${BOOT_ENTRY}` : undefined),
    load: (id) =>
      id === `\0${BOOT_ENTRY}`
        ? `import { boot } from ${JSON.stringify(path.join(root, 'src/app/boot/boot.ts'))};\n` +
          `boot(window, ${JSON.stringify(config)});\n`
        : undefined,
  };
  const output = await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    plugins: [entry],
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      copyPublicDir: false,
      lib: { entry: BOOT_ENTRY, formats: ['iife'], name: 'rallyBoot' },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('The early script did not build.');
  const code = chunk.code.trim();
  if (/<\/script/i.test(code)) throw new Error('The early script must not contain "</script".');
  return code;
}

type Bundle = Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>;

/**
 * For the early script: the files each page drawn by the app asks for first (its own code, the
 * app's data, and every file those import), less those the entry brings with it anyway.
 */
export function codeToPreload(root: string, bundle: Bundle): BootConfig['preload'] {
  const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const withImports = (fileName: string, into = new Set<string>()) => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) withImports(imported, into);
    return into;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('The build has no entry chunk.');
  const withEntry = withImports(entry.fileName);
  // The entry's own imports are in index.html as low-priority preloads (right for a
  // prerendered page, whose code can wait); a page drawn by the app needs them at once.
  const entryImports = [...withEntry].filter((f) => f !== entry.fileName).sort();
  const filesFor = (sources: readonly string[]) => {
    const files = new Set<string>();
    for (const source of sources) {
      const id = path.join(root, source);
      const chunk =
        chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
      if (!chunk)
        throw new Error(
          `src/config/route-code.ts names ${source}, which the build has no chunk for.`,
        );
      withImports(chunk.fileName, files);
    }
    return [...files].filter((f) => !withEntry.has(f)).sort();
  };
  const data = [...entryImports, ...filesFor(DATA_FILES)];
  const session = filesFor(SESSION_FILES).filter((f) => !data.includes(f));
  const routes: Partial<Record<CodeKey, string[]>> = {};
  for (const [name, code] of Object.entries(ROUTE_CODE) as [
    CodeKey,
    readonly (keyof typeof CODE_FILES)[],
  ][]) {
    const own = filesFor(code.map((c) => CODE_FILES[c])).filter((f) => !data.includes(f));
    if (own.length > 0) routes[name] = own;
  }
  return { data, session, routes };
}

type ModuleInfoLookup = {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
};

/** Every module `from` reaches through static imports, `from` included. */
function staticallyReached(from: Iterable<string>, ctx: ModuleInfoLookup): Set<string> {
  const reached = new Set<string>();
  const queue = [...from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

/**
 * The app's shared GOV.UK parts (src/ui/): small, used by many pages, and one chunk between them
 * (vite.config.ts) rather than a file each, which a page drawn by the app would queue for.
 */
export const UI_MODULE = /[\\/]src[\\/]ui[\\/]/;

/**
 * The chunk that holds every module the app's data needs (the bank, the assessment's store,
 * zod, the English messages beyond the first load's) and the first load does not have: one file
 * instead of about fifteen, so a page drawn by the app does not queue for connections on a slow
 * network (six at a time over HTTP/1.1). What the group store needs beyond that (the store, the
 * session file's checks: SESSION_DATA_FILES) is a second chunk, `session-data`, fetched only
 * where a session is saved or a group page is opened: each module's schemas are built when its
 * chunk runs, and a page that has no session has no use for them. What only the facilitator's
 * pages use of the group results page's code is a third, `group-results` (FACILITATOR_PAGES):
 * that page then waits for 15 files, not 27.
 */
export function dataChunkName(root: string) {
  const dataRoots = DATA_FILES.map((f) => path.join(root, f));
  const sessionRoots = SESSION_DATA_FILES.map((f) => path.join(root, f));
  const personalRoots = PERSONAL_PAGES.map((name) => path.join(root, CODE_FILES[name]));
  const groupResultsRoots = [path.join(root, CODE_FILES.groupResults)];
  const facilitator: readonly CodeName[] = FACILITATOR_PAGES;
  const otherPageRoots = (Object.keys(CODE_FILES) as CodeName[])
    .filter((name) => !facilitator.includes(name))
    .map((name) => path.join(root, CODE_FILES[name]));
  const entry = path.join(root, 'src/main.tsx');
  let chunkOf: Map<string, string> | null = null;
  return (id: string, ctx: ModuleInfoLookup): string | null => {
    if (!chunkOf) {
      const first = staticallyReached([entry], ctx);
      chunkOf = new Map();
      for (const m of staticallyReached(dataRoots, ctx))
        if (!first.has(m)) chunkOf.set(m, 'app-data');
      const personal = staticallyReached(personalRoots, ctx);
      for (const m of staticallyReached(sessionRoots, ctx))
        if (!first.has(m) && !chunkOf.has(m) && !personal.has(m)) chunkOf.set(m, 'session-data');
      // What the group's results page reaches and nothing but the facilitator's pages does,
      // apart from the shared GOV.UK parts in src/ui/, which have a chunk of their own
      // (vite.config.ts). The radar chart, lazy everywhere, counts as elsewhere: the personal
      // results page draws it, and must not fetch the group's code with it. Closed under
      // imports like the two above (what a module here imports is here, in the first load, in
      // the data or reached from other pages), so no two chunks import each other.
      const elsewhere = staticallyReached(otherPageRoots, ctx);
      for (const m of staticallyReached(groupResultsRoots, ctx))
        if (!first.has(m) && !chunkOf.has(m) && !elsewhere.has(m) && !UI_MODULE.test(m))
          chunkOf.set(m, 'group-results');
    }
    return chunkOf.get(id) ?? null;
  };
}

/** index.html with the prerendered pages, the start page's title and the early script. */
export function writePages(
  html: string,
  pages: PrerenderedHtml[],
  bootTag: string,
  lang: string,
  { inlineBoot = false }: { inlineBoot?: boolean } = {},
): string {
  if (!html.includes(ROOT_DIV)) throw new Error(`index.html has no ${ROOT_DIV} to fill.`);
  if (!html.includes(`lang="${lang}"`)) throw new Error(`index.html is not lang="${lang}".`);
  const start = pages.find((p) => p.page === 'start');
  if (!start || pages[0] !== start) throw new Error('The start page must come first.');
  const containers = pages
    .map((p) => `<div ${PAGE_ATTRIBUTE}="${p.page}">${p.html}</div>`)
    .join('\n    ');
  // #root, where the app draws any other page, comes after them (the early script fills the
  // join page in once the parser has gone past it).
  let out = html.replace(ROOT_DIV, () => `${containers}\n    ${ROOT_DIV}`);
  out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(start.title)}</title>`);
  // The app's code is not needed to paint a prerendered page: fetch it after what is (the
  // stylesheet and the early script), so that on a slow connection it does not hold them up.
  out = out.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
  if (inlineBoot) {
    // Written into the page (the single file, which fetches nothing): right after the Content
    // Security Policy, since a policy in a meta tag covers only what follows it.
    const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(out);
    const anchor = csp ?? /<meta charset="UTF-8" \/>/.exec(out);
    if (!anchor) throw new Error('index.html has no <meta charset> to put the early script after.');
    const at = anchor.index + anchor[0].length;
    return `${out.slice(0, at)}\n    ${bootTag}${out.slice(at)}`;
  }
  // A file of its own: at the end of <head>, after the policy and after the stylesheet, so that
  // the browser asks for the stylesheet, which every first paint waits for, before the files
  // the early script preloads; still before the body, which the early script must mark before
  // it is parsed.
  const at = out.indexOf('</head>');
  if (at < 0) throw new Error('index.html has no </head> to put the early script before.');
  return `${out.slice(0, at)}  ${bootTag}\n  ${out.slice(at)}`;
}

function escapeText(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The plugin. `inlineBoot` (the single-file build) writes the early script into the page
 * instead of a file beside it.
 */
export function prerender(options: { inlineBoot?: boolean } = {}): Plugin {
  let root = process.cwd();
  let base = './';
  let bootFile = '';
  let bootCode = '';
  return {
    name: 'rally-prerender',
    apply: 'build',
    // After Vite's own HTML step, so that the early script's file is known when it is emitted.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
        if (!lang) throw new Error('index.html has no <html lang>.');
        const { pages, namePlaceholder } = await renderPages(root);
        const titles = Object.fromEntries(pages.map((p) => [p.page, p.title]));
        let page = html;
        let entry: string | null = null;
        if (!options.inlineBoot) {
          // The early script starts the app (boot.ts), so the page does not load it itself.
          const tag = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(page);
          if (!tag?.[1]) throw new Error('index.html has no entry script for the early script.');
          entry = tag[1];
          page = page.replace(tag[0], '');
        }
        // The single-file build has one chunk: nothing to fetch.
        const preload =
          options.inlineBoot || !context.bundle
            ? { data: [], session: [], routes: {} }
            : codeToPreload(root, context.bundle as Bundle);
        bootCode = await buildBootScript(root, { entry, lang, titles, namePlaceholder, preload });
        let tag: string;
        if (options.inlineBoot) tag = `<script>${bootCode}</script>`;
        else {
          const hash = createHash('sha256').update(bootCode).digest('base64url').slice(0, 8);
          bootFile = `assets/boot-${hash}.js`;
          // data-entry: the app's entry, which the early script adds (npm run size reads it too).
          tag = `<script src="${base}${bootFile}" data-entry="${entry}"></script>`;
        }
        return writePages(page, pages, tag, lang, { inlineBoot: options.inlineBoot });
      },
    },
    generateBundle() {
      if (bootFile) this.emitFile({ type: 'asset', fileName: bootFile, source: bootCode });
    },
  };
}
