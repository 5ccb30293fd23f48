/**
 * `npm run build:single`: the whole app as ONE self-contained HTML file,
 * `dist-single/index.html`, that works when opened from disk (`file://`), for organisations
 * that cannot host a site. It extends the site build (vite.config.ts) with
 * vite-plugin-singlefile, which inlines every script and stylesheet and turns off code
 * splitting (so the lazy pages are in the one script), and inlines assets such as the PDF
 * fonts as `data:` URLs.
 *
 * Differences from the site build:
 * - no service worker (browsers do not run them for `file://` pages; `__RALLY_SINGLE_FILE__`
 *   also turns off the registration code in src/app/register-service-worker.ts);
 * - the Content Security Policy allows the inlined script and stylesheet by their SHA-256
 *   hashes, computed after inlining (scripts/lib/inline-csp.ts), never `'unsafe-inline'`;
 *   `connect-src` allows only `data:`, which is how the inlined PDF fonts are read;
 * - the icon is inlined as a `data:` URL and public/ is not copied, so the folder holds one file;
 * - no worker: the programme page reads its files on the page's own thread (noWorker below).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { PENDING_HASH, applyInlineCsp } from './scripts/lib/inline-csp';
import { prerender } from './scripts/lib/prerender';
import { contentSecurityPolicy, cspString, sharedConfig } from './vite.config';

const OUT_DIR = 'dist-single';

const singleFileCsp = (scripts: string, styles: string) =>
  cspString({
    'script-src': scripts,
    'style-src': styles,
    'connect-src': 'data:',
    'worker-src': "'none'",
  });

/** The icon as a data: URL, so the page needs no file beside it. */
function inlineIcon(): Plugin {
  return {
    name: 'rally-inline-icon',
    apply: 'build',
    transformIndexHtml(html) {
      const svg = readFileSync(path.resolve('public/favicon.svg'));
      return html.replace(
        'href="./favicon.svg"',
        `href="data:image/svg+xml;base64,${svg.toString('base64')}"`,
      );
    },
  };
}

/** After the page is written, swaps the placeholder policy for one listing the real hashes. */
function hashInlineCode(): Plugin {
  let outDir = OUT_DIR;
  return {
    name: 'rally-single-file-csp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const file = path.join(outDir, 'index.html');
      const html = applyInlineCsp(readFileSync(file, 'utf8'), (hashes) =>
        singleFileCsp(
          hashes.scripts.join(' '),
          hashes.styles.length > 0 ? hashes.styles.join(' ') : "'none'",
        ),
      );
      writeFileSync(file, html);
    },
  };
}

/**
 * The programme page's worker cannot start from `file://` (and the policy above allows none), so
 * the page's worker starter is swapped for one that gives no worker: the page then reads files
 * on its own thread, and no worker file is built beside the page.
 */
function noWorker(): Plugin {
  return {
    name: 'rally-no-worker',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './start-worker' && importer?.includes('/src/features/programme/'))
        return this.resolve('./start-worker.single', importer);
      return undefined;
    },
  };
}

const shared = sharedConfig();

export default defineConfig({
  ...shared,
  define: { ...shared.define, __RALLY_SINGLE_FILE__: 'true' },
  publicDir: false,
  plugins: [
    noWorker(),
    ...(shared.plugins ?? []),
    contentSecurityPolicy(singleFileCsp(PENDING_HASH, PENDING_HASH)),
    prerender({ inlineBoot: true }),
    inlineIcon(),
    viteSingleFile({ removeViteModuleLoader: true }),
    hashInlineCode(),
  ],
  build: { ...shared.build, outDir: OUT_DIR, emptyOutDir: true },
});
