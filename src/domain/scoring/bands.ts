/**
 * Bands turn a 0..100 score into a named range. The bands are data (`bank.scoring.bands`, in
 * any order): a score falls in the band with the highest `min` not above it. parseBank
 * guarantees one band starts at 0, so every score in 0..100 has a band.
 */
import type { Bank, Band } from '../bank/bank-schema';

export type BandRef = { id: string; label: string };

/** Bands from highest `min` to lowest. */
export function bandsHighFirst(bank: Bank): Band[] {
  return [...bank.scoring.bands].sort((a, b) => b.min - a.min);
}

/** The band a (rounded) score falls in, or null for a null score. */
export function bandFor(bank: Bank, score: number | null): BandRef | null {
  if (score === null) return null;
  const band = bandsHighFirst(bank).find((b) => b.min <= score);
  return band ? { id: band.id, label: band.label } : null;
}

/** The band with the highest `min` (strengths). */
export function topBand(bank: Bank): Band {
  return bandsHighFirst(bank)[0]!;
}

/** The band with the lowest `min` (priorities to discuss). */
export function lowestBand(bank: Bank): Band {
  const ordered = bandsHighFirst(bank);
  return ordered[ordered.length - 1]!;
}
