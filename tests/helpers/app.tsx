/**
 * UI helpers: render the whole app at a route, as a user would meet it, with the real bank.
 * The store is reset to an empty assessment before each render.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { afterAll } from 'vitest';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { App, prefetchPages, preloadFor } from '../../src/app/app';
import { parseRoute } from '../../src/config/paths';
import { deferredPending } from '../../src/ui/deferred';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { builtInBank, resetStores } from './stores';

export { builtInBank, resetStores };

// The app fetches every page's code in the background once a page is up. Let that finish
// before the test file's environment is torn down, or a late import fails the run.
afterAll(() => prefetchPages());

export async function renderApp(hash = '#/') {
  document.documentElement.lang = 'en-GB';
  window.location.hash = hash;
  // As the app starts in the browser (src/main.tsx): fetch what the page needs, then draw it.
  await preloadFor(parseRoute(hash));
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1 });
  // Pages and the session banner load on demand, and long pages draw their lower parts a moment
  // later: wait until nothing is still loading or waiting to be drawn.
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
  // A large group's figures are worked out a slice at a time (src/ui/in-steps.ts).
  await waitFor(() => expect(screen.queryByText(/^Working out /)).toBeNull());
  await waitFor(() => expect(deferredPending()).toBe(false));
  return { user, ...view };
}

/** Follows a link or button by its accessible name and waits for the next page's heading. */
export async function go(
  user: ReturnType<typeof userEvent.setup>,
  name: string | RegExp,
  heading?: string | RegExp,
) {
  const target = screen.queryByRole('link', { name }) ?? screen.getByRole('button', { name });
  await user.click(target);
  if (target.tagName === 'A') {
    // jsdom does not follow fragment links by itself on click in every case; make it explicit.
    const href = target.getAttribute('href');
    if (href && window.location.hash !== href) window.location.hash = href;
  }
  if (heading) await screen.findByRole('heading', { level: 1, name: heading });
}

/** axe-core in jsdom. Colour contrast needs real rendering, so the browser tests check that. */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

export async function waitForSaved(itemId: string) {
  await waitFor(() => expect(useAssessmentStore.getState().answers[itemId]).toBeDefined());
}
