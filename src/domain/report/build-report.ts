/**
 * One respondent's report: the results of `buildResults` and every answer, in the order the
 * exports show them and in words (see report-types.ts). Pure: the same bank and response give
 * the same report, on any device.
 *
 * About-you fields come from the answers to the About section; a response file's saved `about`
 * fills any field the answers leave blank. Select fields are shown by their option labels.
 */
import type { Bank, SelectItem } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { aboutFromAnswers } from '../response/response-file';
import type { About } from '../response/response-schema';
import { lowestBand, topBand } from '../scoring/bands';
import { buildResults } from '../scoring/build-results';
import type { Results } from '../scoring/build-results';
import type { DimensionScore } from '../scoring/score-dimensions';
import { buildAppendix, buildComments, buildReflections } from './report-appendix';
import { formatDate, formatScore, inSentence, listInWords } from './report-format';
import { reportCountsText } from './counts';
import { buildMethod } from './report-method';
import { reportParts } from './report-parts';
import {
  describeAccountability,
  describeChoices,
  describeGovernance,
  describeLeadership,
  describeTypology,
} from './report-profiles';
import type {
  ReportCounts,
  ReportCover,
  ReportDimension,
  ReportDimensionRef,
  ReportInput,
  ReportModel,
} from './report-types';

export const REPORT_TITLE = 'Partnership self-assessment';
export const PRODUCT_NAME = 'Rally self-assessment';

/** The label of a select about-field's answer; a value that is not an option is shown as given. */
function aboutLabel(bank: Bank, field: string, value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const item = allItems(bank).find(
    (i): i is SelectItem => i.kind === 'select' && i.field === field,
  );
  return item?.options.find((o) => o.id === text)?.label ?? text;
}

function buildCover(bank: Bank, about: About, updatedAt: string): ReportCover {
  const date = formatDate(updatedAt);
  const sector = aboutLabel(bank, 'sector', about.sector);
  const roleLevel = aboutLabel(bank, 'role-level', about['role-level']);
  const timeInvolved = aboutLabel(bank, 'time-involved', about['time-involved']);
  const parts = [
    sector ? `Sector: ${sector}.` : null,
    roleLevel ? `Role: ${roleLevel}.` : null,
    timeInvolved ? `Involved for: ${timeInvolved}.` : null,
  ].filter((p): p is string => p !== null);
  return {
    title: REPORT_TITLE,
    partnershipName: about['partnership-name']?.trim() || null,
    place: about.place?.trim() || null,
    date: date?.long ?? 'Date not known',
    dateIso: date?.iso ?? '',
    sector,
    roleLevel,
    timeInvolved,
    answeredBy:
      parts.length > 0
        ? parts.join(' ')
        : 'The person who answered did not say their sector or role.',
    bankTitle: bank.title,
    bankVersion: bank.version,
    privacyNote: 'Made on the device that answered. Rally did not send these answers anywhere.',
  };
}

