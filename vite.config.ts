import path from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appAliases, appPlugins } from './scripts/lib/app-plugins';
import { linguiMacroPlugin } from './scripts/lib/lingui-macro';
import { UI_MODULE, dataChunkName, prerender } from './scripts/lib/prerender';

export { appAliases, appPlugins };

/**
 * The Content Security Policy goes into the built page only: Vite's dev server needs inline
 * scripts for hot reload. Built pages allow nothing but their own origin and no inline script.
 * The single-file build (vite.single.config.ts) replaces `script-src` and `style-src` with the
 * hashes of its inlined code; every other directive is shared.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

export function cspString(overrides: Readonly<Record<string, string>> = {}): string {
  return Object.entries({ ...CSP_DIRECTIVES, ...overrides })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Puts a CSP meta tag straight after `<meta charset>` in the built page. */
export function contentSecurityPolicy(csp: string): Plugin {
  return {
    name: 'rally-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
      );
    },
  };
}

/**
 * The service worker that keeps the app working offline after the first visit. Workbox
 * (through vite-plugin-pwa, `generateSW`) precaches every file of the build: the page, every
 * JavaScript chunk including the lazy ones, the stylesheet, fonts and the icon. There is no
 * runtime caching: the app requests nothing that is not in the build. Registration is ours
 * (src/app/register-service-worker.ts, in the bundled script, never inline), and there is no
 * web app manifest.
 */
function offline(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'autoUpdate',
    injectRegister: null,
    manifest: false,
    filename: 'sw.js',
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,ico,ttf,woff,woff2,json}'],
      // The PDF chunk with its embedded fonts is larger than Workbox's 2 MB default.
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      runtimeCaching: [],
    },
  });
}

/**
 * jspdf can load html2canvas, DOMPurify and canvg, for features Rally never uses (drawing HTML
 * and SVG into a PDF). Left as imports of packages that do not exist in the build, they are
 * neither built nor precached; if jspdf ever asked for one, it would fail with its own message
 * ("Could not load html2canvas") instead of loading code nobody reviewed for this app.
 * `npm run size` fails if code of theirs appears in the build again.
 */
export const LEFT_OUT = ['html2canvas', 'dompurify', 'canvg'];

function leaveOut(names: readonly string[]): Plugin {
  return {
    name: 'rally-leave-out',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (names.includes(id) ? { id, external: true } : undefined),
  };
}

/** What the site build and the single-file build share: everything except CSP and delivery. */
export function sharedConfig(): UserConfig {
  return {
    // Relative asset paths so the built app runs from any static host and any subpath.
    base: './',
    // Set to true by vite.single.config.ts (src/app/register-service-worker.ts reads it).
    define: { __RALLY_SINGLE_FILE__: 'false' },
    plugins: [...appPlugins(), leaveOut(LEFT_OUT)],
    resolve: { alias: appAliases },
    // The programme page's worker (src/features/programme/programme-worker.ts) is built on its
    // own: it needs the Lingui macros compiled like the app's code, and nothing else.
    worker: { format: 'es', plugins: () => [linguiMacroPlugin()] },
    css: {
      preprocessorOptions: {
        // GOV.UK Frontend's Sass is read from node_modules; only the parts we use are compiled.
        scss: { loadPaths: ['node_modules'], quietDeps: true, silenceDeprecations: ['import'] },
      },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
    build: {
      target: 'es2022',
      // GOV.UK Frontend keeps an old-browser media-query hack that lightningcss rejects.
      cssMinify: 'esbuild',
      sourcemap: false,
    },
  };
}

const shared = sharedConfig();

export default defineConfig({
  ...shared,
  plugins: [...(shared.plugins ?? []), contentSecurityPolicy(cspString()), prerender(), offline()],
  build: {
    ...shared.build,
    rollupOptions: {
      output: {
        // The app's data in one file (scripts/lib/prerender.ts); the rest split as Vite does.
        // Not in the single-file build, which has one script.
        codeSplitting: {
          groups: [
            // What the first load needs, in one file beside the entry (rolldown otherwise splits
            // off every module the entry shares with a lazy chunk: a dozen small files).
            { name: 'first', tags: ['$initial'] },
            {
              name: dataChunkName(path.resolve('.')),
              debugName: 'app-data',
              // What the data needs from the first load stays there: the chunk imports it.
              includeDependenciesRecursively: false,
            },
            // The GOV.UK parts that pages share (buttons, tables, fields): one small file.
            { name: 'ui', test: UI_MODULE },
          ],
        },
      },
    },
  },
});
