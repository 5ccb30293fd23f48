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

/** Sets the page title in the GOV.UK form: "Error: " first when the page shows errors. */
export function useDocumentTitle(title: string, hasErrors = false) {
  const { t } = useLingui();
  const full = hasErrors ? t`Error: ${title} – ${SERVICE_NAME}` : t`${title} – ${SERVICE_NAME}`;
  if (typeof document === 'undefined') prerenderTitle?.(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
