/**
 * The little of ICU message syntax that checking a translation needs: the placeholders and
 * tags a message uses, and the branches of a plural. Not a full parser: Lingui compiles the
 * messages; this only compares an English message with its translation.
 */

/** `{name}`, `{0}`, the argument of `{n, plural, ...}`, and tags `<0>`, `</0>`, `<0/>`. */
export function placeholders(message: string): string[] {
  const found = new Set<string>();
  for (const m of message.matchAll(/\{\s*(\w+)\s*[,}]/g)) found.add(`{${m[1]}}`);
  for (const m of message.matchAll(/<\/?(\d+)\s*\/?>/g)) found.add(m[0].replace(/\s/g, ''));
  return [...found].sort();
}

export type Plural = { variable: string; branches: Record<string, string> };

/** The branches of a message that is one `{n, plural, cat {text} ...}`, or null. */
export function pluralBranches(message: string): Plural | null {
  const head = /^\s*\{\s*(\w+)\s*,\s*plural\s*,/.exec(message);
  if (!head) return null;
  const branches: Record<string, string> = {};
  let i = head[0].length;
  for (;;) {
    const name = /^\s*(=?\w+)\s*\{/.exec(message.slice(i));
    if (!name) break;
    i += name[0].length;
    let depth = 1;
    const start = i;
    while (depth > 0 && i < message.length) {
      if (message[i] === '{') depth += 1;
      if (message[i] === '}') depth -= 1;
      i += 1;
    }
    if (depth > 0) return null;
    branches[name[1]!] = message.slice(start, i - 1);
  }
  if (!/^\s*\}\s*$/.test(message.slice(i))) return null;
  return { variable: head[1]!, branches };
}

export const WELSH_PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** Whether every `{` has its `}`. */
export function balanced(message: string): boolean {
  let depth = 0;
  for (const ch of message) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * What is wrong with `translation` as the Welsh of `english`, in plain words (none: []).
 * Placeholders and tags must be the same; a plural must stay a plural on the same number,
 * with all six Welsh categories, each keeping the English's placeholders.
 */
export function translationProblems(english: string, translation: string): string[] {
  const problems: string[] = [];
  if (!balanced(translation))
    return ['the Welsh has a “{” without its “}”, or the other way round'];
  const plural = pluralBranches(english);
  if (plural) {
    const welsh = pluralBranches(translation);
    if (!welsh || welsh.variable !== plural.variable)
      return [`the Welsh must be a plural on {${plural.variable}}, as the English is`];
    const missing = WELSH_PLURAL_CATEGORIES.filter((c) => !(c in welsh.branches));
    if (missing.length > 0)
      problems.push(`the Welsh plural needs all six forms: it has no ${missing.join(', ')}`);
    const inner = placeholders(Object.values(plural.branches).join(' '));
    for (const [category, text] of Object.entries(welsh.branches)) {
      const lost = inner.filter((p) => !placeholders(text).includes(p));
      if (lost.length > 0)
        problems.push(`the Welsh “${category}” form leaves out ${lost.join(' ')}`);
    }
    return problems;
  }
  const wanted = placeholders(english);
  const got = placeholders(translation);
  const lost = wanted.filter((p) => !got.includes(p));
  const extra = got.filter((p) => !wanted.includes(p));
  if (lost.length > 0) problems.push(`the Welsh leaves out ${lost.join(' ')}`);
  if (extra.length > 0)
    problems.push(`the Welsh has ${extra.join(' ')}, which the English does not`);
  return problems;
}
