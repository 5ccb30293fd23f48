/**
 * The programme views as tables of text in the language in use: one model for the page, the
 * PDF and the CSV, so the three always show the same figures.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Bank } from '../../domain/bank/bank-schema';
import type { MedianTable, ProgrammeViews } from '../../domain/programme/programme-views';
import { formatDate, formatNumber } from '../../i18n';
import type { ViewTable } from '../../domain/programme/view-table';

export type { ViewTable };

/** Figures in the language in use: whole numbers, and scores to one decimal place. */
function formats(i18n: I18n) {
  const count = (n: number) => formatNumber(n, i18n.locale);
  const decimal = (n: number) =>
    formatNumber(n, i18n.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count,
    score: (n: number | null, none: string) => (n === null ? none : decimal(n)),
    signed: (n: number | null, none: string) =>
      n === null ? none : n > 0 ? `+${decimal(n)}` : decimal(n),
    date: (d: string) => formatDate(d, i18n.locale),
  };
}

function medianTable(
  id: string,
  title: string,
  caption: string,
  table: MedianTable,
  i18n: I18n,
  none: string,
): ViewTable {
  const { count, score } = formats(i18n);
  const columns = [
    i18n._(msg`Area`),
    ...table.columns.map((c) => i18n._(msg`${c.name} (${count(c.partnerships)})`)),
  ];
  return {
    id,
    title,
    caption,
    columns,
    numeric: columns.map((_, i) => i > 0),
    rows: table.rows.map((r) => ({
      key: r.dimensionId,
      header: r.name,
      cells: r.cells.map((c) => score(c, none)),
      values: r.cells,
    })),
    wide: true,
  };
}

