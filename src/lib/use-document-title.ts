import { useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';

export const SERVICE_NAME = 'Rally';

/** Sets the page title in the GOV.UK form: "Error: " first when the page shows errors. */
export function useDocumentTitle(title: string, hasErrors = false) {
  const { t } = useLingui();
  const full = hasErrors ? t`Error: ${title} – ${SERVICE_NAME}` : t`${title} – ${SERVICE_NAME}`;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
