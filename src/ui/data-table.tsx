import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

export type Column = { label: string; numeric?: boolean };
export type Row = { key: string; header: ReactNode; cells: ReactNode[]; plainHeader?: boolean };

/**
 * A GOV.UK table of figures: a caption, column headers, and one row header per row. With
 * `scrollLabel` it scrolls sideways on a narrow screen instead of widening the page.
 */
export function DataTable({
  caption,
  captionSize = 's',
  columns,
  rows,
  id,
  scrollLabel,
}: {
  caption: string;
  captionSize?: 's' | 'm';
  columns: Column[];
  rows: Row[];
  id?: string;
  scrollLabel?: string;
}) {
  const table = (
    <table className="govuk-table" id={id}>
      <caption className={`govuk-table__caption govuk-table__caption--${captionSize}`}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((c) => (
            <th
              scope="col"
              className={`govuk-table__header${c.numeric ? ' govuk-table__header--numeric' : ''}`}
              key={c.label}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.key}>
            <th
              scope="row"
              className={`govuk-table__header${r.plainHeader ? ' govuk-!-font-weight-regular' : ''}`}
            >
              {r.header}
            </th>
            {r.cells.map((cell, i) => (
              <td
                className={`govuk-table__cell${columns[i + 1]?.numeric ? ' govuk-table__cell--numeric' : ''}`}
                key={i}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return scrollLabel ? <TableScroll label={scrollLabel}>{table}</TableScroll> : table;
}
