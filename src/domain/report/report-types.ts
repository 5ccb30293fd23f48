/**
 * The report model: everything an export (PDF, CSV, print) shows for one respondent, already
 * in order and in words. Exports only lay it out; they never score, look up labels or choose
 * wording, so the PDF, the CSV and the screen cannot disagree.
 *
 * Scores are kept as numbers (rounded to one decimal, as scored) beside the text shown for
 * them, so a test can compare both with `buildResults`.
 */
import type { AnswerMap } from '../answers/answer-schema';
import type { About } from '../response/response-schema';
import type { BandPractice } from './band-practice';
import type { ReportParts } from './report-parts';
import type { Action } from '../plan/action-plan';
import type { ReportFocus, ReportPlan, ReportTargets } from './report-plan';

/** What `buildReport` reads: a response envelope or the app's stored assessment both fit. */
export type ReportInput = {
  answers: AnswerMap;
  comments: Record<string, string>;
  /** ISO 8601 date-time of the last change: the report's date. */
  updatedAt: string;
  /** About-you fields saved with a response file; answers to the About section win. */
  about?: About;
  /** The respondent's own targets, by dimension id (response file version 2); none when absent. */
  targets?: Readonly<Record<string, number | null | undefined>>;
  /** The respondent's action plan, in plan order; empty when absent. */
  actions?: readonly Action[];
};

export type ReportCover = {
  title: string;
  partnershipName: string | null;
  place: string | null;
  /** The response's last change, e.g. "26 November 2026" (UK time). */
  date: string;
  /** The same day as YYYY-MM-DD, for file names. */
  dateIso: string;
  /** Labels of the About answers, or null when not given. */
  sector: string | null;
  roleLevel: string | null;
  timeInvolved: string | null;
  /** "Who answered" in one sentence. */
  answeredBy: string;
  bankTitle: string;
  bankVersion: string;
  privacyNote: string;
};

export type ReportTypeFit = {
  typeId: string;
  name: string;
  /** 0..100 rounded to one decimal, or null when no answer spoke for or against the type. */
  fit: number | null;
  fitText: string;
};

export type ReportReason = {
  itemId: string;
  question: string;
  answer: string;
  /** Fit points this answer gave the best fit. */
  points: number;
  /** The whole reason in one sentence. */
  text: string;
};

export type ReportTypeDetail = {
  typeId: string;
  name: string;
  description: string;
  meaning: string;
  exampleSites: string[];
  /** E.g. "Examples in the report: Oldham, Wigan and Wirral." */
  exampleSitesText: string;
};

export type ReportTypology = {
  status: 'best-fit' | 'blend' | 'too-few';
  /** E.g. "Best fit: Collaborative council" or "A blend of X and Y". */
  headline: string;
  summary: string;
  /** Every type, best first. */
  fits: ReportTypeFit[];
  reasonsIntro: string | null;
  reasons: ReportReason[];
  /** The best fit (and for a blend, the second type too); empty when there are too few answers. */
  types: ReportTypeDetail[];
  answered: number;
  total: number;
  minAnswered: number;
};

export type ReportDimension = {
  dimensionId: string;
  name: string;
  description: string;
  score: number | null;
  /** "71.4", or "No score" when there are not enough answers. */
  scoreText: string;
  bandId: string | null;
  /** The band's label, or "Not enough answers". */
  bandLabel: string;
  answered: number;
  total: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  /** E.g. "6 of 7", with Don't know and Not applicable counts when there are any. */
  answeredText: string;
  interpretation: string;
  prompts: string[];
  /**
   * What the band looks like in practice and the next step (band-practice.ts); null with no
   * band, or when the bank does not describe practice.
   */
  practice: BandPractice | null;
};

export type ReportGovernance = {
  inUseText: string;
  predictedText: string;
  mismatch: boolean;
  unclear: boolean;
  /** What the comparison shows, in one or two sentences. */
  finding: string;
  /** The bank's mismatch or unclear prompt, when one applies. */
  prompt: string | null;
  conditionsText: string;
};

export type ReportRole = {
  roleId: string;
  name: string;
  description: string;
  score: number | null;
  scoreText: string;
  answeredText: string;
};

export type ReportAccountabilityRow = {
  rowId: string;
  label: string;
  hint: string | null;
  /** The chosen option's label, "Don't know" or "Not answered". */
  answer: string;
  /** One flag per column, in column order. */
  uses: boolean[];
};

export type ReportAccountability = {
  question: string | null;
  columns: string[];
  rows: ReportAccountabilityRow[];
  flags: string[];
  /** Said when no flag applies, or why flags are not checked. */
  note: string;
};

export type ReportChoiceList = {
  heading: string;
  items: { itemId: string; question: string; answers: string[] }[];
};

export type ReportDimensionRef = {
  dimensionId: string;
  name: string;
  score: number;
  scoreText: string;
};

export type ReportCounts = {
  total: number;
  answered: number;
  unanswered: number;
  dontKnow: number;
  notApplicable: number;
  text: string;
};

export type ReportComment = { sectionId: string; sectionTitle: string; text: string };

export type ReportReflection = { itemId: string; question: string; answer: string };

export type AppendixRow = {
  sectionId: string;
  sectionTitle: string;
  dimensionId: string | null;
  dimensionName: string | null;
  itemId: string;
  question: string;
  /** The raw scale value of an agreement answer (1 to 5); null for every other answer. */
  answerValue: number | null;
  /** The answer in words, one entry per chosen option or grid row; ["Not answered"] when blank. */
  answerLines: string[];
  /** `answerLines` joined with "; ". */
  answerLabel: string;
  answered: boolean;
};

export type AppendixSection = {
  sectionId: string;
  title: string;
  /** The section's comment, or null. */
  comment: string | null;
  rows: AppendixRow[];
};

export type ReportMethod = { heading: string; paragraphs: string[] };

export type ReportModel = {
  bankId: string;
  bankVersion: string;
  /** BCP 47 language of the text, from the bank (e.g. "en-GB"). */
  language: string;
  cover: ReportCover;
  /** The parts of the results the bank has questions for; the others are left out. */
  parts: ReportParts;
  /** The running footer, e.g. "Partneriaeth Gŵyl Ŷd · Rally self-assessment". */
  footer: string;
  /** Document properties for a PDF. */
  meta: { title: string; subject: string; keywords: string[]; author: string };
  typology: ReportTypology;
  dimensions: ReportDimension[];
  strongestWeakest: string;
  /** Every area sharing the highest score, and every one sharing the lowest (ties kept). */
  strongestAreas: ReportDimensionRef[];
  weakestAreas: ReportDimensionRef[];
  strengths: { heading: string; items: ReportDimensionRef[]; empty: string };
  priorities: { heading: string; items: ReportDimensionRef[]; empty: string };
  governance: ReportGovernance;
  leadership: { roles: ReportRole[]; note: string };
  accountability: ReportAccountability;
  choices: ReportChoiceList[];
  counts: ReportCounts;
  comments: ReportComment[];
  reflections: ReportReflection[];
  appendix: AppendixSection[];
  method: ReportMethod;
  citation: string;
  sources: string[];
  disclaimer: string;
  /** Score now, target and gap per dimension (report-plan.ts). */
  targets: ReportTargets;
  /** The action plan in words, in plan order. */
  plan: ReportPlan;
  /** The three areas to work on first, for the summary (the rule is in report-plan.ts). */
  focus: ReportFocus;
};
