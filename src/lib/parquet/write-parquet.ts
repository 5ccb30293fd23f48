/**
 * Writes a table as one Parquet file. The only module that imports hyparquet-writer
 * (decision 023): the app's code hands it typed columns and gets the file's bytes back.
 *
 * - Strings are UTF-8 byte arrays: dictionary-encoded when the column says so, otherwise
 *   wherever the writer finds a dictionary halves a column chunk.
 * - INT32 and BOOLEAN are themselves; DATE is written as Parquet's DATE (days since
 *   1970-01-01) from YYYY-MM-DD text.
 * - A column is OPTIONAL (nullable) unless `required` is set; null is Parquet's null.
 * - Snappy compression (the writer's own, pure JavaScript); no statistics, one page per column
 *   chunk (see writeParquet).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';

export type ParquetColumn =
  | {
      name: string;
      type: 'STRING';
      data: readonly (string | null)[];
      required?: boolean;
      /**
       * Always dictionary-encode (for columns of few distinct values per row group, such as keys
       * and ids). Without it the writer decides from a sample of the whole column, which
       * refuses ids that repeat only within a row group and then writes them slowly as plain.
       */
      dictionary?: boolean;
    }
  | { name: string; type: 'INT32'; data: readonly (number | null)[]; required?: boolean }
  | { name: string; type: 'BOOLEAN'; data: readonly (boolean | null)[]; required?: boolean }
  | { name: string; type: 'DATE'; data: readonly (string | null)[]; required?: boolean };

export type ParquetOptions = {
  /** Rows per row group (default 1,000,000). */
  rowGroupSize?: number;
  /** Key-value metadata stored in the file's footer. */
  metadata?: Record<string, string>;
  createdBy?: string;
};

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date; null for anything else. */
export function dateToDays(date: string | null): number | null {
  if (date === null || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const ms = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** dateToDays over a column, each distinct date worked out once. */
function datesToDays(dates: readonly (string | null)[]): (number | null)[] {
  const seen = new Map<string | null, number | null>();
  return dates.map((d) => {
    let days = seen.get(d);
    if (days === undefined) {
      days = dateToDays(d);
      seen.set(d, days);
    }
    return days;
  });
}

type Element = {
  name: string;
  type: 'BYTE_ARRAY' | 'INT32' | 'BOOLEAN';
  converted_type?: 'UTF8' | 'DATE';
  repetition_type: 'REQUIRED' | 'OPTIONAL';
};

function elementOf(column: ParquetColumn): Element {
  const repetition_type = column.required ? 'REQUIRED' : 'OPTIONAL';
  switch (column.type) {
    case 'STRING':
      return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
    case 'INT32':
      return { name: column.name, type: 'INT32', repetition_type };
    case 'BOOLEAN':
      return { name: column.name, type: 'BOOLEAN', repetition_type };
    case 'DATE':
      return { name: column.name, type: 'INT32', converted_type: 'DATE', repetition_type };
  }
}

/** The Parquet file holding `columns` (all of the same length). */
export function writeParquet(
  columns: readonly ParquetColumn[],
  options: ParquetOptions = {},
): Uint8Array {
  const rows = columns[0]?.data.length ?? 0;
  for (const c of columns)
    if (c.data.length !== rows)
      throw new Error(`Column ${c.name} has ${c.data.length} rows, not ${rows}`);
  const buffer = parquetWriteBuffer({
    columnData: columns.map((c) => ({
      name: c.name,
      data: (c.type === 'DATE' ? datesToDays(c.data) : c.data) as unknown[] as never,
      ...(c.type === 'STRING' && c.dictionary ? { encoding: 'RLE_DICTIONARY' as const } : {}),
    })),
    // Min and max help a reader skip row groups only in files far larger than these (one row
    // group per file), and working them out cost about a tenth of the writing.
    statistics: false,
    // One data page per column chunk: the writer's page splitting walks every value to size it,
    // and these chunks are small (dictionary indexes), so more pages buy a reader nothing.
    pageSize: 0,
    schema: [{ name: 'root', num_children: columns.length }, ...columns.map(elementOf)],
    rowGroupSize: options.rowGroupSize ?? 1_000_000,
    kvMetadata: Object.entries(options.metadata ?? {}).map(([key, value]) => ({ key, value })),
    ...(options.createdBy ? { createdBy: options.createdBy } : {}),
  });
  return new Uint8Array(buffer);
}
