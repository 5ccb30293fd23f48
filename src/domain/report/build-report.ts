/**
 * One respondent's report: the results of `buildResults` and every answer, in the order the
 * exports show them and in words (see report-types.ts). Pure: the same bank and response give
 * the same report, on any device.
 *
 * About-you fields come from the answers to the About section; a response file's saved `about`
 * fills any field the answers leave blank. Select fields are shown by their option labels.
 */
import { msg } from '@lingui/core/macro';
import type { Bank, SelectItem } from '../bank/bank-schema';
import { allItems } from '../bank/bank-queries';
import { aboutFromAnswers } from '../response/response-file';
import type { About } from '../response/response-schema';
import { lowestBand, topBand } from '../scoring/bands';
import { buildResults } from '../scoring/build-results';
import type { Results } from '../scoring/build-results';
import type { DimensionScore } from '../scoring/score-dimensions';
import { bandPractice } from './band-practice';
import { buildAppendix, buildComments, buildReflections } from './report-appendix';
import { formatDate, formatScore, inSentence, listIn } from './report-format';
import { reportCountsText } from './counts';
import { buildMethod } from './report-method';
import { reportParts } from './report-parts';
import type { Translator } from './translate';
import { buildFocus, buildPlan, buildTargets } from './report-plan';
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

export const REPORT_TITLE = msg`Partnership self-assessment`;
export const PRODUCT_NAME = msg`Rally self-assessment`;

/** The label of a select about-field's answer; a value that is not an option is shown as given. */
function aboutLabel(bank: Bank, field: string, value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const item = allItems(bank).find(
    (i): i is SelectItem => i.kind === 'select' && i.field === field,
  );
  return item?.options.find((o) => o.id === text)?.label ?? text;
}

function buildCover(bank: Bank, about: About, updatedAt: string, i18n: Translator): ReportCover {
  const date = formatDate(updatedAt, i18n.locale);
  const sector = aboutLabel(bank, 'sector', about.sector);
  const roleLevel = aboutLabel(bank, 'role-level', about['role-level']);
  const timeInvolved = aboutLabel(bank, 'time-involved', about['time-involved']);
  const parts = [
    sector ? i18n._(msg`Sector: ${sector}.`) : null,
    roleLevel ? i18n._(msg`Role: ${roleLevel}.`) : null,
    timeInvolved ? i18n._(msg`Involved for: ${timeInvolved}.`) : null,
  ].filter((p): p is string => p !== null);
  return {
    title: i18n._(REPORT_TITLE),
    partnershipName: about['partnership-name']?.trim() || null,
    place: about.place?.trim() || null,
    date: date?.long ?? i18n._(msg`Date not known`),
    dateIso: date?.iso ?? '',
    sector,
    roleLevel,
    timeInvolved,
    answeredBy:
      parts.length > 0
        ? parts.join(' ')
        : i18n._(msg`The person who answered did not say their sector or role.`),
    bankTitle: bank.title,
    bankVersion: bank.version,
    privacyNote: i18n._(
      msg`Made on the device that answered. Rally did not send these answers anywhere.`,
    ),
  };
}

