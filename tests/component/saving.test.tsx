/**
 * Nothing lost, as a facilitator or participant meets it: a save failure in any store shows
 * one warning with a download of exactly what was not saved; add-responses keeps every refused
 * input in view; a removed respondent can be put back; a damaged session file opens with its
 * good responses; a hand-in or a bank switch that would lose answers is refused with a reason.
 */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeResponseCode } from '../../src/domain/response/response-code';
import { serializeSession } from '../../src/domain/group/session';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { downloadFile } from '../../src/export/download';
import { answerItem } from '../../src/state/assessment-actions';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { useBankStore } from '../../src/state/bank-store';
import { startPassingDevice } from '../../src/state/device-lock';
import { builtInBank, renderApp, resetStores } from '../helpers/app';
import { shortBankBundle } from '../helpers/short-bank';

vi.mock('../../src/export/download', () => ({ downloadFile: vi.fn() }));

const bank = builtInBank();
const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

const original = Storage.prototype.setItem;
const fillStorage = () => {
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
};
const freeStorage = () => {
  Storage.prototype.setItem = original;
};

beforeEach(() => {
  resetStores();
  vi.mocked(downloadFile).mockClear();
  startSession(bank, { id: 'session-1', partnershipName: 'Test Partnership', date: '2026-11-26' });
  addResponses(
    ['council-clear', 'connector-zone'].map((n, i) => ({
      source: n,
      result: { ok: true, response: fixture(n, `r${i}`) },
    })),
  );
});
afterEach(freeStorage);

