/**
 * The next cycle in jsdom: starting cycle two from the cycle-one session file
 * (tests/fixtures/sessions/next-cycle-one.json: an agreed score for every area, five targets,
 * four actions), reviewing its actions, and last time beside now on the group pages.
 */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { readEarlierCycle } from '../../src/domain/plan/next-cycle';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { addResponses, startNextCycleSession, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { axeViolations, builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const cycleOne = readFileSync('tests/fixtures/sessions/next-cycle-one.json', 'utf8');
const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

/** Cycle two as the start page makes it, on 2027-03-01, with three responses handed in. */
function startCycleTwo({ responses = true } = {}) {
  const read = readEarlierCycle(bank, cycleOne);
  if (!read.ok) throw new Error(read.message);
  startNextCycleSession(bank, read.earlier, {
    id: 'cycle-two',
    partnershipName: 'Northborough Deal',
    date: '2027-03-01',
  });
  if (responses)
    addResponses(
      ['council-clear', 'connector-zone', 'market-alliance'].map((n, i) => ({
        source: n,
        result: { ok: true, response: fixture(n, `r${i}`) },
      })),
    );
}

beforeEach(() => {
  resetStores();
});

describe('starting the next cycle', () => {
  it('refuses a file that is not a Rally file in plain words, and changes nothing', async () => {
    const { user } = await renderApp('#/group/next-cycle');
    await user.upload(
      screen.getByLabelText('Upload the earlier session file'),
      new File(['{"not": "rally"}'], 'notes.json', { type: 'application/json' }),
    );
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link').textContent).toMatch(/not a Rally/i);
    expect(screen.queryByRole('heading', { name: 'Check what comes across' })).toBeNull();
    expect(useGroupStore.getState().session).toBeNull();
  });

  it('shows what comes across, then starts cycle two and opens the review', async () => {
    const { user } = await renderApp('#/group');
    await user.click(
      screen.getByRole('link', { name: 'Start the next cycle from an earlier session file' }),
    );
    window.location.hash = '#/group/next-cycle';
    await screen.findByRole('heading', { level: 1, name: 'Start the next cycle' });
    await user.upload(
      screen.getByLabelText('Upload the earlier session file'),
      new File([cycleOne], 'session.json', { type: 'application/json' }),
    );
    await screen.findByRole('heading', { name: 'Check what comes across' });
    const list = document.getElementById('earlier-summary')!;
    expect(list).toHaveTextContent('Last timeNorthborough Deal');
    expect(list).toHaveTextContent('Date1 March 2026');
    // act-1 and act-4 are under way, act-2 and act-3 not started: all four still open.
    expect(list).toHaveTextContent('Actions to review4 actions, 4 still open');
    for (const target of [
      'Governance: 75.0 (Strength)',
      'Leadership: 85.0 (Strength)',
      'Culture: 80.0 (Strength)',
      'Communities: 65.0 (Developing)',
      'Learning and accountability: 70.0 (Developing)',
    ])
      expect(within(list).getByText(target)).toBeInTheDocument();
    expect(screen.getByLabelText('Partnership name')).toHaveValue('Northborough Deal');
    await user.clear(screen.getByLabelText('Date of the session'));
    await user.type(screen.getByLabelText('Date of the session'), '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Start the next cycle' }));

    await screen.findByRole('heading', { level: 1, name: 'Review last cycle’s actions' });
    const session = useGroupStore.getState().session!;
    expect(session.session.date).toBe('2027-03-01');
    expect(session.previousCycle).toMatchObject({ kind: 'session', id: 'next-cycle-one' });
    expect(session.actions.map((a) => a.carriedFrom?.id)).toEqual([
      'next-cycle-one',
      'next-cycle-one',
      'next-cycle-one',
      'next-cycle-one',
    ]);
    expect(session.consensus.map((c) => [c.dimensionId, c.targetScore])).toEqual([
      ['governance', 75],
      ['leadership', 85],
      ['culture', 80],
      ['communities', 65],
      ['learning', 70],
    ]);
  });

  it('says what happens to a session already open, and offers its file first', async () => {
    startSession(bank, { id: 'open-1', partnershipName: 'Test Partnership', date: '2026-11-26' });
    addResponses([{ source: 'a', result: { ok: true, response: fixture('council-clear', 'r0') } }]);
    const { user } = await renderApp('#/group/next-cycle');
    expect(document.getElementById('open-session-warning')).toHaveTextContent(
      'A session is open on this device: Test Partnership, with 1 response. Starting the next cycle replaces it.',
    );
    expect(screen.getByRole('button', { name: 'Save the open session’s file' })).toBeVisible();
    await user.upload(
      screen.getByLabelText('Upload the earlier session file'),
      new File([cycleOne], 'session.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByRole('button', {
        name: 'Replace the open session and start the next cycle',
      }),
    ).toBeVisible();
    // Nothing has changed until the facilitator confirms.
    expect(useGroupStore.getState().session!.session.id).toBe('open-1');
  });

  it('passes axe with the summary shown', async () => {
    const { user } = await renderApp('#/group/next-cycle');
    await user.upload(
      screen.getByLabelText('Upload the earlier session file'),
      new File([cycleOne], 'session.json', { type: 'application/json' }),
    );
    await screen.findByRole('heading', { name: 'Check what comes across' });
    expect(await axeViolations()).toEqual([]);
  });
});

