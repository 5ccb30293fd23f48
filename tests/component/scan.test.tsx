/**
 * "Scan with camera" on Add responses, with the camera API replaced: what the facilitator is
 * told when permission is refused, when there is no camera and when it is in use elsewhere
 * (each pointing to the typed codes), in English and in Welsh; and the camera let go when
 * scanning stops, when the tab is hidden and when the page is left. The real camera and
 * decoding are in tests/browser/scan-camera.spec.ts.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { startSession } from '../../src/state/group-actions';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();

type FakeTrack = { stop: ReturnType<typeof vi.fn>; readyState: string };

/** Replaces navigator.mediaDevices; `open` is what getUserMedia does. */
function fakeCamera(open: (() => Promise<unknown>) | null) {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: open ? { getUserMedia: vi.fn(open) } : undefined,
  });
}

/** A stream whose one track records being stopped. */
function liveStream(): { stream: unknown; track: FakeTrack } {
  const track: FakeTrack = { stop: vi.fn(), readyState: 'live' };
  track.stop.mockImplementation(() => (track.readyState = 'ended'));
  return { stream: { getTracks: () => [track] }, track };
}

const refuse = (name: string) => () => Promise.reject(new DOMException('refused', name));

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  resetStores();
  startSession(bank, { id: 'session-1', partnershipName: 'Test Partnership', date: '2026-11-29' });
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  });
  // jsdom has no media playback.
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeCamera(null);
});

async function openScanner() {
  const { user } = await renderApp('#/group/add');
  await user.click(await screen.findByRole('button', { name: 'Scan with camera' }));
  return user;
}

describe('when the camera cannot be used', () => {
  it.each([
    [
      'NotAllowedError',
      'Rally is not allowed to use the camera',
      /allow the camera in the browser’s settings/,
    ],
    ['NotFoundError', 'No camera was found', /Connect a camera/],
    [
      'NotReadableError',
      'The camera is being used by another program',
      /Close the other program, such as a video call/,
    ],
  ])(
    '%s: names the problem, says what to do and points to the typed codes',
    async (name, title, advice) => {
      fakeCamera(refuse(name));
      const user = await openScanner();
      const alert = await screen.findByRole('alert');
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
      expect(alert).toHaveTextContent(advice);
      // Focus goes to the message, so a screen reader hears it and a keyboard user is there.
      await waitFor(() => expect(alert).toHaveFocus());
      await user.click(
        screen.getByRole('link', {
          name: 'Type the response codes from people’s hand-in pages instead',
        }),
      );
      expect(screen.getByLabelText('Type or paste response codes, one on each line')).toHaveFocus();
      expect(window.location.hash).toBe('#/group/add');
      // Scanning can be tried again.
      expect(screen.getByRole('button', { name: 'Scan with camera' })).toBeInTheDocument();
    },
  );

  it('says there is no camera when the browser has no camera API at all', async () => {
    fakeCamera(null);
    await openScanner();
    expect(await screen.findByRole('heading', { name: 'No camera was found' })).toBeInTheDocument();
  });

  it('tells a Welsh speaker in Welsh', async () => {
    await switchLanguage('cy');
    fakeCamera(refuse('NotAllowedError'));
    const { user } = await renderApp('#/group/add');
    await user.click(await screen.findByRole('button', { name: 'Sganio gyda’r camera' }));
    expect(
      await screen.findByRole('heading', { name: 'Nid yw Rally yn cael defnyddio’r camera' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'Teipiwch y codau ymateb o dudalennau cyflwyno pobl yn lle hynny',
      }),
    ).toBeInTheDocument();
  });
});

describe('letting the camera go', () => {
  it('stops the camera when scanning stops, and asks for the camera facing away first', async () => {
    const { stream, track } = liveStream();
    fakeCamera(() => Promise.resolve(stream));
    const user = await openScanner();
    const stop = await screen.findByRole('button', { name: 'Stop scanning' });
    await waitFor(() => expect(stop).toHaveFocus());
    const asked = vi.mocked(
      (navigator.mediaDevices as unknown as { getUserMedia: () => void }).getUserMedia,
    ).mock.calls[0] as unknown as [MediaStreamConstraints];
    expect(asked[0]).toMatchObject({
      audio: false,
      video: { facingMode: { ideal: 'environment' } },
    });
    expect(screen.getByText('0 responses added by camera')).toBeInTheDocument();
    expect(track.stop).not.toHaveBeenCalled();
    await user.click(stop);
    expect(track.readyState).toBe('ended');
    expect(await screen.findByRole('button', { name: 'Scan with camera' })).toBeInTheDocument();
  });

  it('stops the camera when the tab is hidden, and says so', async () => {
    const { stream, track } = liveStream();
    fakeCamera(() => Promise.resolve(stream));
    await openScanner();
    await screen.findByRole('button', { name: 'Stop scanning' });
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(
      await screen.findByText(/the camera was turned off while this page was hidden/),
    ).toBeInTheDocument();
    expect(track.readyState).toBe('ended');
  });

  it('stops the camera when the facilitator goes to another page', async () => {
    const { stream, track } = liveStream();
    fakeCamera(() => Promise.resolve(stream));
    const user = await openScanner();
    await screen.findByRole('button', { name: 'Stop scanning' });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { name: 'Test Partnership', level: 1 });
    expect(track.readyState).toBe('ended');
  });

  it('lets go of a camera that opens only after scanning was stopped', async () => {
    const { stream, track } = liveStream();
    let open: (value: unknown) => void = () => undefined;
    fakeCamera(() => new Promise((resolve) => (open = resolve)));
    const user = await openScanner();
    await user.click(await screen.findByRole('button', { name: 'Stop scanning' }));
    open(stream);
    await waitFor(() => expect(track.readyState).toBe('ended'));
    expect(screen.getByRole('button', { name: 'Scan with camera' })).toBeInTheDocument();
  });
});
