/**
 * A box around a page's file inputs that files (or folders, where the page reads them) can
 * also be dropped on. The inputs inside stay the way in for keyboard and screen reader users;
 * dropping is an extra for a mouse. While files are dragged over the box, its border turns
 * solid and blue and it says in words that they can be dropped, so the change is not told by
 * colour alone.
 */
import { Trans } from '@lingui/react/macro';
import { useState, type DragEvent, type ReactNode } from 'react';

export function FileDropZone({
  onDrop,
  children,
}: {
  /** Called with what was dropped, during the drop (a DataTransfer can be read only then). */
  onDrop: (dropped: DataTransfer) => void;
  /** The file inputs and their labels. */
  children: ReactNode;
}) {
  const [active, setActive] = useState(false);
  const leave = (event: DragEvent<HTMLDivElement>) => {
    // Moving onto a label or an input inside the box is not leaving it.
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    setActive(false);
  };
  return (
    <div
      className={`app-drop-zone${active ? ' app-drop-zone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setActive(true);
      }}
      onDragLeave={leave}
      onDrop={(event) => {
        event.preventDefault();
        setActive(false);
        onDrop(event.dataTransfer);
      }}
    >
      {children}
      {active && (
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-top-4 govuk-!-margin-bottom-0">
          <Trans>Let go to add the files you are dragging.</Trans>
        </p>
      )}
    </div>
  );
}
