/**
 * A programme view as a table of text in the language in use: the one model the programme page,
 * its PDF and its CSV all draw (src/features/programme/programme-tables.ts makes it).
 */
export type ViewTable = {
  id: string;
  /** The heading above the table. */
  title: string;
  /** What the table shows, in a sentence, as its caption. */
  caption: string;
  /** The first column's header, then the others'. */
  columns: string[];
  /** Columns holding figures (right-aligned). */
  numeric: boolean[];
  rows: {
    key: string;
    header: string;
    /** Each cell as shown. */
    cells: string[];
    /** Each cell's plain value for a spreadsheet: a number, a date or words; null = none. */
    values: (number | string | null)[];
  }[];
  /** Wide tables scroll sideways on a small screen instead of stacking. */
  wide: boolean;
};
