/**
 * Rounding for shown scores. Every 0..100 figure a respondent sees is rounded to one decimal
 * place, and bands, blends and rankings are decided on that rounded figure, so what is shown
 * and what it is called always agree (a score shown as 75.0 is never "Developing").
 */

/** Rounds to one decimal place, clamped to 0..100. */
export function roundScore(exact: number): number {
  const clamped = Math.min(100, Math.max(0, exact));
  return Math.round(clamped * 10) / 10;
}

/** Small tolerance for comparing sums of rounded figures (10.000000000000002 is 10). */
export const SCORE_EPSILON = 1e-9;
