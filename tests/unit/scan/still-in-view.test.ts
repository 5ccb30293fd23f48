/**
 * The scanner's "still in view" rule (src/domain/scan/still-in-view.ts) as properties over
 * streams of frames: a text held up in frames less than the window apart is reported once;
 * seen again after the window, it is read again; and texts never hide one another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STILL_IN_VIEW_MS, createStillInView } from '../../../src/domain/scan/still-in-view';

const W = STILL_IN_VIEW_MS;

/** Gaps between frames: mostly short, sometimes exactly at or either side of the window. */
const gapArb = fc.oneof(
  fc.integer({ min: 0, max: W - 1 }),
  fc.constantFrom(W - 1, W, W + 1),
  fc.integer({ min: W, max: 5 * W }),
);

/** One text's frames: their times, from its gaps. */
const timesOf = (start: number, gaps: number[]) => {
  const times = [start];
  for (const g of gaps) times.push(times[times.length - 1]! + g);
  return times;
};

describe('still in view', () => {
  it('reports a text held up in frames less than the window apart once, however long it is held', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.nat(),
        fc.array(fc.integer({ min: 0, max: W - 1 }), { maxLength: 200 }),
        (text, start, gaps) => {
          const inView = createStillInView();
          const seen = timesOf(start, gaps).map((at) => inView.isNew(text, at));
          expect(seen.filter(Boolean)).toHaveLength(1);
          expect(seen[0]).toBe(true);
        },
      ),
    );
  });

  it('reads a text again when the window has passed since it was last seen, and only then', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.array(gapArb), (text, start, gaps) => {
        const inView = createStillInView();
        const seen = timesOf(start, gaps).map((at) => inView.isNew(text, at));
        expect(seen[0]).toBe(true);
        gaps.forEach((gap, i) => expect(seen[i + 1]).toBe(gap >= W));
      }),
    );
  });

  it('never lets one text hide another: each is judged as if it were the only one', () => {
    // Frames of several texts, interleaved in time order.
    const framesArb = fc.array(
      fc.record({ text: fc.constantFrom('A', 'B', 'C', 'RALLY:1:x', ''), gap: gapArb }),
      { maxLength: 120 },
    );
    fc.assert(
      fc.property(framesArb, (frames) => {
        const together = createStillInView();
        let at = 0;
        const timed = frames.map((f) => ({ text: f.text, at: (at += f.gap) }));
        const mixed = timed.map((f) => together.isNew(f.text, f.at));
        for (const text of new Set(timed.map((f) => f.text))) {
          const alone = createStillInView();
          timed.forEach((f, i) => {
            if (f.text === text) expect(alone.isNew(f.text, f.at)).toBe(mixed[i]);
          });
        }
      }),
    );
  });
});
