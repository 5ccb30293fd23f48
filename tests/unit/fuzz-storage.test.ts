// @vitest-environment node
/**
 * A short run of the storage model test behind `npm run fuzz:storage` (150 sequences instead
 * of 1,000), a check that its generated sequences reach every risky state, and proof that it
 * counts a loss when the app misbehaves in the ways issue 9 found (a save failure nobody is
 * shown, a refused code cleared from the box, handed-in responses dropped).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStorageFuzz, summaryLine } from '../helpers/storage-fuzz/run';
import type { World } from '../helpers/storage-fuzz/run';

const root = path.resolve(__dirname, '../..');
const SHORT = { sequences: 150, seed: 11, root };

describe('the storage model test', () => {
  it('150 generated sequences lose nothing, and reach every risky state', async () => {
    const summary = await runStorageFuzz(SHORT);
    expect(summary.problems).toEqual([]);
    expect(summaryLine(summary)).toBe(`150 sequences, ${summary.steps} steps, 0 losses`);
    expect(summary.steps).toBeGreaterThan(600);
    for (const state of [
      'warning: assessment',
      'warning: group',
      'warning: bank',
      'warning: held',
      'a reload with unsaved work',
      'a hand-in refused for want of space',
      'a refused code stays in the box',
      'a file that cannot be read',
      'files past the limit named',
      'a session file with damaged responses opened',
      'a next cycle started from an earlier session file',
      'a bank switch refused while answers are not saved',
      'second tab saves while this one cannot',
      'a handed-in response refused (another bank)',
    ])
      expect(summary.seen[state] ?? 0, state).toBeGreaterThan(0);
  }, 120_000);

  const planted = async (patch: (w: World) => void) =>
    runStorageFuzz({ ...SHORT, sequences: 60, describe: 1, patch });

  it('counts a save failure that no warning shows as a loss', async () => {
    const summary = await planted((w) => {
      const warnings = w.app.warnings;
      w.app.warnings = async (bank) => (await warnings(bank)).filter((x) => x.kind !== 'group');
    });
    expect(summary.losses).toBeGreaterThan(0);
    expect(summary.problems[0]!.message).toMatch(/with no warning/);
  }, 120_000);

  it('counts a warning whose download misses what is on screen as a loss', async () => {
    const summary = await planted((w) => {
      const warnings = w.app.warnings;
      // The answers file leaves out the first answer.
      const lessOne = (text: string) => {
        const file = JSON.parse(text) as { answers: Record<string, unknown> };
        delete file.answers[Object.keys(file.answers)[0] ?? ''];
        return JSON.stringify(file);
      };
      w.app.warnings = async (bank) =>
        (await warnings(bank)).map((x) =>
          x.kind === 'assessment' ? { ...x, download: lessOne(x.download) } : x,
        );
    });
    expect(summary.losses).toBeGreaterThan(0);
    expect(summary.problems[0]!.message).toMatch(/answers file in the save warning/);
  }, 120_000);

  it('counts a refused code cleared from the box as a loss', async () => {
    const summary = await planted((w) => {
      const addCodes = w.app.addCodes;
      w.app.addCodes = (bank, text) => ({ ...addCodes(bank, text), leftOver: '' });
    });
    expect(summary.losses).toBeGreaterThan(0);
    expect(summary.problems[0]!.message).toMatch(/cleared from the box/);
  }, 120_000);

  it('counts handed-in responses dropped while adding them as a loss', async () => {
    const summary = await planted((w) => {
      const addHandedIn = w.app.addHandedIn;
      w.app.addHandedIn = (bank) => {
        const report = addHandedIn(bank);
        w.app.stores[1]!.setState({ ...w.app.stores[1]!.getState(), handedIn: [] }, true);
        return report;
      };
    });
    expect(summary.losses).toBeGreaterThan(0);
    expect(summary.problems[0]!.message).toMatch(/handed-in response .* is missing/);
  }, 120_000);
});
