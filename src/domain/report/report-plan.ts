/**
 * Targets, gaps, the action plan and "the three areas to work on first", in words, for the
 * report models of one respondent (build-report.ts) and of a group (build-group-report.ts).
 * The PDFs only lay these out. Pure.
 *
 * The three areas to work on first (`focusAreas`), the rule:
 *   1. Only areas with a score now are candidates (for a group, the agreed score, or the median
 *      where the group agreed none).
 *   2. Areas whose target is above the score come first, the largest gap first.
 *   3. Then the other areas, the lowest score first (an area whose target is met or not set
 *      competes on its score alone).
 *   4. Ties go to an area the group's answers were split on (in the order "Discuss first"
 *      lists them), then to bank order.
 *   5. The first three are kept (fewer when fewer areas have a score).
 * A gap says how far a partnership means to move; the lowest score is where it stands weakest
 * when it has set no target. A split breaks a tie because a room that disagrees about an area
 * has something to settle before it can act on it.
 */
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import type { Action, ActionStatus } from '../plan/action-plan';
import { STATUS_WORDS } from '../plan/action-plan';
import type { DimensionGap } from '../plan/targets';
import { dimensionGaps } from '../plan/targets';
import { formatDate, formatScore } from './report-format';
import type { Translator } from './translate';

/** How many areas the summary names to work on first. */
export const FOCUS_COUNT = 3;

export type ReportTargetRow = {
  dimensionId: string;
  name: string;
  /** The score now (a respondent's score; for a group, the agreed score or else the median). */
  current: number | null;
  currentText: string;
  /** The band of the score now, or "Not enough answers". */
  bandLabel: string;
  target: number | null;
  /** "75.0", or "No target". */
  targetText: string;
  /** The band the target falls in, or null without a target. */
  targetBandLabel: string | null;
  /** Target minus score now, one decimal; null without both. */
  gap: number | null;
  /** "+20.0", "0.0", "-5.0", or "–" without both. */
  gapText: string;
};

export type ReportTargets = {
  rows: ReportTargetRow[];
  /** How many areas have a target. */
  set: number;
  /** E.g. "Targets are set for 4 of the 6 areas.", or that none is set. */
  note: string;
};

export type ReportAction = {
  /** Place in the plan, from 1 (first = do first). */
  number: number;
  id: string;
  dimensionId: string;
  /** The area's name. */
  area: string;
  what: string;
  /** Who leads, or "Not said". */
  lead: string;
  /** The due date in words ("31 March 2027"), the words kept from an older file, or "Not said". */
  due: string;
  /** YYYY-MM-DD, or null without a date. */
  dueIso: string | null;
  status: ActionStatus;
  statusText: string;
  /** How we will know it worked, or "Not said". */
  measure: string;
  /** What it needs, or null when not said. */
  resources: string | null;
};

export type ReportPlan = {
  actions: ReportAction[];
  /** Said when there are no actions. */
  empty: string;
};

export type FocusArea = {
  dimensionId: string;
  name: string;
  current: number;
  currentText: string;
  bandLabel: string;
  target: number | null;
  targetText: string;
  gap: number | null;
  gapText: string;
  /** Whether the group's answers were split on this area (always false for one respondent). */
  split: boolean;
  /** Why it is on the list, in one or two sentences. */
  reason: string;
};

export type ReportFocus = {
  heading: string;
  /** The rule, in one sentence. */
  rule: string;
  areas: FocusArea[];
  /** Said when no area has a score. */
  empty: string;
};

/** A gap as shown: "+20.0" above the score, "-5.0" below it, "0.0", or "–" without both. */
export function formatGap(gap: number | null): string {
  if (gap === null) return '–';
  return gap > 0 ? `+${gap.toFixed(1)}` : gap.toFixed(1);
}

/** Current score, target and gap per area, in bank order. */
export function buildTargets(
  bank: Bank,
  current: Readonly<Record<string, number | null | undefined>>,
  targets: Readonly<Record<string, number | null | undefined>>,
  i18n: Translator,
): ReportTargets {
  const gaps = dimensionGaps(bank, current, targets);
  const rows = gaps.map((g) => targetRow(g, i18n));
  const set = rows.filter((r) => r.target !== null).length;
  const total = rows.length;
  return {
    rows,
    set,
    note:
      set === 0
        ? i18n._(msg`No targets have been set yet.`)
        : i18n._(msg`Targets are set for ${set} of the ${total} areas.`),
  };
}

