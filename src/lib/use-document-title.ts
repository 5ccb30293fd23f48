import { useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';

export const SERVICE_NAME = 'Rally';

export function documentTitle(title: string, hasErrors = false): string {
  return `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
}

/** Where titles go when pages are prerendered at build time (no document, no effects). */
let prerenderTitle: ((title: string) => void) | null = null;

export function collectPrerenderTitles(sink: ((title: string) => void) | null) {
  prerenderTitle = sink;
}

/**
 * Sets the page title in the GOV.UK form: "Error: " first when the page shows errors. `null`
 * sets none: a page that draws another page in its place (no session, say) leaves the title to
 * it, since a parent's effect runs after its child's and would otherwise win.
 */
export function useDocumentTitle(title: string | null, hasErrors = false) {
  const { t } = useLingui();
  const full =
    title === null
      ? null
      : hasErrors
        ? t`Error: ${title} – ${SERVICE_NAME}`
        : t`${title} – ${SERVICE_NAME}`;
  if (typeof document === 'undefined' && full !== null) prerenderTitle?.(full);
  useEffect(() => {
    if (full !== null) document.title = full;
  }, [full]);
}
