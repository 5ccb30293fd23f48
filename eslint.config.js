// ESLint flat config. Besides the usual TypeScript and React hooks checks, it turns the
// architecture into lint errors (docs and tests: /docs, tests/unit/lint-architecture.test.ts):
// - which folders of src/ may import which (import-x/no-restricted-paths, import-x/no-cycle);
// - which third-party libraries each folder may use (no-restricted-imports);
// - src/domain stays pure TypeScript: no React, DOM globals or import.meta (and tsconfig.domain.json
//   type-checks it without the DOM library, so the compiler refuses DOM use too);
// - user text is never rendered as HTML anywhere in src/.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------------------------------
// Folder boundaries (architecture.md §2.2). `target` may not import from `from`.
// ---------------------------------------------------------------------------------------
const forbid = (target, folders, why) => ({
  target: `./src/${target}`,
  from: folders.map((folder) => `./src/${folder}`),
  message: why,
});

// One zone per feature folder, read from disk on every run so new features are covered.
function featureFolders() {
  try {
    return readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** The one feature folder other features may import (shared page parts). */
const SHARED_FEATURE = 'plan';
/**
 * Feature folders one other feature opens: the camera scanner, from add-responses; the
 * programme data's download, from the programme page.
 */
const OPENED_BY = { group: ['scan'], programme: ['programme-data'] };
/**
 * The pages a facilitator page shows instead of itself (no session on the device, a session of
 * another bank), written once in the group folder; the presenting and next-cycle pages show
 * them too.
 */
const GATE = 'group/group-gate.tsx';
const GATED = ['present', 'cycle'];

const zones = [
  forbid(
    'domain',
    ['state', 'features', 'charts', 'export', 'ui', 'app', 'lib', 'config', 'i18n'],
    'domain/ is pure: it may import only zod and other domain/ files.',
  ),
  forbid(
    'i18n',
    ['state', 'features', 'charts', 'export', 'ui', 'app', 'lib', 'config'],
    'i18n/ is the language runtime: it may import only domain/ (the list of languages).',
  ),
  forbid(
    'state',
    ['features', 'charts', 'export', 'ui', 'app', 'i18n'],
    'state/ may import only domain/, lib/, config/ and zustand.',
  ),
  forbid(
    'charts',
    ['state', 'features', 'export', 'app'],
    'charts/ may import only domain/, lib/, chart.js and React.',
  ),
  forbid(
    'export',
    ['state', 'features', 'charts', 'ui', 'app', 'i18n'],
    'export/ may import only domain/, lib/ and config/; the chart arrives as a PNG data URL.',
  ),
  forbid(
    'ui',
    ['domain', 'state', 'features', 'charts', 'export', 'app'],
    'ui/ is presentational and knows nothing about the app.',
  ),
  forbid(
    'lib',
    ['domain', 'state', 'features', 'charts', 'export', 'ui', 'app'],
    'lib/ holds generic helpers with no app knowledge.',
  ),
  forbid('config', ['app'], 'Only main.tsx imports app/.'),
  forbid('features', ['app'], 'Only main.tsx imports app/.'),
  ...featureFolders().map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    // features/plan holds the target and action-plan components that the results and group
    // pages share; it imports no other feature.
    except:
      name === SHARED_FEATURE
        ? [`./${name}`]
        : [
            `./${name}`,
            `./${SHARED_FEATURE}`,
            ...(OPENED_BY[name] ?? []).map((n) => `./${n}`),
            ...(GATED.includes(name) ? [`./${GATE}`] : []),
          ],
    message: 'Features may not import each other: move shared code to domain/, ui/ or lib/.',
  })),
];

