/**
 * Every string a reader can see in raw question-bank JSON: all strings except ids, codes and
 * the notes for content authors. Tests compare it with the list behind `npm run
 * i18n:bank-texts`, so that a text added to the bank format cannot be left out of translation.
 */

/** Fields that hold ids, codes, numbers or notes for content authors, never reader text. */
const NOT_TEXT = new Set([
  '$schema',
  'id',
  'version',
  'locale',
  'kind',
  'profile',
  'dimension',
  'field',
  'size',
  'source',
  'unclear',
  'url',
  'rule',
  'weights',
]);
/** In a band's practice descriptions: the citation id, and whether it is a finding or a reading. */
const NOT_TEXT_IN_PRACTICE = new Set(['citation', 'basis']);

const isString = (v: unknown): v is string => typeof v === 'string';

/** Every visible string in a bank's raw files (bank.json and the sections), sorted. */
export function visibleStrings(raw: { bank: unknown; sections: unknown[] }): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value.trim());
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        // An agreement item's `roles` lists role ids; `leadership.roles` holds the roles' texts.
        const roleIds = key === 'roles' && Array.isArray(child) && child.every(isString);
        if (key === 'practice' && Array.isArray(child))
          child.forEach((p: unknown) =>
            Object.entries(p ?? {}).forEach(([k, v]) => {
              if (!NOT_TEXT_IN_PRACTICE.has(k)) walk(v);
            }),
          );
        else if (!NOT_TEXT.has(key) && !roleIds) walk(child);
      }
  };
  walk(raw.bank);
  raw.sections.forEach(walk);
  return found.sort();
}
