/**
 * The programme's long table for other tools (issue 14, docs/programme-data.md): one row per
 * partnership, cycle, pseudonymous respondent and answer cell, ready to be written as Parquet.
 *
 * Rows, by item kind (docs/programme-data.md has the full field table)
 *   agreement  one row: `value` is the rating as given (1 to 5 on the core bank's scale), before
 *              reverse keying; `reverse` says whether the item is reverse-keyed; `area` is its
 *              dimension. Don't know, Not applicable and no answer give a row with `value` null
 *              and `missing` saying which.
 *   choice     single: one row, `option` the chosen option's id. Multiple: one row per chosen
 *              option (`variable` is "item.option"). Don't know or no answer: one row with
 *              `option` null and `missing` set.
 *   grid       one row per grid row (`part` is the row's id, `variable` "item.row"), `option`
 *              the option chosen for it, or null with `missing` set.
 *   text       only with `includeText`: one row per text answer given, in `text`. Text items
 *              that fill an about-you field (partnership name, place) are never written.
 *   comment    only with `includeText`: one row per section comment given (`item` is the
 *              section's id, `variable` "comment.section").
 *   select     the about-you choices are not rows. Sector and role level are columns, shown
 *              only as the privacy rule allows within the cycle (below); time involved is left
 *              out.
 *
 * Missing values. Parquet has typed columns and a real null; an analytical engine ignores
 * nulls in medians and means, but not a sentinel code. So a rating that is missing is null in
 * `value`, and the reason is in its own column, `missing`: "dont-know", "not-applicable" or
 * "no-answer" (labelled in datapackage.json as categories). A rating is never a code.
 *
 * Sector and role (the small-groups rule: no sector or role group under 3 tied to answers in
 * anything that leaves the device). Within each partnership cycle, what is shown is exactly
 * what the group CSV shows beside a person's label (privacy/people.ts, `listPeople`): a group
 * (an option, or "not-given") is shown only when it has at least 3 people, the people left
 * hidden are at least 3 (or nobody is shown), and every class of people showing the same
 * sector and role has at least 3 people; otherwise one of the two is hidden for everyone. A
 * hidden value is null. So a reader can split a cycle's answers by sector only where each
 * split rests on 3 people or more.
 *
 * Rows come in a stable order (partnership, cycle, respondent, then the bank's item order) and
 * are split into partitions by bank version and by the cycle's year, as they are written
 * (`bank_version=…/year=…`). Cycles of another bank (by id) are left out and counted: their
 * items are not this bank's. Answers to item ids the bank does not have are left out.
 * Pure: no clock, no randomness.
 */
import type { Bank, Item } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { DONT_KNOW, NOT_APPLICABLE } from '../answers/answer-values';
import { listPeople } from '../privacy/people';
import type { ProgrammeCycle, ProgrammeData } from './programme-model';
import { createPartitions, type Partition } from './partitions';

export { comparePartitions, compareVersions, cycleYear } from './partitions';

export type LongTableOptions = { includeText: boolean };

/** Why a cell has no value. */
export const MISSING_CODES = ['dont-know', 'not-applicable', 'no-answer'] as const;
export type MissingCode = (typeof MISSING_CODES)[number];

