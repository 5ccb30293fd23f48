/**
 * Every count the user reads, worded in one place: "1 statement", "2 statements", "1 was",
 * "3 were". When the Welsh bank arrives its plural forms (Welsh has zero, one, two, few, many
 * and other) go here, and the pages and exports that use these helpers follow.
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

/** "A", "A and B", "A, B and C". */
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

/**
 * The answer counts on the results page: "You answered 40 of 45 statements. 1 was Don't know,
 * 2 were Not applicable and 2 were not answered. None of these change a score." Counts of
 * zero are left out.
 */
export function answerCountsSentence(
  c: AnswerCountsInput,
  scale: { dontKnow: string; notApplicable: string },
): string {
  const first = `You answered ${countOfTotal(c.answered, c.total, 'statement', 'statements')}.`;
  const parts = [
    c.dontKnow > 0 ? `${c.dontKnow} ${wasWere(c.dontKnow)} ${scale.dontKnow}` : null,
    c.notApplicable > 0
      ? `${c.notApplicable} ${wasWere(c.notApplicable)} ${scale.notApplicable}`
      : null,
    c.unanswered > 0 ? `${c.unanswered} ${wasWere(c.unanswered)} not answered` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return first;
  return `${first} ${listInWords(parts)}. None of these change a score.`;
}

/**
 * The same counts in the report's own voice: "40 of 45 agreement questions were answered on
 * the scale. 1 was answered Don't know, 2 were answered Not applicable and 2 were not
 * answered."
 */
export function reportCountsText(
  c: AnswerCountsInput,
  scale: { dontKnow: string; notApplicable: string },
): string {
  const first = `${countOfTotal(c.answered, c.total, 'agreement question', 'agreement questions')} ${wasWere(c.answered)} answered on the scale.`;
  const parts = [
    c.dontKnow > 0 ? `${c.dontKnow} ${wasWere(c.dontKnow)} answered ${scale.dontKnow}` : null,
    c.notApplicable > 0
      ? `${c.notApplicable} ${wasWere(c.notApplicable)} answered ${scale.notApplicable}`
      : null,
    c.unanswered > 0 ? `${c.unanswered} ${wasWere(c.unanswered)} not answered` : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? first : `${first} ${listInWords(parts)}.`;
}

/**
 * Under one area: "6 of 7 statements answered; 1 Don't know.", "1 of 1 statement answered."
 */
export function areaAnsweredText(
  d: { answered: number; total: number; dontKnow: number; notApplicable: number },
  scale: { dontKnow: string; notApplicable: string },
): string {
  return (
    `${countOfTotal(d.answered, d.total, 'statement', 'statements')} answered` +
    (d.dontKnow > 0 ? `; ${d.dontKnow} ${scale.dontKnow}` : '') +
    (d.notApplicable > 0 ? `; ${d.notApplicable} ${scale.notApplicable}` : '') +
    '.'
  );
}
