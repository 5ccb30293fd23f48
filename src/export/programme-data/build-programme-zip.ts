/**
 * The programme's data for other tools, as one zip (issue 14, docs/programme-data.md):
 *
 *   rally-programme/README.txt                 what is in the zip, in English and Welsh
 *   rally-programme/datapackage.json           Frictionless Data Package v2 (datapackage.ts)
 *   rally-programme/answers/bank_version=…/year=…/part-0.parquet       the long table
 *   rally-programme/partnerships/bank_version=…/year=…/part-0.parquet  one row per cycle
 *
 * Each table has a folder of its own, so that `read_parquet('rally-programme/answers/**')` in
 * DuckDB and `spark.read.parquet("rally-programme/answers")` each read one table, with
 * bank_version and year from the folder names. Loaded only when someone downloads (the
 * download control imports this module on click), with the Parquet writer and the zip code.
 */
import type { Bank } from '../../domain/bank/bank-schema';
import { buildDataPackage, partitionPath } from '../../domain/programme/datapackage';
import { buildLongTable } from '../../domain/programme/long-table';
import type { LongColumns } from '../../domain/programme/long-table';
import { buildPartnershipTable } from '../../domain/programme/partnership-table';
import type { PartnershipColumns } from '../../domain/programme/partnership-table';
import type { ProgrammeData } from '../../domain/programme/programme-model';
import { writeParquet } from '../../lib/parquet/write-parquet';
import type { ParquetColumn } from '../../lib/parquet/write-parquet';
import { zipFiles } from '../../domain/deflate';
import type { ZipEntry } from '../../domain/deflate';

export const ZIP_ROOT = 'rally-programme';

/**
 * Rows per Parquet row group. A million rows of this table compress to about 1.5 MB, far under
 * the 128 MB that Spark and Hadoop aim for, so each year's file is one row group unless the
 * programme is very large; fewer groups also write faster.
 */
export const ROW_GROUP_SIZE = 1_000_000;

export type ProgrammeZipOptions = {
  includeText: boolean;
  /** When the zip is made (datapackage.json's `created`, the files' dates); default now. */
  now?: Date;
};

export type ProgrammeZip = {
  bytes: Uint8Array;
  /** Rows in the long table, over all partitions. */
  rows: number;
  respondents: number;
  partitions: number;
};

/** The columns that say which partnership and cycle a row is about, first in both tables. */
type KeyColumns = Pick<
  LongColumns & PartnershipColumns,
  'partnership' | 'partnership_name' | 'cycle' | 'cycle_date' | 'bank_id'
>;

function keyColumns(c: KeyColumns): ParquetColumn[] {
  return [
    { name: 'partnership', type: 'STRING', data: c.partnership, required: true, dictionary: true },
    {
      name: 'partnership_name',
      type: 'STRING',
      data: c.partnership_name,
      required: true,
      dictionary: true,
    },
    { name: 'cycle', type: 'INT32', data: c.cycle, required: true },
    { name: 'cycle_date', type: 'DATE', data: c.cycle_date, required: true },
    { name: 'bank_id', type: 'STRING', data: c.bank_id, required: true, dictionary: true },
  ];
}

function answerColumns(c: LongColumns): ParquetColumn[] {
  const columns: ParquetColumn[] = [
    ...keyColumns(c),
    { name: 'respondent', type: 'STRING', data: c.respondent, required: true, dictionary: true },
    { name: 'sector', type: 'STRING', data: c.sector, dictionary: true },
    { name: 'role_level', type: 'STRING', data: c.role_level, dictionary: true },
    { name: 'area', type: 'STRING', data: c.area, dictionary: true },
    { name: 'item', type: 'STRING', data: c.item, required: true, dictionary: true },
    { name: 'kind', type: 'STRING', data: c.kind, required: true, dictionary: true },
    { name: 'variable', type: 'STRING', data: c.variable, required: true, dictionary: true },
    { name: 'part', type: 'STRING', data: c.part, dictionary: true },
    { name: 'value', type: 'INT32', data: c.value },
    { name: 'option', type: 'STRING', data: c.option, dictionary: true },
    { name: 'missing', type: 'STRING', data: c.missing, dictionary: true },
    { name: 'reverse', type: 'BOOLEAN', data: c.reverse },
  ];
  if (c.text) columns.push({ name: 'text', type: 'STRING', data: c.text });
  return columns;
}

function partnershipColumns(c: PartnershipColumns): ParquetColumn[] {
  return [
    ...keyColumns(c),
    { name: 'respondents', type: 'INT32', data: c.respondents, required: true },
    { name: 'small', type: 'BOOLEAN', data: c.small, required: true },
    { name: 'best_fit_type', type: 'STRING', data: c.best_fit_type, dictionary: true },
    { name: 'governance_mode', type: 'STRING', data: c.governance_mode, dictionary: true },
  ];
}

