/** Group pages in jsdom with a session of three fixture responses: content and axe. */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeSessionLink } from '../../src/domain/group/session-link';
import { listPeople } from '../../src/domain/privacy/people';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { buildResults } from '../../src/domain/scoring/build-results';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { axeViolations, builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

beforeEach(() => {
  resetStores();
  startSession(bank, { id: 'session-1', partnershipName: 'Test Partnership', date: '2026-11-26' });
  addResponses(
    ['council-clear', 'connector-zone', 'market-alliance'].map((n, i) => ({
      source: n,
      result: { ok: true, response: fixture(n, `r${i}`) },
    })),
  );
});

describe('group pages', () => {
  it.each([
    '#/group',
    '#/group/share',
    '#/group/add',
    '#/group/results',
    '#/group/consensus',
    '#/group/compare',
    '#/group/guide',
  ])('%s passes axe', async (hash) => {
    await renderApp(hash);
    expect(await axeViolations()).toEqual([]);
  });

  it('the results say how many responses there are and list the areas with their medians', async () => {
    await renderApp('#/group/results');
    expect(screen.getByText(/From 3 responses/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Scores by area' });
    for (const d of bank.dimensions)
      expect(within(table).getByRole('rowheader', { name: d.name })).toBeInTheDocument();
  });

  it('a participant link shows the session and joining puts a banner on every page', async () => {
    const token = encodeSessionLink({
      id: 'session-1',
      partnershipName: 'Test Partnership',
      date: '2026-11-26',
      label: 'Board away day',
    });
    const { user } = await renderApp(`#/join?s=${token}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Take part in Test Partnership' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start' }));
    const banner = await screen.findByRole('region', { name: 'Group session' });
    expect(within(banner).getByText(/Board away day/)).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'hand in your answers' })).toHaveAttribute(
      'href',
      '#/hand-in',
    );
  });

  it('a broken participant link says so', async () => {
    await renderApp('#/join?s=%%%');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This session link does not work' }),
    ).toBeInTheDocument();
  });
});

describe('then and now', () => {
  it('compares an earlier answers file with this device’s answers, area by area', async () => {
    useGroupStore.setState({ session: null });
    const now = fixture('council-clear', 'now');
    useAssessmentStore.setState({ answers: now.answers });
    const { user } = await renderApp('#/group/compare');
    const earlier = readFileSync('tests/fixtures/mismatch-county-network.json', 'utf8');
    await user.upload(
      screen.getByLabelText('Upload an earlier Rally file'),
      new File([earlier], 'earlier.json', { type: 'application/json' }),
    );
    const table = await screen.findByRole('table', { name: 'Median score by area' });
    const then = buildResults(bank, JSON.parse(earlier).answers);
    const today = buildResults(bank, now.answers);
    for (const [i, d] of today.dimensions.entries()) {
      const row = within(table).getByRole('rowheader', { name: d.name }).closest('tr')!;
      const before = then.dimensions[i]!.score!;
      const change = Math.round((d.score! - before) * 10) / 10;
      expect(
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual([
        before.toFixed(1),
        d.score!.toFixed(1),
        `${change > 0 ? '+' : ''}${change.toFixed(1)}`,
      ]);
    }
  });

  it('says clearly when the earlier file is for another question bank', async () => {
    useGroupStore.setState({ session: null });
    const { user } = await renderApp('#/group/compare');
    const other = JSON.stringify({ ...fixture('council-clear', 'x'), bankId: 'another-bank' });
    await user.upload(
      screen.getByLabelText('Upload an earlier Rally file'),
      new File([other], 'other.json'),
    );
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('another-bank');
  });
});

describe('a facilitator page with no session on the device', () => {
  it.each([
    ['#/group/share', false],
    ['#/group/add', false],
    ['#/group/results', false],
    ['#/group/consensus', false],
    ['#/group/pass', false],
    ['#/group/present', true],
  ])(
    '%s says so, in its heading and its title, and links to the group page',
    async (hash, answers) => {
      useGroupStore.setState({ session: null });
      await renderApp(hash);
      const heading = screen.getByRole('heading', {
        level: 1,
        name: 'There is no group session on this device',
      });
      expect(heading).toBeVisible();
      // The page's own title, not the title of the page it stands in for.
      await waitFor(() =>
        expect(document.title).toBe('There is no group session on this device – Rally'),
      );
      const link = screen.getByRole('link', { name: 'Create a session or open a saved one' });
      expect(link).toHaveAttribute('href', '#/group');
      // A page that shows the answers says to add them too.
      expect(link.closest('p')).toHaveTextContent(
        answers
          ? 'Create a session or open a saved one, then add the answers people hand in.'
          : /^Create a session or open a saved one\.$/,
      );
    },
  );
});

describe('a session made with another question bank', () => {
  it.each(['#/group/present', '#/group/next-cycle', '#/group/review'])(
    '%s names both banks and offers to switch, as every group page does',
    async (hash) => {
      const session = useGroupStore.getState().session!;
      useGroupStore.setState({ session: { ...session, bankId: 'rally-short' } });
      await renderApp(hash);
      expect(
        screen.getByRole('heading', { level: 1, name: 'This session uses another question bank' }),
      ).toBeVisible();
      expect(
        screen.getByText(
          `The group session on this device was made with the question bank rally-short ${session.bankVersion}, but the bank in use now is ${bank.id} ${bank.version}. Switch back to that bank to work with the session.`,
        ),
      ).toBeVisible();
      expect(screen.getByRole('button', { name: 'Choose the question bank' })).toHaveAttribute(
        'href',
        '#/bank',
      );
      await waitFor(() =>
        expect(document.title).toBe('This session uses another question bank – Rally'),
      );
    },
  );

  it('is not shown against the bank in use, and the facilitator is told how to switch', async () => {
    const session = useGroupStore.getState().session!;
    useGroupStore.setState({ session: { ...session, bankId: 'rally-short' } });
    await renderApp('#/group/results');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This session uses another question bank' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose the question bank' })).toHaveAttribute(
      'href',
      '#/bank',
    );
  });
});

describe('possible duplicates', () => {
  it('warns when two responses have exactly the same answers, as a file and a code from one person would', async () => {
    const file = fixture('agent-outside', 'from-file');
    const code = {
      ...file,
      responseId: 'code-0123456789abcdef',
      answers: { ...file.answers },
      comments: {},
    };
    delete code.answers['reflect-working'];
    addResponses([
      { source: 'file', result: { ok: true, response: file } },
      { source: 'code', result: { ok: true, response: code } },
    ]);
    await renderApp('#/group/add');
    const session = useGroupStore.getState().session!;
    const people = listPeople(bank, session.session.id, session.responses).people;
    const pair = people
      .filter((p) => p.responseId === 'from-file' || p.responseId === code.responseId)
      .map((p) => p.label);
    expect(
      screen.getByText(`${pair[0]} and ${pair[1]} gave exactly the same answers`, {
        exact: false,
      }),
    ).toBeInTheDocument();
  });
});

describe('recording what the group agrees', () => {
  it('keeps what was typed after leaving the page or reloading, and forgets it once saved', async () => {
    const { user, unmount } = await renderApp('#/group/consensus');
    const governance = bank.dimensions[0]!.name;
    const area = () => screen.getByRole('group', { name: governance });
    const reason = () =>
      within(area()).getByRole('textbox', { name: /^Why the group agreed this score/ });
    await user.type(reason(), 'We weighed the new board papers.');

    // Away to the results and back.
    window.location.hash = '#/group/results';
    await screen.findByRole('heading', { level: 1, name: /results/i });
    window.location.hash = '#/group/consensus';
    await screen.findByRole('heading', { level: 1, name: 'Record what you agree' });
    expect(reason()).toHaveValue('We weighed the new board papers.');

    // A reload of the page in the same tab.
    unmount();
    await renderApp('#/group/consensus');
    expect(reason()).toHaveValue('We weighed the new board papers.');

    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await screen.findByText('What you agreed is saved with the session.');
    expect(useGroupStore.getState().session!.consensus[0]!.rationale).toBe(
      'We weighed the new board papers.',
    );
    expect(
      Object.keys(sessionStorage).filter((k) => k.startsWith('rally:consensus-draft:')),
    ).toEqual([]);
  });
});

describe('a larger room', () => {
  const names = [
    'agent-outside',
    'blend-neighbourhood-council',
    'blend-youth-network',
    'connector-zone',
    'council-clear',
    'market-alliance',
    'mismatch-county-network',
  ];
  beforeEach(() => {
    resetStores();
    startSession(bank, { id: 'session-2', partnershipName: 'Big Room', date: '2026-11-26' });
    addResponses(
      Array.from({ length: 14 }, (_, i) => ({
        source: `file ${i}`,
        result: { ok: true, response: fixture(names[i % names.length]!, `big-${i}`) },
      })),
    );
  });

  it('folds the list of person lines away, and opening it shows every person', async () => {
    const { user } = await renderApp('#/group/results');
    const toggle = screen.getByText('Show each person’s line (14 people)');
    const details = toggle.closest('details')!;
    expect(details.open).toBe(false);
    // Folded, the list is not drawn at all.
    expect(within(details).queryAllByRole('checkbox')).toHaveLength(0);
    await user.click(toggle);
    expect(details.open).toBe(true);
    const lines = await within(details).findByRole('group', { name: 'Show each person’s line' });
    expect(within(lines).getAllByRole('checkbox')).toHaveLength(14);
  });

  it('lists the split statements without a full stop before the colon', async () => {
    await renderApp('#/group/results');
    const items = within(document.getElementById('discuss-first-list')!).getAllByRole('listitem');
    expect(items.some((li) => !li.textContent!.includes('(the whole area)'))).toBe(true);
    for (const li of items) expect(li.textContent).not.toMatch(/\.\s*:/);
  });
});
