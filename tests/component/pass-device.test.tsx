/**
 * Passing one device round a group, as the facilitator and the participants meet it: the
 * passcode that closes the facilitator's pages, hand-ins refused when empty, the hand-over page
 * that Back and Forward cannot turn into a fresh hand-in, the banner kept off the facilitator's
 * pages, and the forgotten-passcode route that shows nobody's answers.
 */
import { readFileSync } from 'node:fs';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeSessionLink } from '../../src/domain/group/session-link';
import { parseSessionFile } from '../../src/domain/group/session';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { answerItem, setComment } from '../../src/state/assessment-actions';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { listKeptAside } from '../../src/state/device-storage';
import {
  DEVICE_LOCK_KEY,
  startPassingDevice,
  useDeviceLockStore,
} from '../../src/state/device-lock';
import { addResponses, handIn, joinSession, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { axeViolations, builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const DETAILS = { id: 'session-1', partnershipName: 'Test Partnership', date: '2026-11-26' };
const PASSCODE = 'kingfisher';
/** A comment only an earlier respondent wrote: it must never be on screen while locked. */
const SECRET = 'Only the first respondent wrote this sentence about the board.';

const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

/** Files handed to the browser to save, read back. */
let downloads: { name: string; text: Promise<string> }[] = [];

beforeEach(() => {
  resetStores();
  downloads = [];
  let last: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (this.download && last) downloads.push({ name: this.download, text: last.text() });
  });
  startSession(bank, DETAILS);
  const earlier = fixture('council-clear', 'earlier-1');
  addResponses([
    {
      source: 'file',
      result: { ok: true, response: { ...earlier, comments: { culture: SECRET } } },
    },
  ]);
});
afterEach(() => vi.restoreAllMocks());

const FACILITATOR_PAGES = [
  '#/group',
  '#/group/share',
  '#/group/add',
  '#/group/results',
  '#/group/consensus',
  '#/group/compare',
  '#/group/pass',
];

