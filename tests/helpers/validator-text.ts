/**
 * What validator output looks like, so that a test can fail on any of it reaching a person:
 * zod's words ("Invalid input: expected string, received null", "Too small"), its lists of
 * allowed values (`"a"|"b"`), paths into data (`items.3.options`, `pages[0]`), patterns, and
 * programmers' values (`undefined`, `NaN`, `[object Object]`).
 *
 * Text in curly quotation marks (“…” and ‘…’) is left out first: Rally quotes every word it
 * shows from a file or the question bank (an id, a question) that way, and such words are the
 * file's own, not a message.
 */
const PATTERNS: [string, RegExp][] = [
  ['the word “expected”', /\bexpected\b/i],
  ['the word “received”', /\breceived\b/i],
  ['“Invalid input”', /\binvalid input\b/i],
  ['a zod message', /\b(Invalid (option|string|type|element|key|union|value)|Too (small|big))\b/i],
  [
    'a zod issue code',
    /\b(invalid_(type|value|union|format|key|element)|too_(small|big)|unrecognized_keys|not_multiple_of)\b/,
  ],
  ['a list of allowed values', /"[^"\n]*"\s*\|\s*"/],
  ['a path into data', /[A-Za-z_$][\w$-]*(?:\.\d+|\[\d+\])/],
  ['a pattern', /\/\^|\$\//],
  ['a format’s technical name', /\bISO[ -]?8601\b|\bregex\b|\bUUID\b/i],
  ['a programmer’s value', /\b(undefined|NaN|null)\b|\[object \w+\]/],
  ['a JavaScript error', /\b(TypeError|SyntaxError|RangeError)\b|Unexpected token/],
];

function withoutQuoted(text: string): string {
  return text.replace(/“[^”]*”/g, '“”').replace(/‘[^’]*’/g, '‘’');
}

/** The kinds of validator output found in `text`, with the part that matched. Empty when clean. */
export function validatorTextIn(text: string): string[] {
  const plain = withoutQuoted(text);
  return PATTERNS.flatMap(([name, pattern]) => {
    const found = pattern.exec(plain);
    return found ? [`${name}: “${found[0]}” in “${text.slice(0, 300)}”`] : [];
  });
}
