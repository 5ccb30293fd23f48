import { Trans } from '@lingui/react/macro';
import { useEffect, useRef } from 'react';

export type ErrorLink = { href: string; text: string };

/**
 * The GOV.UK error summary. It takes focus when it appears (and when its errors change), so
 * a screen reader announces it and a keyboard user can follow a link straight to the field.
 */
export function ErrorSummary({ errors, attempt }: { errors: ErrorLink[]; attempt?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors.length, attempt]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          <Trans>There is a problem</Trans>
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.href + e.text}>
                <a
                  href={e.href}
                  onClick={(ev) => {
                    // Links point at field ids; move focus there without changing the route.
                    ev.preventDefault();
                    const target = document.getElementById(e.href.slice(1));
                    target?.focus();
                    target?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {e.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
