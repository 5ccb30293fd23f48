import { fileURLToPath } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type PluginOption, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bankValidationPlugin } from './scripts/lib/check-bank';
import { linguiMacroPlugin } from './scripts/lib/lingui-macro';

/**
 * Plugins the app and the unit tests share: Lingui's macros first (they need the source as
 * written), React, Lingui's .po compiler (catalogues are imported as compiled modules), and the
 * built-in bank (validated, then served as `virtual:rally-bank` and `virtual:rally-bank-cy`).
 */
export function appPlugins(): PluginOption[] {
  return [linguiMacroPlugin(), react(), lingui(), bankValidationPlugin('questions')];
}

/** The code Lingui's macros compile to imports its runtime from here (lingui.config.ts). */
export const appAliases = {
  '@rally/i18n-runtime': fileURLToPath(new URL('./src/i18n/runtime.tsx', import.meta.url)),
};

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

/** What the site build and the single-file build share: everything except CSP and delivery. */
export function sharedConfig(): UserConfig {
  return {
    // Relative asset paths so the built app runs from any static host and any subpath.
    base: './',
    // Set to true by vite.single.config.ts (src/app/register-service-worker.ts reads it).
    define: { __RALLY_SINGLE_FILE__: 'false' },
    plugins: appPlugins(),
    resolve: { alias: appAliases },
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
  plugins: [...(shared.plugins ?? []), contentSecurityPolicy(cspString()), offline()],
});
