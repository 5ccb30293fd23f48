import { useEffect } from 'react';

export const SERVICE_NAME = 'Rally';

/** Sets the page title in the GOV.UK form: "Error: " first when the page shows errors. */
export function useDocumentTitle(title: string, hasErrors = false) {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
