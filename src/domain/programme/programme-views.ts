/**
 * The programme page's views: how many partnerships compare (issue 14).
 *
 * Rule
 *   - Each cycle is summarised once (`summariseCycle`): its respondents, each area's group median
 *     score (aggregate.ts, the group pages' own figure), its best-fit type and its governance
 *     mode. The partnership's figures are those of its latest cycle.
 *   - Best-fit type: the type that most respondents' answers fit best (score-typology.ts, one
 *     result per respondent, as the group page's spread counts them). A respondent whose result
 *     is a blend of two types, or who answered too few typology questions, counts for no type.
 *     No respondent with a single type, or a tie at the top, gives no clear type (null).
 *   - Governance mode: the bank has a question on the mode in use (the `governance-mode`
 *     profile, score-governance.ts). The partnership's mode is the mode most respondents name;
 *     "not clear", Don't know and no answer count for no mode; a tie or nobody gives no clear
 *     mode (null).
 *   - Small partnerships: a partnership whose latest cycle has fewer than 3 respondents is
 *     flagged. Its own figures (medians, type, mode) are never shown, since they would show one
 *     or two people's answers. By default it is left out of every figure across partnerships;
 *     with `includeSmall` it counts in the medians by type and by governance mode (and in the
 *     count of partnerships by type and mode). The spread and the change between cycles always
 *     leave it out, because their lowest and highest values and each row are one partnership's.
 *   - Medians across partnerships are of the partnerships' own area medians, so each
 *     partnership counts once whatever its size; rounded to one decimal place. A figure resting
 *     on fewer than 3 respondents in all is not shown (null), as the privacy rule asks.
 *   - Spread: per area, the lowest, lower quartile, median, upper quartile and highest of the
 *     partnerships' medians (type 7 quantiles, as aggregate.ts).
 *   - Change: for each partnership with two or more cycles, each area's median in the latest
 *     cycle minus that in the one before, when both cycles have at least 3 respondents. Per area,
 *     the median change and how many partnerships went up, went down or stayed the same.
 *
 * No respondent, free text, or sector or role group appears in any view: only partnership
 * figures and counts. Pure.
 */
import type { Bank } from '../bank/bank-schema';
import { groupMedianScores, summarise } from '../group/aggregate';
import { mayShowGroup } from '../privacy/privacy-rule';
import { roundScore } from '../scoring/round-score';
import { modeInUse } from '../scoring/score-governance';
import { typologyFit } from '../scoring/score-typology';
import type { ProgrammeCycle, ProgrammeData, ProgrammePartnership } from './programme-model';
import { modal } from './modal';

export type CycleSummary = {
  respondents: number;
  /** Each area's group median score (0 to 100, one decimal), in bank order; null = no figure. */
  medians: (number | null)[];
  /** The best-fit type's id, or null for no clear type. */
  typeId: string | null;
  /** The governance mode in use, or null for no clear mode. */
  modeId: string | null;
};

/** Summaries by cycle key. */
export type CycleSummaries = Record<string, CycleSummary>;

/** One cycle's figures (see the rule at the top). */
export function summariseCycle(bank: Bank, cycle: ProgrammeCycle): CycleSummary {
  const types = new Map<string, number>();
  const modes = new Map<string, number>();
  const modeIds = new Set(bank.governance.modes.map((m) => m.id));
  for (const r of cycle.responses) {
    const typology = typologyFit(bank, r.answers);
    if (typology.bestFit !== null && typology.blend === null)
      types.set(typology.bestFit, (types.get(typology.bestFit) ?? 0) + 1);
    const { inUse } = modeInUse(bank, r.answers);
    if (inUse !== null && modeIds.has(inUse)) modes.set(inUse, (modes.get(inUse) ?? 0) + 1);
  }
  return {
    respondents: cycle.responses.length,
    medians: groupMedianScores(bank, cycle.responses),
    typeId: modal(types),
    modeId: modal(modes),
  };
}

