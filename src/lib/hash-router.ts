/** The smallest hash router that does the job: read the fragment, follow its changes, move. */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current URL fragment, re-read whenever it changes (links, Back, Forward). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash, getHash);
}

/** Moves to `href` (`#/...`) as a new history entry, so Back returns to the page before. */
export function navigate(href: string) {
  window.location.hash = href.replace(/^#/, '');
}
