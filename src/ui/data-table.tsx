import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { TableScroll } from './table-scroll';

export type Column = { label: string; numeric?: boolean };
export type Row = { key: string; header: ReactNode; cells: ReactNode[]; plainHeader?: boolean };

/**
 * A GOV.UK table of figures: a caption, column headers, and one row header per row.
 *
 * When the table is wider than the space it has (a phone, a narrow column), it changes layout
 * instead of widening the page:
 * - `narrow="stack"` (the default): each row becomes a small card, its row header on top and
 *   each figure beside its column's name. Best for tables read one row at a time.
 * - `narrow="scroll"`: the table scrolls sideways in its own box, first column held in place,
 *   with a visible hint (see TableScroll). Best for a grid read across rows as well as down.
 *   `scrollLabel` names the scroll region (the caption by default).
 *
 * It stays a real table either way: caption, `scope` on every header, and explicit table
 * roles, so that screen readers keep announcing rows and columns when the stacked layout
 * changes how the cells are displayed.
 */
export function DataTable({
  caption,
  captionSize = 's',
  columns,
  rows,
  id,
  narrow = 'stack',
  scrollLabel,
}: {
  caption: string;
  captionSize?: 's' | 'm';
  columns: Column[];
  rows: Row[];
  id?: string;
  narrow?: 'stack' | 'scroll';
  scrollLabel?: string;
}) {
  const stacks = narrow === 'stack';
  const box = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const stacked = useStacked(stacks, box, tableRef);
  const table = (
    <table className="govuk-table" id={id} role="table" ref={tableRef}>
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head" role="rowgroup">
        <tr className="govuk-table__row" role="row">
          {columns.map((c) => (
            <th
              scope="col"
              role="columnheader"
              className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`}
              key={c.label}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body" role="rowgroup">
        {rows.map((r) => (
          <tr className="govuk-table__row" role="row" key={r.key}>
            <th
              scope="row"
              role="rowheader"
              className={`govuk-table__header${r.plainHeader ? ' govuk-!-font-weight-regular' : ''}`}
            >
              {r.header}
            </th>
            {r.cells.map((cell, i) => (
              <td
                role="cell"
                className={`govuk-table__cell${columns[i + 1]?.numeric ? ' govuk-table__cell--numeric' : ''}`}
                // The stacked layout shows this beside the figure (CSS generated content, kept
                // out of the accessible name: screen readers hear the column header instead).
                data-label={stacks ? columns[i + 1]?.label : undefined}
                key={i}
              >
                {stacks ? <span className="app-data-table__value">{cell}</span> : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!stacks) return <TableScroll label={scrollLabel ?? caption}>{table}</TableScroll>;
  return (
    <div ref={box} className={`app-data-table${stacked ? ' app-data-table--stacked' : ''}`}>
      {table}
    </div>
  );
}

/**
 * Whether the table must stack: it does when, laid out as a table, it is wider than its box.
 * The width it needed is remembered, so it goes back to a table once its box is that wide.
 */
function useStacked(
  enabled: boolean,
  box: RefObject<HTMLDivElement | null>,
  table: RefObject<HTMLTableElement | null>,
): boolean {
  const needs = useRef<number | null>(null);
  const [on, setOn] = useState(false);

  useLayoutEffect(() => {
    const outer = box.current;
    const inner = table.current;
    if (!enabled || !outer || !inner) return;
    const measure = () => {
      const room = outer.clientWidth;
      if (needs.current === null) {
        if (inner.offsetWidth <= room + 1) return;
        needs.current = inner.offsetWidth;
        setOn(true);
      } else if (room >= needs.current) {
        needs.current = null;
        setOn(false);
      }
    };
    // Measured when the browser lays the page out anyway: a ResizeObserver reports each box
    // once it is laid out, before the frame is painted, and again whenever it changes size, so
    // the table changes layout before anyone sees it too wide. (Measuring here instead forced
    // a layout of the whole page for every table, one after another, on a page of many.)
    // Without ResizeObserver (jsdom, very old browsers) it is measured once, here.
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(() => flushSync(measure));
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, [enabled, box, table]);

  return enabled && on;
}