function targetRow(g: DimensionGap, i18n: Translator): ReportTargetRow {
  return {
    dimensionId: g.dimensionId,
    name: g.name,
    current: g.current,
    currentText: formatScore(g.current, i18n),
    bandLabel: g.currentBand?.label ?? i18n._(msg`Not enough answers`),
    target: g.target,
    targetText: g.target === null ? i18n._(msg`No target`) : formatScore(g.target),
    targetBandLabel: g.targetBand?.label ?? null,
    gap: g.gap,
    gapText: formatGap(g.gap),
  };
}

/** The plan in words, in plan order. */
export function buildPlan(bank: Bank, actions: readonly Action[], i18n: Translator): ReportPlan {
  const notSaid = i18n._(msg`Not said`);
  return {
    actions: actions.map((a, i) => {
      const due = a.due ? formatDate(`${a.due}T12:00:00Z`, i18n.locale)?.long : undefined;
      return {
        number: i + 1,
        id: a.id,
        dimensionId: a.dimensionId,
        area: bank.dimensions.find((d) => d.id === a.dimensionId)?.name ?? a.dimensionId,
        what: a.what.trim(),
        lead: a.lead.trim() || notSaid,
        due: due ?? (a.dueNote?.trim() || notSaid),
        dueIso: a.due ?? null,
        status: a.status,
        statusText: i18n._(STATUS_WORDS[a.status]),
        measure: a.measure.trim() || notSaid,
        resources: a.resources?.trim() || null,
      };
    }),
    empty: i18n._(msg`No actions have been recorded yet.`),
  };
}

/**
 * The areas to work on first (see the rule at the top of this file), from the target rows.
 * `splitOrder` lists the dimensions a group was split on, in "Discuss first" order.
 */
export function rankFocus(
  rows: readonly ReportTargetRow[],
  splitOrder: readonly string[] = [],
): ReportTargetRow[] {
  const splitRank = (id: string) => {
    const at = splitOrder.indexOf(id);
    return at < 0 ? Number.POSITIVE_INFINITY : at;
  };
  return rows
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.current !== null)
    .sort((a, b) => {
      const ga = a.row.gap !== null && a.row.gap > 0 ? a.row.gap : null;
      const gb = b.row.gap !== null && b.row.gap > 0 ? b.row.gap : null;
      if (ga !== null || gb !== null) {
        if (ga === null) return 1;
        if (gb === null) return -1;
        if (ga !== gb) return gb - ga;
      } else if (a.row.current !== b.row.current) return a.row.current! - b.row.current!;
      const sa = splitRank(a.row.dimensionId);
      const sb = splitRank(b.row.dimensionId);
      if (sa !== sb) return sa < sb ? -1 : 1;
      return a.order - b.order;
    })
    .slice(0, FOCUS_COUNT)
    .map(({ row }) => row);
}

/** The three areas to work on first, with the reason for each, for the summary. */
export function buildFocus(
  rows: readonly ReportTargetRow[],
  i18n: Translator,
  group?: { splitOrder: readonly string[] },
): ReportFocus {
  const split = new Set(group?.splitOrder ?? []);
  return {
    heading: i18n._(msg`The three areas to work on first`),
    rule: group
      ? i18n._(
          msg`Chosen by the largest gap between the score now and the target, then by the lowest score. The score now is the agreed score, or the group median where none was agreed. A tie goes to an area the group was split on.`,
        )
      : i18n._(
          msg`Chosen by the largest gap between the score now and the target, then by the lowest score.`,
        ),
    areas: rankFocus(rows, group?.splitOrder).map((row) => {
      const score = row.currentText;
      const band = row.bandLabel;
      const target = row.targetText;
      const gap = row.gap;
      const points = formatScore(gap === null ? null : Math.abs(gap));
      const parts = [
        gap !== null && gap > 0
          ? i18n._(
              msg`The score now is ${score} (${band}), ${points} points below the target of ${target}.`,
            )
          : row.target !== null
            ? i18n._(msg`The score now is ${score} (${band}), which meets the target of ${target}.`)
            : i18n._(msg`The score now is ${score} (${band}), with no target set.`),
        split.has(row.dimensionId)
          ? i18n._(msg`The group’s answers were split here: talk it through first.`)
          : null,
      ].filter((p): p is string => p !== null);
      return {
        dimensionId: row.dimensionId,
        name: row.name,
        current: row.current!,
        currentText: row.currentText,
        bandLabel: row.bandLabel,
        target: row.target,
        targetText: row.targetText,
        gap: row.gap,
        gapText: row.gapText,
        split: split.has(row.dimensionId),
        reason: parts.join(' '),
      };
    }),
    empty: i18n._(msg`No area has enough answers for a score yet.`),
  };
}
