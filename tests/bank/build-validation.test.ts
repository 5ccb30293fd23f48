/** The build's own check: a broken bank stops `vite build` and `vite dev` with each problem named. */
import { describe, expect, it } from 'vitest';
import { bankValidationPlugin } from '../../scripts/lib/check-bank';
import { copyBankToTemp, editJsonFile } from './real-bank';

async function runBuildStart(dir: string): Promise<string | null> {
  const plugin = bankValidationPlugin(dir);
  const hook = plugin.buildStart as (this: { error: (m: string) => never }) => Promise<void>;
  try {
    await hook.call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the build-time bank check', () => {
  it('lets the real bank through', async () => {
    expect(await runBuildStart('questions')).toBeNull();
  });

  it('stops the build on a broken bank, naming the file, the path and the problem', async () => {
    const temp = await copyBankToTemp();
    try {
      await editJsonFile<{ pages: { items: { dimension?: string }[] }[] }>(
        `${temp.dir}/sections/04-culture.json`,
        (s) => {
          s.pages[0]!.items[0]!.dimension = 'kindness';
        },
      );
      const message = await runBuildStart(temp.dir);
      expect(message).toContain('is not valid');
      expect(message).toContain(
        'sections/04-culture.json, page “culture-purpose”, question “culture-reason-early”: the “dimension” field must be one of',
      );
    } finally {
      await temp.remove();
    }
  });
});