describe('starting to pass the device round', () => {
  it('asks for a passcode twice, says what is wrong in plain words, then welcomes the first person', async () => {
    const { user } = await renderApp('#/group');
    await user.click(screen.getByRole('button', { name: 'Pass this device round' }));
    await screen.findByRole('heading', { level: 1, name: 'Pass this device round' });
    expect(screen.getByText(/It\s+is not encryption/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Passcode'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Start passing the device round' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter a passcode of at least 4 characters');
    expect(summary).toHaveTextContent('Enter the passcode again');

    await user.clear(screen.getByLabelText('Passcode'));
    await user.type(screen.getByLabelText('Passcode'), PASSCODE);
    await user.type(screen.getByLabelText('Enter the passcode again'), 'kingfishe');
    await user.click(screen.getByRole('button', { name: 'Start passing the device round' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The passcodes do not match'),
    );
    expect(useDeviceLockStore.getState().lock).toBeNull();

    await user.clear(screen.getByLabelText('Enter the passcode again'));
    await user.type(screen.getByLabelText('Enter the passcode again'), PASSCODE);
    await user.click(screen.getByRole('button', { name: 'Start passing the device round' }));
    await screen.findByRole('heading', { level: 1, name: 'Take part in Test Partnership' });
    expect(document.getElementById('ways-to-hand-in')).toHaveTextContent(
      'This device is being passed round',
    );
    // Saved as a salted hash: the passcode itself is nowhere in storage.
    const saved = localStorage.getItem(DEVICE_LOCK_KEY)!;
    expect(saved).toBeTruthy();
    expect(JSON.stringify(localStorage)).not.toContain(PASSCODE);
    expect(useGroupStore.getState().joined?.id).toBe('session-1');
  });

  it('warns that answers saved on the device will be cleared, and offers them for download first', async () => {
    answerItem('gov-agreed-purpose', 4);
    setComment('culture', 'My own note');
    const { user } = await renderApp('#/group/pass');
    expect(document.getElementById('saved-answers-warning')).toHaveTextContent(
      'This device has 1 answer and 1 comment saved',
    );
    await user.click(screen.getByRole('button', { name: 'Download the saved answers' }));
    expect(downloads).toHaveLength(1);
    expect(await downloads[0]!.text).toContain('My own note');
  });
});

describe('while the device is passed round', () => {
  beforeEach(() => {
    expect(startPassingDevice(PASSCODE, DETAILS)).toBeNull();
  });

  it.each(FACILITATOR_PAGES)('%s is closed and shows nobody’s answers', async (hash) => {
    await renderApp(hash);
    expect(
      screen.getByRole('heading', { level: 1, name: 'The group pages are closed' }),
    ).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('Home → Run a group session → Add responses → results does not get past the closed page', async () => {
    const { user } = await renderApp('#/');
    await user.click(screen.getAllByRole('link', { name: 'Run a group session' })[0]!);
    await screen.findByRole('heading', { level: 1, name: 'The group pages are closed' });
    expect(screen.queryByRole('link', { name: /Add responses/ })).toBeNull();
    window.location.hash = '#/group/results';
    await screen.findByRole('heading', { level: 1, name: 'The group pages are closed' });
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('keeps the facilitator’s guide open, since it holds nobody’s answers', async () => {
    await renderApp('#/group/guide');
    expect(screen.queryByRole('heading', { name: 'The group pages are closed' })).toBeNull();
  });

  it('a wrong passcode keeps it closed; the right one opens the pages and stops passing', async () => {
    const { user } = await renderApp('#/group/results');
    await user.type(screen.getByLabelText('Passcode'), 'heron');
    await user.click(screen.getByRole('button', { name: 'Open the group pages' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The passcode is not right'),
    );
    expect(document.body.textContent).not.toContain(SECRET);
    await user.type(screen.getByLabelText('Passcode'), PASSCODE);
    await user.click(screen.getByRole('button', { name: 'Open the group pages' }));
    await screen.findByRole('heading', { level: 1, name: 'The group’s results' });
    expect(useDeviceLockStore.getState().lock).toBeNull();
    expect(localStorage.getItem(DEVICE_LOCK_KEY)).toBeNull();
    expect(useGroupStore.getState().joined).toBeNull();
  });

  it('closes a group page already open when another tab starts passing the device round', async () => {
    useDeviceLockStore.setState({ lock: null });
    const saved = localStorage.getItem(DEVICE_LOCK_KEY)!;
    localStorage.removeItem(DEVICE_LOCK_KEY);
    await renderApp('#/group/add');
    expect(screen.getByRole('heading', { level: 1, name: 'Add responses' })).toBeInTheDocument();
    localStorage.setItem(DEVICE_LOCK_KEY, saved);
    window.dispatchEvent(
      new StorageEvent('storage', { key: DEVICE_LOCK_KEY, storageArea: localStorage }),
    );
    await screen.findByRole('heading', { level: 1, name: 'The group pages are closed' });
  });

  it('a lock that cannot be read keeps the pages closed', async () => {
    localStorage.setItem(DEVICE_LOCK_KEY, '{not json');
    window.dispatchEvent(
      new StorageEvent('storage', { key: DEVICE_LOCK_KEY, storageArea: localStorage }),
    );
    const { user } = await renderApp('#/group/results');
    expect(
      screen.getByRole('heading', { level: 1, name: 'The group pages are closed' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passcode'), PASSCODE);
    await user.click(screen.getByRole('button', { name: 'Open the group pages' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The passcode is not right'),
    );
  });

  it('with a forgotten passcode, saves everything to a session file before removing it, then opens', async () => {
    handIn({ ...fixture('connector-zone', 'handed-in-1'), comments: {} });
    const { user } = await renderApp('#/group');
    await user.click(screen.getByText('I have forgotten the passcode'));
    expect(
      screen.queryByRole('button', { name: /2\. Remove the session from this browser/ }),
    ).toBeNull();
    await user.click(screen.getByRole('button', { name: '1. Save the session file' }));
    expect(downloads).toHaveLength(1);
    const file = parseSessionFile(await downloads[0]!.text, bank);
    expect(file.ok && file.session.responses.map((r) => r.responseId)).toEqual([
      'earlier-1',
      'handed-in-1',
    ]);
    expect(document.body.textContent).not.toContain(SECRET);
    await user.click(
      screen.getByRole('button', { name: /2\. Remove the session from this browser/ }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Run a group session' });
    expect(useGroupStore.getState().session).toBeNull();
    expect(useGroupStore.getState().handedIn).toEqual([]);
    expect(useDeviceLockStore.getState().lock).toBeNull();
  });

  it('keeps the kept-aside data page closed, and lets the delete page remove only the current person’s answers', async () => {
    await renderApp('#/recovered');
    expect(screen.getByText(/this page is closed until the facilitator/)).toBeInTheDocument();
    window.location.hash = '#/delete';
    await screen.findByRole('heading', { level: 1, name: 'Delete your answers from this device' });
    expect(screen.getByText(/only your own answers can be deleted here/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Everything Rally has saved on this device')).toBeNull();
  });

  it('deleting on a passed device removes the current person’s answers and nothing of the facilitator’s', async () => {
    handIn(fixture('connector-zone', 'handed-in-1'));
    answerItem('gov-agreed-purpose', 2);
    localStorage.setItem(
      'rally:kept-aside:2026-11-26T10:00:00.000Z',
      JSON.stringify({ keptAt: '2026-11-26T10:00:00.000Z', reason: 'Test', raw: '{}' }),
    );
    useAssessmentStore.setState({ keptAside: listKeptAside() });
    const { user } = await renderApp('#/delete');
    expect(screen.queryByText(/kept aside$/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Your answers have been deleted' });
    expect(useAssessmentStore.getState().answers).toEqual({});
    expect(useGroupStore.getState().session?.responses).toHaveLength(1);
    expect(useGroupStore.getState().handedIn).toHaveLength(1);
    expect(localStorage.getItem('rally:kept-aside:2026-11-26T10:00:00.000Z')).not.toBeNull();
    expect(useDeviceLockStore.getState().lock).not.toBeNull();
  });
});

describe('handing in', () => {
  it('refuses a hand-in with nothing answered, on any device', async () => {
    await renderApp('#/hand-in');
    expect(document.getElementById('nothing-to-hand-in')).toHaveTextContent(
      'You have not answered any questions yet, so there is nothing to hand in.',
    );
    expect(screen.queryByRole('button', { name: /Hand in/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download your answers file' })).toBeNull();
    expect(document.getElementById('response-code')).toBeNull();
  });

  it('refuses an empty hand-in on a device passed round, so nobody counts as an empty respondent', async () => {
    startPassingDevice(PASSCODE, DETAILS);
    await renderApp('#/hand-in');
    expect(screen.getByText(/nothing to hand in/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hand in and pass the device on' })).toBeNull();
    expect(useGroupStore.getState().handedIn).toEqual([]);
  });

  it('offers passing the device on first and plainly; Back and Forward after the hand-over give no hand-in page', async () => {
    startPassingDevice(PASSCODE, DETAILS);
    answerItem('partnership-name', 'Previous person’s partnership');
    answerItem('gov-agreed-purpose', 2);
    const { user } = await renderApp('#/hand-in');
    const buttons = screen.getAllByRole('button');
    expect(buttons[0]).toHaveAccessibleName('Hand in and pass the device on');
    await user.click(buttons[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Your answers have been handed in' });
    expect(window.location.hash).toBe('#/hand-in/done');
    expect(useGroupStore.getState().handedIn).toHaveLength(1);
    expect(useAssessmentStore.getState().answers).toEqual({});

    await user.click(screen.getByRole('button', { name: 'Start as the next person' }));
    await screen.findByRole('heading', { level: 1, name: 'Take part in Test Partnership' });
    window.history.back();
    await screen.findByRole('heading', { level: 1, name: 'Your answers have been handed in' });
    expect(window.location.hash).toBe('#/hand-in/done');
    expect(document.body.textContent).not.toContain('Previous person’s partnership');
    window.history.back();
    await waitFor(() => expect(window.location.hash).not.toBe('#/hand-in/done'));
    expect(window.location.hash).not.toBe('#/hand-in');
    window.history.forward();
    await screen.findByRole('heading', { level: 1, name: 'Your answers have been handed in' });
    expect(screen.queryByRole('button', { name: 'Hand in and pass the device on' })).toBeNull();
    expect(useGroupStore.getState().handedIn).toHaveLength(1);
  });

  it('on a person’s own device, offers a code and a file, says the facilitator types the code, and names the file by session', async () => {
    joinSession({ ...DETAILS, label: 'Board away day' });
    useAssessmentStore.setState({ responseId: '3F1C2A9B-0000-4000-8000-000000000000' });
    answerItem('gov-agreed-purpose', 4);
    const { user } = await renderApp('#/hand-in');
    expect(screen.queryByRole('button', { name: 'Hand in and pass the device on' })).toBeNull();
    expect(document.body.textContent).toContain('they type it in');
    expect(document.body.textContent).not.toMatch(/scan/i);
    await user.click(screen.getByRole('button', { name: 'Download your answers file' }));
    expect(downloads.map((d) => d.name)).toEqual([
      // The session's name and a short random part, within the 60-character limit on names.
      'rally-answers-test-partnership-3f1c2a-2026-11-26.json',
    ]);
  });
});

describe('the participant banner and the join page', () => {
  it('shows the banner on the participant’s pages but not on the facilitator’s', async () => {
    joinSession(DETAILS);
    await renderApp('#/tasks');
    expect(screen.getByRole('region', { name: 'Group session' })).toBeInTheDocument();
    for (const hash of ['#/group', '#/group/results', '#/group/add']) {
      window.location.hash = hash;
      await screen.findByRole('heading', {
        level: 1,
        name: /Test Partnership|The group’s results|Add responses/,
      });
      expect(screen.queryByRole('region', { name: 'Group session' })).toBeNull();
    }
  });

  it('offers “Hand in your answers” on check your answers and results only to someone who joined, and follows leaving', async () => {
    // A link on the results page, a link styled as a button on check your answers.
    const handIn = () =>
      screen.queryByRole('link', { name: 'Hand in your answers' }) ??
      screen.queryByRole('button', { name: 'Hand in your answers' });
    for (const hash of ['#/check', '#/results']) {
      const { unmount } = await renderApp(hash);
      expect(handIn()).toBeNull();
      act(() => joinSession(DETAILS));
      await waitFor(() => expect(handIn()).toHaveAttribute('href', '#/hand-in'));
      act(() => useGroupStore.setState({ joined: null }));
      expect(handIn()).toBeNull();
      unmount();
    }
  });

  it('on a device passed round, the banner offers no way to leave the session', async () => {
    startPassingDevice(PASSCODE, DETAILS);
    await renderApp('#/tasks');
    const banner = screen.getByRole('region', { name: 'Group session' });
    expect(within(banner).getByText(/This device is being passed round/)).toBeInTheDocument();
    expect(within(banner).queryByRole('button', { name: 'Leave the session' })).toBeNull();
  });

  it('the join page names every way to hand in: a code, a file and passing the device', async () => {
    await renderApp(`#/join?s=${encodeSessionLink(DETAILS)}`);
    const ways = document.getElementById('ways-to-hand-in')!.parentElement!;
    expect(ways).toHaveTextContent(/short code/);
    expect(ways).toHaveTextContent(/a file/);
    expect(ways).toHaveTextContent(/passed round/);
  });

  it('on a device passed round, the join page will not start while someone’s answers are still on it', async () => {
    startPassingDevice(PASSCODE, DETAILS);
    answerItem('gov-agreed-purpose', 3);
    await renderApp(`#/join?s=${encodeSessionLink(DETAILS)}`);
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Hand in the answers on this device' }),
    ).toHaveAttribute('href', '#/hand-in');
  });
});

describe('the new pages pass axe', () => {
  it.each([
    ['the set-up page', '#/group/pass', false, false],
    ['the closed page', '#/group/results', true, false],
    ['the hand-in page on a device passed round', '#/hand-in', true, true],
    ['the hand-in page with nothing answered', '#/hand-in', false, false],
    ['the hand-over page', '#/hand-in/done', true, false],
    [
      'the join page on a device passed round',
      `#/join?s=${encodeSessionLink(DETAILS)}`,
      true,
      false,
    ],
  ])('%s', async (_name, hash, locked, answered) => {
    if (locked) startPassingDevice(PASSCODE, DETAILS);
    if (answered) answerItem('gov-agreed-purpose', 4);
    await renderApp(hash);
    expect(await axeViolations()).toEqual([]);
  });

  it('the delete page with its choice', async () => {
    answerItem('gov-agreed-purpose', 4);
    const { user } = await renderApp('#/delete');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByRole('alert');
    expect(await axeViolations()).toEqual([]);
  });
});
