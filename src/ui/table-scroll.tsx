import { Trans } from '@lingui/react/macro';
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Scroll = { overflowing: boolean; atStart: boolean; atEnd: boolean };
const FITS: Scroll = { overflowing: false, atStart: true, atEnd: true };

/**
 * A wide table that scrolls sideways inside its own box instead of pushing the page wider.
 *
 * Only while the table is wider than its box does the box become a scroll region: it gets a
 * tab stop (so keyboard users can scroll it with the arrow keys, WCAG 2.1.1), a role and a
 * name, a visible hint above it that it points to with aria-describedby, a scrollbar that
 * stays visible, the first column held in place, and a shadow on any edge with more table
 * beyond it. A table that fits is left as it is, with no extra tab stop.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [scroll, setScroll] = useState<Scroll>(FITS);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const overflowing = el.scrollWidth > el.clientWidth + 1;
      const next: Scroll = overflowing
        ? {
            overflowing,
            atStart: el.scrollLeft <= 1,
            atEnd: el.scrollLeft + el.clientWidth >= el.scrollWidth - 1,
          }
        : FITS;
      setScroll((now) =>
        now.overflowing === next.overflowing &&
        now.atStart === next.atStart &&
        now.atEnd === next.atEnd
          ? now
          : next,
      );
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    // jsdom and very old browsers have no ResizeObserver: the table then stays as first measured.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    if (el.firstElementChild) observer?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, []);

  const { overflowing, atStart, atEnd } = scroll;
  const classes = [
    'app-table-scroll',
    overflowing && 'app-table-scroll--overflowing',
    overflowing && !atStart && 'app-table-scroll--scrolled',
    overflowing && !atEnd && 'app-table-scroll--more',
  ].filter(Boolean);
  return (
    <div className="app-table-scroll-wrapper">
      {overflowing && (
        <p className="govuk-body-s app-table-scroll__hint" id={hintId}>
          <Trans>This table is wider than the screen. Scroll sideways to see all of it.</Trans>
        </p>
      )}
      <div
        ref={box}
        className={classes.join(' ')}
        {...(overflowing
          ? { role: 'region', 'aria-label': label, 'aria-describedby': hintId, tabIndex: 0 }
          : {})}
      >
        {children}
      </div>
    </div>
  );
}