/** Every view of `views` as a table, in the order the page shows them. */
export function programmeTables(bank: Bank, views: ProgrammeViews, i18n: I18n): ViewTable[] {
  const { count, score, signed, date } = formats(i18n);
  const none = i18n._(msg`No figure`);
  const notShown = i18n._(msg`Not shown`);
  const typeName = (id: string | null) =>
    bank.typology.types.find((t) => t.id === id)?.name ?? i18n._(msg`No clear type`);
  const modeName = (id: string | null) =>
    bank.governance.modes.find((m) => m.id === id)?.name ?? i18n._(msg`No clear mode`);

  /** How many partnerships fall in each column of a by-type or by-mode view. */
  const countTable = (
    id: string,
    words: { title: string; caption: string; first: string },
    columns: typeof views.byType.columns,
  ): ViewTable => ({
    id,
    title: words.title,
    caption: words.caption,
    columns: [words.first, i18n._(msg`Partnerships`)],
    numeric: [false, true],
    rows: columns
      .filter((c) => c.id !== 'all')
      .map((c) => ({
        key: c.id ?? 'none',
        header: c.name,
        cells: [count(c.partnerships)],
        values: [c.partnerships],
      })),
    wide: false,
  });
  const typeCounts = countTable(
    'by-type',
    {
      title: i18n._(msg`Partnerships by best-fit type`),
      caption: i18n._(msg`How many partnerships fit each type best`),
      first: i18n._(msg`Type`),
    },
    views.byType.columns,
  );
  const modeCounts = countTable(
    'by-mode',
    {
      title: i18n._(msg`Partnerships by governance mode`),
      caption: i18n._(msg`How many partnerships say they are governed each way`),
      first: i18n._(msg`Governance mode`),
    },
    views.byMode.columns,
  );

  const spread: ViewTable = {
    id: 'spread',
    title: i18n._(msg`How far partnerships differ`),
    caption: i18n._(
      msg`The spread of the partnerships’ median scores in each area, 0 to 100. Half the partnerships lie between the lower and upper quartile.`,
    ),
    columns: [
      i18n._(msg`Area`),
      i18n._(msg`Partnerships`),
      i18n._(msg`Lowest`),
      i18n._(msg`Lower quartile`),
      i18n._(msg`Median`),
      i18n._(msg`Upper quartile`),
      i18n._(msg`Highest`),
    ],
    numeric: [false, true, true, true, true, true, true],
    rows: views.spread.map((r) => ({
      key: r.dimensionId,
      header: r.name,
      cells: [
        count(r.n),
        score(r.min, none),
        score(r.q1, none),
        score(r.median, none),
        score(r.q3, none),
        score(r.max, none),
      ],
      values: [r.n, r.min, r.q1, r.median, r.q3, r.max],
    })),
    wide: true,
  };

  const change: ViewTable = {
    id: 'change',
    title: i18n._(msg`Change since the previous cycle`),
    caption: i18n._(
      msg`For partnerships with two or more cycles: the change in each area’s median score from the previous cycle to the latest.`,
    ),
    columns: [
      i18n._(msg`Area`),
      i18n._(msg`Partnerships`),
      i18n._(msg`Median change`),
      i18n._(msg`Went up`),
      i18n._(msg`Went down`),
      i18n._(msg`Stayed the same`),
    ],
    numeric: [false, true, true, true, true, true],
    rows: views.change.summary.map((r) => ({
      key: r.dimensionId,
      header: r.name,
      cells: [count(r.n), signed(r.medianChange, none), count(r.up), count(r.down), count(r.same)],
      values: [r.n, r.medianChange, r.up, r.down, r.same],
    })),
    wide: true,
  };

  const changeRows: ViewTable = {
    id: 'change-by-partnership',
    title: i18n._(msg`Change in each partnership`),
    caption: i18n._(
      msg`Each partnership’s change in median score, latest cycle against the one before`,
    ),
    columns: [
      i18n._(msg`Partnership`),
      i18n._(msg`Cycles compared`),
      ...bank.dimensions.map((d) => d.name),
    ],
    numeric: [false, false, ...bank.dimensions.map(() => true)],
    rows: views.change.rows.map((r) => ({
      key: r.key,
      header: r.name || i18n._(msg`No name given`),
      cells: [
        i18n._(msg`${date(r.previousDate)} to ${date(r.latestDate)}`),
        ...r.changes.map((c) => signed(c, none)),
      ],
      values: [`${r.previousDate}/${r.latestDate}`, ...r.changes],
    })),
    wide: true,
  };

  const list: ViewTable = {
    id: 'partnerships',
    title: i18n._(msg`Every partnership`),
    caption: i18n._(msg`Each partnership’s latest cycle`),
    columns: [
      i18n._(msg`Partnership`),
      i18n._(msg`People`),
      i18n._(msg`Cycles`),
      i18n._(msg`Latest cycle`),
      i18n._(msg`Best-fit type`),
      i18n._(msg`Governance mode`),
      ...bank.dimensions.map((d) => d.name),
    ],
    numeric: [false, true, true, false, false, false, ...bank.dimensions.map(() => true)],
    rows: views.partnerships.map((p) => ({
      key: p.key,
      header: p.name || i18n._(msg`No name given`),
      cells: [
        p.small ? i18n._(msg`${count(p.respondents)} (fewer than 3)`) : count(p.respondents),
        count(p.cycles),
        date(p.latestDate),
        p.small ? notShown : typeName(p.typeId),
        p.small ? notShown : modeName(p.modeId),
        ...bank.dimensions.map((_, i) =>
          p.medians ? score(p.medians[i] ?? null, none) : notShown,
        ),
      ],
      values: [
        p.respondents,
        p.cycles,
        p.latestDate,
        p.small ? notShown : typeName(p.typeId),
        p.small ? notShown : modeName(p.modeId),
        ...bank.dimensions.map((_, i) => (p.medians ? (p.medians[i] ?? null) : notShown)),
      ],
    })),
    wide: true,
  };

  return [
    typeCounts,
    medianTable(
      'median-by-type',
      i18n._(msg`Each area’s median by type`),
      i18n._(
        msg`The median of the partnerships’ median scores, 0 to 100, for the partnerships of each best-fit type`,
      ),
      views.byType,
      i18n,
      none,
    ),
    modeCounts,
    medianTable(
      'median-by-mode',
      i18n._(msg`Each area’s median by governance mode`),
      i18n._(
        msg`The median of the partnerships’ median scores, 0 to 100, for the partnerships governed each way`,
      ),
      views.byMode,
      i18n,
      none,
    ),
    spread,
    change,
    changeRows,
    list,
  ];
}
