/**
 * Targets: where a respondent, or a group in consensus, aims to be in each dimension.
 *
 * A target is a score from 0 to 100, on the same scale as every dimension score and as the
 * group's agreed score, not a band id (docs/response-format.md, "Targets"). Its band is derived
 * with the bank's bands, as every score's is. A score keeps its meaning when a bank's bands are
 * renamed or moved in a minor version, gives a gap in points that a spreadsheet can sum and sort,
 * and lets a group aim for the top of a band ("Developing, nearly Strength") rather than only at
 * a band's name.
 *
 * The gap (target minus current score) is derived whenever it is shown, never stored: it
 * changes as the answers or the agreed score change.
 */
import { z } from '../zod';
import type { Bank } from '../bank/bank-schema';
import { DIMENSION_IDS } from '../bank/bank-ids';
import { bandFor } from '../scoring/bands';
import type { BandRef } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';

export type DimensionId = (typeof DIMENSION_IDS)[number];

export const TargetScoreSchema = z
  .number()
  .check(z.gte(0, 'must be 0 or more'), z.lte(100, 'must be 100 or less'));

/** One respondent's own targets, by dimension id; a dimension without a target is left out. */
export const TargetsSchema = z.partialRecord(z.enum(DIMENSION_IDS), TargetScoreSchema);
export type Targets = z.infer<typeof TargetsSchema>;

/** Target minus current, to one decimal place; null when either is missing. */
export function gap(target: number | null | undefined, current: number | null): number | null {
  if (target === null || target === undefined || current === null) return null;
  // The difference of the two shown (rounded) figures, so it always matches them; never -0.
  return Math.round((roundScore(target) - roundScore(current)) * 10) / 10 || 0;
}

export type DimensionGap = {
  dimensionId: string;
  name: string;
  /** The current score (a respondent's score, or the group's agreed score or median). */
  current: number | null;
  currentBand: BandRef | null;
  target: number | null;
  targetBand: BandRef | null;
  /** target - current, one decimal place; null when either is missing. */
  gap: number | null;
};

/**
 * Per dimension, in bank order: the current score, the target and the gap. `current` maps a
 * dimension id to its score (null or absent: no score); `targets` likewise.
 */
export function dimensionGaps(
  bank: Bank,
  current: Readonly<Record<string, number | null | undefined>>,
  targets: Readonly<Record<string, number | null | undefined>>,
): DimensionGap[] {
  return bank.dimensions.map((d) => {
    const now = Object.hasOwn(current, d.id) ? (current[d.id] ?? null) : null;
    const aim = Object.hasOwn(targets, d.id) ? (targets[d.id] ?? null) : null;
    return {
      dimensionId: d.id,
      name: d.name,
      current: now === null ? null : roundScore(now),
      currentBand: bandFor(bank, now === null ? null : roundScore(now)),
      target: aim === null ? null : roundScore(aim),
      targetBand: bandFor(bank, aim === null ? null : roundScore(aim)),
      gap: gap(aim, now),
    };
  });
}

/** `targets` with the target for `dimensionId` set (a number) or removed (null). Pure. */
export function setTarget(
  targets: Targets,
  dimensionId: DimensionId,
  score: number | null,
): Targets {
  const next: Targets = { ...targets };
  if (score === null) delete next[dimensionId];
  else next[dimensionId] = score;
  return next;
}
