/**
 * Which code each page needs, by source file: the one list from which both the app
 * (src/app/pages.tsx, which fetches it) and the build (scripts/lib/prerender.ts, which tells
 * the early script what to fetch) work.
 *
 * A page that needs saved data cannot be prerendered; when one is opened directly (a reload, a
 * bookmark, a deep link), the early script starts fetching its code and the app's data at once,
 * beside the app's own first file, instead of after it has arrived and run. See decision 016.
 */
import type { Route } from './paths';

/** Each piece of page code fetched on demand, by the source file it starts from. */
export const CODE_FILES = {
  about: 'src/features/start/about-page.tsx',
  delete: 'src/features/start/delete-page.tsx',
  recovered: 'src/features/start/recovered-page.tsx',
  import: 'src/features/start/import-page.tsx',
  accessibility: 'src/features/start/accessibility-page.tsx',
  bank: 'src/features/start/bank-page.tsx',
  join: 'src/features/participant/join-page.tsx',
  handIn: 'src/features/participant/hand-in-page.tsx',
  group: 'src/features/group/group-screen.tsx',
  groupResults: 'src/features/group/group-results-screen.tsx',
  cycle: 'src/features/cycle/cycle-screen.tsx',
  present: 'src/features/present/present-screen.tsx',
  programme: 'src/features/programme/programme-page.tsx',
  notFound: 'src/features/questionnaire/not-found-page.tsx',
  question: 'src/features/questionnaire/question-page.tsx',
  tasks: 'src/features/questionnaire/task-list-page.tsx',
  check: 'src/features/review/check-answers-page.tsx',
  results: 'src/features/results/results-page.tsx',
  radar: 'src/charts/radar/radar-chart.tsx',
  banner: 'src/app/session-banner.tsx',
  /** The group pages' English, which the app's data leaves out (src/i18n/catalogues/). */
  groupEnglish: 'src/i18n/catalogues/en-group.ts',
} as const;

export type CodeName = keyof typeof CODE_FILES;

/**
 * The key a route's code is listed under: its name, or for the group's results (a page of its
 * own, fetched without the other facilitator pages) `group/results`.
 */
export type CodeKey = Route['name'] | 'group/results';

export function codeKey(route: Route): CodeKey {
  return route.name === 'group' && route.view === 'results' ? 'group/results' : route.name;
}

/**
 * The code each route's page needs to draw its first view (by `codeKey`). A page's chart is not
 * part of it: chart.js (60 KB) arrives after the page's headline, never before it.
 */
export const ROUTE_CODE: Readonly<Record<CodeKey, readonly CodeName[]>> = {
  start: [],
  about: ['about'],
  tasks: ['tasks'],
  question: ['question'],
  check: ['check'],
  results: ['results'],
  delete: ['delete'],
  recovered: ['recovered'],
  import: ['import'],
  accessibility: ['accessibility'],
  bank: ['bank'],
  join: ['join', 'groupEnglish'],
  'hand-in': ['handIn', 'groupEnglish'],
  group: ['group', 'groupEnglish'],
  'group/results': ['groupResults', 'groupEnglish'],
  cycle: ['cycle', 'groupEnglish'],
  present: ['present', 'groupEnglish'],
  programme: ['programme', 'groupEnglish'],
  'not-found': ['notFound'],
};

/**
 * What every page but the prerendered ones needs besides its own code: the app's data (the
 * bank, the assessment's store) and the English messages beyond the first load's.
 */
export const DATA_FILES = ['src/app/app-data.tsx', 'src/i18n/catalogues/en-rest.ts'] as const;

/**
 * What a page needs besides, only when a group session is saved on the device: the session
 * banner, with the group store and the session file's checks it reads. Without a session, the
 * question pages never build those checks (building zod's schemas is a large part of starting
 * up); pages that use the group store themselves (check your answers, results) still fetch it.
 */
export const SESSION_FILES = [CODE_FILES.banner] as const;

/**
 * What goes in the `session-data` chunk: the group store, the session file's checks, which build
 * their schemas when the chunk runs, and the session banner, which every page with a saved
 * session fetches with them (one file instead of four). Only what these reach and the personal
 * pages (PERSONAL_PAGES) do not: the store also reaches code those pages share (scoring, the
 * response file), and a page that imported that from `session-data` would run the store's checks
 * too.
 */
export const SESSION_DATA_FILES = [
  'src/state/group-store.ts',
  'src/app/session-banner.tsx',
] as const;

/**
 * The facilitator's pages of a group session. What the group's results page needs and no other
 * page does, besides these, goes in one chunk (`group-results`): a board member opening the
 * results on a phone waits for about a dozen files instead of about two dozen (see
 * scripts/lib/prerender.ts, `dataChunkName`).
 */
export const FACILITATOR_PAGES = [
  'group',
  'groupResults',
  'cycle',
  'present',
] as const satisfies readonly CodeName[];

/** The pages of one person's own assessment, which need no group session. */
export const PERSONAL_PAGES = [
  'question',
  'tasks',
  'check',
  'results',
] as const satisfies readonly CodeName[];
