/**
 * The report's wording for the profiles: typology, governance fit, leadership roles, the
 * accountability mix and the answers shown as chosen. Every figure comes from `buildResults`;
 * this module only puts it into words.
 */
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import type { GovernanceResult } from '../scoring/score-governance';
import type { LeadershipResult } from '../scoring/score-leadership';
import type {
  AccountabilityResult,
  ProfilesResult,
  SimpleProfile,
} from '../scoring/score-profiles';
import type { TypologyResult } from '../scoring/score-typology';
import { NOT_ANSWERED_MESSAGE } from './report-appendix';
import { formatScore, listIn } from './report-format';
import { withValues, type Descriptor, type Translator } from './translate';
import type {
  ReportAccountability,
  ReportChoiceList,
  ReportGovernance,
  ReportRole,
  ReportTypeDetail,
  ReportTypology,
} from './report-types';

/**
 * The published report does not say whether one partnership can be more than one type, so
 * every output that mentions mixed types says it as this tool's assumption, never as a fact.
 */
export const TYPES_ASSUMPTION = msg`This assessment assumes that a partnership can have features of more than one type.`;

function typeDetail(bank: Bank, typeId: string, i18n: Translator): ReportTypeDetail | null {
  const type = bank.typology.types.find((t) => t.id === typeId);
  if (!type) return null;
  const sites = listIn(type.exampleSites, i18n);
  return {
    typeId: type.id,
    name: type.name,
    description: type.description,
    meaning: type.meaning,
    exampleSites: [...type.exampleSites],
    exampleSitesText: i18n._(msg`Examples in the report: ${sites}.`),
  };
}

/** The typology result in words. */
export function describeTypology(bank: Bank, t: TypologyResult, i18n: Translator): ReportTypology {
  const assumption = i18n._(TYPES_ASSUMPTION);
  const nameOf = (id: string) => bank.typology.types.find((type) => type.id === id)?.name ?? id;
  const fits = t.ranking.map((r) => ({
    typeId: r.typeId,
    name: r.name,
    fit: r.fit,
    fitText: r.fit === null ? i18n._(msg`No evidence`) : formatScore(r.fit, i18n),
  }));
  const common = { fits, answered: t.answered, total: t.total, minAnswered: t.minAnswered };
  if (t.tooFew || t.bestFit === null) {
    const total = t.total;
    const answeredPhrase = i18n._(
      withValues(
        msg`{count, plural, one {# question about the partnership's shape was answered} other {# questions about the partnership's shape were answered}}`,
        { count: t.answered },
      ),
    );
    return {
      ...common,
      status: 'too-few',
      headline: i18n._(msg`Too few answers to suggest a type`),
      summary: `${i18n._(msg`${answeredPhrase}, out of ${total}.`)} ${i18n._(
        withValues(
          msg`{count, plural, one {At least # is needed to suggest a type, so none is suggested. The fits below show only where the answers given point.} other {At least # are needed to suggest a type, so none is suggested. The fits below show only where the answers given point.}}`,
          { count: t.minAnswered },
        ),
      )}`,
      reasonsIntro: null,
      reasons: [],
      types: [],
    };
  }
  const best = t.ranking[0]!;
  const bestName = nameOf(t.bestFit);
  const reasons = t.reasons.map((r) => {
    const answer = r.options.map((o) => o.label).join('; ');
    const points = formatScore(r.contribution, i18n);
    return {
      itemId: r.itemId,
      question: r.itemText,
      answer,
      points: r.contribution,
      text: `${r.itemText} ${i18n._(msg`You answered: ${answer}. This gave ${points} points.`)}`,
    };
  });
  const bestFit = formatScore(best.fit, i18n);
  const reasonsIntro = i18n._(
    msg`These answers pointed towards ${bestName}. Together they make up its fit of ${bestFit}.`,
  );
  if (t.blend) {
    const [a, b] = t.blend;
    const second = t.ranking[1]!;
    const nameA = nameOf(a);
    const nameB = nameOf(b);
    const secondFit = formatScore(second.fit, i18n);
    const margin = bank.typology.blendMargin;
    return {
      ...common,
      status: 'blend',
      headline: i18n._(msg`A blend of ${nameA} and ${nameB}`),
      summary: `${i18n._(
        msg`${nameA} (fit ${bestFit}) and ${nameB} (fit ${secondFit}) are within ${margin} points of each other, so the answers fit both about as well.`,
      )} ${assumption}`,
      reasonsIntro,
      reasons,
      types: [typeDetail(bank, a, i18n), typeDetail(bank, b, i18n)].filter(
        (d): d is ReportTypeDetail => d !== null,
      ),
    };
  }
  return {
    ...common,
    status: 'best-fit',
    headline: i18n._(msg`Best fit: ${bestName}`),
    summary: `${i18n._(
      msg`The answers about the partnership's shape fit ${bestName} best, with a fit of ${bestFit} out of 100.`,
    )} ${i18n._(withValues(msg`{count, plural, one {The one fit is shown.} other {All # fits are shown.}}`, { count: fits.length }))} ${assumption}`,
    reasonsIntro,
    reasons,
    types: [typeDetail(bank, t.bestFit, i18n)].filter((d): d is ReportTypeDetail => d !== null),
  };
}

/** "3 of 5", for a count out of a total. */
function ofTotal(answered: number, total: number, i18n: Translator): string {
  return i18n._(msg`${answered} of ${total}`);
}

/** The governance comparison in words. */
export function describeGovernance(
  bank: Bank,
  g: GovernanceResult,
  i18n: Translator,
): ReportGovernance {
  const dontKnow = bank.scale.dontKnow;
  const inUseText =
    g.inUseName ??
    (g.unclear
      ? i18n._(msg`Not clear`)
      : g.inUseDontKnow
        ? dontKnow
        : i18n._(NOT_ANSWERED_MESSAGE));
  const predictedText =
    g.predictedName ??
    (g.predictedMissing === 'tied'
      ? i18n._(msg`No single way: your conditions point equally to more than one`)
      : i18n._(msg`Not known: no conditions were answered`));
  let finding: string;
  if (g.mismatch)
    finding = i18n._(
      msg`The way the partnership is governed now is not the one its conditions usually suggest.`,
    );
  else if (g.unclear) finding = i18n._(msg`It is not clear how the partnership is governed now.`);
  else if (g.inUse === null)
    finding = g.inUseDontKnow
      ? i18n._(
          msg`How the partnership is governed now was answered ${dontKnow}, so it cannot be compared with its conditions.`,
        )
      : i18n._(
          msg`How the partnership is governed now was not answered, so it cannot be compared with its conditions.`,
        );
  else if (g.predicted === null)
    finding =
      g.predictedMissing === 'tied'
        ? i18n._(
            msg`The conditions do not point to one way of governing, so there is nothing to compare with.`,
          )
        : i18n._(
            msg`No questions about conditions were answered, so there is nothing to compare with.`,
          );
  else
    finding = i18n._(
      msg`The way the partnership is governed now is the one its conditions usually suggest.`,
    );
  const dk = g.conditionsDontKnow > 0 ? ` (${g.conditionsDontKnow} ${dontKnow})` : '';
  const answered = g.conditionsAnswered;
  const questions = i18n._(
    withValues(msg`{count, plural, one {# question} other {# questions}}`, {
      count: g.conditionsTotal,
    }),
  );
  return {
    inUseText,
    predictedText,
    mismatch: g.mismatch,
    unclear: g.unclear,
    finding,
    prompt: g.mismatchPrompt ?? g.unclearPrompt,
    conditionsText: `${i18n._(msg`${answered} of ${questions} about conditions answered`)}${dk}.`,
  };
}