/** README.txt: what the zip holds, in English and in Welsh. */
export function readmeText(includeText: boolean): string {
  return [
    'Rally programme data',
    '====================',
    '',
    'The answers from every partnership you loaded into Rally, for analysis in tools such as',
    'DuckDB, Spark, R or Python.',
    '',
    '- answers/: one row per partnership, cycle, respondent and answer (Parquet files).',
    '- partnerships/: one row per partnership and cycle, with its best-fit type.',
    '- datapackage.json: what each field means (Frictionless Data Package, version 2).',
    '',
    'The files are in folders named bank_version=... and year=... ("hive partitioning").',
    'Read them with hive partitioning on, for example in DuckDB:',
    "  SELECT count(*) FROM read_parquet('rally-programme/answers/**/*.parquet', hive_partitioning = true);",
    '',
    'People are not named: each respondent has a made-up id. A sector or role is given only',
    'where at least 3 people in the cycle share it.',
    includeText
      ? 'Free text (text answers and comments) is included. It may name people or places: keep this file safe and do not publish the text.'
      : 'Free text (text answers and comments) is left out.',
    '',
    'Data rhaglen Rally',
    '==================',
    '',
    "Yr atebion gan bob partneriaeth a lwythwyd gennych i Rally, i'w dadansoddi mewn offer",
    'fel DuckDB, Spark, R neu Python.',
    '',
    '- answers/: un rhes ar gyfer pob partneriaeth, cylch, ymatebydd ac ateb (ffeiliau Parquet).',
    "- partnerships/: un rhes ar gyfer pob partneriaeth a chylch, gyda'r math sy'n gweddu orau.",
    '- datapackage.json: beth yw ystyr pob maes (Frictionless Data Package, fersiwn 2).',
    '',
    'Mae\'r ffeiliau mewn ffolderi o\'r enw bank_version=... a year=... ("hive partitioning").',
    'Darllenwch nhw gyda hive partitioning ymlaen (gweler yr enghraifft DuckDB uchod).',
    '',
    'Nid oes neb yn cael ei enwi: mae gan bob ymatebydd ddynodydd ffug. Dim ond lle mae o',
    'leiaf 3 o bobl yn y cylch yn ei rannu y rhoddir sector neu rôl.',
    includeText
      ? "Mae testun rhydd (atebion testun a sylwadau) wedi'i gynnwys. Gall enwi pobl neu leoedd: cadwch y ffeil hon yn ddiogel a pheidiwch â chyhoeddi'r testun."
      : "Mae testun rhydd (atebion testun a sylwadau) wedi'i adael allan.",
    '',
  ].join('\r\n');
}

/** The programme zip for `data`, with the bank's items (see the layout above). */
export function buildProgrammeZipDetailed(
  data: ProgrammeData,
  bank: Bank,
  options: ProgrammeZipOptions,
): ProgrammeZip {
  const now = options.now ?? new Date();
  const table = buildLongTable(data, bank, { includeText: options.includeText });
  const partnerships = buildPartnershipTable(data, bank);
  const metadata = { 'rally:bank': `${bank.id} ${bank.version}` };
  const entries: ZipEntry[] = [];
  const descriptor = buildDataPackage({
    bank,
    includeText: options.includeText,
    partitions: table.partitions,
    created: now.toISOString(),
  });
  entries.push({ path: `${ZIP_ROOT}/README.txt`, data: readmeText(options.includeText) });
  entries.push({
    path: `${ZIP_ROOT}/datapackage.json`,
    data: `${JSON.stringify(descriptor, null, 2)}\n`,
  });
  for (const p of table.partitions)
    entries.push({
      path: `${ZIP_ROOT}/${partitionPath('answers', p.bankVersion, p.year)}`,
      data: writeParquet(answerColumns(p.columns), { rowGroupSize: ROW_GROUP_SIZE, metadata }),
      compress: false,
    });
  for (const p of partnerships)
    entries.push({
      path: `${ZIP_ROOT}/${partitionPath('partnerships', p.bankVersion, p.year)}`,
      data: writeParquet(partnershipColumns(p.columns), { rowGroupSize: ROW_GROUP_SIZE, metadata }),
      compress: false,
    });
  return {
    bytes: zipFiles(entries, now),
    rows: table.partitions.reduce((n, p) => n + p.rows, 0),
    respondents: table.respondents,
    partitions: table.partitions.length,
  };
}

/** The programme zip's bytes (the benchmark times this). */
export function buildProgrammeZip(
  data: ProgrammeData,
  bank: Bank,
  options: ProgrammeZipOptions,
): Uint8Array {
  return buildProgrammeZipDetailed(data, bank, options).bytes;
}
