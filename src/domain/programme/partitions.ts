/**
 * The partitions the programme's tables are written in (docs/programme-data.md): one per bank
 * version and year of the cycle, `bank_version=…/year=…` in the zip, in bank version order
 * (1.9.0 before 1.10.0) and then year order. The long table and the partnership table both
 * split their rows this way, through `createPartitions`. Pure.
 */

/** One partition: its bank version and year, how many rows it has, and its columns. */
export type Partition<Columns> = {
  bankVersion: string;
  year: number;
  rows: number;
  columns: Columns;
};

/** The cycle's year, from its YYYY-MM-DD date (0 when the date cannot be read). */
export function cycleYear(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && /^\d{4}/.test(date) ? year : 0;
}

/** Compares version numbers like 1.10.0 and 1.9.2 by their parts. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders partitions by bank version, then by year. */
export function comparePartitions(
  a: { bankVersion: string; year: number },
  b: { bankVersion: string; year: number },
): number {
  return compareVersions(a.bankVersion, b.bankVersion) || a.year - b.year;
}

export type Partitions<Columns> = {
  /** The partition a cycle's rows go in, made (with `emptyColumns`) the first time it is asked for. */
  of(cycle: { bankVersion: string; date: string }): Partition<Columns>;
  /** Every partition made, in order. */
  list(): Partition<Columns>[];
};

export function createPartitions<Columns>(emptyColumns: () => Columns): Partitions<Columns> {
  const partitions = new Map<string, Partition<Columns>>();
  return {
    of(cycle) {
      const year = cycleYear(cycle.date);
      const key = `${cycle.bankVersion}\u0000${year}`;
      let partition = partitions.get(key);
      if (!partition) {
        partition = { bankVersion: cycle.bankVersion, year, rows: 0, columns: emptyColumns() };
        partitions.set(key, partition);
      }
      return partition;
    },
    list: () => [...partitions.values()].sort(comparePartitions),
  };
}
