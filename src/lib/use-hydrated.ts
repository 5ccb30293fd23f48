import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the page is the one drawn at build time (prerendering, and React taking that
 * HTML over), true once the app itself has drawn it: React renders the server value first when
 * it hydrates, then the browser's.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
