import { fileURLToPath } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import type { PluginOption } from 'vite';
import { bankValidationPlugin } from './check-bank';
import { linguiMacroPlugin } from './lingui-macro';

/**
 * Plugins the app, the prerendered pages and the unit tests share: Lingui's macros first (they
 * need the source as written), React, Lingui's .po compiler (catalogues are imported as
 * compiled modules), and the built-in bank (validated, then served as `virtual:rally-bank` and
 * `virtual:rally-bank-cy`). `questions` is the bank's folder.
 */
export function appPlugins(questions = 'questions'): PluginOption[] {
  return [linguiMacroPlugin(), react(), lingui(), bankValidationPlugin(questions)];
}

/** The code Lingui's macros compile to imports its runtime from here (lingui.config.ts). */
export const appAliases = {
  '@rally/i18n-runtime': fileURLToPath(new URL('../../src/i18n/runtime.tsx', import.meta.url)),
};
