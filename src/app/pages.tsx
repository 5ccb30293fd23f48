/**
 * Every page's code, fetched on demand: the first load holds only the shell and the start
 * page. `preloadPage` starts every fetch a route needs at once, so a page opened directly (a
 * reload, a bookmark, a deep link) does not wait for one file before asking for the next.
 */
import type { Route } from '../config/paths';
import { ROUTE_CODE, codeKey, type CodeName } from '../config/route-code';
import { radarCode } from '../charts/radar/radar-when-near';
import { lazyPart, moduleLoader, type ModuleLoader } from '../lib/lazy-part';
import { addEnglish } from '../i18n';

/**
 * A group page's code, with the group pages' English (which the app's data leaves out): the page
 * never draws before its messages are in.
 */
function withGroupEnglish<M>(page: Promise<M>): Promise<M> {
  const english = code.groupEnglish.load().then(({ messages }) => addEnglish(messages));
  return Promise.all([page, english]).then(([module]) => module);
}

/** Keyed as `CODE_FILES` (src/config/route-code.ts), each importing that file. */
const code = {
  about: moduleLoader(() => import('../features/start/about-page')),
  delete: moduleLoader(() => import('../features/start/delete-page')),
  recovered: moduleLoader(() => import('../features/start/recovered-page')),
  import: moduleLoader(() => import('../features/start/import-page')),
  accessibility: moduleLoader(() => import('../features/start/accessibility-page')),
  bank: moduleLoader(() => import('../features/start/bank-page')),
  join: moduleLoader(() => withGroupEnglish(import('../features/participant/join-page'))),
  handIn: moduleLoader(() => withGroupEnglish(import('../features/participant/hand-in-page'))),
  group: moduleLoader(() => withGroupEnglish(import('../features/group/group-screen'))),
  groupResults: moduleLoader(() =>
    withGroupEnglish(import('../features/group/group-results-screen')),
  ),
  groupEnglish: moduleLoader(() => import('../i18n/catalogues/en-group')),
  cycle: moduleLoader(() => withGroupEnglish(import('../features/cycle/cycle-screen'))),
  present: moduleLoader(() => withGroupEnglish(import('../features/present/present-screen'))),
  programme: moduleLoader(() => withGroupEnglish(import('../features/programme/programme-page'))),
  notFound: moduleLoader(() => import('../features/questionnaire/not-found-page')),
  question: moduleLoader(() => import('../features/questionnaire/question-page')),
  tasks: moduleLoader(() => import('../features/questionnaire/task-list-page')),
  check: moduleLoader(() => import('../features/review/check-answers-page')),
  results: moduleLoader(() => import('../features/results/results-page')),
  // chart.js: fetched when a page's chart comes near the screen (never with the page's
  // headline: the page would wait for 60 KB it does not need to paint), or with the other
  // pages a while after load.
  radar: radarCode,
  banner: moduleLoader(() => import('./session-banner')),
} satisfies Record<CodeName, ModuleLoader<unknown>>;

export const AboutPage = lazyPart(code.about, (m) => m.AboutPage);
export const DeletePage = lazyPart(code.delete, (m) => m.DeletePage);
export const RecoveredPage = lazyPart(code.recovered, (m) => m.RecoveredPage);
export const ImportPage = lazyPart(code.import, (m) => m.ImportPage);
export const AccessibilityPage = lazyPart(code.accessibility, (m) => m.AccessibilityPage);
export const BankPage = lazyPart(code.bank, (m) => m.BankPage);
export const JoinPage = lazyPart(code.join, (m) => m.JoinPage);
export const HandInPage = lazyPart(code.handIn, (m) => m.HandInPage);
export const GroupScreen = lazyPart(code.group, (m) => m.GroupScreen);
export const GroupResultsScreen = lazyPart(code.groupResults, (m) => m.GroupResultsScreen);
export const CycleScreen = lazyPart(code.cycle, (m) => m.CycleScreen);
export const PresentScreen = lazyPart(code.present, (m) => m.PresentScreen);
export const ProgrammePage = lazyPart(code.programme, (m) => m.ProgrammePage);
export const NotFoundPage = lazyPart(code.notFound, (m) => m.NotFoundPage);
export const QuestionPage = lazyPart(code.question, (m) => m.QuestionPage);
export const TaskListPage = lazyPart(code.tasks, (m) => m.TaskListPage);
export const CheckAnswersPage = lazyPart(code.check, (m) => m.CheckAnswersPage);
export const ResultsPage = lazyPart(code.results, (m) => m.ResultsPage);
// The group store and its checks load with the banner; it appears if a participant has
// joined a session.
export const SessionBanner = lazyPart(code.banner, (m) => m.SessionBanner);

/**
 * Starts fetching a route's page code, and the session banner's unless told not to; resolves
 * when all of it is in.
 */
export function preloadPage(route: Route, { banner = true } = {}): Promise<unknown> {
  const own: ModuleLoader<unknown>[] = ROUTE_CODE[codeKey(route)].map((name) => code[name]);
  const wanted = banner ? [code.banner, ...own] : own;
  return Promise.allSettled(wanted.map((c) => c.load()));
}

/** Every page's code, in the order a user is most likely to need it. */
export const allPageCode: readonly ModuleLoader<unknown>[] = [
  code.banner,
  code.tasks,
  code.question,
  code.check,
  code.results,
  code.radar,
  code.about,
  code.import,
  code.delete,
  code.recovered,
  code.accessibility,
  code.join,
  code.handIn,
  code.group,
  code.groupResults,
  code.cycle,
  code.present,
  code.programme,
  code.bank,
  code.notFound,
];
