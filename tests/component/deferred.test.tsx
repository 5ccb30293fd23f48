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

  it('runs a part’s steps in order, each in a task of its own, before the part is drawn', async () => {
    const log: string[] = [];
    // A task boundary between two steps shows as a timer queued in one running before the next.
    const step = (name: string) => () => {
      log.push(name);
      window.setTimeout(() => log.push(`task after ${name}`), 0);
    };
    function Logged({ name }: { name: string }) {
      useEffect(() => {
        log.push(`drawn ${name}`);
      }, [name]);
      return <p>Part {name}</p>;
    }
    render(
      <>
        <h1>Headline</h1>
        <Deferred prepare={[step('a'), step('b')]}>
          <Logged name="one" />
        </Deferred>
        <Deferred>
          <Logged name="two" />
        </Deferred>
      </>,
    );
    expect(log).toEqual([]);
    await screen.findByText('Part two');
    await waitFor(() => expect(log).toContain('drawn two'));
    expect(log.indexOf('a')).toBeLessThan(log.indexOf('task after a'));
    expect(log.indexOf('task after a')).toBeLessThan(log.indexOf('b'));
    expect(log.indexOf('b')).toBeLessThan(log.indexOf('drawn one'));
    expect(log.indexOf('drawn one')).toBeLessThan(log.indexOf('drawn two'));
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
