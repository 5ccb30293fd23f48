/**
 * Registers the service worker built by vite-plugin-pwa (`sw.js`, next to index.html), so that
 * after the first visit the app opens and works with no network.
 *
 * Skipped in development (there is no service worker) and when the page is opened from disk
 * (`file://`, the single-file build), where browsers do not allow service workers.
 *
 * The worker takes control as soon as it is installed (`skipWaiting`, `clientsClaim`). When a
 * newer version of the app replaces an older worker that was already in control, the page
 * reloads once so that it runs the new code rather than a mix; answers are saved on every
 * change, so nothing is lost.
 */
/** Replaced at build time: true in the single-file build (vite.single.config.ts). */
declare const __RALLY_SINGLE_FILE__: boolean | undefined;

export function registerServiceWorker(): void {
  // Not in development, and not in the single-file build.
  if (import.meta.env.DEV) return;
  if (typeof __RALLY_SINGLE_FILE__ !== 'undefined' && __RALLY_SINGLE_FILE__) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (window.location.protocol !== 'http:' && window.location.protocol !== 'https:') return;

  const container = navigator.serviceWorker;
  const hadController = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (!hadController || reloading) return;
    reloading = true;
    window.location.reload();
  });

  const register = () => {
    // Relative to the page, so the app works from any folder or subpath.
    container.register('./sw.js', { scope: './' }).catch(() => {
      // Without a service worker the app still works; it just needs the network to open.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
