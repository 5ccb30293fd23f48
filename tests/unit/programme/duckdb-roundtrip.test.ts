// @vitest-environment node
/**
 * The programme zip read back by a real analytical engine (issue 14, part 4): DuckDB reads the
 * hive-partitioned Parquet with the queries docs/programme-data.md gives, and its row counts,
 * medians per area and count of partnerships by type are Rally's own figures.
 */
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { unzipSync } from 'fflate';
import { loadRealBank } from '../../bank/real-bank';
import { makeProgramme } from '../../support/programme-data';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import type { DataPackage } from '../../../src/domain/programme/datapackage';
import { PARTITION_FIELDS } from '../../../src/domain/programme/datapackage';
import type { ProgrammeData } from '../../../src/domain/programme/programme-model';
import { scoreTypology } from '../../../src/domain/scoring/score-typology';
import {
  buildProgrammeZipDetailed,
  ZIP_ROOT,
} from '../../../src/export/programme-data/build-programme-zip';
import type { ProgrammeZip } from '../../../src/export/programme-data/build-programme-zip';

let bank: Bank;
let data: ProgrammeData;
let zip: ProgrammeZip;
let dir: string;
let root: string;
let db: DuckDBConnection;
let closeDb: () => void;

const answers = () => `read_parquet('${root}/answers/**/*.parquet', hive_partitioning = true)`;
const partnerships = () =>
  `read_parquet('${root}/partnerships/**/*.parquet', hive_partitioning = true)`;

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

