/**
 * The report's wording for the profiles: typology, governance fit, leadership roles, the
 * accountability mix and the answers shown as chosen. Every figure comes from `buildResults`;
 * this module only puts it into words.
 */
import type { Bank } from '../bank/bank-schema';
import type { GovernanceResult } from '../scoring/score-governance';
import type { LeadershipResult } from '../scoring/score-leadership';
import type {
  AccountabilityResult,
  ProfilesResult,
  SimpleProfile,
} from '../scoring/score-profiles';
import type { TypologyResult } from '../scoring/score-typology';
import { NOT_ANSWERED } from './report-appendix';
import { countOf, formatScore, listInWords } from './report-format';
import type {
  ReportAccountability,
  ReportChoiceList,
  ReportGovernance,
  ReportRole,
  ReportTypeDetail,
  ReportTypology,
} from './report-types';
import { isAre } from './counts';

/**
 * The published report does not say whether one partnership can be more than one type, so
 * every output that mentions mixed types says it as this tool's assumption, never as a fact.
 */
export const TYPES_ASSUMPTION =
  'This assessment assumes that a partnership can have features of more than one type.';

function typeDetail(bank: Bank, typeId: string): ReportTypeDetail | null {
  const type = bank.typology.types.find((t) => t.id === typeId);
  if (!type) return null;
  return {
    typeId: type.id,
    name: type.name,
    description: type.description,
    meaning: type.meaning,
    exampleSites: [...type.exampleSites],
    exampleSitesText: `Examples in the report: ${listInWords(type.exampleSites)}.`,
  };
}

/** The typology result in words. */
export function describeTypology(bank: Bank, t: TypologyResult): ReportTypology {
  const nameOf = (id: string) => bank.typology.types.find((type) => type.id === id)?.name ?? id;
  const fits = t.ranking.map((r) => ({
    typeId: r.typeId,
    name: r.name,
    fit: r.fit,
    fitText: r.fit === null ? 'No evidence' : formatScore(r.fit),
  }));
  const common = { fits, answered: t.answered, total: t.total, minAnswered: t.minAnswered };
  if (t.tooFew || t.bestFit === null) {
    return {
      ...common,
      status: 'too-few',
      headline: 'Too few answers to suggest a type',
      summary:
        `${countOf(t.answered, 'question', 'questions')} about the partnership's shape ${t.answered === 1 ? 'was' : 'were'} answered, out of ${t.total}. ` +
        `At least ${t.minAnswered} ${isAre(t.minAnswered)} needed to suggest a type, so none is suggested. The fits below show only where the answers given point.`,
      reasonsIntro: null,
      reasons: [],
      types: [],
    };
  }
  const best = t.ranking[0]!;
  const bestName = nameOf(t.bestFit);
  const reasons = t.reasons.map((r) => {
    const answer = r.options.map((o) => o.label).join('; ');
    return {
      itemId: r.itemId,
      question: r.itemText,
      answer,
      points: r.contribution,
      text: `${r.itemText} You answered: ${answer}. This gave ${formatScore(r.contribution)} points.`,
    };
  });
  const reasonsIntro = `These answers pointed towards ${bestName}. Together they make up its fit of ${formatScore(best.fit)}.`;
  if (t.blend) {
    const [a, b] = t.blend;
    const second = t.ranking[1]!;
    return {
      ...common,
      status: 'blend',
      headline: `A blend of ${nameOf(a)} and ${nameOf(b)}`,
      summary:
        `${nameOf(a)} (fit ${formatScore(best.fit)}) and ${nameOf(b)} (fit ${formatScore(second.fit)}) are within ${bank.typology.blendMargin} points of each other, ` +
        `so the answers fit both about as well. ${TYPES_ASSUMPTION}`,
      reasonsIntro,
      reasons,
      types: [typeDetail(bank, a), typeDetail(bank, b)].filter(
        (d): d is ReportTypeDetail => d !== null,
      ),
    };
  }
  return {
    ...common,
    status: 'best-fit',
    headline: `Best fit: ${bestName}`,
    summary:
      `The answers about the partnership's shape fit ${bestName} best, with a fit of ${formatScore(best.fit)} out of 100. ` +
      `All ${fits.length} fits are shown. ${TYPES_ASSUMPTION}`,
    reasonsIntro,
    reasons,
    types: [typeDetail(bank, t.bestFit)].filter((d): d is ReportTypeDetail => d !== null),
  };
}

