/**
 * The pages prerendered into index.html at build time, and the attributes through which the
 * early script (src/app/boot/boot.ts), the stylesheet (src/app/prerendered.css) and the app
 * (src/app/take-over.ts) agree on which of them is on screen. See docs/decisions/016.
 */
import type { Route } from './paths';

/** Pages whose first view needs no saved data; `join` is filled in from its link. */
export const PRERENDERED_PAGES = ['start', 'about', 'accessibility', 'join'] as const;
export type PrerenderedPage = (typeof PRERENDERED_PAGES)[number];

export function prerenderedPageFor(route: Route): PrerenderedPage | null {
  return (PRERENDERED_PAGES as readonly string[]).includes(route.name)
    ? (route.name as PrerenderedPage)
    : null;
}

/** On each prerendered page's container: its name. */
export const PAGE_ATTRIBUTE = 'data-rally-page';
/** On <html>: the prerendered page to show (set by the early script). */
export const SHOW_ATTRIBUTE = 'data-rally-show';
/** On <html>: no prerendered page is right for this visit; show nothing until the app draws. */
export const WAIT_ATTRIBUTE = 'data-rally-wait';
/** On <html>: the join page is shown once its details from the link are filled in. */
export const FILLING_ATTRIBUTE = 'data-rally-filling';
/** On <html>: the app has taken over; the early script stops. */
export const APP_ATTRIBUTE = 'data-rally-app';
/**
 * On <html>: the language chosen on the header's toggle before the app could act on it; the
 * app switches to it once it has taken the page over.
 */
export const CHOSEN_LANGUAGE_ATTRIBUTE = 'data-rally-chosen-language';

/**
 * Before the app listens, a click on a language link (the header's toggle, `hreflang`) would
 * do nothing: its address is this page's. This keeps the choice instead, for the app.
 */
export function keepLanguageChoice(event: MouseEvent, html: HTMLElement) {
  const target = event.target as Element | null;
  const link = target?.closest?.('a[hreflang]');
  const language = link?.getAttribute('hreflang');
  if (!language) return;
  event.preventDefault();
  html.setAttribute(CHOSEN_LANGUAGE_ATTRIBUTE, language);
}

/**
 * On the join page, the elements that hold a detail from the participant link; the early
 * script fills them in before the page is shown, exactly as the app would draw them.
 */
export const FILL_ATTRIBUTE = 'data-fill';
export const FILL_ROW_ATTRIBUTE = 'data-fill-row';
export const FILL = { name: 'session-name', date: 'session-date', label: 'session-label' } as const;

/** Saved data is kept under keys with this prefix (src/state/). */
export const SAVED_KEY_PREFIX = 'rally:';
/**
 * Where a chosen language will be remembered (not used yet). A page prerendered in one language
 * is not shown to someone who chose another: see boot.ts.
 */
export const LANGUAGE_KEY = 'rally:language';
