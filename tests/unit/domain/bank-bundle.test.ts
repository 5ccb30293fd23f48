import { describe, expect, it } from 'vitest';
import {
  makeBankBundle,
  MAX_BANK_BUNDLE_CHARS,
  parseBankBundle,
} from '../../../src/domain/bank/bank-bundle';
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

  it('lists every problem with its place in the file', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    bundle.bank.scoring.minCoverage = 'most';
    bundle.sections[4].pages[0].items[0].dimension = 'kindness';
    bundle.sections[2].pages[0].items[0].options[0].weights = { 'no-such-type': 1 };
    const parsed = parseBankBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const lines = parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines.some((l) => l.startsWith('bank.scoring.minCoverage'))).toBe(true);
    expect(lines.some((l) => l.startsWith('sections[4].pages[0].items[0]'))).toBe(true);
  });

  it('names cross-reference problems too', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    bundle.sections[2].pages[0].items[0].options[0].weights = { 'no-such-type': 1 };
    const parsed = parseBankBundle(JSON.stringify(bundle));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems[0]).toMatchObject({
        path: expect.stringMatching(
          /^sections\[2\]\.pages\[0\]\.items\[0\]\.options\[0\]\.weights\.no-such-type$/,
        ),
        message: expect.stringContaining('not a target'),
      });
  });

  it.each([
    ['not JSON', '{"format": "rally-bank", ', 'is not valid JSON'],
    [
      'another kind of file',
      JSON.stringify({ format: 'rally-response' }),
      'is not a Rally question bank file',
    ],
    [
      'a newer format',
      JSON.stringify({ format: 'rally-bank', formatVersion: 9, bank: {}, sections: [] }),
      'format 9',
    ],
    ['too large', 'x'.repeat(MAX_BANK_BUNDLE_CHARS + 1), 'too large'],
  ])('refuses %s with a clear message', (_, text, message) => {
    const parsed = parseBankBundle(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.message).toContain(message);
  });
});
