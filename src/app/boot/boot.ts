/**
 * The early script: a few lines that run in <head>, before the body is parsed and before the
 * first paint, from a file of the app's own origin (the Content Security Policy allows no
 * inline script; the single-file build inlines it and allows it by its hash).
 *
 * index.html holds the start page, the about page, the accessibility statement and the join
 * page, prerendered at build time (scripts/lib/prerender.ts); the stylesheet shows the start
 * page unless told otherwise. The route is in the fragment, which the server never sees, so
 * this script reads it and marks <html>:
 *   - `data-rally-show="<page>"` when a prerendered page is exactly what the app would draw:
 *     the fragment asks for it, nothing of Rally's is saved on this device (answers, a joined
 *     session, a loaded bank or kept-aside data would change it) and no other language was
 *     chosen than the one the pages were prerendered in;
 *   - `data-rally-wait` otherwise: nothing of a page is shown until the app has drawn it, so a
 *     deep link or a reload never flashes the start page or a page without the saved answers;
 *     `data-rally-wait="shell"` shows the header meanwhile (every page has the same one), when
 *     the page will be in the language it was prerendered in, so that something is painted
 *     while the page's code and data arrive;
 *   - `data-rally-filling` while the join page's details from the link are being filled in.
 * Until the app takes over (`data-rally-app`), following a link to another prerendered page
 * shows it at once; any other link leaves the page as it is until the app is ready, and a
 * language chosen on the header's toggle is kept for the app (`data-rally-chosen-language`).
 *
 * It also starts the app (`BootConfig.entry`).
 *
 * Without JavaScript none of this runs and the prerendered start page is what shows.
 */
import { parseRoute } from '../../config/paths';
import { codeKey, type CodeKey } from '../../config/route-code';
import {
  APP_ATTRIBUTE,
  FILL,
  FILL_ATTRIBUTE,
  FILL_ROW_ATTRIBUTE,
  FILLING_ATTRIBUTE,
  LANGUAGE_KEY,
  SAVED_KEY_PREFIX,
  SHOW_ATTRIBUTE,
  WAIT_ATTRIBUTE,
  keepLanguageChoice,
  prerenderedPageFor,
  type PrerenderedPage,
} from '../../config/prerendered';
import { sessionMaybeSaved } from '../../state/storage-keys';
import { joinDateText, readJoinToken, type JoinDetails } from './join-token';

export type BootConfig = {
  /**
   * The app's entry script, which this script adds to the page: at once when the app has to
   * draw the page, and only after the first paint when a prerendered page is shown (its code is
   * not needed to paint it, so it does not compete with what is). Null when the page loads the
   * app itself (the single-file build).
   */
  entry: string | null;
  /**
   * The code files (relative to the page) that a page drawn by the app needs before it can draw
   * anything: `data` for every such page, `routes` by `codeKey`, and `session` (the session
   * banner and the group store) when a group session is saved on the device. When no
   * prerendered page is right, they are fetched at once, beside the entry, instead of after it
   * has run.
   */
  preload: {
    data: string[];
    session: string[];
    routes: Partial<Record<CodeKey, string[]>>;
  };
  /** The language the pages were prerendered in (`<html lang>`). */
  lang: string;
  /** Each prerendered page's title; the join page's holds `namePlaceholder`. */
  titles: Partial<Record<PrerenderedPage, string>>;
  namePlaceholder: string;
};

export type Decision =
  | { show: Exclude<PrerenderedPage, 'join'> }
  | { show: 'join'; details: JoinDetails }
  /**
   * `shell`: the page's header may show meanwhile (the prerendered start page's, which every
   * page shares), when the page will be drawn in the prerendered language.
   */
  | { wait: true; shell: boolean };

function storageOf(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/** Whether anything of Rally's other than the language choice is saved on this device. */
export function somethingSaved(storage: Storage | null): boolean {
  if (!storage) return false;
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key && key.startsWith(SAVED_KEY_PREFIX) && key !== LANGUAGE_KEY) return true;
    }
  } catch {
    // Storage that cannot be read holds nothing the app could use either.
  }
  return false;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/** Whether the user chose a language other than the prerendered one. */
export function otherLanguage(storage: Storage | null, lang: string): boolean {
  let chosen: string | null = null;
  try {
    chosen = storage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    chosen = null;
  }
  return chosen !== null && primary(chosen) !== primary(lang);
}

export function decide(hash: string, storage: Storage | null, config: BootConfig): Decision {
  const route = parseRoute(hash);
  const page = prerenderedPageFor(route);
  // A participant link in another language: the app switches to it before drawing the page.
  const linkLanguage = route.name === 'join' && route.lang ? route.lang : null;
  const shell =
    !otherLanguage(storage, config.lang) &&
    !(linkLanguage && primary(linkLanguage) !== primary(config.lang));
  if (!page || somethingSaved(storage) || !shell) return { wait: true, shell };
  if (route.name !== 'join') return { show: page as Exclude<PrerenderedPage, 'join'> };
  const details = readJoinToken(route.token);
  return details ? { show: 'join', details } : { wait: true, shell };
}