/** The leadership roles, side by side. */
export function describeLeadership(
  bank: Bank,
  l: LeadershipResult,
  i18n: Translator,
): { roles: ReportRole[]; note: string } {
  return {
    roles: l.roles.map((r) => ({
      roleId: r.roleId,
      name: r.name,
      description: bank.leadership.roles.find((role) => role.id === r.roleId)?.description ?? '',
      score: r.score,
      scoreText: formatScore(r.score, i18n),
      answeredText: ofTotal(r.answered, r.total, i18n),
    })),
    note: l.note,
  };
}

/** The accountability grid in words, with its flags. */
export function describeAccountability(
  bank: Bank,
  a: AccountabilityResult,
  i18n: Translator,
): ReportAccountability {
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
      answer:
        r.optionLabel ?? (r.answer === 'dk' ? bank.scale.dontKnow : i18n._(NOT_ANSWERED_MESSAGE)),
      uses: a.columns.map((c) => r.uses[c.id] === true),
    })),
    flags: a.flags.map((f) => f.text),
    note:
      a.answeredRows === 0
        ? i18n._(msg`No approach was answered, so the mix cannot be checked.`)
        : a.flags.length === 0
          ? i18n._(msg`Nothing in this mix needs flagging.`)
          : i18n._(
              withValues(
                msg`{count, plural, one {# point to talk about:} other {# points to talk about:}}`,
                {
                  count: a.flags.length,
                },
              ),
            ),
  };
}

const CHOICE_HEADINGS: Record<
  'justification' | 'startingConditions' | 'communityInvolvement',
  Descriptor
> = {
  justification: msg`Why partners work together`,
  startingConditions: msg`How things were at the start`,
  communityInvolvement: msg`How communities are involved`,
};

function choiceList(
  bank: Bank,
  heading: string,
  profile: SimpleProfile,
  i18n: Translator,
): ReportChoiceList {
  return {
    heading,
    items: profile.items.map((item) => ({
      itemId: item.itemId,
      question: item.text,
      answers:
        item.chosen === null
          ? [i18n._(NOT_ANSWERED_MESSAGE)]
          : item.chosen === 'dk'
            ? [bank.scale.dontKnow]
            : item.chosen.map((o) => o.label),
    })),
  };
}

/** Justifications, starting conditions and community involvement, as chosen. */
export function describeChoices(
  bank: Bank,
  p: ProfilesResult,
  i18n: Translator,
): ReportChoiceList[] {
  return (Object.keys(CHOICE_HEADINGS) as (keyof typeof CHOICE_HEADINGS)[])
    .map((key) => choiceList(bank, i18n._(CHOICE_HEADINGS[key]), p[key], i18n))
    .filter((list) => list.items.length > 0);
}