function answeredText(bank: Bank, d: DimensionScore): string {
  const extra = [
    d.dontKnow > 0 ? `${d.dontKnow} ${bank.scale.dontKnow}` : null,
    d.notApplicable > 0 ? `${d.notApplicable} ${bank.scale.notApplicable}` : null,
  ].filter((p): p is string => p !== null);
  return `${d.answered} of ${d.total}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

function buildDimension(bank: Bank, d: DimensionScore): ReportDimension {
  const dimension = bank.dimensions.find((x) => x.id === d.dimensionId);
  return {
    dimensionId: d.dimensionId,
    name: d.name,
    description: dimension?.description ?? '',
    score: d.score,
    scoreText: formatScore(d.score),
    bandId: d.band?.id ?? null,
    bandLabel: d.band?.label ?? 'Not enough answers',
    answered: d.answered,
    total: d.total,
    dontKnow: d.dontKnow,
    notApplicable: d.notApplicable,
    unanswered: d.unanswered,
    answeredText: answeredText(bank, d),
    interpretation: d.interpretation,
    prompts: [...d.prompts],
  };
}

const ref = (d: DimensionScore): ReportDimensionRef => ({
  dimensionId: d.dimensionId,
  name: d.name,
  score: d.score ?? 0,
  scoreText: formatScore(d.score),
});

/**
 * The strongest and weakest areas in one or two sentences, for the screen, the PDF and the
 * CSV alike. A tie is said as a tie: "Governance and culture share the highest score (75.0)."
 */
export function describeStrongestWeakest(r: Results): string {
  const scored = r.dimensions.filter((d) => d.score !== null);
  const names = (ds: DimensionScore[]) => listInWords(ds.map((d) => inSentence(d.name)));
  const top = r.strongest[0];
  const low = r.weakest[0];
  if (!top || !low) return 'No area has enough answers for a score yet.';
  if (scored.length === 1)
    return `Only ${names([top])} has enough answers for a score (${formatScore(top.score)}).`;
  if (r.strongest.length === scored.length)
    return `${scored.length === 2 ? 'Both' : `All ${scored.length}`} scored areas have the same score (${formatScore(top.score)}).`;
  const say = (ds: DimensionScore[], which: 'highest' | 'lowest') => {
    const score = formatScore(ds[0]!.score);
    return ds.length === 1
      ? `The ${which} score is for ${names(ds)} (${score}).`
      : `${capitalise(names(ds))} share the ${which} score (${score}).`;
  };
  return `${say(r.strongest, 'highest')} ${say(r.weakest, 'lowest')}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function buildCounts(bank: Bank, r: Results): ReportCounts {
  const c = r.counts;
  return {
    ...c,
    text: reportCountsText(c, bank.scale),
  };
}

/** Builds the report for one response to `bank`. */
export function buildReport(bank: Bank, response: ReportInput): ReportModel {
  const answers = response.answers;
  const about: About = { ...response.about, ...aboutFromAnswers(bank, answers) };
  const results = buildResults(bank, answers);
  const cover = buildCover(bank, about, response.updatedAt);
  const name = cover.partnershipName;
  const top = topBand(bank);
  const low = lowestBand(bank);
  return {
    bankId: bank.id,
    bankVersion: bank.version,
    language: bank.locale,
    cover,
    parts: reportParts(bank),
    footer: name ? `${name} · ${PRODUCT_NAME}` : PRODUCT_NAME,
    meta: {
      title: name ? `${REPORT_TITLE}: ${name}` : REPORT_TITLE,
      subject: `Results of a partnership self-assessment with ${bank.title}, version ${bank.version}`,
      keywords: [
        'partnership',
        'collaboration',
        'self-assessment',
        'public services',
        ...bank.dimensions.map((d) => d.name),
      ],
      author: 'Rally',
    },
    typology: describeTypology(bank, results.typology),
    dimensions: results.dimensions.map((d) => buildDimension(bank, d)),
    strongestWeakest: describeStrongestWeakest(results),
    strongestAreas: results.strongest.map(ref),
    weakestAreas: results.weakest.map(ref),
    strengths: {
      heading: 'Strengths',
      items: results.strengths.map(ref),
      empty: `No dimension is in the ${top.label} band.`,
    },
    priorities: {
      heading: 'Priorities to discuss',
      items: results.priorities.map(ref),
      empty: `No dimension is in the ${low.label} band.`,
    },
    governance: describeGovernance(bank, results.governance),
    leadership: describeLeadership(bank, results.leadership),
    accountability: describeAccountability(bank, results.profiles.accountability),
    choices: describeChoices(bank, results.profiles),
    counts: buildCounts(bank, results),
    comments: buildComments(bank, response.comments),
    reflections: buildReflections(bank, answers),
    appendix: buildAppendix(bank, answers, response.comments),
    method: buildMethod(bank),
    citation: bank.citation,
    sources: bank.citations.map((c) => c.text),
    disclaimer: bank.disclaimer,
  };
}