/** Writes the link's details into the prerendered join page, as the app would draw them. */
export function fillJoinPage(doc: Document, details: JoinDetails) {
  const values: Record<string, string | undefined> = {
    [FILL.name]: details.partnershipName,
    [FILL.date]: joinDateText(details.date),
    [FILL.label]: details.label,
  };
  for (const row of doc.querySelectorAll(`[${FILL_ROW_ATTRIBUTE}]`)) {
    if (values[row.getAttribute(FILL_ROW_ATTRIBUTE) ?? ''] === undefined) row.remove();
  }
  for (const element of doc.querySelectorAll(`[${FILL_ATTRIBUTE}]`)) {
    const value = values[element.getAttribute(FILL_ATTRIBUTE) ?? ''];
    if (value !== undefined) element.textContent = value;
  }
}

/** The code files the app will ask for first to draw the page at `hash` (none if prerendered). */
export function codeFor(hash: string, config: BootConfig, storage: Storage | null): string[] {
  const own = config.preload.routes[codeKey(parseRoute(hash))] ?? [];
  const session = sessionMaybeSaved(storage) ? config.preload.session : [];
  return [...new Set([...config.preload.data, ...session, ...own])];
}

/** Files whose fetch is started in one task: starting each costs the page's thread a few ms. */
export const PRELOADS_PER_TASK = 3;

/**
 * Starts fetching `files` as the app's own dynamic imports will ask for them (module scripts of
 * this origin, fetched with CORS; absolute addresses, which Vite's loader recognises as already
 * asked for), so each arrives once. Starting a fetch takes the browser a few milliseconds of
 * the page's thread, so the files are asked for a few at a time, in order (the data first), each
 * group in its own task: a dozen at once made one task long enough to hold up a tap.
 */
export function preloadCode(
  doc: Document,
  files: readonly string[],
  later: (next: () => void) => void,
) {
  const group = files.slice(0, PRELOADS_PER_TASK);
  for (const file of group) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = new URL(file, doc.baseURI).href;
    doc.head.appendChild(link);
  }
  const rest = files.slice(PRELOADS_PER_TASK);
  if (rest.length) later(() => preloadCode(doc, rest, later));
}

/** The longest the app's code waits for the first paint before it is fetched anyway. */
export const PAINT_WAIT_LIMIT_MS = 3000;

/**
 * Runs `run` once the page's first contentful paint is on the screen, so that nothing asked for
 * here competes on a slow connection with what that paint needs. An animation frame callback
 * runs before its frame is painted, and a task queued from it may still run before the frame
 * reaches the screen, so the browser's own paint entry is awaited. It runs anyway when the page
 * is hidden (a hidden page does not paint) or no paint entry has come after
 * `PAINT_WAIT_LIMIT_MS`. A browser without paint entries runs it two frames later, when the
 * first has been painted.
 */
export function afterFirstPaint(win: Window, run: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    win.document.removeEventListener('visibilitychange', onHidden);
    run();
  };
  const onHidden = () => {
    if (win.document.visibilityState === 'hidden') once();
  };
  let observer: PerformanceObserver | undefined;
  const Observer = (win as Window & { PerformanceObserver?: typeof PerformanceObserver })
    .PerformanceObserver;
  if (Observer?.supportedEntryTypes?.includes('paint')) {
    observer = new Observer((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) win.setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
    win.document.addEventListener('visibilitychange', onHidden);
    // A safety net: the app starts even if no paint entry ever comes.
    win.setTimeout(once, PAINT_WAIT_LIMIT_MS);
  } else win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(once, 0)));
}

export function boot(win: Window, config: BootConfig) {
  const doc = win.document;
  const html = doc.documentElement;
  const storage = storageOf(win);

  const apply = (decision: Decision, atStart: boolean) => {
    if ('wait' in decision) {
      // Before the app: a link to a page that is not prerendered leaves this one in place.
      if (atStart) html.setAttribute(WAIT_ATTRIBUTE, decision.shell ? 'shell' : '');
      return;
    }
    html.removeAttribute(WAIT_ATTRIBUTE);
    html.setAttribute(SHOW_ATTRIBUTE, decision.show);
    const title = config.titles[decision.show];
    if (decision.show === 'join') {
      const { details } = decision;
      if (title) doc.title = title.split(config.namePlaceholder).join(details.partnershipName);
      const fill = () => {
        fillJoinPage(doc, details);
        html.removeAttribute(FILLING_ATTRIBUTE);
      };
      if (doc.readyState === 'loading') {
        // The page is hidden until the whole body is parsed and filled in.
        html.setAttribute(FILLING_ATTRIBUTE, '');
        doc.addEventListener('readystatechange', fill, { once: true });
      } else fill();
    } else if (title) doc.title = title;
  };

  const first = decide(win.location.hash, storage, config);
  apply(first, true);
  if (config.entry) {
    const entry = config.entry;
    const start = () => {
      const script = doc.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = entry;
      doc.head.appendChild(script);
    };
    if ('wait' in first || doc.visibilityState === 'hidden') start();
    else afterFirstPaint(win, start);
    if ('wait' in first)
      preloadCode(doc, codeFor(win.location.hash, config, storage), (next) =>
        win.setTimeout(next, 0),
      );
  }
  win.addEventListener('hashchange', () => {
    if (!html.hasAttribute(APP_ATTRIBUTE)) apply(decide(win.location.hash, storage, config), false);
  });
  doc.addEventListener('click', (event) => {
    if (!html.hasAttribute(APP_ATTRIBUTE)) keepLanguageChoice(event, html);
  });
}
