import { describe, expect, it } from 'vitest';
import { BATCH, MAX_WORKERS, workerCount } from '../../../src/features/programme/load-programme';

describe('workerCount', () => {
  it('starts one worker per processor the browser reports, up to the cap', () => {
    expect(workerCount(20_000, 2)).toBe(2);
    expect(workerCount(20_000, 1)).toBe(1);
    expect(workerCount(20_000, 16)).toBe(MAX_WORKERS);
  });

  it('starts two when the browser does not say, and never more than there are batches', () => {
    expect(workerCount(20_000, undefined)).toBe(2);
    expect(workerCount(20_000, 0)).toBe(2);
    expect(workerCount(BATCH, 8)).toBe(1);
    expect(workerCount(BATCH + 1, 8)).toBe(2);
    expect(workerCount(0, 8)).toBe(1);
  });
});