export const ROW_KINDS = ['agreement', 'choice', 'grid', 'text', 'comment'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** The columns every partition holds, in order. `text` only with includeText. */
export type LongColumns = {
  partnership: string[];
  partnership_name: string[];
  /** 1 for the partnership's oldest cycle, 2 for the next. */
  cycle: number[];
  /** YYYY-MM-DD. */
  cycle_date: string[];
  bank_id: string[];
  respondent: string[];
  sector: (string | null)[];
  role_level: (string | null)[];
  area: (string | null)[];
  item: string[];
  kind: RowKind[];
  variable: string[];
  part: (string | null)[];
  value: (number | null)[];
  option: (string | null)[];
  missing: (MissingCode | null)[];
  reverse: (boolean | null)[];
  text?: (string | null)[];
};

export type LongPartition = Partition<LongColumns>;

export type LongTable = {
  includeText: boolean;
  /** In bank version order, then year order. */
  partitions: LongPartition[];
  /** Respondents written, over all partitions. */
  respondents: number;
  /** Cycles left out because they answer another bank. */
  otherBankCycles: number;
};

function emptyColumns(includeText: boolean): LongColumns {
  const columns: LongColumns = {
    partnership: [],
    partnership_name: [],
    cycle: [],
    cycle_date: [],
    bank_id: [],
    respondent: [],
    sector: [],
    role_level: [],
    area: [],
    item: [],
    kind: [],
    variable: [],
    part: [],
    value: [],
    option: [],
    missing: [],
    reverse: [],
  };
  if (includeText) columns.text = [];
  return columns;
}

type Cell = {
  variable: string;
  part: string | null;
  value: number | null;
  option: string | null;
  missing: MissingCode | null;
  text: string | null;
};

const missingCell = (variable: string, missing: MissingCode, part: string | null = null): Cell => ({
  variable,
  part,
  value: null,
  option: null,
  missing,
  text: null,
});

/** Why an agreement answer that is not a rating has none. */
function missingCode(value: unknown): MissingCode {
  return value === DONT_KNOW
    ? 'dont-know'
    : value === NOT_APPLICABLE
      ? 'not-applicable'
      : 'no-answer';
}

/** An item with what reading its answers needs, worked out once per table. */
type Planned = { item: Item; options: ReadonlySet<string> };

/** The cells of one item's answer (no cells for an item the table leaves out). */
function cellsOf(
  { item, options }: Planned,
  value: unknown,
  scaleValues: ReadonlySet<number>,
  includeText: boolean,
): Cell[] {
  switch (item.kind) {
    case 'agreement':
      // Written by buildLongTable directly, the most common row.
      return [];
    case 'choice': {
      if (value === DONT_KNOW) return [missingCell(item.id, 'dont-know')];
      const chosen = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string' && options.has(v),
      );
      if (chosen.length === 0) return [missingCell(item.id, 'no-answer')];
      if (!item.multiple)
        return [
          {
            variable: item.id,
            part: null,
            value: null,
            option: chosen[0]!,
            missing: null,
            text: null,
          },
        ];
      // In the item's option order, once each.
      return item.options
        .filter((o) => chosen.includes(o.id))
        .map((o) => ({
          variable: `${item.id}.${o.id}`,
          part: null,
          value: null,
          option: o.id,
          missing: null,
          text: null,
        }));
    }
    case 'grid': {
      const grid =
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : {};
      return item.rows.map((row): Cell => {
        const variable = `${item.id}.${row.id}`;
        const v = Object.hasOwn(grid, row.id) ? grid[row.id] : undefined;
        if (v === DONT_KNOW) return missingCell(variable, 'dont-know', row.id);
        if (typeof v === 'string' && options.has(v))
          return { variable, part: row.id, value: null, option: v, missing: null, text: null };
        return missingCell(variable, 'no-answer', row.id);
      });
    }
    case 'text': {
      if (!includeText || item.field !== undefined) return [];
      if (typeof value !== 'string' || value.trim() === '') return [];
      return [
        { variable: item.id, part: null, value: null, option: null, missing: null, text: value },
      ];
    }
    case 'select':
      return [];
  }
}

/**
 * What may be shown of each respondent's sector and role within one cycle: the option id, or
 * "not-given", or null where the privacy rule hides it. Keyed by pseudonym.
 */
export function shownGroups(
  bank: Bank,
  cycle: ProgrammeCycle,
): Map<string, { sector: string | null; role: string | null }> {
  const people = listPeople(
    bank,
    cycle.key,
    cycle.responses.map((r) => ({ answers: r.answers, about: r.about, responseId: r.pseudonym })),
  );
  return new Map(
    people.people.map((p) => [
      p.responseId,
      {
        sector: p.sector.shown ? p.sector.groupId : null,
        role: p.role.shown ? p.role.groupId : null,
      },
    ]),
  );
}

/** Who a row is about: the same for every row of one respondent. */
type Who = {
  partnership: string;
  name: string;
  cycle: number;
  date: string;
  bankId: string;
  respondent: string;
  sector: string | null;
  role: string | null;
};

