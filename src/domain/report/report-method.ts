/**
 * "How these results were worked out", in plain words. Every number in it (scale ends, the
 * coverage rule, band thresholds, the blend margin, how many indicators are needed) is read
 * from the bank, so the text cannot drift from the scoring rules.
 */
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import { agreementItems } from '../bank/bank-queries';
import { bandsHighFirst } from '../scoring/bands';
import { profileChoiceItems } from '../scoring/choice-answers';
import { listIn } from './report-format';
import type { ReportMethod } from './report-types';
import { withValues, type Translator } from './translate';

/** Band ranges in words, highest first: "Strength: 75 to 100", "Developing: 50 to 74.9", ... */
export function bandRanges(bank: Bank, i18n: Translator): string[] {
  const bands = bandsHighFirst(bank);
  return bands.map((band, i) => {
    const upper = i === 0 ? 100 : bands[i - 1]!.min - 0.1;
    const label = band.label;
    if (i === bands.length - 1 && band.min === 0) {
      const min = bands[i - 1]?.min ?? 100;
      return i18n._(msg`${label}: below ${min}`);
    }
    const from = band.min;
    const to = upper.toFixed(upper % 1 === 0 ? 0 : 1);
    return i18n._(msg`${label}: ${from} to ${to}`);
  });
}

function scoringParagraphs(bank: Bank, i18n: Translator): string[] {
  const points = [...bank.scale.points].sort((a, b) => a.value - b.value);
  const low = points[0]!;
  const high = points[points.length - 1]!;
  const reversed = agreementItems(bank).filter((i) => i.reverse).length;
  const coverage = `${Math.round(bank.scoring.minCoverage * 100)}%`;
  const dimensions = bank.dimensions.length;
  const lowValue = low.value;
  const lowLabel = low.label;
  const highValue = high.value;
  const highLabel = high.label;
  const dontKnow = bank.scale.dontKnow;
  const notApplicable = bank.scale.notApplicable;
  const ranges = bandRanges(bank, i18n).join('. ');
  return [
    [
      i18n._(
        msg`Each of the ${dimensions} dimensions is scored from its agreement questions. Answers run from ${lowValue} (${lowLabel}) to ${highValue} (${highLabel}).`,
      ),
      reversed > 0
        ? i18n._(
            withValues(
              msg`{count, plural, one {Of these, # question is worded the other way round, so its answers are reversed before scoring.} other {Of these, # questions are worded the other way round, so their answers are reversed before scoring.}}`,
              { count: reversed },
            ),
          )
        : null,
      i18n._(
        msg`The average answer is turned into a score from 0 to 100: 0 means every answer was ${lowLabel}, and 100 means every answer was ${highLabel}. Scores are rounded to one decimal place.`,
      ),
    ]
      .filter((p): p is string => p !== null)
      .join(' '),
    i18n._(
      msg`${dontKnow} and ${notApplicable} answers are counted and shown, but left out of the average. A dimension gets a score only when at least ${coverage} of its questions have an answer on the scale. Otherwise the report says there are not enough answers, and the radar shows a gap.`,
    ),
    i18n._(
      msg`Each score falls in a band. ${ranges}. The bands are this tool's own. They are a guide for discussion, not a verdict.`,
    ),
    i18n._(
      msg`There is no overall score. The dimensions are kept apart, because a strength in one does not make up for a gap in another.`,
    ),
  ];
}

function typologyParagraph(bank: Bank, i18n: Translator): string {
  const items = profileChoiceItems(bank, 'typology');
  const { types, blendMargin, minAnswered } = bank.typology;
  const importances = items.map((i) => i.importance);
  const most = Math.max(...importances);
  const least = Math.min(...importances);
  const main = items.find((i) => i.importance === most);
  const question = main?.text ?? '';
  const times = Number((most / least).toFixed(1));
  const typeCount = types.length;
  const typeNames = listIn(
    types.map((t) => t.name),
    i18n,
  );
  const dontKnow = bank.scale.dontKnow;
  return [
    i18n._(
      withValues(
        msg`{count, plural, one {The type of partnership comes from # question about its shape.} other {The type of partnership comes from # questions about its shape.}}`,
        { count: items.length },
      ),
    ),
    i18n._(msg`Each answer gives points to one or more of the ${typeCount} types (${typeNames}).`),
    main && most > least
      ? i18n._(
          msg`The question "${question}" counts ${times} times as much as each of the others, because the change a partnership seeks is what defines its type.`,
        )
      : null,
    i18n._(
      msg`A type's fit, from 0 to 100, is the share of the points the answered questions could have given it that they did give it.`,
    ),
    i18n._(
      msg`The type with the highest fit is the best fit. When the top two are within ${blendMargin} points of each other, the partnership is described as a blend of both.`,
    ),
    i18n._(
      msg`With fewer than ${minAnswered} of these questions answered (not counting ${dontKnow}), no type is suggested.`,
    ),
  ]
    .filter((p): p is string => p !== null)
    .join(' ');
}

/** The method section of the report, in the language of `i18n`. */
export function buildMethod(bank: Bank, i18n: Translator): ReportMethod {
  const coverage = `${Math.round(bank.scoring.minCoverage * 100)}%`;
  return {
    heading: i18n._(msg`How these results were worked out`),
    paragraphs: [
      ...scoringParagraphs(bank, i18n),
      typologyParagraph(bank, i18n),
      i18n._(
        msg`The way of governing that usually fits a partnership comes from its answers about its conditions: how many partners there are, how trust is spread, how far partners agree on goals and how much they need to do things together. This follows Provan and Kenis (2008). A difference from the way the partnership governs now is a prompt to talk, not a verdict.`,
      ),
      i18n._(
        msg`Each leadership role is scored in the same way as a dimension, from the questions that show it, with the same ${coverage} rule. One person can play several roles.`,
      ),
      i18n._(msg`Free-text answers and comments are never scored. They are shown as written.`),
    ],
  };
}
