/**
 * The shell: picks the page for the current route, and moves focus and the page title with
 * every route change. It is in the first load with the start page and nothing else: the
 * question bank, the stores (with zod) and every other page arrive as separate files, all
 * requested at once when the app starts (`preloadFor`). See docs/decisions/017.
 */
import { Suspense, useEffect, useRef } from 'react';
import { parseRoute, paths, type Route } from '../config/paths';
import { StartPage } from '../features/start/start-page';
import { useHash } from '../lib/hash-router';
import { lazyPart, moduleLoader } from '../lib/lazy-part';
import { Layout } from './layout';
import { AccessibilityPage, SessionBanner, allPageCode, preloadPage } from './pages';

/** The bank, the stores and the pages that need them; `start` runs as soon as it arrives. */
const data = moduleLoader(() =>
  import('./app-data').then((module) => {
    module.start();
    return module;
  }),
);
const DataScreen = lazyPart(data, (m) => m.DataScreen);
const StartPart = lazyPart(data, (m) => m.StartPart);
const SaveWarning = lazyPart(data, (m) => m.CurrentSaveWarning);

/** Fetches everything the page at `route` needs; resolves when it is in (or failed to come). */
export function preloadFor(route: Route): Promise<unknown> {
  return Promise.allSettled([data.load(), preloadPage(route)]);
}

/** Fetches every page's code; resolves when all of it has arrived (or failed to). */
export function prefetchPages(): Promise<unknown> {
  return Promise.allSettled([data.load(), ...allPageCode.map((c) => c.load())]);
}

/**
 * Once the first page is up and the browser has nothing else to do, fetch the other pages one
 * at a time, so later moves are instant and work even if the connection drops, without
 * competing with the first page for the network or the processor.
 */
function prefetchWhenIdle(): () => void {
  let cancelled = false;
  let handle = 0;
  const idle = (next: () => void) =>
    window.requestIdleCallback
      ? window.requestIdleCallback(next, { timeout: 10_000 })
      : window.setTimeout(next, 200);
  const step = (index: number) => {
    if (cancelled || index >= allPageCode.length) return;
    handle = idle(() => {
      void allPageCode[index]!.load()
        .catch(() => undefined)
        .then(() => step(index + 1));
    });
  };
  const begin = () => step(0);
  if (document.readyState === 'complete') handle = window.setTimeout(begin, 1000);
  else window.addEventListener('load', () => (handle = window.setTimeout(begin, 1000)));
  return () => {
    cancelled = true;
    window.clearTimeout(handle);
    window.cancelIdleCallback?.(handle);
  };
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'start':
      return (
        <StartPage
          keptAside={
            <Suspense fallback={null}>
              <StartPart part="kept-aside" />
            </Suspense>
          }
          progress={
            <Suspense fallback={null}>
              <StartPart part="progress" />
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
 * until the heading in view is not the previous page's.
 */
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

  useEffect(() => prefetchWhenIdle(), []);
}

export function App() {
  const hash = useHash();
  const route = parseRoute(hash);
  useFocusOnRouteChange(hash.split('?')[0] ?? hash);
  return (
    <Layout>
      <Suspense fallback={null}>
        <SessionBanner />
      </Suspense>
      <Suspense fallback={null}>
        <SaveWarning />
      </Suspense>
      <Suspense
        fallback={
          <p className="govuk-body" role="status">
            Loading…
          </p>
        }
      >
        <Screen route={route} />
      </Suspense>
    </Layout>
  );
}

export { paths };
