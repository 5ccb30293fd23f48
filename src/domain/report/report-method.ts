/**
 * "How these results were worked out", in plain words. Every number in it (scale ends, the
 * coverage rule, band thresholds, the blend margin, how many indicators are needed) is read
 * from the bank, so the text cannot drift from the scoring rules.
 */
import type { Bank } from '../bank/bank-schema';
import { agreementItems } from '../bank/bank-queries';
import { bandsHighFirst } from '../scoring/bands';
import { profileChoiceItems } from '../scoring/choice-answers';
import { countOf, listInWords } from './report-format';
import type { ReportMethod } from './report-types';

/** Band ranges in words, highest first: "Strength: 75 to 100", "Developing: 50 to 74.9", ... */
export function bandRanges(bank: Bank): string[] {
  const bands = bandsHighFirst(bank);
  return bands.map((band, i) => {
    const upper = i === 0 ? 100 : bands[i - 1]!.min - 0.1;
    if (i === bands.length - 1 && band.min === 0)
      return `${band.label}: below ${bands[i - 1]?.min ?? 100}`;
    return `${band.label}: ${band.min} to ${upper.toFixed(upper % 1 === 0 ? 0 : 1)}`;
  });
}

function scoringParagraphs(bank: Bank): string[] {
  const points = [...bank.scale.points].sort((a, b) => a.value - b.value);
  const low = points[0]!;
  const high = points[points.length - 1]!;
  const reversed = agreementItems(bank).filter((i) => i.reverse).length;
  const coverage = `${Math.round(bank.scoring.minCoverage * 100)}%`;
  return [
    `Each of the ${bank.dimensions.length} dimensions is scored from its agreement questions. ` +
      `Answers run from ${low.value} (${low.label}) to ${high.value} (${high.label}). ` +
      (reversed > 0
        ? `Of these, ${countOf(reversed, 'question is', 'questions are')} worded the other way round, so ${reversed === 1 ? 'its' : 'their'} answers are reversed before scoring. `
        : '') +
      `The average answer is turned into a score from 0 to 100: 0 means every answer was ${low.label}, and 100 means every answer was ${high.label}. Scores are rounded to one decimal place.`,
    `${bank.scale.dontKnow} and ${bank.scale.notApplicable} answers are counted and shown, but left out of the average. ` +
      `A dimension gets a score only when at least ${coverage} of its questions have an answer on the scale. Otherwise the report says there are not enough answers, and the radar shows a gap.`,
    `Each score falls in a band. ${bandRanges(bank).join('. ')}. The bands are this tool's own. They are a guide for discussion, not a verdict.`,
    'There is no overall score. The dimensions are kept apart, because a strength in one does not make up for a gap in another.',
  ];
}

function typologyParagraph(bank: Bank): string {
  const items = profileChoiceItems(bank, 'typology');
  const { types, blendMargin, minAnswered } = bank.typology;
  const importances = items.map((i) => i.importance);
  const most = Math.max(...importances);
  const least = Math.min(...importances);
  const main = items.find((i) => i.importance === most);
  const weighs =
    main && most > least
      ? `The question "${main.text}" counts ${Number((most / least).toFixed(1))} times as much as each of the others, because the change a partnership seeks is what defines its type. `
      : '';
  return (
    `The type of partnership comes from ${countOf(items.length, 'question', 'questions')} about its shape. ` +
    `Each answer gives points to one or more of the ${types.length} types (${listInWords(types.map((t) => t.name))}). ${weighs}` +
    `A type's fit, from 0 to 100, is the share of the points the answered questions could have given it that they did give it. ` +
    `The type with the highest fit is the best fit. When the top two are within ${blendMargin} points of each other, the partnership is described as a blend of both. ` +
    `With fewer than ${minAnswered} of these questions answered (not counting ${bank.scale.dontKnow}), no type is suggested.`
  );
}

/** The method section of the report. */
export function buildMethod(bank: Bank): ReportMethod {
  const coverage = `${Math.round(bank.scoring.minCoverage * 100)}%`;
  return {
    heading: 'How these results were worked out',
    paragraphs: [
      ...scoringParagraphs(bank),
      typologyParagraph(bank),
      'The way of governing that usually fits a partnership comes from its answers about its conditions: how many partners there are, how trust is spread, how far partners agree on goals and how much they need to do things together. This follows Provan and Kenis (2008). A difference from the way the partnership governs now is a prompt to talk, not a verdict.',
      `Each leadership role is scored in the same way as a dimension, from the questions that show it, with the same ${coverage} rule. One person can play several roles.`,
      'Free-text answers and comments are never scored. They are shown as written.',
    ],
  };
}
