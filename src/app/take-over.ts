/**
 * How the app takes over the page the early script (boot/boot.ts) left on screen: React
 * hydrates a prerendered page when it is the one for the current route, and otherwise draws
 * the page afresh into #root, in one go, once its code is in.
 */
import type { Route } from '../config/paths';
import { isLanguage, type Language } from '../domain/language';
import {
  APP_ATTRIBUTE,
  CHOSEN_LANGUAGE_ATTRIBUTE,
  FILLING_ATTRIBUTE,
  PAGE_ATTRIBUTE,
  SHOW_ATTRIBUTE,
  WAIT_ATTRIBUTE,
  keepLanguageChoice,
  prerenderedPageFor,
} from '../config/prerendered';

/** The prerendered page on screen, if it is this route's and React can take it over as it is. */
export function prerenderedContainer(route: Route): HTMLElement | null {
  const page = prerenderedPageFor(route);
  const html = document.documentElement;
  if (!page || html.getAttribute(SHOW_ATTRIBUTE) !== page || html.hasAttribute(FILLING_ATTRIBUTE))
    return null;
  return document.querySelector<HTMLElement>(`[${PAGE_ATTRIBUTE}="${page}"]`);
}

/** Leaves `root` as the app's only page and tells the early script to stop. */
export function finishTakeOver(root: HTMLElement) {
  for (const page of document.querySelectorAll(`[${PAGE_ATTRIBUTE}]`)) {
    if (page !== root) page.remove();
  }
  root.removeAttribute(PAGE_ATTRIBUTE);
  const html = document.documentElement;
  html.setAttribute(APP_ATTRIBUTE, '');
  html.removeAttribute(SHOW_ATTRIBUTE);
  html.removeAttribute(WAIT_ATTRIBUTE);
}

/**
 * React takes a prerendered page over in parts: the shell at once, then each Suspense boundary
 * in a later, low-priority pass of its own, once its code is in. Until a part is taken over it
 * must be drawn as the HTML has it: a part drawn in another language then does not match, and
 * React reports its error #418 and draws the part again. So a language chosen in the meantime
 * (src/app/language.ts) waits for `takenOver`. Each boundary in the app has a `PartTakenOver`
 * in it (src/app/app.tsx), which reports when its part is on screen as React's own.
 */
let partsLeft = 0;
let whole: Promise<void> = Promise.resolve();
let finish: () => void = () => {};

/** After this long the wait ends anyway: a part that never arrives must not keep a language out. */
export const TAKE_OVER_LIMIT_MS = 10_000;

/** Counts the boundaries in `container`'s HTML, each of which React has to take over. */
export function startTakeOver(container: HTMLElement) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_COMMENT);
  let parts = 0;
  // React marks each boundary's HTML with a comment `$` before it (`/$` after).
  while (walker.nextNode()) if (walker.currentNode.nodeValue?.startsWith('$')) parts += 1;
  if (parts === 0) return;
  partsLeft = parts;
  whole = new Promise((resolve) => {
    finish = resolve;
    setTimeout(resolve, TAKE_OVER_LIMIT_MS);
  });
}

/** One boundary's part is on screen, drawn by React (taken over or drawn afresh). */
export function partTakenOver() {
  if (partsLeft === 0) return;
  partsLeft -= 1;
  if (partsLeft === 0) finish();
}

/** Resolves once React has taken over every part of the prerendered page (at once if none). */
export function takenOver(): Promise<void> {
  return whole;
}

/**
 * From the app's start until React listens (`stop`): a language chosen on the toggle is kept,
 * as the early script keeps it until the app starts.
 */
export function keepLanguageChoices(): () => void {
  const html = document.documentElement;
  const keep = (event: MouseEvent) => keepLanguageChoice(event, html);
  document.addEventListener('click', keep);
  return () => document.removeEventListener('click', keep);
}

/** The language chosen before React listened, if any (once). */
export function takeChosenLanguage(): Language | null {
  const html = document.documentElement;
  const chosen = html.getAttribute(CHOSEN_LANGUAGE_ATTRIBUTE);
  html.removeAttribute(CHOSEN_LANGUAGE_ATTRIBUTE);
  return isLanguage(chosen) ? chosen : null;
}