function answeredText(bank: Bank, d: DimensionScore, i18n: Translator): string {
  const extra = [
    d.dontKnow > 0 ? `${d.dontKnow} ${bank.scale.dontKnow}` : null,
    d.notApplicable > 0 ? `${d.notApplicable} ${bank.scale.notApplicable}` : null,
  ].filter((p): p is string => p !== null);
  const { answered, total } = d;
  const text = i18n._(msg`${answered} of ${total}`);
  return `${text}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}

function buildDimension(bank: Bank, d: DimensionScore, i18n: Translator): ReportDimension {
  const dimension = bank.dimensions.find((x) => x.id === d.dimensionId);
  return {
    dimensionId: d.dimensionId,
    name: d.name,
    description: dimension?.description ?? '',
    score: d.score,
    scoreText: formatScore(d.score, i18n),
    bandId: d.band?.id ?? null,
    bandLabel: d.band?.label ?? i18n._(msg`Not enough answers`),
    answered: d.answered,
    total: d.total,
    dontKnow: d.dontKnow,
    notApplicable: d.notApplicable,
    unanswered: d.unanswered,
    answeredText: answeredText(bank, d, i18n),
    interpretation: d.interpretation,
    prompts: [...d.prompts],
    practice: bandPractice(bank, d.dimensionId, d.band?.id, i18n),
  };
}

const ref =
  (i18n: Translator) =>
  (d: DimensionScore): ReportDimensionRef => ({
    dimensionId: d.dimensionId,
    name: d.name,
    score: d.score ?? 0,
    scoreText: formatScore(d.score, i18n),
  });

/**
 * The strongest and weakest areas in one or two sentences, for the screen, the PDF and the
 * CSV alike. A tie is said as a tie: "Governance and culture share the highest score (75.0)."
 */
export function describeStrongestWeakest(r: Results, i18n: Translator): string {
  const scored = r.dimensions.filter((d) => d.score !== null);
  const names = (ds: DimensionScore[]) =>
    listIn(
      ds.map((d) => inSentence(d.name)),
      i18n,
    );
  const top = r.strongest[0];
  const low = r.weakest[0];
  if (!top || !low) return i18n._(msg`No area has enough answers for a score yet.`);
  if (scored.length === 1) {
    const name = names([top]);
    const score = formatScore(top.score, i18n);
    return i18n._(msg`Only ${name} has enough answers for a score (${score}).`);
  }
  if (r.strongest.length === scored.length) {
    const score = formatScore(top.score, i18n);
    const count = scored.length;
    return scored.length === 2
      ? i18n._(msg`Both scored areas have the same score (${score}).`)
      : i18n._(msg`All ${count} scored areas have the same score (${score}).`);
  }
  const say = (ds: DimensionScore[], which: 'highest' | 'lowest') => {
    const score = formatScore(ds[0]!.score, i18n);
    const list = names(ds);
    const List = capitalise(list);
    if (which === 'highest')
      return ds.length === 1
        ? i18n._(msg`The highest score is for ${list} (${score}).`)
        : i18n._(msg`${List} share the highest score (${score}).`);
    return ds.length === 1
      ? i18n._(msg`The lowest score is for ${list} (${score}).`)
      : i18n._(msg`${List} share the lowest score (${score}).`);
  };
  return `${say(r.strongest, 'highest')} ${say(r.weakest, 'lowest')}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function buildCounts(bank: Bank, r: Results, i18n: Translator): ReportCounts {
  const c = r.counts;
  return {
    ...c,
    text: reportCountsText(c, bank.scale, i18n),
  };
}

/** Builds the report for one response to `bank`, in the language of `i18n`. */
export function buildReport(bank: Bank, response: ReportInput, i18n: Translator): ReportModel {
  const answers = response.answers;
  const about: About = { ...response.about, ...aboutFromAnswers(bank, answers) };
  const results = buildResults(bank, answers);
  const cover = buildCover(bank, about, response.updatedAt, i18n);
  const title = i18n._(REPORT_TITLE);
  const product = i18n._(PRODUCT_NAME);
  const bankTitle = bank.title;
  const version = bank.version;
  const name = cover.partnershipName;
  const top = topBand(bank);
  const low = lowestBand(bank);
  const topLabel = top.label;
  const lowLabel = low.label;
  const targets = buildTargets(
    bank,
    Object.fromEntries(results.dimensions.map((d) => [d.dimensionId, d.score])),
    response.targets ?? {},
    i18n,
  );
  return {
    bankId: bank.id,
    bankVersion: bank.version,
    language: i18n.locale === 'cy' ? 'cy' : bank.locale,
    cover,
    parts: reportParts(bank),
    footer: name ? `${name} · ${product}` : product,
    meta: {
      title: name ? `${title}: ${name}` : title,
      subject: i18n._(
        msg`Results of a partnership self-assessment with ${bankTitle}, version ${version}`,
      ),
      keywords: [
        i18n._(msg`partnership`),
        i18n._(msg`collaboration`),
        i18n._(msg`self-assessment`),
        i18n._(msg`public services`),
        ...bank.dimensions.map((d) => d.name),
      ],
      author: 'Rally',
    },
    typology: describeTypology(bank, results.typology, i18n),
    dimensions: results.dimensions.map((d) => buildDimension(bank, d, i18n)),
    strongestWeakest: describeStrongestWeakest(results, i18n),
    strongestAreas: results.strongest.map(ref(i18n)),
    weakestAreas: results.weakest.map(ref(i18n)),
    strengths: {
      heading: i18n._(msg`Strengths`),
      items: results.strengths.map(ref(i18n)),
      empty: i18n._(msg`No dimension is in the ${topLabel} band.`),
    },
    priorities: {
      heading: i18n._(msg`Priorities to discuss`),
      items: results.priorities.map(ref(i18n)),
      empty: i18n._(msg`No dimension is in the ${lowLabel} band.`),
    },
    governance: describeGovernance(bank, results.governance, i18n),
    leadership: describeLeadership(bank, results.leadership, i18n),
    accountability: describeAccountability(bank, results.profiles.accountability, i18n),
    choices: describeChoices(bank, results.profiles, i18n),
    counts: buildCounts(bank, results, i18n),
    comments: buildComments(bank, response.comments),
    reflections: buildReflections(bank, answers),
    appendix: buildAppendix(bank, answers, response.comments, i18n),
    method: buildMethod(bank, i18n),
    citation: bank.citation,
    sources: bank.citations.map((c) => c.text),
    disclaimer: bank.disclaimer,
    targets,
    plan: buildPlan(bank, response.actions ?? [], i18n),
    focus: buildFocus(targets.rows, i18n),
  };
}