describe('when the group session cannot be saved', () => {
  it('warns on the page, offers the session file, and saves once there is space', async () => {
    const { user } = await renderApp('#/group/add');
    fillStorage();
    const code = encodeResponseCode(bank, fixture('market-alliance', 'r2'));
    await user.type(screen.getByLabelText(/Type or paste response codes/), code);
    await user.click(screen.getByRole('button', { name: 'Add these codes' }));

    const banner = await screen.findByRole('alert');
    expect(
      within(banner).getByRole('heading', { name: 'Your group session is not being saved' }),
    ).toBeInTheDocument();
    expect(
      within(banner).getByText('This device has run out of space for saved answers.'),
    ).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Download the session file' }));
    await waitFor(() => expect(downloadFile).toHaveBeenCalledTimes(1));
    const [name, text] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toBe('rally-session-test-partnership-2026-11-26.json');
    expect(text).toBe(serializeSession(useGroupStore.getState().session!));
    expect(JSON.parse(text as string).responses).toHaveLength(3);

    freeStorage();
    await user.click(within(banner).getByRole('button', { name: 'Try saving again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(JSON.parse(localStorage.getItem('rally:group')!).state.session.responses).toHaveLength(
      3,
    );
  });

  it('names both when the answers are not being saved either', async () => {
    await renderApp('#/group');
    fillStorage();
    answerItem('culture-share-risk', 4);
    addResponses([{ source: 'x', result: { ok: true, response: fixture('agent-outside', 'x') } }]);
    const banner = await screen.findByRole('alert');
    expect(
      within(banner).getByRole('heading', { name: 'Some of your work is not being saved' }),
    ).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Download your answers' })).toBeVisible();
    expect(within(banner).getByRole('button', { name: 'Download the session file' })).toBeVisible();
  });
});

describe('adding responses', () => {
  it('keeps a code that was not added in the box, listed with the reason', async () => {
    const { user } = await renderApp('#/group/add');
    const good = encodeResponseCode(bank, fixture('market-alliance', 'r2'));
    const box = screen.getByLabelText(/Type or paste response codes/);
    await user.type(box, `${good}\nABCD-EFGH`);
    await user.click(screen.getByRole('button', { name: 'Add these codes' }));
    expect(await screen.findByText('1 response added.')).toBeInTheDocument();
    expect(screen.getByText(/^The code on line 2:/)).toBeInTheDocument();
    expect(box).toHaveValue('ABCD-EFGH');
  });

  it('a removed respondent can be put back with Undo', async () => {
    const { user } = await renderApp('#/group/add');
    expect(screen.getByText('The session has 2 responses.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /^Remove/ })[0]!);
    expect(await screen.findByText('The session has 1 response.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo: put the response back' }));
    expect(await screen.findByText('The session has 2 responses.')).toBeInTheDocument();
    expect(useGroupStore.getState().session!.responses.map((r) => r.responseId)).toEqual([
      'r0',
      'r1',
    ]);
  });

  it('a handed-in response that is refused stays waiting on this device', async () => {
    useGroupStore.setState({
      handedIn: [{ ...fixture('agent-outside', 'h1'), bankId: 'another-bank' }],
    });
    const { user } = await renderApp('#/group/add');
    await user.click(
      screen.getByRole('button', { name: 'Add the responses handed in on this device' }),
    );
    expect(await screen.findByText(/^Handed in on this device 1: /)).toBeInTheDocument();
    expect(useGroupStore.getState().handedIn).toHaveLength(1);
    expect(screen.getByText('1 person has handed in on this device.')).toBeInTheDocument();
  });
});

describe('opening a session file with a damaged response', () => {
  it('opens with the good ones, and lists the damaged one with the reason and a download', async () => {
    useGroupStore.setState({ session: null });
    const { user } = await renderApp('#/group');
    const file = JSON.parse(
      serializeSession({
        format: 'rally-session',
        formatVersion: 2,
        bankId: bank.id,
        bankVersion: bank.version,
        session: { id: 'opened', partnershipName: 'Opened Partnership', date: '2026-01-01' },
        responses: [fixture('council-clear', 'a'), fixture('connector-zone', 'b')],
        consensus: [],
        actions: [],
        createdAt: '2026-01-01T10:00:00.000Z',
        updatedAt: '2026-01-01T10:00:00.000Z',
      }),
    );
    file.responses[1].answers = 'none';
    const chosen = new File([JSON.stringify(file)], 'session.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Upload a Rally session file'), chosen);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Opened Partnership' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 response so far.')).toBeInTheDocument();
    expect(screen.getByText(/1 part of the file could not be read and is left out/)).toBeVisible();
    expect(screen.getByText(/^Response 2: The response file is damaged/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download what could not be read' }));
    const [, text] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(JSON.parse(text as string)[0].data.answers).toBe('none');
  });
});

describe('handing in on a device with no space', () => {
  it('keeps the answers on screen and says why', async () => {
    expect(
      startPassingDevice('kingfisher', {
        id: 'session-1',
        partnershipName: 'Test Partnership',
        date: '2026-11-26',
      }),
    ).toBeNull();
    answerItem('culture-share-risk', 4);
    const { user } = await renderApp('#/hand-in');
    fillStorage();
    await user.click(screen.getByRole('button', { name: 'Hand in and pass the device on' }));
    expect(
      await screen.findByText(/Your answers could not be kept on this device/),
    ).toBeInTheDocument();
    expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(4);
    expect(useGroupStore.getState().handedIn).toEqual([]);
  });
});

describe('switching question bank while answers are not being saved', () => {
  it('is refused with the reason, so the answers on screen are not lost', async () => {
    answerItem('culture-share-risk', 2);
    const { user } = await renderApp('#/bank');
    const file = new File([await shortBankBundle()], 'short.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Upload a question bank file (.json)'), file);
    await screen.findByText('rally-short 1.0.0');
    fillStorage();
    answerItem('culture-share-risk', 3);
    await user.click(screen.getByRole('button', { name: 'Use this question bank' }));
    const summary = await screen.findByText(/the question bank has not been changed/);
    expect(summary).toBeVisible();
    expect(useBankStore.getState().custom).toBeNull();
    expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(3);
    expect(screen.getByRole('button', { name: 'Download your answers' })).toBeVisible();
  });
});
