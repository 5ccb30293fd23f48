/**
 * Shared set-up for the `unit` project (jsdom): DOM matchers, a canvas stand-in for chart.js,
 * and the browser APIs jsdom leaves out. Every test starts from an empty DOM and empty storage.
 */
import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { addEnglish, loadCatalogue } from '../src/i18n';
import { messages as groupEnglish } from '../src/i18n/catalogues/en-group';

// Pages are drawn without the app's loaders, which fetch most of the English (src/app/app.tsx)
// and the group pages' English with their code (src/app/pages.tsx).
await loadCatalogue('en');
addEnglish(groupEnglish);

// jsdom has no layout engine, so it has no ResizeObserver; chart.js and responsive
// components only need the constructor and its methods to exist.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', {
    configurable: true,
    writable: true,
    value: ResizeObserverStub,
  });
}

// jsdom has no matchMedia. Report "no match" for every query (no reduced motion, no dark
// mode, no print) unless a test replaces it.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

// jsdom does no layout, so it has no scrollIntoView; the error summary calls it.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}

// Pages load their code on demand. On a loaded machine that can take longer than Testing
// Library's one-second default, so queries that wait for something to appear wait up to 15 s
// (they still return as soon as it appears).
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
