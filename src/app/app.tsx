/**
 * The shell: loads the bank once, ties saved answers to it, picks the page for the current
 * route, and moves focus and the page title with every route change.
 */
import { Trans } from '@lingui/react/macro';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { parseRoute, paths, type Route } from '../config/paths';
import type { Bank } from '../domain/bank/bank-schema';
import { StartPage } from '../features/start/start-page';
import { useHash } from '../lib/hash-router';
import { reconcileWithBank } from '../state/assessment-actions';
import { loadBuiltInBank } from './bank-source';
import { Layout } from './layout';
import { SaveWarning } from './save-warning';
import { keepInStepWithOtherTabs } from '../state/other-tabs';
import { restoreCustomBank, useBankStore } from '../state/bank-store';
import { useLanguageStore } from '../state/language-store';
import { LanguageProvider } from '../i18n';
import { switchLanguage, useBanks } from './language';

// The start page is in the first load; every other page is fetched when first needed (and
// fetched early, once the start page is up), so the first visit stays small.
const loaders = {
  about: () => import('../features/start/about-page'),
  delete: () => import('../features/start/delete-page'),
  recovered: () => import('../features/start/recovered-page'),
  import: () => import('../features/start/import-page'),
  accessibility: () => import('../features/start/accessibility-page'),
  bank: () => import('../features/start/bank-page'),
  join: () => import('../features/participant/join-page'),
  handIn: () => import('../features/participant/hand-in-page'),
  group: () => import('../features/group/group-screen'),
  notFound: () => import('../features/questionnaire/not-found-page'),
  question: () => import('../features/questionnaire/question-page'),
  tasks: () => import('../features/questionnaire/task-list-page'),
  check: () => import('../features/review/check-answers-page'),
  results: () => import('../features/results/results-page'),
  radar: () => import('../charts/radar/radar-chart'),
  banner: () => import('./session-banner'),
};

/** Fetches every page's code; resolves when all of it has arrived (or failed to). */
export function prefetchPages(): Promise<unknown> {
  return Promise.allSettled(Object.values(loaders).map((load) => load()));
}
const AboutPage = lazy(() => loaders.about().then((m) => ({ default: m.AboutPage })));
const DeletePage = lazy(() => loaders.delete().then((m) => ({ default: m.DeletePage })));
const RecoveredPage = lazy(() => loaders.recovered().then((m) => ({ default: m.RecoveredPage })));
const ImportPage = lazy(() => loaders.import().then((m) => ({ default: m.ImportPage })));
const BankPage = lazy(() => loaders.bank().then((m) => ({ default: m.BankPage })));
const AccessibilityPage = lazy(() =>
  loaders.accessibility().then((m) => ({ default: m.AccessibilityPage })),
);
const JoinPage = lazy(() => loaders.join().then((m) => ({ default: m.JoinPage })));
const HandInPage = lazy(() => loaders.handIn().then((m) => ({ default: m.HandInPage })));
const GroupScreen = lazy(() => loaders.group().then((m) => ({ default: m.GroupScreen })));
// The group store and its schemas load after the first page; the banner then appears if a
// participant has joined a session.
const SessionBanner = lazy(() => loaders.banner().then((m) => ({ default: m.SessionBanner })));
const NotFoundPage = lazy(() => loaders.notFound().then((m) => ({ default: m.NotFoundPage })));
const QuestionPage = lazy(() => loaders.question().then((m) => ({ default: m.QuestionPage })));
const TaskListPage = lazy(() => loaders.tasks().then((m) => ({ default: m.TaskListPage })));
const CheckAnswersPage = lazy(() => loaders.check().then((m) => ({ default: m.CheckAnswersPage })));
const ResultsPage = lazy(() => loaders.results().then((m) => ({ default: m.ResultsPage })));

/**
 * A page opened directly (a reload, a bookmark) starts fetching its code now, alongside the
 * app's own start-up, instead of after the first render.
 */
const FIRST_LOAD: Partial<Record<Route['name'], (keyof typeof loaders)[]>> = {
  question: ['question'],
  tasks: ['tasks'],
  check: ['check'],
  results: ['results', 'radar'],
  group: ['group', 'radar'],
  join: ['join'],
  'hand-in': ['handIn'],
  about: ['about'],
};
for (const name of FIRST_LOAD[parseRoute(window.location.hash).name] ?? []) void loaders[name]();

