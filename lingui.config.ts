/**
 * Lingui: which catalogue each part of src/ writes its messages to (docs/i18n.md).
 *
 * One catalogue per AREA, so that people converting different folders never edit the same
 * .po file: `src/locales/<area>/<locale>.po`. The app loads every area of the one language in
 * use (src/i18n/catalogues/). A message used in two areas is in both, with the same id.
 *
 * 'pseudo' is for tests only: its catalogue is made at build time from the English, every
 * string visibly changed, so a test can spot text that did not come from a catalogue.
 */
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

/** Area name -> the folders whose messages it holds. Keep docs/i18n.md in step. */
export const AREAS = {
  shell: ['src/app', 'src/ui', 'src/i18n', 'src/lib', 'src/state'],
  start: ['src/features/start'],
  questionnaire: ['src/features/questionnaire', 'src/features/review'],
  results: ['src/features/results', 'src/charts', 'src/export'],
  group: ['src/features/group', 'src/features/participant'],
  plan: ['src/features/plan'],
  cycle: ['src/features/cycle'],
  present: ['src/features/present', 'src/domain/present'],
  scan: ['src/features/scan', 'src/domain/scan'],
  'programme-data': ['src/features/programme-data'],
  programme: ['src/features/programme', 'src/domain/programme'],
  // The domain is split three ways, each beside the pages that show its messages, so that
  // the engineers converting those pages do not edit one catalogue at once.
  'domain-questions': [
    'src/domain/answers',
    'src/domain/bank',
    'src/domain/items',
    'src/domain/journey',
    'src/domain/response',
    'src/domain/language.ts',
    'src/domain/zod.ts',
  ],
  'domain-results': ['src/domain/report', 'src/domain/scoring'],
  'domain-group': ['src/domain/group', 'src/domain/privacy', 'src/domain/plan'],
} as const;

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'cy', 'pseudo'],
  pseudoLocale: 'pseudo',
  fallbackLocales: { default: 'en' },
  catalogs: Object.entries(AREAS).map(([area, folders]) => ({
    path: `<rootDir>/src/locales/${area}/{locale}`,
    include: [...folders],
  })),
  format: formatter({ lineNumbers: false }),
  // The code the macros compile to imports Lingui's runtime from our own module, so that
  // src/i18n stays the one place that reaches Lingui at run time (and components work in
  // tests without a provider, in English). The alias is set in vite.config.ts.
  runtimeConfigModule: {
    i18n: ['@rally/i18n-runtime', 'i18n'],
    Trans: ['@rally/i18n-runtime', 'Trans'],
    useLingui: ['@rally/i18n-runtime', 'useLingui'],
  },
});
