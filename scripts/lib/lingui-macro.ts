/**
 * Runs Lingui's macros (`@lingui/react/macro`, `@lingui/core/macro`) at build time, in Vite and
 * in Vitest. Lingui documents `@rolldown/plugin-babel` for this under Vite 8, but that package
 * needs Node 22 and Rally supports Node 20 (decision 018), so this is the same thing in a few
 * lines: Babel runs the macro plugin on our own source files that import a macro, before any
 * other plugin sees them, and leaves TypeScript and JSX for Vite's own transform.
 */
import { transformAsync } from '@babel/core';
import type { Plugin } from 'vite';

const MACRO_IMPORT = /from\s+['"]@lingui\/(?:react|core)\/macro['"]/;

export function linguiMacroPlugin(): Plugin {
  return {
    name: 'rally-lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/node_modules/')) return undefined;
      if (!MACRO_IMPORT.test(code)) return undefined;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith('x') ? ['typescript', 'jsx'] : ['typescript'] },
        plugins: ['@lingui/babel-plugin-lingui-macro'],
      });
      if (!result?.code) return undefined;
      return { code: result.code, map: result.map ?? undefined };
    },
  };
}
