import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a narrow screen instead of pushing the page wider.
 * The region can take focus, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1), hence the tab stop.
    <div className="app-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