/** Every cycle's summary, by cycle key; `known` are kept (a merge re-summarises only new cycles). */
export function summariseProgramme(
  bank: Bank,
  data: ProgrammeData,
  known: CycleSummaries = {},
): CycleSummaries {
  const out: CycleSummaries = {};
  for (const p of data.partnerships)
    for (const c of p.cycles) out[c.key] = known[c.key] ?? summariseCycle(bank, c);
  return out;
}

export type ProgrammeViewOptions = { includeSmall: boolean };

export type PartnershipRow = {
  key: string;
  name: string;
  cycles: number;
  latestDate: string;
  respondents: number;
  /** Fewer than 3 respondents in the latest cycle: its own figures are not shown. */
  small: boolean;
  /** Counted in the medians across partnerships. */
  included: boolean;
  /** Null for no clear type, or when small. */
  typeId: string | null;
  modeId: string | null;
  /** Area medians, bank order; null when small. */
  medians: (number | null)[] | null;
};

export type Column = {
  /** A type or mode id; null for "no clear type/mode"; 'all' for every partnership. */
  id: string | null;
  name: string;
  partnerships: number;
};

export type MedianTable = {
  columns: Column[];
  /** One row per area, a cell per column: the median across partnerships, or null. */
  rows: { dimensionId: string; name: string; cells: (number | null)[] }[];
};

export type SpreadRow = {
  dimensionId: string;
  name: string;
  /** Partnerships with a median in this area. */
  n: number;
  /** Null when there is no figure. */
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
};

export type ChangeRow = {
  key: string;
  name: string;
  previousDate: string;
  latestDate: string;
  /** Latest minus previous, per area in bank order; null where either has no figure. */
  changes: (number | null)[];
};

export type ChangeSummaryRow = {
  dimensionId: string;
  name: string;
  n: number;
  medianChange: number | null;
  up: number;
  down: number;
  same: number;
};

export type ProgrammeViews = {
  partnerships: PartnershipRow[];
  respondents: number;
  /** Partnerships flagged as small. */
  small: number;
  /** Partnerships counted in the medians. */
  included: number;
  byType: MedianTable;
  byMode: MedianTable;
  spread: SpreadRow[];
  change: {
    rows: ChangeRow[];
    summary: ChangeSummaryRow[];
    /** Partnerships with two cycles left out because a cycle had fewer than 3 respondents. */
    leftOut: number;
  };
};

const one = (n: number) => roundScore(n);
/** A change, rounded to one decimal place (not clamped: it may be below 0); never -0. */
const change = (n: number) => Math.round(n * 10) / 10 || 0;

function latestOf(p: ProgrammePartnership) {
  return p.cycles[p.cycles.length - 1]!;
}

function medianTable(
  bank: Bank,
  rows: readonly { summary: CycleSummary; group: string | null }[],
  groups: readonly { id: string; name: string }[],
  noneName: string,
  allName: string,
): MedianTable {
  const columns: { id: string | null; name: string; members: CycleSummary[] }[] = [
    ...groups.map((g) => ({
      id: g.id,
      name: g.name,
      members: rows.filter((r) => r.group === g.id).map((r) => r.summary),
    })),
    {
      id: null,
      name: noneName,
      members: rows.filter((r) => r.group === null).map((r) => r.summary),
    },
    { id: 'all', name: allName, members: rows.map((r) => r.summary) },
  ];
  return {
    columns: columns.map((c) => ({ id: c.id, name: c.name, partnerships: c.members.length })),
    rows: bank.dimensions.map((d, i) => ({
      dimensionId: d.id,
      name: d.name,
      cells: columns.map((c) => {
        const withFigure = c.members.filter((m) => m.medians[i] !== null);
        const people = withFigure.reduce((n, m) => n + m.respondents, 0);
        if (!withFigure.length || !mayShowGroup(people)) return null;
        return one(summarise(withFigure.map((m) => m.medians[i]!))!.median);
      }),
    })),
  };
}

