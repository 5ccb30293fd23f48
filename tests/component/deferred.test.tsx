/**
 * ui/deferred.tsx: long pages draw their lower parts after the first paint, one at a time and
 * top to bottom, each in its placeholder's place; printing draws every part at once.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Deferred, deferredPending } from '../../src/ui/deferred';

function Part({ name, drawn }: { name: string; drawn: string[] }) {
  useEffect(() => {
    drawn.push(name);
  }, [name, drawn]);
  return <p>Part {name}</p>;
}

function Page({ drawn }: { drawn: string[] }) {
  return (
    <>
      <h1>Headline</h1>
      {['one', 'two', 'three'].map((name) => (
        <Deferred key={name} placeholder={<p>Waiting for {name}</p>}>
          <Part name={name} drawn={drawn} />
        </Deferred>
      ))}
    </>
  );
}

describe('Deferred', () => {
  afterEach(async () => {
    // Leave no part waiting for the next test.
    await waitFor(() => expect(deferredPending()).toBe(false));
  });

  it('shows the headline and the placeholders first, then each part in page order', async () => {
    const drawn: string[] = [];
    render(<Page drawn={drawn} />);
    expect(screen.getByRole('heading', { name: 'Headline' })).toBeTruthy();
    expect(screen.getByText('Waiting for one')).toBeTruthy();
    expect(screen.queryByText('Part one')).toBeNull();
    expect(deferredPending()).toBe(true);

    await screen.findByText('Part three');
    await waitFor(() => expect(drawn).toEqual(['one', 'two', 'three']));
    for (const name of ['one', 'two', 'three'])
      expect(screen.queryByText(`Waiting for ${name}`)).toBeNull();
    expect(deferredPending()).toBe(false);
  });

  it('draws every part at once when the page is printed', () => {
    const drawn: string[] = [];
    render(<Page drawn={drawn} />);
    expect(screen.queryByText('Part one')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    // Synchronously: the browser lays the page out for print straight after the event.
    for (const name of ['one', 'two', 'three'])
      expect(screen.getByText(`Part ${name}`)).toBeTruthy();
    expect(deferredPending()).toBe(false);
  });
});
