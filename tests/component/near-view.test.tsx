/**
 * ui/near-view.tsx: a costly part below the fold (the radar) is drawn when it comes near the
 * screen, or at once when the user prints; its placeholder holds its place until then.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearView } from '../../src/ui/near-view';
import { isPrinting } from '../../src/ui/printing';

/** A stand-in for the browser's IntersectionObserver that the test moves into view. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: Element[] = [];
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.observed = [];
  }
  comeIntoView(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }));
    this.callback(entries as unknown as IntersectionObserverEntry[], this as never);
  }
}

describe('NearView', () => {
  beforeEach(() => {
    FakeObserver.last = null;
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const page = () =>
    render(
      <NearView placeholder={<p>Drawing the chart…</p>}>
        <p>The chart</p>
      </NearView>,
    );

  it('shows the placeholder until the part comes near the screen, then the part', () => {
    page();
    expect(screen.getByText('Drawing the chart…')).toBeTruthy();
    expect(screen.queryByText('The chart')).toBeNull();
    expect(FakeObserver.last?.options?.rootMargin).toBe('400px');
    act(() => FakeObserver.last!.comeIntoView(false));
    expect(screen.queryByText('The chart')).toBeNull();
    act(() => FakeObserver.last!.comeIntoView(true));
    expect(screen.getByText('The chart')).toBeTruthy();
    expect(screen.queryByText('Drawing the chart…')).toBeNull();
  });

  it('draws the part at once when a print begins, and says a print is under way', () => {
    page();
    expect(isPrinting()).toBe(false);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('The chart')).toBeTruthy();
    expect(isPrinting()).toBe(true);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(isPrinting()).toBe(false);
  });

  it('draws the part at once where the browser cannot tell what is on screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    page();
    expect(screen.getByText('The chart')).toBeTruthy();
  });
});
