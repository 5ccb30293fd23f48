/**
 * A target as a form offers it: aim for a band (its lowest score), another score typed in, or
 * no target. Targets are stored as scores (targets.ts); this module turns a stored score into
 * the form's choice and back, so the target control and the pages that hold it agree.
 *
 * The bands offered are those above the lowest (every score is in the lowest band, so "aim for"
 * it means nothing), highest first: with the built-in bank, "Strength (75)" and "Developing (50)".
 */
import type { Bank } from '../bank/bank-schema';
import { bandsHighFirst } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';

export type TargetBandChoice = { bandId: string; label: string; score: number };

/** What the form holds: `choice` is 'none', 'score' (typed in `score`) or 'band:<band id>'. */
export type TargetChoice = { choice: string; score: string };

export const NO_TARGET: TargetChoice = { choice: 'none', score: '' };

/** The bands a target can aim for, highest first, each with the score that reaches it. */
export function targetBandChoices(bank: Bank): TargetBandChoice[] {
  return bandsHighFirst(bank)
    .filter((b) => b.min > 0)
    .map((b) => ({ bandId: b.id, label: b.label, score: b.min }));
}

/** The form's choice for a stored target: its band when it is a band's lowest score. */
export function choiceForTarget(bank: Bank, target: number | null | undefined): TargetChoice {
  if (target === null || target === undefined) return NO_TARGET;
  const band = targetBandChoices(bank).find((b) => b.score === target);
  if (band) return { choice: `band:${band.bandId}`, score: '' };
  return { choice: 'score', score: String(roundScore(target)) };
}

/**
 * The score a choice stands for: a number, null for no target, or 'invalid' when "another
 * score" holds something that is not a number from 0 to 100 (or a band the bank does not have).
 * A typed score is rounded to one decimal place, as every shown score is.
 */
export function readTargetChoice(bank: Bank, value: TargetChoice): number | null | 'invalid' {
  if (value.choice === 'none') return null;
  if (value.choice === 'score') {
    const text = value.score.trim();
    if (!/^\d{1,3}([.,]\d+)?$/.test(text)) return 'invalid';
    const n = Number(text.replace(',', '.'));
    return n >= 0 && n <= 100 ? roundScore(n) : 'invalid';
  }
  const band = targetBandChoices(bank).find((b) => `band:${b.bandId}` === value.choice);
  return band ? band.score : 'invalid';
}
