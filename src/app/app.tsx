/**
 * The shell: picks the page for the current route, and moves focus and the page title with
 * every route change. It is in the first load with the start page and nothing else: the
 * question bank, the stores (with zod) and every other page arrive as separate files, all
 * requested at once when the app starts (`preloadFor`). See docs/decisions/016.
 */
import { Trans } from '@lingui/react/macro';
import { Suspense, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { parseRoute, paths, type Route } from '../config/paths';
import { StartPage } from '../features/start/start-page';
import { useHash } from '../lib/hash-router';
import { lazyPart, moduleLoader } from '../lib/lazy-part';
import { Layout } from './layout';
import { AccessibilityPage, SessionBanner, allPageCode, preloadPage } from './pages';
import { useLanguageStore } from '../state/language-store';
import { sessionMaybeSaved } from '../state/storage-keys';
import { LanguageProvider, loadCatalogue } from '../i18n';
import { switchLanguage } from './language';
import { partTakenOver } from './take-over';

/** The bank, the stores and the pages that need them; `start` runs as soon as it arrives. */
const data = moduleLoader(async () => {
  // With the rest of the English (the first load has only the shell's and the start pages'):
  // the pages below use it, and it is the language React takes a prerendered page over in.
  const [module] = await Promise.all([import('./app-data'), loadCatalogue('en')]);
  // In a task of its own: the code's own set-up (zod's included) is a task already.
  await new Promise((resolve) => setTimeout(resolve, 0));
  module.start();
  return module;
});
const DataScreen = lazyPart(data, (m) => m.DataScreen);
const StartPart = lazyPart(data, (m) => m.StartPart);
const SaveWarning = lazyPart(data, (m) => m.CurrentSaveWarning);

/** Fetches everything the page at `route` needs; resolves when it is in (or failed to come). */
export function preloadFor(route: Route): Promise<unknown> {
  return Promise.allSettled([data.load(), preloadPage(route, { banner: bannerWanted() })]);
}

/** Fetches every page's code; resolves when all of it has arrived (or failed to). */
export function prefetchPages(): Promise<unknown> {
  return Promise.allSettled([data.load(), ...allPageCode.map((c) => c.load())]);
}

/** How long after the page has loaded the other pages start to be fetched. */
const PREFETCH_AFTER_MS = 5000;

/**
 * A while after the first page has loaded, when the browser has nothing else to do, fetch the
 * other pages one at a time, so later moves are instant and work even if the connection drops,
 * without competing with the first page for the network or the processor. (Once the service
 * worker is installed, a few seconds after the first visit, every file is on the device anyway.)
 */
function prefetchWhenIdle(): () => void {
  let cancelled = false;
  let timer = 0;
  const whenIdle = (next: () => void) => {
    if (window.requestIdleCallback) window.requestIdleCallback(next, { timeout: 10_000 });
    else timer = window.setTimeout(next, 200);
  };
  const step = (index: number) => {
    if (cancelled || index >= allPageCode.length) return;
    whenIdle(() => {
      if (cancelled) return;
      void allPageCode[index]!.load()
        .catch(() => undefined)
        .then(() => step(index + 1));
    });
  };
  const begin = () => (timer = window.setTimeout(() => step(0), PREFETCH_AFTER_MS));
  if (document.readyState === 'complete') begin();
  else window.addEventListener('load', begin, { once: true });
  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    window.removeEventListener('load', begin);
  };
}

/**
 * The session banner comes with the group store and its checks (the `session-data` chunk), and
 * shows only to someone who has joined a group session, which is then saved on the device. So
 * its code is fetched only when a session may be saved (`sessionMaybeSaved`): at start, and
 * again after each move, since a participant joins on the join page and then moves on to the
 * questions. When React takes over a prerendered page nothing is saved, and the HTML, drawn
 * without the banner, matches what React draws first.
 */
let bannerDeferred = false;
let bannerLatched = false;
const bannerListeners = new Set<() => void>();

