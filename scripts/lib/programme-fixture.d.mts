/** Types for programme-fixture.mjs, for the tests that import it. */
export type GeneratedFile = { name: string; text: string };
export const PROGRAMME_SEED: number;
export function programmeResponseFiles(options: {
  files: number;
  partnerships: number;
  seed?: number;
}): GeneratedFile[];
export function programmeSessionFiles(options: {
  sessions: number;
  partnerships: number;
  responses?: number;
  seed?: number;
}): GeneratedFile[];