function appendRow(
  c: LongColumns,
  who: Who,
  item: string,
  kind: RowKind,
  area: string | null,
  reverse: boolean | null,
  variable: string,
  part: string | null,
  value: number | null,
  option: string | null,
  missing: MissingCode | null,
  text: string | null,
): void {
  c.partnership.push(who.partnership);
  c.partnership_name.push(who.name);
  c.cycle.push(who.cycle);
  c.cycle_date.push(who.date);
  c.bank_id.push(who.bankId);
  c.respondent.push(who.respondent);
  c.sector.push(who.sector);
  c.role_level.push(who.role);
  c.area.push(area);
  c.item.push(item);
  c.kind.push(kind);
  c.variable.push(variable);
  c.part.push(part);
  c.value.push(value);
  c.option.push(option);
  c.missing.push(missing);
  c.reverse.push(reverse);
  c.text?.push(text);
}

/** The long table of every partnership's cycles of `bank`. */
export function buildLongTable(
  data: ProgrammeData,
  bank: Bank,
  options: LongTableOptions,
): LongTable {
  const { includeText } = options;
  const items: Planned[] = allItems(bank)
    .filter((item) => item.kind !== 'select' && !(item.kind === 'text' && !includeText))
    .map((item) => ({
      item,
      options: new Set('options' in item ? item.options.map((o) => o.id) : []),
    }));
  const scaleValues = new Set(bank.scale.points.map((p) => p.value));
  const sectionsWithComments = bank.sections.filter((s) => s.comment).map((s) => s.id);
  const partitions = createPartitions(() => emptyColumns(includeText));
  let respondents = 0;
  let otherBankCycles = 0;

  for (const partnership of data.partnerships) {
    partnership.cycles.forEach((cycle, index) => {
      if (cycle.bankId !== bank.id) {
        otherBankCycles += 1;
        return;
      }
      const partition = partitions.of(cycle);
      const c = partition.columns;
      const groups = shownGroups(bank, cycle);
      for (const response of cycle.responses) {
        respondents += 1;
        const shown = groups.get(response.pseudonym) ?? { sector: null, role: null };
        const who: Who = {
          partnership: partnership.key,
          name: partnership.name,
          cycle: index + 1,
          date: cycle.date,
          bankId: cycle.bankId,
          respondent: response.pseudonym,
          sector: shown.sector,
          role: shown.role,
        };
        const push = (
          item: string,
          kind: RowKind,
          area: string | null,
          reverse: boolean | null,
          cell: Cell,
        ) => {
          appendRow(
            c,
            who,
            item,
            kind,
            area,
            reverse,
            cell.variable,
            cell.part,
            cell.value,
            cell.option,
            cell.missing,
            cell.text,
          );
          partition.rows += 1;
        };
        const answers = response.answers;
        for (const planned of items) {
          const item = planned.item;
          const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
          if (item.kind === 'agreement') {
            // Most rows: written straight, without a cell in between.
            const rated = typeof value === 'number' && scaleValues.has(value);
            appendRow(
              c,
              who,
              item.id,
              'agreement',
              item.dimension,
              item.reverse,
              item.id,
              null,
              rated ? value : null,
              null,
              rated ? null : missingCode(value),
              null,
            );
            partition.rows += 1;
            continue;
          }
          for (const cell of cellsOf(planned, value, scaleValues, includeText)) {
            push(item.id, item.kind as RowKind, null, null, cell);
          }
        }
        if (includeText) {
          for (const sectionId of sectionsWithComments) {
            const comment = Object.hasOwn(response.comments, sectionId)
              ? response.comments[sectionId]
              : undefined;
            if (typeof comment !== 'string' || comment.trim() === '') continue;
            push(sectionId, 'comment', null, null, {
              variable: `comment.${sectionId}`,
              part: null,
              value: null,
              option: null,
              missing: null,
              text: comment,
            });
          }
        }
      }
    });
  }

  return {
    includeText,
    partitions: partitions.list(),
    respondents,
    otherBankCycles,
  };
}

/** The table's rows as objects, partition by partition (for tests and small tables). */
export function longRows(
  table: LongTable,
): (Record<string, string | number | boolean | null> & { bank_version: string; year: number })[] {
  return table.partitions.flatMap((p) => {
    const names = Object.keys(p.columns) as (keyof LongColumns)[];
    return Array.from({ length: p.rows }, (_, i) => {
      const row: Record<string, string | number | boolean | null> = {};
      for (const name of names) row[name] = p.columns[name]![i] ?? null;
      return { ...row, bank_version: p.bankVersion, year: p.year };
    });
  });
}
