import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { possibleDuplicates } from '../../../src/domain/group/duplicates';
import { loadRealBank } from '../../bank/real-bank';

const fixture = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as {
    answers: Record<string, unknown>;
  };

describe('possible duplicates', () => {
  it('finds a file and a code from the same person: same answers, the code without free text', async () => {
    const bank = await loadRealBank();
    const file = fixture('council-clear');
    const code = {
      answers: Object.fromEntries(
        Object.entries(file.answers).filter(
          ([id]) =>
            ![
              'partnership-name',
              'place',
              'reflect-working',
              'reflect-barriers',
              'reflect-constraints',
              'reflect-next',
            ].includes(id),
        ),
      ),
    };
    const other = fixture('connector-zone');
    expect(possibleDuplicates(bank, [other, file, code] as never)).toEqual([[1, 2]]);
  });

  it('does not flag responses that differ in one answer, or empty ones', async () => {
    const bank = await loadRealBank();
    const a = fixture('council-clear');
    const b = {
      answers: {
        ...a.answers,
        'culture-share-risk': a.answers['culture-share-risk'] === 5 ? 4 : 5,
      },
    };
    expect(possibleDuplicates(bank, [a, b, { answers: {} }, { answers: {} }] as never)).toEqual([]);
  });
});
