/**
 * Build time only (scripts/lib/prerender.ts loads this in Node, and nothing else may import
 * it: it draws the pages as it loads): draws each prerendered page
 * with the app's own components, as the app draws it for a visitor with nothing saved, and
 * returns its HTML and title. React takes the HTML over in the browser (hydrateRoot, main.tsx),
 * so it must be what the app's first render produces there.
 *
 * The join page is drawn for a made-up link whose details are placeholders; the early script
 * writes the real link's details into the marked elements (src/app/boot/boot.ts).
 */
import { prerender } from 'react-dom/static';
import { PRERENDERED_PAGES, type PrerenderedPage } from '../config/prerendered';
import { paths } from '../config/paths';
import { encodeSessionLink } from '../domain/group/session-link';
import { setPrerenderHash } from '../lib/hash-router';
import { collectPrerenderTitles } from '../lib/use-document-title';
import { App } from './app';

/** Stands for the partnership's name in the join page's title, replaced by the early script. */
export const NAME_PLACEHOLDER = 'Partnership name from the link';

const JOIN_PLACEHOLDER = encodeSessionLink({
  id: 'prerendered',
  partnershipName: NAME_PLACEHOLDER,
  date: '2000-01-01',
  label: 'Session label from the link',
});

const HASH: Record<PrerenderedPage, string> = {
  start: paths.start(),
  about: paths.about(),
  accessibility: paths.accessibility(),
  join: paths.join(JOIN_PLACEHOLDER),
};

export type PrerenderedHtml = { page: PrerenderedPage; html: string; title: string };

async function render(page: PrerenderedPage): Promise<PrerenderedHtml> {
  setPrerenderHash(HASH[page]);
  let title = '';
  collectPrerenderTitles((t) => (title = t));
  try {
    // Waits for every page fetched on demand, so the HTML holds the whole page.
    let failure: unknown;
    const { prelude } = await prerender(<App />, { onError: (error) => void (failure ??= error) });
    if (failure) throw failure;
    const html = await new Response(prelude).text();
    if (!title) throw new Error(`The ${page} page set no title.`);
    return { page, html, title };
  } finally {
    collectPrerenderTitles(null);
  }
}

async function prerenderPages(): Promise<PrerenderedHtml[]> {
  const pages: PrerenderedHtml[] = [];
  for (const page of PRERENDERED_PAGES) pages.push(await render(page));
  return pages;
}

/**
 * Drawn while this module loads: pages fetched on demand are loaded through the module runner,
 * which Vite closes once the module has loaded.
 */
export const prerendered: PrerenderedHtml[] = await prerenderPages();
