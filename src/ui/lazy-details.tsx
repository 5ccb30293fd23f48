/**
 * A GOV.UK details component whose text is drawn only once it is opened, and dropped when it is
 * closed: a page with many of them (one per area) adds only their summaries to the DOM, so
 * they cost almost nothing at load. The summary toggles it by mouse, Enter or Space, as a native
 * details element does.
 */
import { useId, useState, type ReactNode } from 'react';

export function LazyDetails({
  summary,
  children,
  className,
}: {
  summary: ReactNode;
  /** Drawn only while the details are open. */
  children: () => ReactNode;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <details className={`govuk-details${className ? ` ${className}` : ''}`} open={open}>
      <summary
        className="govuk-details__summary"
        aria-controls={open ? id : undefined}
        onClick={(event) => {
          // The open state is React's, so that the text is drawn when (and only when) it shows.
          event.preventDefault();
          setOpen((was) => !was);
        }}
      >
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      {open && (
        <div className="govuk-details__text" id={id}>
          {children()}
        </div>
      )}
    </details>
  );
}
