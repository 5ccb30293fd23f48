/**
 * The delete page says exactly what goes and what stays, and can delete everything on a clear
 * choice; the import page warns before replacing anything typed, comments included.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { answerItem, setComment } from '../../src/state/assessment-actions';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, handIn, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const fixtureText = (name: string) => readFileSync(`tests/fixtures/${name}.json`, 'utf8');
const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(fixtureText(name)),
  responseId: id,
});
const rallyKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('rally:'));

beforeEach(() => resetStores());

/** A device with a facilitator's session, a hand-in and another bank's saved answers. */
function busyDevice() {
  startSession(bank, { id: 's-1', partnershipName: 'Mid Wessex', date: '2026-11-26' });
  addResponses([{ source: 'f', result: { ok: true, response: fixture('council-clear', 'r1') } }]);
  handIn(fixture('connector-zone', 'r2'));
  localStorage.setItem(
    'rally:assessment:rally-short',
    JSON.stringify({ state: { bankId: 'rally-short' }, version: 2 }),
  );
}

describe('deleting answers from this device', () => {
  it('with nothing else saved, says what goes and that nothing else is there', async () => {
    answerItem('gov-agreed-purpose', 4);
    const { user } = await renderApp('#/delete');
    expect(
      screen.getByText(`your 1 answer and 0 comments to the question bank in use (${bank.title})`),
    ).toBeInTheDocument();
    expect(screen.getByText('Rally has nothing else saved on this device.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete my answers' }));
    await screen.findByRole('heading', { level: 1, name: 'Your answers have been deleted' });
    expect(document.getElementById('what-remains')).toHaveTextContent(
      'Nothing Rally saved is left on this device.',
    );
    expect(useAssessmentStore.getState().answers).toEqual({});
  });

  it('lists what stays, asks what to delete, and after "only my answers" says what is still there', async () => {
    busyDevice();
    answerItem('gov-agreed-purpose', 4);
    const { user } = await renderApp('#/delete');
    const also = screen.getByText('Also saved on this device, and kept unless you choose:')
      .nextElementSibling as HTMLElement;
    expect(within(also).getByText('answers to another question bank (rally-short)')).toBeVisible();
    expect(within(also).getByText('the group session Mid Wessex, with 1 response')).toBeVisible();
    expect(
      within(also).getByText('1 response handed in on this device for a group session'),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose what to delete');
    expect(useAssessmentStore.getState().answers).not.toEqual({});

    await user.click(screen.getByLabelText('Only my answers to this question bank'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByRole('heading', { level: 1, name: 'Your answers have been deleted' });
    const remains = document.getElementById('what-remains')!;
    expect(remains).toHaveTextContent('Still saved on this device:');
    expect(remains).toHaveTextContent('the group session Mid Wessex, with 1 response');
    expect(remains).toHaveTextContent('answers to another question bank (rally-short)');
    expect(useGroupStore.getState().session?.responses).toHaveLength(1);
    expect(localStorage.getItem('rally:assessment:rally-short')).not.toBeNull();
  });

  it('"everything" leaves nothing Rally saved on the device', async () => {
    busyDevice();
    answerItem('gov-agreed-purpose', 4);
    const { user } = await renderApp('#/delete');
    await user.click(screen.getByLabelText('Everything Rally has saved on this device'));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByRole('heading', {
      level: 1,
      name: 'Everything Rally saved on this device has been deleted',
    });
    expect(document.getElementById('what-remains')).toHaveTextContent(
      'Nothing Rally saved is left on this device.',
    );
    expect(rallyKeys()).toEqual([]);
    expect(useGroupStore.getState()).toMatchObject({ session: null, handedIn: [], joined: null });
    expect(useAssessmentStore.getState().answers).toEqual({});
  });
});

describe('importing over a draft', () => {
  it('warns when the draft has only a comment, since that would be replaced too', async () => {
    setComment('culture', 'A thought I typed before importing');
    const { user } = await renderApp('#/import');
    await user.upload(
      screen.getByLabelText('Import answers from a file'),
      new File([fixtureText('council-clear')], 'council-clear.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check the file before you import it' });
    expect(
      screen.getByText(/Importing replaces the 1 comment saved on this device/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Replace my answers with these' })).toBeVisible();
  });

  it('names answers and comments together when both would be replaced', async () => {
    answerItem('gov-agreed-purpose', 4);
    answerItem('culture-reason-early', 2);
    setComment('culture', 'A note');
    const { user } = await renderApp('#/import');
    await user.upload(
      screen.getByLabelText('Import answers from a file'),
      new File([fixtureText('council-clear')], 'council-clear.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByText(/Importing replaces the 2 answers and 1 comment saved/),
    ).toBeInTheDocument();
  });

  it('does not warn over an empty draft', async () => {
    const { user } = await renderApp('#/import');
    await user.upload(
      screen.getByLabelText('Import answers from a file'),
      new File([fixtureText('council-clear')], 'council-clear.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Check the file before you import it' });
    expect(screen.queryByText(/Importing replaces/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Import these answers' })).toBeVisible();
  });
});
