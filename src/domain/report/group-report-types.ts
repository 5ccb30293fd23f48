/**
 * The group report model: everything the group exports (the group PDF) show for a whole
 * session, already in order and in words. Like the one-respondent report (report-types.ts),
 * exports only lay it out; every figure comes from the group domain (src/domain/group).
 *
 * Figures are kept as numbers beside the text printed for them, so a test can compare both
 * with `aggregateGroup`, `discussFirst` and the breakdowns. No response id, name or free-text
 * about-field of a respondent is ever part of the model; comments are listed without names.
 */

import type { BandPractice } from './band-practice';
import type { ReportFocus, ReportPlan, ReportTargets } from './report-plan';
import type { SinceLastTimeReport } from './since-last-time-report';
import { msg } from '@lingui/core/macro';

/** Said wherever a group is too small to show (English; the report uses the message). */
export const SUPPRESSED_TEXT = 'fewer than 3 people: not shown';
export const SUPPRESSED_MESSAGE = msg`fewer than 3 people: not shown`;
/** Said on the cover for a sector with fewer than 3 respondents (English; as above). */
export const FEWER_THAN_3 = 'fewer than 3';
export const FEWER_THAN_3_MESSAGE = msg`fewer than 3`;

export type GroupReportCover = {
  title: string;
  partnershipName: string;
  /** The facilitator's label for the session, or null. */
  sessionLabel: string | null;
  /** The session's day, e.g. "26 November 2026". */
  date: string;
  /** The same day as YYYY-MM-DD, for file names. */
  dateIso: string;
  respondents: number;
  /** E.g. "12 people answered." */
  respondentsText: string;
  /** Sectors in the bank's option order, then "Not given"; counts under 3 are not given. */
  sectors: { label: string; count: number | null; countText: string }[];
  bankTitle: string;
  bankVersion: string;
  privacyNote: string;
};

export type GroupDiscussEntry = {
  kind: 'dimension' | 'item';
  id: string;
  dimensionName: string;
  /** The dimension's name or the item's statement. */
  label: string;
  n: number;
  outside: number;
  /** E.g. "5 of 12 outside". */
  outsideText: string;
};

export type GroupDimensionRow = {
  dimensionId: string;
  name: string;
  /** Respondents with enough answers for a score. */
  n: number;
  /** Respondents without enough answers in this dimension. */
  notEnough: number;
  /** Group median score, rounded to one decimal; null with nobody scored. */
  median: number | null;
  medianText: string;
  bandLabel: string;
  /** Interquartile range of respondents' scores, on 0..100, rounded to one decimal. */
  iqr: number | null;
  iqrText: string;
  min: number | null;
  minText: string;
  max: number | null;
  maxText: string;
  dontKnow: number;
  notApplicable: number;
  /** Whether the split rule lists the dimension under "Discuss first". */
  split: boolean;
  /** What the median's band looks like in practice, and the next step; null with no band. */
  practice: BandPractice | null;
};

export type GroupItemRow = {
  itemId: string;
  dimensionId: string;
  dimensionName: string;
  statement: string;
  /** Reverse-keyed: figures are of the answers as given. */
  reverse: boolean;
  n: number;
  /** Statistics on the answer scale (1 to 5), unrounded; null with no ratings. */
  median: number | null;
  iqr: number | null;
  min: number | null;
  max: number | null;
  mean: number | null;
  medianText: string;
  iqrText: string;
  minText: string;
  maxText: string;
  meanText: string;
  dontKnow: number;
  notApplicable: number;
  split: boolean;
};

export type GroupBreakdownRow =
  | { label: string; suppressed: true; text: string }
  | {
      label: string;
      suppressed: false;
      n: number;
      /** One cell per dimension, in bank order: the median as printed, or the suppressed text. */
      cells: { dimensionId: string; median: number | null; text: string }[];
    };

export type GroupBreakdownView = {
  heading: string;
  question: string | null;
  /** Dimension names, the columns of the view. */
  columns: string[];
  rows: GroupBreakdownRow[];
  note: string;
};

export type GroupSpreadLine = { label: string; count: number };

export type GroupSpread = {
  heading: string;
  lines: GroupSpreadLine[];
  /** What the spread shows, in a sentence or two. */
  finding: string;
};

export type GroupConsensusAction = { what: string; who: string; byWhen: string };

export type GroupConsensusRow = {
  dimensionId: string;
  name: string;
  median: number | null;
  medianText: string;
  /** Null when no score was agreed (or nothing was recorded). */
  agreed: number | null;
  agreedText: string;
  /** The band of the agreed score. */
  bandLabel: string;
  rationale: string;
  /** The plan's actions for this area, in plan order (the whole plan is `plan`). */
  actions: GroupConsensusAction[];
  recorded: boolean;
};

export type GroupCommentGroup = { heading: string; texts: string[] };

export type GroupReportModel = {
  bankId: string;
  bankVersion: string;
  language: string;
  cover: GroupReportCover;
  footer: string;
  meta: { title: string; subject: string; keywords: string[]; author: string };
  /** Scale ends for the item table note, e.g. "1 (Strongly disagree) to 5 (Strongly agree)". */
  scaleText: string;
  discussFirst: { intro: string; entries: GroupDiscussEntry[]; empty: string };
  dimensions: GroupDimensionRow[];
  items: GroupItemRow[];
  sectorView: GroupBreakdownView;
  roleView: GroupBreakdownView;
  typologySpread: GroupSpread;
  governanceSpread: GroupSpread;
  consensus: { intro: string; rows: GroupConsensusRow[] };
  /** What changed since the earlier cycle; null when the session follows none. */
  sinceLastTime: SinceLastTimeReport | null;
  comments: { groups: GroupCommentGroup[]; empty: string };
  method: { heading: string; paragraphs: string[] };
  citation: string;
  sources: string[];
  disclaimer: string;
  /**
   * Per dimension the score now (the agreed score, or the median where none was agreed), the
   * group's target and the gap (report-plan.ts).
   */
  targets: ReportTargets;
  /** The group's action plan in words, in plan order. */
  plan: ReportPlan;
  /** The three areas to work on first, for the summary (the rule is in report-plan.ts). */
  focus: ReportFocus;
};
