/**
 * The early script fetches a deep-linked page's code from the list in src/config/route-code.ts;
 * the app fetches it through the imports in src/app/pages.tsx. If the two disagreed, a page
 * would still work, only slower: these checks keep them the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRELOADS_PER_TASK, codeFor, preloadCode, type BootConfig } from '../../src/app/boot/boot';
import { CODE_FILES, ROUTE_CODE } from '../../src/config/route-code';

const root = path.resolve(__dirname, '../..');
const pages = readFileSync(path.join(root, 'src/app/pages.tsx'), 'utf8');
const radarLoader = readFileSync(path.join(root, 'src/charts/radar/radar-when-near.tsx'), 'utf8');

describe('route-code.ts and pages.tsx', () => {
  it.each(Object.entries(CODE_FILES))('%s imports %s', (name, file) => {
    // The radar's loader lives beside the chart, which the pages place themselves.
    const [source, folder, key] =
      name === 'radar'
        ? [radarLoader, 'src/charts/radar', 'radarCode = ']
        : [pages, 'src/app', `${name}: `];
    // A group page's loader also fetches the group pages' English: withGroupEnglish(import(...)).
    const imported = new RegExp(
      `\\b${key}moduleLoader\\(\\(\\)\\s*=>\\s*(?:withGroupEnglish\\(\\s*)?import\\('([^']+)'\\)\\)`,
    ).exec(source)?.[1];
    expect(imported, `no loader for ${name}`).toBeDefined();
    const resolved = path.relative(root, path.resolve(root, folder, imported!));
    expect(file.replace(/\.tsx?$/, '')).toBe(resolved);
  });

  it('names only code that exists, for every route', () => {
    for (const names of Object.values(ROUTE_CODE))
      for (const name of names) expect(Object.keys(CODE_FILES)).toContain(name);
  });
});

describe('codeFor (the early script)', () => {
  const config: BootConfig = {
    entry: './assets/index.js',
    lang: 'en-GB',
    titles: {},
    namePlaceholder: '',
    preload: {
      data: ['assets/react.js', 'assets/app-data.js'],
      session: ['assets/session-data.js', 'assets/app-data.js'],
      routes: {
        results: ['assets/results-page.js', 'assets/app-data.js'],
        group: ['assets/group-screen.js'],
        'group/results': ['assets/group-results-screen.js'],
      },
    },
  };
  const storage = (saved: Record<string, string>) =>
    ({ getItem: (key: string) => saved[key] ?? null }) as Storage;
  const noSession = storage({ 'rally:assessment': '{}' });
  const withSession = storage({ 'rally:group': '{}' });

  it("lists the data and the route's own code, each once", () => {
    expect(codeFor('#/results', config, noSession)).toEqual([
      'assets/react.js',
      'assets/app-data.js',
      'assets/results-page.js',
    ]);
  });

  it('lists the group results’ own code, not the other facilitator pages’', () => {
    expect(codeFor('#/group/results', config, withSession)).toEqual([
      'assets/react.js',
      'assets/app-data.js',
      'assets/session-data.js',
      'assets/group-results-screen.js',
    ]);
    expect(codeFor('#/group/add', config, withSession)).toContain('assets/group-screen.js');
    expect(codeFor('#/group/add', config, withSession)).not.toContain(
      'assets/group-results-screen.js',
    );
  });

  it('lists only the data for a route with no code of its own in the list', () => {
    expect(codeFor('#/check', config, noSession)).toEqual([
      'assets/react.js',
      'assets/app-data.js',
    ]);
  });

  it('adds the session banner’s code only when a group session is saved', () => {
    expect(codeFor('#/check', config, withSession)).toEqual([
      'assets/react.js',
      'assets/app-data.js',
      'assets/session-data.js',
    ]);
  });

  it('adds it when the device’s storage cannot be read (a session may be in memory)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(codeFor('#/check', config, broken)).toContain('assets/session-data.js');
    expect(codeFor('#/check', config, null)).toContain('assets/session-data.js');
  });
});

describe('preloadCode (the early script)', () => {
  it('asks for every file once, in order, a few in each task', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 25 }), (names) => {
        const files = names.map((n) => `assets/${n}.js`);
        document.head.innerHTML = '';
        const tasks: (() => void)[] = [];
        const perTask: number[] = [];
        const count = () => document.head.querySelectorAll('link[rel="modulepreload"]').length;
        preloadCode(document, files, (next) => tasks.push(next));
        perTask.push(count());
        while (tasks.length) {
          const before = count();
          tasks.shift()!();
          perTask.push(count() - before);
        }
        const asked = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) =>
          new URL((l as HTMLLinkElement).href).pathname.replace(/^\//, ''),
        );
        expect(asked).toEqual(files);
        expect(Math.max(...perTask)).toBeLessThanOrEqual(PRELOADS_PER_TASK);
        // No task is spent asking for nothing.
        expect(perTask.slice(1).every((n) => n > 0)).toBe(true);
      }),
    );
  });
});
