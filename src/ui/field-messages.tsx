import { Trans } from '@lingui/react/macro';
/** The hint and error message every GOV.UK form field shows, with the ids fields point at. */

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return (
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
    undefined
  );
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`} text={error} />}
    </>
  );
}

export function ErrorMessage({ id, text }: { id?: string; text: string }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">
        <Trans>Error:</Trans>
      </span>{' '}
      {text}
    </p>
  );
}
