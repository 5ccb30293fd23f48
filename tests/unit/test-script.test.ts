// @vitest-environment node
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module without type declarations
import { countResults, summaryLine } from '../../scripts/test.mjs';

type Counts = { passed: number; failed: number; skipped: number };
const count = countResults as (report: unknown) => Counts;
const line = summaryLine as (counts: Counts) => string;

// Shaped like vitest's JSON reporter output for: a file that did not parse, a file whose
// beforeAll threw (its tests are reported as skipped), and a file with mixed results.
const report = {
  testResults: [
    {
      name: '/x/a-broken.test.ts',
      status: 'failed',
      message: 'Failed to parse',
      assertionResults: [],
    },
    {
      name: '/x/b-hook.test.ts',
      status: 'failed',
      message: 'hook',
      assertionResults: [{ status: 'skipped' }, { status: 'skipped' }],
    },
    {
      name: '/x/c-mixed.test.ts',
      status: 'failed',
      message: '',
      assertionResults: [
        { status: 'passed' },
        { status: 'skipped' },
        { status: 'todo' },
        { status: 'failed' },
      ],
    },
    {
      name: '/x/d-fine.test.ts',
      status: 'passed',
      message: '',
      assertionResults: [{ status: 'passed' }],
    },
  ],
};

describe('scripts/test.mjs summary', () => {
  it('counts tests, and a file that failed with no failing test as one failure', () => {
    expect(count(report)).toEqual({ passed: 2, failed: 3, skipped: 4 });
  });

  it('prints skipped only when there are some', () => {
    expect(line({ passed: 2, failed: 3, skipped: 4 })).toBe('2 passed, 3 failed, 4 skipped');
    expect(line({ passed: 5, failed: 0, skipped: 0 })).toBe('5 passed, 0 failed');
  });
});
