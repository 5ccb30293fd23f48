/**
 * How the app takes over the page the early script (boot/boot.ts) left on screen: React
 * hydrates a prerendered page when it is the one for the current route, and otherwise draws
 * the page afresh into #root, in one go, once its code is in.
 */
import type { Route } from '../config/paths';
import {
  APP_ATTRIBUTE,
  FILLING_ATTRIBUTE,
  PAGE_ATTRIBUTE,
  SHOW_ATTRIBUTE,
  WAIT_ATTRIBUTE,
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