function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Whether the banner's code is wanted now; once it is, it stays wanted. */
function bannerWanted(): boolean {
  if (!bannerLatched && !bannerDeferred && sessionMaybeSaved(deviceStorage())) bannerLatched = true;
  return bannerLatched;
}

/** Until the first move: React is taking over a prerendered page, drawn without the banner. */
export function deferSessionBanner() {
  bannerDeferred = true;
}

/** After each move: fetches and shows the session banner if a session may now be saved. */
export function wantSessionBannerIfSaved() {
  bannerDeferred = false;
  if (bannerLatched || !bannerWanted()) return;
  for (const listener of bannerListeners) listener();
}

function useSessionBannerWanted(): boolean {
  return useSyncExternalStore(
    (listener) => {
      bannerListeners.add(listener);
      return () => bannerListeners.delete(listener);
    },
    bannerWanted,
    () => false,
  );
}

/**
 * In each Suspense boundary of the shell, after what it holds: reports when React has drawn
 * the part (see `takenOver` in src/app/take-over.ts).
 */
function PartTakenOver() {
  // Once per part, even when StrictMode runs effects twice.
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    partTakenOver();
  }, []);
  return null;
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return (
        <StartPage
          keptAside={
            <Suspense fallback={null}>
              <StartPart part="kept-aside" />
              <PartTakenOver />
            </Suspense>
          }
          progress={
            <Suspense fallback={null}>
              <StartPart part="progress" />
              <PartTakenOver />
            </Suspense>
          }
        />
      );
    case 'accessibility':
      return <AccessibilityPage />;
    default:
      return <DataScreen route={route} />;
  }
}

/**
 * After a route change, focus the new page's heading so screen readers announce it. A page
 * fetched on demand may render a moment later (the old page stays up meanwhile), so wait
 * until the heading in view is not the previous page's: on a slow connection that can take
 * seconds, and focusing the old heading would drop focus to the body when its page goes.
 */
const FOCUS_WAIT_LIMIT_MS = 15_000;
let headingBeforeRouteChange: Element | null = null;
// Registered before React subscribes to the fragment, so it sees the old page's heading.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    headingBeforeRouteChange = document.querySelector('main h1');
  });
}

function useFocusOnRouteChange(routeKey: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const started = performance.now();
    let handle = 0;
    const tryFocus = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      const waiting = !heading || heading === headingBeforeRouteChange;
      if (waiting && performance.now() - started < FOCUS_WAIT_LIMIT_MS) {
        handle = requestAnimationFrame(tryFocus);
        return;
      }
      // Never the previous page's heading: past the limit, the main region instead.
      const target = waiting ? document.querySelector<HTMLElement>('main') : heading;
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [routeKey]);

  useEffect(() => prefetchWhenIdle(), []);
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

/** `onReady` runs once the first page is on screen (in the same frame). */
export function App({ onReady }: { onReady?: () => void }) {
  return (
    <LanguageProvider>
      <Shell onReady={onReady} />
    </LanguageProvider>
  );
}

function Shell({ onReady }: { onReady?: () => void }) {
  const hash = useHash();
  const route = parseRoute(hash);
  const banner = useSessionBannerWanted();
  useFocusOnRouteChange(hash.split('?')[0] ?? hash);
  useLanguageFromLink(route, hash);
  const ready = useRef(onReady);
  useLayoutEffect(() => ready.current?.(), []);
  return (
    <Layout>
      {banner && (
        <Suspense fallback={null}>
          <SessionBanner />
          <PartTakenOver />
        </Suspense>
      )}
      <Suspense fallback={null}>
        <SaveWarning />
        <PartTakenOver />
      </Suspense>
      <Suspense
        fallback={
          <p className="govuk-body" role="status">
            <Trans>Loading…</Trans>
          </p>
        }
      >
        <Screen route={route} />
        <PartTakenOver />
      </Suspense>
    </Layout>
  );
}

export { paths };