describe('reviewing last cycle’s actions', () => {
  it('lists each action with its status and what happened, saving both', async () => {
    startCycleTwo();
    const { user } = await renderApp('#/group/review');
    // Every one of the four was due in 2026, except act-4, which has no date.
    expect(document.getElementById('review-counts')).toHaveTextContent(
      '4 actions from last time: 0 done, 0 dropped, 3 overdue and 1 still open.',
    );
    const first = screen.getByRole('region', { name: 'Action 1: Write down who decides what' });
    expect(within(first).getByText('Overdue')).toBeVisible();
    expect(first).toHaveTextContent(
      '30 June 2026 Overdue It was due before this session on 1 March 2027 and is not done.',
    );
    expect(within(first).getByRole('radio', { name: 'Under way' })).toBeChecked();
    await user.click(within(first).getByRole('radio', { name: 'Done' }));
    await user.type(
      within(first).getByLabelText('What happened with action 1 (optional)'),
      'Signed in May',
    );

    const second = screen.getByRole('region', { name: 'Action 2: Hold a listening event' });
    await user.click(within(second).getByRole('radio', { name: 'Dropped' }));
    await user.type(
      within(second).getByLabelText('What happened with action 2 (optional)'),
      'No hall was free',
    );
    const fourth = screen.getByRole('region', {
      name: 'Action 4: Run a joint induction for new staff',
    });
    expect(within(fourth).queryByText('Overdue')).toBeNull();

    const saved = useGroupStore.getState().session!.actions;
    expect(saved.find((a) => a.id === 'act-1')).toMatchObject({
      status: 'done',
      reviewNote: 'Signed in May',
    });
    expect(saved.find((a) => a.id === 'act-2')).toMatchObject({
      status: 'dropped',
      reviewNote: 'No hall was free',
    });
    await waitFor(() =>
      expect(document.getElementById('review-counts')).toHaveTextContent(
        '4 actions from last time: 1 done, 1 dropped, 1 overdue and 1 still open.',
      ),
    );
    // The first action is done now, so it is no longer overdue.
    expect(within(first).queryByText('Overdue')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('says so when the session has nothing to review', async () => {
    startSession(bank, { id: 's', partnershipName: 'Test Partnership', date: '2026-11-26' });
    await renderApp('#/group/review');
    expect(
      screen.getByText('This session has no actions from an earlier cycle to review.'),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Start the next cycle from an earlier session file' }),
    ).toHaveAttribute('href', '#/group/next-cycle');
  });

  it('is linked from the group home page of a session that carried actions', async () => {
    startCycleTwo();
    await renderApp('#/group');
    expect(screen.getByRole('link', { name: 'Review the actions from last time' })).toHaveAttribute(
      'href',
      '#/group/review',
    );
  });
});

describe('last time beside now', () => {
  it('the results table has "Agreed last time" and "Target set last time" beside the medians', async () => {
    startCycleTwo();
    await renderApp('#/group/results');
    const table = screen.getByRole('table', { name: 'Scores by area' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toContain('Agreed last time');
    expect(headers).toContain('Target set last time');
    const row = within(table).getByRole('row', { name: /^Governance/ });
    // Cycle one agreed 60 for governance (Developing) and aimed for 75.
    expect(row).toHaveTextContent('60.0 (Developing)');
    expect(row).toHaveTextContent('75.0');
    const infrastructure = within(table).getByRole('row', { name: /^Infrastructure/ });
    expect(infrastructure).toHaveTextContent('78.6 (Strength)–');
  });

  it('a session without an earlier cycle has no such columns', async () => {
    startSession(bank, { id: 's', partnershipName: 'Test Partnership', date: '2026-11-26' });
    await renderApp('#/group/results');
    expect(screen.queryByRole('columnheader', { name: 'Agreed last time' })).toBeNull();
  });

  it('the consensus page shows last time and now', async () => {
    startCycleTwo();
    await renderApp('#/group/consensus');
    const table = screen.getByRole('table', { name: 'Last time and now' });
    const row = within(table).getByRole('row', { name: /^Communities/ });
    expect(row).toHaveTextContent('55.0 (Developing)');
    expect(row).toHaveTextContent('65.0');
    // The target came across, but nothing is agreed yet: the agreed score starts at the median.
    expect(document.getElementById('governance-agreedScore')).toHaveValue('79.2');
    expect(await axeViolations()).toEqual([]);
  });

  it('then and now can use the earlier cycle without its file', async () => {
    startCycleTwo();
    const { user } = await renderApp('#/group/compare');
    await user.click(
      screen.getByRole('button', {
        name: 'Compare with last cycle (Northborough Deal, 1 March 2026)',
      }),
    );
    const table = await screen.findByRole('table', { name: 'Median score by area' });
    // The same three people answered both times, so no area has changed.
    const governance = within(table).getByRole('row', { name: /^Governance/ });
    expect(governance).toHaveTextContent('79.279.20.0');
  });
});

describe('in Welsh', () => {
  it('the review page speaks Welsh, with its counts in the right plural forms', async () => {
    startCycleTwo();
    await switchLanguage('cy');
    await renderApp('#/group/review');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Adolygu camau gweithredu’r cylch diwethaf' }),
    ).toBeVisible();
    expect(document.getElementById('review-counts')).toHaveTextContent(
      '4 cam gweithredu o’r tro diwethaf: 0 wedi’u gwneud, 0 wedi’u gollwng, 3 yn hwyr a 1 heb eu cwblhau.',
    );
    const first = screen.getByRole('region', {
      name: 'Cam gweithredu 1: Write down who decides what',
    });
    expect(within(first).getByRole('radio', { name: 'Ar y gweill' })).toBeChecked();
    expect(first).toHaveTextContent('Yn hwyr');
    expect(first).toHaveTextContent('1 Mawrth 2027');
  });
});
