/**
 * Counts in words: the noun and the verb agree with the number, for every count a page or an
 * export can show, and ties for the strongest or weakest area are said as ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeStrongestWeakest } from '../../../src/domain/report/build-report';
import {
  answerCountsSentence,
  areaAnsweredText,
  countOf,
  countOfTotal,
  plural,
  reportCountsText,
} from '../../../src/domain/report/counts';
import { buildResults } from '../../../src/domain/scoring/build-results';
import { makeBank } from '../../helpers/make-bank';
import { i18n } from '../../../src/i18n';

const scale = { dontKnow: "Don't know", notApplicable: 'Not applicable' };
/** "1 were", "1 statements", "2 was", "3 statement " (a singular noun after a plural count). */
const DISAGREES =
  /(?<![\d.])1 (were|statements|questions)\b|(?<![\d.])(?:[02-9]|\d\d+) (was|statement|question)\b/;

const counts = fc
  .record({
    answered: fc.nat(60),
    dontKnow: fc.nat(60),
    notApplicable: fc.nat(60),
    unanswered: fc.nat(60),
  })
  .map((c) => ({ ...c, total: c.answered + c.dontKnow + c.notApplicable + c.unanswered }));

describe('counts in words', () => {
  it('plural picks the form for the number, and falls back to "other"', () => {
    expect(plural(1, { one: 'person', other: 'people' })).toBe('person');
    expect([0, 2, 5].map((n) => plural(n, { one: 'person', other: 'people' }))).toEqual([
      'people',
      'people',
      'people',
    ]);
    // Welsh has a form for two; English does not use it.
    expect(plural(2, { one: 'a', two: 'b', other: 'c' }, 'cy')).toBe('b');
    expect(plural(2, { one: 'a', two: 'b', other: 'c' })).toBe('c');
    expect(countOf(1, 'question', 'questions')).toBe('1 question');
    expect(countOfTotal(1, 1, 'statement', 'statements')).toBe('1 of 1 statement');
    expect(countOfTotal(0, 7, 'statement', 'statements')).toBe('0 of 7 statements');
  });

  it('the results page sentence: "1 was Not applicable", never "1 were"', () => {
    expect(
      answerCountsSentence(
        { total: 45, answered: 42, dontKnow: 1, notApplicable: 1, unanswered: 1 },
        scale,
        i18n,
      ),
    ).toBe(
      "You answered 42 of 45 statements. 1 was Don't know, 1 was Not applicable and 1 was not answered. None of these change a score.",
    );
    expect(
      answerCountsSentence(
        { total: 45, answered: 40, dontKnow: 0, notApplicable: 2, unanswered: 3 },
        scale,
        i18n,
      ),
    ).toBe(
      'You answered 40 of 45 statements. 2 were Not applicable and 3 were not answered. None of these change a score.',
    );
    expect(
      answerCountsSentence(
        { total: 1, answered: 1, dontKnow: 0, notApplicable: 0, unanswered: 0 },
        scale,
        i18n,
      ),
    ).toBe('You answered 1 of 1 statement.');
  });

  it('no count sentence ever disagrees with its number', () => {
    fc.assert(
      fc.property(counts, (c) => {
        for (const text of [
          answerCountsSentence(c, scale, i18n),
          reportCountsText(c, scale, i18n),
          areaAnsweredText(c, scale, i18n),
        ])
          expect(text).not.toMatch(DISAGREES);
      }),
    );
  });

  it('the check itself catches the old wording', () => {
    expect('1 were Not applicable').toMatch(DISAGREES);
    expect('1 of 1 statements answered').toMatch(DISAGREES);
    expect('11 were not answered').not.toMatch(DISAGREES);
  });
});

describe('strongest and weakest areas', () => {
  const bank = makeBank();

  it('says a tie at the top and a tie at the bottom as ties', () => {
    const r = buildResults(bank, {
      ...{ g1: 5, g2: 5, g3: 5, c1: 5, c2: 5, c3: 1 },
      ...{ i1: 2, i2: 2, m1: 4, m2: 3, a1: 2, a2: 2, a3: 2 },
    });
    expect(describeStrongestWeakest(r, i18n)).toBe(
      'Governance and culture share the highest score (100.0). Infrastructure and learning and accountability share the lowest score (25.0).',
    );
  });

  it('names one area when there is no tie, and says when all scores are the same', () => {
    const r = buildResults(bank, { g1: 5, g2: 5, g3: 5, i1: 2, i2: 2, m1: 4, m2: 3 });
    expect(describeStrongestWeakest(r, i18n)).toBe(
      'The highest score is for governance (100.0). The lowest score is for infrastructure (25.0).',
    );
    expect(describeStrongestWeakest(buildResults(bank, { i1: 4, i2: 4, m1: 4, m2: 4 }), i18n)).toBe(
      'Both scored areas have the same score (75.0).',
    );
    expect(describeStrongestWeakest(buildResults(bank, { i1: 4, i2: 4 }), i18n)).toBe(
      'Only infrastructure has enough answers for a score (75.0).',
    );
    expect(describeStrongestWeakest(buildResults(bank, {}), i18n)).toBe(
      'No area has enough answers for a score yet.',
    );
  });
});
