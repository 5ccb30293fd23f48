import type { Locator } from 'playwright-core';

/**
 * The radar's canvas, once drawn. The radar is drawn when it comes near the screen
 * (src/ui/near-view.tsx), as it is when a reader scrolls to it: scroll to its place, then wait.
 */
export async function drawnRadar(scope: { locator(selector: string): Locator }): Promise<Locator> {
  await scope.locator('.app-radar').first().scrollIntoViewIfNeeded();
  const canvas = scope.locator('.app-radar canvas').first();
  await canvas.waitFor();
  return canvas;
}