// ---------------------------------------------------------------------------------------
// Third-party confinement: each library is wrapped by one folder of src/.
// ---------------------------------------------------------------------------------------
const confined = [
  { names: ['chart.js'], home: ['src/charts/**'], where: 'src/charts/' },
  { names: ['jspdf', 'jspdf-autotable'], home: ['src/export/pdf/**'], where: 'src/export/pdf/' },
  { names: ['zustand'], home: ['src/state/**'], where: 'src/state/' },
  {
    names: ['react-hook-form', '@hookform/resolvers'],
    home: ['src/features/**', 'src/ui/form/**'],
    where: 'src/features/ and src/ui/form/',
  },
  { names: ['papaparse'], home: ['src/export/csv/**'], where: 'src/export/csv/' },
  { names: ['qrcode'], home: ['src/lib/qr/**'], where: 'src/lib/qr/' },
  { names: ['jsqr'], home: ['src/lib/qr-decode/**'], where: 'src/lib/qr-decode/' },
  // fflate (raw deflate for the pure response QR codec, src/domain/response/qr-payload.ts, and
  // the programme data's zip) has its one module in domain/, as zod's does (decision 020).
  { names: ['fflate'], home: ['src/domain/deflate.ts'], where: 'src/domain/deflate.ts' },
  { names: ['hyparquet-writer'], home: ['src/lib/parquet/**'], where: 'src/lib/parquet/' },
  { names: ['ical-generator'], home: ['src/export/calendar/**'], where: 'src/export/calendar/' },
  // Lingui's runtime is reached through src/i18n (the macros compile to imports of it too);
  // the macros themselves (`@lingui/react/macro`, `@lingui/core/macro`) may be used anywhere.
  {
    names: ['@lingui/core', '@lingui/react'],
    regex: '^@lingui/(core|react)(/(?!macro$).*)?$',
    home: ['src/i18n/**'],
    where: 'src/i18n/ (messages: the macros from @lingui/react/macro and @lingui/core/macro)',
  },
  // zod is configured once (no eval, for the CSP) and reached through src/domain/zod.ts.
  // A regex, not a path pattern, so that our own `../domain/zod` is not caught by its name.
  // Even there, only zod/mini: classic zod would ship a second, larger zod (decision 024).
  {
    names: ['zod'],
    regex: '^zod(/.*)?$',
    home: ['src/domain/zod.ts'],
    where: 'src/domain/zod.ts (import { z } from there)',
    inHome: {
      regex: '^zod(?!/mini$)(/.*)?$',
      message: 'src/domain/zod.ts imports zod/mini only, not classic zod (decision 024).',
    },
  },
];

const group = (names) => names.flatMap((name) => [name, `${name}/*`]);

/** Restricted-import patterns for a file living in `region` (one of the `home` globs). */
function confinementPatterns(region, { allowTypeImports = true } = {}) {
  return confined
    .filter((library) => !library.home.includes(region))
    .map((library) => ({
      ...(library.regex ? { regex: library.regex } : { group: group(library.names) }),
      allowTypeImports,
      message: `${library.names.join(' and ')} may be imported only in ${library.where}.`,
    }));
}

const reactPatterns = (where) => ({
  group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
  message: `${where} does not use React.`,
});

// Rendering HTML from strings is how user text turns into script; React escapes text for us.
const noHtmlMessage = 'User text is never rendered as HTML: render it as text.';
const noHtmlSyntax = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: noHtmlMessage },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: noHtmlMessage },
  {
    selector:
      'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: noHtmlMessage,
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: noHtmlMessage },
];

// Per-region rule sets. ESLint does not merge options of the same rule across config
// objects, so every region states its full list of restricted imports and syntax.
const regions = [
  {
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          // Messages made in the domain are descriptors, rendered by the UI (docs/i18n.md).
          paths: [
            {
              name: '@lingui/core/macro',
              importNames: ['t', 'plural', 'select', 'selectOrdinal'],
              message:
                'domain/ makes message descriptors only (msg, defineMessage); the UI renders them with i18n._.',
            },
          ],
          patterns: [
            {
              group: ['react', 'react/*', 'react-*', 'react-*/*', '@lingui/react/macro'],
              message: 'domain/ is pure TypeScript: no React.',
            },
            ...confinementPatterns('src/domain/**', { allowTypeImports: false }).map((pattern) => ({
              ...pattern,
              message: `domain/ is pure TypeScript. ${pattern.message}`,
            })),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator'].map((name) => ({
          name,
          message: `domain/ runs anywhere, including Node: no ${name}. Pass what you need in.`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        ...noHtmlSyntax,
        {
          selector: "MetaProperty[meta.name='import'][property.name='meta']",
          message: 'domain/ does not depend on the bundler: no import.meta. Pass values in.',
        },
      ],
    },
  },
  ...confined.flatMap((library) =>
    library.home.map((home) => ({
      files: [home],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              ...confinementPatterns(home),
              ...(home.startsWith('src/export/') ? [reactPatterns('export/')] : []),
              ...(library.inHome ? [library.inHome] : []),
            ],
          },
        ],
      },
    })),
  ),
  {
    files: ['src/export/**'],
    ignores: ['src/export/pdf/**', 'src/export/csv/**', 'src/export/calendar/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...confinementPatterns('src/export/**'), reactPatterns('export/')] },
      ],
    },
  },
];

export default defineConfig(
  globalIgnores([
    '.scratch/',
    'dist/',
    'dist-single/',
    'coverage/',
    'test-results/',
    'node_modules/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // Everywhere in src/ that is not one of the regions below: no confined library at all.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: confinementPatterns('src/**') },
      ],
      'no-restricted-syntax': ['error', ...noHtmlSyntax],
    },
  },
  ...regions,
  {
    files: ['tests/**', 'scripts/**', '*.config.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.vitest } },
  },
  {
    files: ['tests/component/**', 'tests/unit/**', 'tests/setup.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.vitest } },
  },
);