const loaded = loadBuiltInBank();
if (loaded.ok) {
  const builtIn = loaded.bank;
  reconcileWithBank(builtIn);
  void restoreCustomBank();
  keepInStepWithOtherTabs(() => useBankStore.getState().custom ?? builtIn);
}

function Screen({ route, bank, builtIn }: { route: Route; bank: Bank; builtIn: Bank }) {
  switch (route.name) {
    case 'start':
      return <StartPage bank={bank} />;
    case 'about':
      return <AboutPage bank={bank} />;
    case 'tasks':
      return <TaskListPage bank={bank} />;
    case 'question':
      return (
        <QuestionPage
          bank={bank}
          sectionId={route.sectionId}
          pageId={route.pageId}
          fromCheck={route.fromCheck}
        />
      );
    case 'check':
      return <CheckAnswersPage bank={bank} />;
    case 'results':
      return <ResultsPage bank={bank} />;
    case 'delete':
      return <DeletePage bank={bank} builtIn={builtIn} />;
    case 'recovered':
      return <RecoveredPage />;
    case 'import':
      return <ImportPage bank={bank} />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'bank':
      return <BankPage bank={bank} builtIn={builtIn} />;
    case 'join':
      return <JoinPage bank={bank} token={route.token} />;
    case 'hand-in':
      return <HandInPage bank={bank} done={route.done} />;
    case 'group':
      return <GroupScreen bank={bank} view={route.view} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/**
 * After a route change, focus the new page's heading so screen readers announce it. A page
 * fetched on demand may render a moment later (the old page stays up meanwhile), so wait
 * until the heading in view is not the previous page's.
 */
let headingBeforeRouteChange: Element | null = null;
// Registered before React subscribes to the fragment, so it sees the old page's heading.
window.addEventListener('hashchange', () => {
  headingBeforeRouteChange = document.querySelector('main h1');
});

function useFocusOnRouteChange(routeKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if ((!heading || heading === headingBeforeRouteChange) && frames++ < 120) {
        handle = requestAnimationFrame(tryFocus);
        return;
      }
      const target = heading ?? document.querySelector<HTMLElement>('main');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [routeKey]);

  useEffect(() => {
    // Fetch the other pages once the first one is up, so later moves are instant and work
    // even if the connection drops.
    const t = setTimeout(() => void prefetchPages(), 500);
    return () => clearTimeout(t);
  }, []);
}

/**
 * A participant link carries the facilitator's language (`#/join?s=...&lang=cy`): arriving by
 * one switches to it, once, so the participant can still switch back afterwards.
 */
function useLanguageFromLink(route: Route, hash: string) {
  const linkLanguage = route.name === 'join' ? route.lang : undefined;
  useEffect(() => {
    if (linkLanguage && linkLanguage !== useLanguageStore.getState().language)
      void switchLanguage(linkLanguage);
    // Only when the address changes: a later choice on the toggle is left alone.
  }, [hash]); // eslint-disable-line react-hooks/exhaustive-deps
}

export function App() {
  return (
    <LanguageProvider>
      <Shell />
    </LanguageProvider>
  );
}

function Shell() {
  const hash = useHash();
  const route = parseRoute(hash);
  useFocusOnRouteChange(hash.split('?')[0] ?? hash);
  useLanguageFromLink(route, hash);

  if (!loaded.ok) {
    return (
      <Layout>
        <h1 className="govuk-heading-l">
          <Trans>The question bank could not be loaded</Trans>
        </h1>
        <p className="govuk-body">
          <Trans>Rally cannot start because its questions did not pass their checks:</Trans>
        </p>
        <pre className="govuk-body-s">
          {loaded.problems
            .map((p) => `${[p.file, p.where].filter(Boolean).join(', ')}: ${p.message}`)
            .join('\n')}
        </pre>
      </Layout>
    );
  }
  return <Pages route={route} englishBuiltIn={loaded.bank} />;
}

function Pages({ route, englishBuiltIn }: { route: Route; englishBuiltIn: Bank }) {
  // The bank in the language in use (English-only custom banks stay English).
  const { bank, builtIn } = useBanks(englishBuiltIn);
  return (
    <Layout>
      <Suspense fallback={null}>
        <SessionBanner />
      </Suspense>
      <SaveWarning bank={bank} />
      <Suspense
        fallback={
          <p className="govuk-body" role="status">
            <Trans>Loading…</Trans>
          </p>
        }
      >
        <Screen route={route} bank={bank} builtIn={builtIn} />
      </Suspense>
    </Layout>
  );
}

export { paths };