beforeAll(async () => {
  bank = await loadRealBank();
  data = makeProgramme(bank, { seed: 14, partnerships: 24, responses: 420 });
  // A second bank version, and a partnership of two people (flagged small).
  data.partnerships[3]!.cycles.forEach((c) => (c.bankVersion = '1.0.0'));
  data.partnerships[5]!.cycles = [
    {
      ...data.partnerships[5]!.cycles[0]!,
      responses: data.partnerships[5]!.cycles[0]!.responses.slice(0, 2),
    },
  ];
  zip = buildProgrammeZipDetailed(data, bank, {
    includeText: false,
    now: new Date('2026-11-29T12:00:00Z'),
  });
  dir = await mkdtemp(path.join(tmpdir(), 'rally-programme-'));
  for (const [name, bytes] of Object.entries(unzipSync(zip.bytes))) {
    const file = path.join(dir, name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  root = path.join(dir, ZIP_ROOT);
  const instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
  closeDb = () => {
    db.closeSync();
    instance.closeSync();
  };
}, 60_000);

afterAll(async () => {
  closeDb?.();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function listFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) out.push(path.relative(folder, path.join(entry.parentPath, entry.name)));
  return out.sort();
}

test('the zip holds the README, datapackage.json and one Parquet part per table and partition, as the descriptor lists them', async () => {
  const descriptor = JSON.parse(
    await readFile(path.join(root, 'datapackage.json'), 'utf8'),
  ) as DataPackage;
  const listed = descriptor.resources.flatMap((r) => r.path);
  expect(await listFiles(root)).toEqual(['README.txt', 'datapackage.json', ...listed].sort());
  // Two bank versions; the cycles fall in more than one year.
  expect(new Set(listed.map((p) => p.split('/')[1]))).toEqual(
    new Set(['bank_version=1.0.0', `bank_version=${bank.version}`]),
  );
  expect(zip.partitions).toBeGreaterThan(2);
  expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
});

test('every resource’s fields are the Parquet columns, with matching types, plus the partition fields', async () => {
  const descriptor = JSON.parse(
    await readFile(path.join(root, 'datapackage.json'), 'utf8'),
  ) as DataPackage;
  const duckType = {
    string: 'VARCHAR',
    integer: 'INTEGER',
    boolean: 'BOOLEAN',
    date: 'DATE',
  } as const;
  for (const resource of descriptor.resources) {
    for (const part of resource.path) {
      const columns = await query(
        `DESCRIBE SELECT * FROM read_parquet('${path.join(root, part)}', hive_partitioning = false)`,
      );
      const inFiles = resource.schema.fields.filter(
        (f) => !(PARTITION_FIELDS as readonly string[]).includes(f.name),
      );
      expect(columns.map((c) => [c.column_name, c.column_type])).toEqual(
        inFiles.map((f) => [f.name, duckType[f.type]]),
      );
    }
    const read = await query(
      `DESCRIBE SELECT * FROM read_parquet('${root}/${resource.name}/**/*.parquet', hive_partitioning = true)`,
    );
    expect(read.map((c) => c.column_name)).toEqual(resource.schema.fields.map((f) => f.name));
    expect(read.find((c) => c.column_name === 'year')?.column_type).toBe('BIGINT');
    expect(read.find((c) => c.column_name === 'bank_version')?.column_type).toBe('VARCHAR');
  }
});

test('row and respondent counts are Rally’s', async () => {
  const [counts] = await query(
    `SELECT count(*)::INTEGER AS rows, count(DISTINCT respondent)::INTEGER AS people, count(DISTINCT partnership)::INTEGER AS partnerships FROM ${answers()}`,
  );
  const people = data.partnerships.reduce(
    (n, p) => n + p.cycles.reduce((m, c) => m + c.responses.length, 0),
    0,
  );
  expect(counts).toEqual({ rows: zip.rows, people, partnerships: data.partnerships.length });
  expect(zip.respondents).toBe(people);
  const [perVersion] = await query(
    `SELECT count(DISTINCT respondent)::INTEGER AS n FROM ${answers()} WHERE bank_version = '1.0.0'`,
  );
  expect(perVersion!.n).toBe(
    data.partnerships[3]!.cycles.reduce((m, c) => m + c.responses.length, 0),
  );
});

/** Each person's score per area, as docs/programme-data.md writes it (coverage from the bank). */
const scoresSql = (b: Bank) => {
  const values = b.scale.points.map((p) => p.value);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return `
    WITH keyed AS (
      SELECT partnership, cycle, respondent, area, value,
             CASE WHEN reverse THEN ${min + max} - value ELSE value END AS keyed
      FROM ${answers()} WHERE kind = 'agreement'),
    scores AS (
      SELECT partnership, cycle, respondent, area, 100 * (avg(keyed) - ${min}) / ${max - min} AS score
      FROM keyed GROUP BY partnership, cycle, respondent, area
      HAVING count(value) > 0 AND count(value) / count(*) >= ${b.scoring.minCoverage})`;
};

test('each cycle’s median, quartiles and count per area are the group page’s figures', async () => {
  const rows = await query(`${scoresSql(bank)}
    SELECT partnership, cycle::INTEGER AS cycle, area, count(*)::INTEGER AS n, median(score) AS median,
           quantile_cont(score, 0.25) AS q1, quantile_cont(score, 0.75) AS q3
    FROM scores GROUP BY ALL`);
  let compared = 0;
  for (const p of data.partnerships)
    p.cycles.forEach((cycle, ci) => {
      for (const d of aggregateGroup(bank, cycle.responses).dimensions) {
        const row = rows.find(
          (r) => r.partnership === p.key && r.cycle === ci + 1 && r.area === d.dimensionId,
        );
        if (d.scoreStats === null) {
          expect(row).toBeUndefined();
          continue;
        }
        expect(row!.n).toBe(d.n);
        expect(row!.median as number).toBeCloseTo(d.scoreStats.median, 9);
        expect(row!.q1 as number).toBeCloseTo(d.scoreStats.q1, 9);
        expect(row!.q3 as number).toBeCloseTo(d.scoreStats.q3, 9);
        compared += 1;
      }
    });
  expect(compared).toBeGreaterThan(100);
});

test('the median per area over the whole programme is Rally’s', async () => {
  const rows = await query(
    `${scoresSql(bank)} SELECT area, median(score) AS median, count(*)::INTEGER AS n FROM scores GROUP BY area`,
  );
  const everyone = data.partnerships.flatMap((p) => p.cycles.flatMap((c) => c.responses));
  const rally = aggregateGroup(bank, everyone).dimensions;
  expect(rows).toHaveLength(rally.length);
  for (const d of rally) {
    const row = rows.find((r) => r.area === d.dimensionId)!;
    expect(row.n).toBe(d.n);
    expect(row.median as number).toBeCloseTo(d.scoreStats!.median, 9);
  }
});

test('the count of partnership cycles by best-fit type is Rally’s', async () => {
  const rows = await query(
    `SELECT best_fit_type AS type, count(*)::INTEGER AS n, sum(CASE WHEN small THEN 1 ELSE 0 END)::INTEGER AS small FROM ${partnerships()} GROUP BY ALL`,
  );
  // Rally's figure: per cycle, the type most respondents fit best (blends and too few count for none; a tie is no type).
  const expected = new Map<string | null, number>();
  let small = 0;
  for (const p of data.partnerships)
    for (const c of p.cycles) {
      if (c.responses.length < 3) small += 1;
      const counts = new Map<string, number>();
      for (const r of c.responses) {
        const t = scoreTypology(bank, r.answers);
        if (t.bestFit !== null && t.blend === null)
          counts.set(t.bestFit, (counts.get(t.bestFit) ?? 0) + 1);
      }
      const top = Math.max(0, ...counts.values());
      const leaders = [...counts].filter(([, n]) => n === top && n > 0);
      const type = leaders.length === 1 ? leaders[0]![0] : null;
      expected.set(type, (expected.get(type) ?? 0) + 1);
    }
  expect(new Map(rows.map((r) => [r.type as string | null, r.n as number]))).toEqual(expected);
  expect(rows.reduce((n, r) => n + (r.small as number), 0)).toBe(small);
  expect(small).toBeGreaterThan(0);
  // More than one type occurs, so the count means something.
  expect([...expected.keys()].filter((k) => k !== null).length).toBeGreaterThan(1);
});

test('Likert values, missing reasons and dates read back as written', async () => {
  const rows = await query(
    `SELECT min(value)::INTEGER AS lo, max(value)::INTEGER AS hi, count(*) FILTER (WHERE value IS NULL AND kind = 'agreement')::INTEGER AS nulls,
            count(*) FILTER (WHERE missing IN ('dont-know', 'not-applicable', 'no-answer') AND kind = 'agreement')::INTEGER AS reasons,
            min(cycle_date)::VARCHAR AS first, bool_and(year = year(cycle_date)) AS years
     FROM ${answers()}`,
  );
  const dates = data.partnerships.flatMap((p) => p.cycles.map((c) => c.date)).sort();
  expect(rows[0]).toMatchObject({ lo: 1, hi: 5, first: dates[0], years: true });
  expect(rows[0]!.nulls).toBe(rows[0]!.reasons);
  expect(rows[0]!.nulls as number).toBeGreaterThan(0);
});
