/**
 * The scanner's "still in view" rule: a camera sees a code in many frames while it is held up,
 * and only the first frame of a showing counts. A text seen again within `STILL_IN_VIEW_MS` of
 * the last time it was seen is the same showing (so a code held up for a minute stays one
 * showing); seen after a longer gap, it is a new showing. Each text is judged on its own: one
 * text never hides another. Pure: the caller gives the time of each frame.
 */

/** How long after it was last seen a text counts as still being held up to the camera. */
export const STILL_IN_VIEW_MS = 2000;

/** Texts remembered at most; the one seen longest ago is forgotten first. */
const MAX_REMEMBERED = 2000;

export type StillInView = {
  /**
   * Whether `text`, seen at `at` (milliseconds on any steady clock, never going back), is a new
   * showing: true the first time and after a gap of `STILL_IN_VIEW_MS` or more.
   */
  isNew: (text: string, at: number) => boolean;
};

export function createStillInView(windowMs = STILL_IN_VIEW_MS): StillInView {
  const lastSeen = new Map<string, number>();
  return {
    isNew(text, at) {
      const last = lastSeen.get(text);
      // Moved to the end, so the map's first key is always the one seen longest ago.
      lastSeen.delete(text);
      if (lastSeen.size >= MAX_REMEMBERED) lastSeen.delete(lastSeen.keys().next().value!);
      lastSeen.set(text, at);
      return last === undefined || at - last >= windowMs;
    },
  };
}
