/**
 * The id counted most often, or null when none is counted or two share the top: how a
 * partnership's best-fit type and governance mode are read from its people's (the page's views
 * and the data export use the same rule). Pure.
 */
export function modal(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  let tied = false;
  for (const [id, n] of counts) {
    if (n > most) {
      best = id;
      most = n;
      tied = false;
    } else if (n === most && n > 0) tied = true;
  }
  return tied ? null : best;
}