/** The governance comparison in words. */
export function describeGovernance(bank: Bank, g: GovernanceResult): ReportGovernance {
  const inUseText =
    g.inUseName ?? (g.unclear ? 'Not clear' : g.inUseDontKnow ? bank.scale.dontKnow : NOT_ANSWERED);
  const predictedText =
    g.predictedName ??
    (g.predictedMissing === 'tied'
      ? 'No single way: your conditions point equally to more than one'
      : 'Not known: no conditions were answered');
  let finding: string;
  if (g.mismatch)
    finding =
      'The way the partnership is governed now is not the one its conditions usually suggest.';
  else if (g.unclear) finding = 'It is not clear how the partnership is governed now.';
  else if (g.inUse === null)
    finding = `How the partnership is governed now was ${g.inUseDontKnow ? `answered ${bank.scale.dontKnow}` : 'not answered'}, so it cannot be compared with its conditions.`;
  else if (g.predicted === null)
    finding =
      g.predictedMissing === 'tied'
        ? 'The conditions do not point to one way of governing, so there is nothing to compare with.'
        : 'No questions about conditions were answered, so there is nothing to compare with.';
  else
    finding = 'The way the partnership is governed now is the one its conditions usually suggest.';
  const dk = g.conditionsDontKnow > 0 ? ` (${g.conditionsDontKnow} ${bank.scale.dontKnow})` : '';
  return {
    inUseText,
    predictedText,
    mismatch: g.mismatch,
    unclear: g.unclear,
    finding,
    prompt: g.mismatchPrompt ?? g.unclearPrompt,
    conditionsText: `${g.conditionsAnswered} of ${countOf(g.conditionsTotal, 'question', 'questions')} about conditions answered${dk}.`,
  };
}

/** The leadership roles, side by side. */
export function describeLeadership(
  bank: Bank,
  l: LeadershipResult,
): { roles: ReportRole[]; note: string } {
  return {
    roles: l.roles.map((r) => ({
      roleId: r.roleId,
      name: r.name,
      description: bank.leadership.roles.find((role) => role.id === r.roleId)?.description ?? '',
      score: r.score,
      scoreText: formatScore(r.score),
      answeredText: `${r.answered} of ${r.total}`,
    })),
    note: l.note,
  };
}

/** The accountability grid in words, with its flags. */
export function describeAccountability(bank: Bank, a: AccountabilityResult): ReportAccountability {
  const grid = bank.sections
    .flatMap((s) => s.pages.flatMap((p) => p.items))
    .find((i) => i.id === a.itemId);
  const hints = new Map(grid?.kind === 'grid' ? grid.rows.map((r) => [r.id, r.hint ?? null]) : []);
  return {
    question: grid?.text ?? null,
    columns: a.columns.map((c) => c.name),
    rows: a.rows.map((r) => ({
      rowId: r.rowId,
      label: r.label,
      hint: hints.get(r.rowId) ?? null,
      answer: r.optionLabel ?? (r.answer === 'dk' ? bank.scale.dontKnow : NOT_ANSWERED),
      uses: a.columns.map((c) => r.uses[c.id] === true),
    })),
    flags: a.flags.map((f) => f.text),
    note:
      a.answeredRows === 0
        ? 'No approach was answered, so the mix cannot be checked.'
        : a.flags.length === 0
          ? 'Nothing in this mix needs flagging.'
          : `${countOf(a.flags.length, 'point', 'points')} to talk about:`,
  };
}

const CHOICE_HEADINGS: Record<
  'justification' | 'startingConditions' | 'communityInvolvement',
  string
> = {
  justification: 'Why partners work together',
  startingConditions: 'How things were at the start',
  communityInvolvement: 'How communities are involved',
};

function choiceList(bank: Bank, heading: string, profile: SimpleProfile): ReportChoiceList {
  return {
    heading,
    items: profile.items.map((item) => ({
      itemId: item.itemId,
      question: item.text,
      answers:
        item.chosen === null
          ? [NOT_ANSWERED]
          : item.chosen === 'dk'
            ? [bank.scale.dontKnow]
            : item.chosen.map((o) => o.label),
    })),
  };
}

/** Justifications, starting conditions and community involvement, as chosen. */
export function describeChoices(bank: Bank, p: ProfilesResult): ReportChoiceList[] {
  return (Object.keys(CHOICE_HEADINGS) as (keyof typeof CHOICE_HEADINGS)[])
    .map((key) => choiceList(bank, CHOICE_HEADINGS[key], p[key]))
    .filter((list) => list.items.length > 0);
}
