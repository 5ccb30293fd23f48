import { describe, expect, it } from 'vitest';
import {
  makeBankBundle,
  MAX_BANK_BUNDLE_CHARS,
  parseBankBundle,
} from '../../../src/domain/bank/bank-bundle';
import { describeBankProblem } from '../../../src/domain/bank/parse-bank';
import { readRealFiles } from '../../bank/real-bank';
import { SHORT_BANK_ID, shortBankBundle } from '../../helpers/short-bank';

describe('question bank files', () => {
  it('reads a bundle of the built-in bank back to the same bank', async () => {
    const files = await readRealFiles();
    const parsed = parseBankBundle(makeBankBundle(files));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.bank.id).toBe('rally-core');
  });

  it('reads a second bank with its own id and fewer questions', async () => {
    const parsed = parseBankBundle(await shortBankBundle());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.bank.id).toBe(SHORT_BANK_ID);
    expect(parsed.bank.sections.flatMap((s) => s.pages).some((p) => p.id === 'type-funding')).toBe(
      false,
    );
  });

  it('lists every problem in one pass, each named in words, never by a path', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    bundle.bank.scoring.minCoverage = 'most';
    bundle.sections[4].pages[0].items[0].dimension = 'kindness';
    bundle.sections[2].pages[0].items[0].options[0].weights = { 'no-such-type': 1 };
    const parsed = parseBankBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    // Three mistakes, three problems: a shape problem in the bank's settings no longer hides a
    // weight that names no target.
    expect(parsed.problems.map(describeBankProblem)).toEqual([
      'The bank’s settings, “scoring”: the “minCoverage” field must be a number',
      'Section 3 (“shape”), page “type-initiator”, question “type-initiator”, option “council”: “no-such-type” is not a target of the profile “typology”',
      'Section 5 (“culture”), page “culture-purpose”, question “culture-reason-early”: the “dimension” field must be one of “governance”, “leadership”, “culture”, “infrastructure”, “communities” or “learning”',
    ]);
    expect(parsed.problems.map((p) => p.path)).toEqual([
      'bank.scoring.minCoverage',
      'sections[2].pages[0].items[0].options[0].weights.no-such-type',
      'sections[4].pages[0].items[0].dimension',
    ]);
  });

  it('reports every repeat of an id, naming the id, even in a section with other mistakes', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    const first = bundle.sections[4].pages[0].items[0];
    bundle.sections[4].pages[0].items[1].id = first.id;
    bundle.sections[5].pages[0].items[0].id = first.id;
    bundle.sections[5].pages[0].items[1].text = '';
    const parsed = parseBankBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(describeBankProblem)).toEqual([
      `Section 5 (“culture”), page “culture-purpose”, question “${first.id}”: the question id “${first.id}” is also used in section 5 (“culture”)`,
      `Section 6 (“infrastructure”), page “${bundle.sections[5].pages[0].id}”, question “${bundle.sections[5].pages[0].items[1].id}”: the “text” field must not be empty`,
      `Section 6 (“infrastructure”), page “${bundle.sections[5].pages[0].id}”, question “${first.id}”: the question id “${first.id}” is also used in section 5 (“culture”)`,
    ]);
  });

  it('refuses an option that stands alone in a question where only one answer is chosen', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    const single = bundle.sections[2].pages[0].items[0];
    single.options[0].exclusive = true;
    const parsed = parseBankBundle(JSON.stringify(bundle));
    expect(parsed.ok ? [] : parsed.problems.map(describeBankProblem)).toEqual([
      `Section 3 (“shape”), page “${single.id}”, question “${single.id}”, option “${single.options[0].id}”: only an option of a question where several answers can be chosen can be “exclusive”`,
    ]);
  });

  it.each([
    [
      'not JSON',
      '{"format": "rally-bank", ',
      'The file could not be read. It may be damaged, or it may not be a question bank file',
    ],
    [
      'another kind of file',
      JSON.stringify({ format: 'rally-response' }),
      'The file is not a Rally question bank file',
    ],
    [
      'a newer format',
      JSON.stringify({ format: 'rally-bank', formatVersion: 9, bank: {}, sections: [] }),
      'The file was made with a newer version of Rally. Open it in the latest version of Rally',
    ],
    [
      'no version',
      JSON.stringify({ format: 'rally-bank', bank: {}, sections: [] }),
      'The file is damaged or was changed by hand: it does not say which version of Rally made it',
    ],
    [
      'too large',
      'x'.repeat(MAX_BANK_BUNDLE_CHARS + 1),
      'The file is larger than 2,000,000 characters, too large to be a question bank',
    ],
  ])('refuses %s with a plain message', (_, text, message) => {
    const parsed = parseBankBundle(text);
    expect(parsed.ok ? [] : parsed.problems.map(describeBankProblem)).toEqual([message]);
  });
});
