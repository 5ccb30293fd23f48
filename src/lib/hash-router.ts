/** The smallest hash router that does the job: read the fragment, follow its changes, move. */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The fragment a page is prerendered for at build time, where there is no window. */
let prerenderHash = '#/';

export function setPrerenderHash(hash: string) {
  prerenderHash = hash;
}

/**
 * What the page was drawn for before this browser's code ran: the prerendered fragment at build
 * time; in the browser, the fragment the page was opened with (the early script in index.html
 * shows a prerendered page only when it is that one). React takes a prerendered page over with
 * the route it was drawn for even when the user has already followed a link, then draws the new
 * route, instead of failing to match the HTML and logging an error.
 */
const openedWith = typeof window === 'undefined' ? '' : window.location.hash;
const getFirstHash = () => (typeof window === 'undefined' ? prerenderHash : openedWith);

/** The current URL fragment, re-read whenever it changes (links, Back, Forward). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, getFirstHash);
}

/** Moves to `href` (`#/...`) as a new history entry, so Back returns to the page before. */
export function navigate(href: string) {
  window.location.hash = href.replace(/^#/, '');
}
