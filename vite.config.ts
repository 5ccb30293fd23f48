import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { checkBankDir } from './scripts/lib/check-bank';

/**
 * The Content Security Policy goes into the built page only: Vite's dev server needs inline
 * scripts for hot reload. Built pages allow nothing but their own origin and no inline script.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'rally-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      );
    },
  };
}

/** A bank that fails validation stops `vite build` and `vite dev` with every problem listed. */
function validateBank(): Plugin {
  return {
    name: 'rally-validate-bank',
    async buildStart() {
      const problems = await checkBankDir('questions');
      if (problems.length > 0) {
        this.error(`The question bank in questions/ is not valid:\n${problems.join('\n')}`);
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths so the built app runs from any static host and any subpath.
  base: './',
  plugins: [react(), validateBank(), contentSecurityPolicy()],
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
});
