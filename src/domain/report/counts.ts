import { msg } from '@lingui/core/macro';
import { withValues, type Descriptor, type Translator } from './translate';

/**
 * Every count the user reads, worded in one place: "1 statement", "2 statements", "1 was",
 * "3 were". The sentences the results page and the report show are plural messages in the
 * catalogue (src/locales/domain-results), rendered in the language in use by the translator
 * passed in; the plain helpers (`countOf`, `countOfTotal`, `isAre`) are English only.
 *
 * Plural categories come from the language's own rules (`Intl.PluralRules`, part of
 * JavaScript, not of the browser), so a form for "two" or "few" is used only where the
 * language has one.
 */

/** The forms of a word for each plural category; `other` is used when a form is missing. */
export type PluralForms = {
  other: string;
  one?: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
};

const rules = new Map<string, Intl.PluralRules>();

/** The form of a word that goes with `n` in `locale` (default British English). */
export function plural(n: number, forms: PluralForms, locale = 'en-GB'): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(n) as keyof PluralForms] ?? forms.other;
}

/** "1 question", "3 questions". */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${plural(n, { one, other: many })}`;
}

/** "was" for 1, "were" otherwise. */
export function wasWere(n: number): string {
  return plural(n, { one: 'was', other: 'were' });
}

/** "is" for 1, "are" otherwise. */
export function isAre(n: number): string {
  return plural(n, { one: 'is', other: 'are' });
}

/** "6 of 7 statements", "1 of 1 statement": the noun agrees with the total. */
export function countOfTotal(n: number, total: number, one: string, many: string): string {
  return `${n} of ${countOf(total, one, many)}`;
}

/** "A", "A and B", "A, B and C" (English). See `listIn` for the language in use. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export type AnswerCountsInput = {
  total: number;
  answered: number;
  unanswered: number;
  dontKnow: number;
  notApplicable: number;
};

type ScaleWords = { dontKnow: string; notApplicable: string };

/** "A, B and C" in the language in use ("A, B a C", "A ac Ef" in Welsh). */
export function listIn(items: readonly string[], i18n: Translator): string {
  if (items.length <= 1) return items.join('');
  const rest = items.slice(0, -1).join(', ');
  const last = items[items.length - 1]!;
  // Welsh writes "ac" before a vowel, "a" otherwise; a figure as it is read: 1 "un", 8
  // "wyth", 11 "un ar ddeg", 80 to 89 "wyth deg ...".
  // Before the article ("y", "yr") "a" and the article join as "a’r".
  if (i18n.locale === 'cy') {
    const article = /^yr? /i.exec(last);
    if (article) {
      const noun = last.slice(article[0].length);
      return i18n._(msg`${rest} a’r ${noun}`);
    }
    if (/^(?:[aeiouwyâêîôûŵŷ]|(?:1|8|11|8\d)(?!\d))/i.test(last))
      return i18n._(msg`${rest} ac ${last}`);
  }
  return i18n._(msg`${rest} and ${last}`);
}

/** "# statements" and the like: a plural message whose branches hold only the count. */
function count(descriptor: Descriptor, n: number, i18n: Translator): string {
  return i18n._(withValues(descriptor, { count: n }));
}

/** "1 was Don't know", "2 were Not applicable" (the label as the bank gives it). */
function wasLabel(n: number, label: string, i18n: Translator): string {
  const was = count(msg`{count, plural, one {# was} other {# were}}`, n, i18n);
  return i18n._(msg`${was} ${label}`);
}

function wasNotAnswered(n: number, i18n: Translator): string {
  return count(msg`{count, plural, one {# was not answered} other {# were not answered}}`, n, i18n);
}

/**
 * The answer counts on the results page: "You answered 40 of 45 statements. 1 was Don't know,
 * 2 were Not applicable and 2 were not answered. None of these change a score." Counts of
 * zero are left out.
 */
export function answerCountsSentence(
  c: AnswerCountsInput,
  scale: ScaleWords,
  i18n: Translator,
): string {
  const answered = c.answered;
  const statements = count(
    msg`{count, plural, one {# statement} other {# statements}}`,
    c.total,
    i18n,
  );
  const first = i18n._(msg`You answered ${answered} of ${statements}.`);
  const parts = [
    c.dontKnow > 0 ? wasLabel(c.dontKnow, scale.dontKnow, i18n) : null,
    c.notApplicable > 0 ? wasLabel(c.notApplicable, scale.notApplicable, i18n) : null,
    c.unanswered > 0 ? wasNotAnswered(c.unanswered, i18n) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return first;
  const list = listIn(parts, i18n);
  return `${first} ${i18n._(msg`${list}. None of these change a score.`)}`;
}

/**
 * The same counts in the report's own voice: "40 of 45 agreement questions were answered on
 * the scale. 1 was answered Don't know, 2 were answered Not applicable and 2 were not
 * answered."
 */
export function reportCountsText(
  c: AnswerCountsInput,
  scale: ScaleWords,
  i18n: Translator,
): string {
  const answered = c.answered;
  const questions = count(
    msg`{count, plural, one {# agreement question} other {# agreement questions}}`,
    c.total,
    i18n,
  );
  const first =
    answered === 1
      ? i18n._(msg`${answered} of ${questions} was answered on the scale.`)
      : i18n._(msg`${answered} of ${questions} were answered on the scale.`);
  const answeredAs = (n: number, label: string) => {
    const was = count(msg`{count, plural, one {# was answered} other {# were answered}}`, n, i18n);
    return i18n._(msg`${was} ${label}`);
  };
  const parts = [
    c.dontKnow > 0 ? answeredAs(c.dontKnow, scale.dontKnow) : null,
    c.notApplicable > 0 ? answeredAs(c.notApplicable, scale.notApplicable) : null,
    c.unanswered > 0 ? wasNotAnswered(c.unanswered, i18n) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return first;
  const list = listIn(parts, i18n);
  return `${first} ${i18n._(msg`${list}.`)}`;
}

/**
 * Under one area: "6 of 7 statements answered; 1 Don't know.", "1 of 1 statement answered."
 */
export function areaAnsweredText(
  d: { answered: number; total: number; dontKnow: number; notApplicable: number },
  scale: ScaleWords,
  i18n: Translator,
): string {
  const answered = d.answered;
  const statements = count(
    msg`{count, plural, one {# statement} other {# statements}}`,
    d.total,
    i18n,
  );
  const first = i18n._(msg`${answered} of ${statements} answered`);
  const dontKnow = d.dontKnow > 0 ? `; ${d.dontKnow} ${scale.dontKnow}` : '';
  const notApplicable = d.notApplicable > 0 ? `; ${d.notApplicable} ${scale.notApplicable}` : '';
  return `${first}${dontKnow}${notApplicable}.`;
}
