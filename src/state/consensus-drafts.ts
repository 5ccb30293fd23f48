/**
 * What a facilitator has typed on the consensus page but not yet saved, kept in this tab's
 * session storage under the group session's id. Leaving the page (to look at the results, say)
 * or reloading it then loses nothing; saving clears it. It is the facilitator's own working
 * copy: it never leaves the tab and closes with it.
 */
import { z } from '../domain/zod';
import { MAX_SAVED_TEXT } from '../domain/answers/answer-schema';

const PREFIX = 'rally:consensus-draft:';

const text = z.string().check(z.maxLength(MAX_SAVED_TEXT));
export const ConsensusDraftSchema = z
  .array(
    z.object({
      dimensionId: z.string().check(z.maxLength(60)),
      agreedScore: z.string().check(z.maxLength(40)),
      rationale: text,
      // The target as the page's control holds it (src/domain/plan/target-choice.ts). A draft
      // kept before targets were on the page has none: the saved target is shown.
      target: z.optional(
        z.object({
          choice: z.string().check(z.maxLength(60)),
          score: z.string().check(z.maxLength(40)),
        }),
      ),
    }),
  )
  .check(z.maxLength(50));
export type ConsensusDraft = z.infer<typeof ConsensusDraftSchema>;

function tabStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The unsaved draft for session `id`, or null when there is none (or it cannot be read). */
export function readConsensusDraft(id: string): ConsensusDraft | null {
  try {
    const raw = tabStorage()?.getItem(PREFIX + id);
    if (!raw) return null;
    const parsed = ConsensusDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Keeps the draft; false when this tab could not (the text stays on screen regardless). */
export function keepConsensusDraft(id: string, draft: ConsensusDraft): boolean {
  try {
    tabStorage()?.setItem(PREFIX + id, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearConsensusDraft(id: string) {
  try {
    tabStorage()?.removeItem(PREFIX + id);
  } catch {
    // Nothing to clear.
  }
}