/** Names the views need that are not in the bank: passed in, in the language in use. */
export type ViewWords = { noClearType: string; noClearMode: string; all: string };

const ENGLISH: ViewWords = {
  noClearType: 'No clear type',
  noClearMode: 'No clear mode',
  all: 'All partnerships',
};

/** The views of `data` (see the rule at the top). */
export function buildProgrammeViews(
  bank: Bank,
  data: ProgrammeData,
  summaries: CycleSummaries,
  options: ProgrammeViewOptions,
  words: ViewWords = ENGLISH,
): ProgrammeViews {
  const withCycles = data.partnerships.filter((p) => p.cycles.length > 0);
  const partnerships: PartnershipRow[] = withCycles.map((p) => {
    const latest = latestOf(p);
    const s = summaries[latest.key] ?? summariseCycle(bank, latest);
    const small = !mayShowGroup(s.respondents);
    return {
      key: p.key,
      name: p.name,
      cycles: p.cycles.length,
      latestDate: latest.date,
      respondents: s.respondents,
      small,
      included: !small || options.includeSmall,
      typeId: small ? null : s.typeId,
      modeId: small ? null : s.modeId,
      medians: small ? null : s.medians,
    };
  });
  const included = withCycles
    .map((p, i) => ({ row: partnerships[i]!, summary: summaries[latestOf(p).key]! }))
    .filter((x) => x.row.included && x.summary);
  const large = included.filter((x) => !x.row.small);

  const byType = medianTable(
    bank,
    included.map((x) => ({ summary: x.summary, group: x.summary.typeId })),
    bank.typology.types.map((t) => ({ id: t.id, name: t.name })),
    words.noClearType,
    words.all,
  );
  const byMode = medianTable(
    bank,
    included.map((x) => ({ summary: x.summary, group: x.summary.modeId })),
    bank.governance.modes.map((m) => ({ id: m.id, name: m.name })),
    words.noClearMode,
    words.all,
  );

  const spread: SpreadRow[] = bank.dimensions.map((d, i) => {
    const values = large.map((x) => x.summary.medians[i]).filter((v): v is number => v !== null);
    const s = summarise(values);
    return {
      dimensionId: d.id,
      name: d.name,
      n: values.length,
      min: s ? one(s.min) : null,
      q1: s ? one(s.q1) : null,
      median: s ? one(s.median) : null,
      q3: s ? one(s.q3) : null,
      max: s ? one(s.max) : null,
    };
  });

  const changeRows: ChangeRow[] = [];
  let leftOut = 0;
  for (const p of withCycles) {
    if (p.cycles.length < 2) continue;
    const latest = p.cycles[p.cycles.length - 1]!;
    const previous = p.cycles[p.cycles.length - 2]!;
    const now = summaries[latest.key];
    const then = summaries[previous.key];
    if (!now || !then || !mayShowGroup(now.respondents) || !mayShowGroup(then.respondents)) {
      leftOut += 1;
      continue;
    }
    changeRows.push({
      key: p.key,
      name: p.name,
      previousDate: previous.date,
      latestDate: latest.date,
      changes: now.medians.map((m, i) => {
        const before = then.medians[i];
        return m === null || before === null || before === undefined ? null : change(m - before);
      }),
    });
  }
  const summary: ChangeSummaryRow[] = bank.dimensions.map((d, i) => {
    const values = changeRows.map((r) => r.changes[i]).filter((v): v is number => v !== null);
    const s = summarise(values);
    return {
      dimensionId: d.id,
      name: d.name,
      n: values.length,
      medianChange: s ? change(s.median) : null,
      up: values.filter((v) => v > 0).length,
      down: values.filter((v) => v < 0).length,
      same: values.filter((v) => v === 0).length,
    };
  });

  return {
    partnerships,
    respondents: partnerships.reduce((n, p) => n + p.respondents, 0),
    small: partnerships.filter((p) => p.small).length,
    included: included.length,
    byType,
    byMode,
    spread,
    change: { rows: changeRows, summary, leftOut },
  };
}
