/**
 * The projector view and the facilitator pack as a facilitator meets them: keyboard and
 * buttons, the comments switch, what the room's screen never shows, and the pack with and
 * without a session.
 *
 * The session: 10 people from fixture answers, 5 from local authorities, 3 from the NHS and 2
 * residents, each with a reflection of their own. The 2 residents are a sector under 3; hiding
 * only them would leave 2 people hidden, so the NHS group is hidden too (people.ts), and the
 * screen shows the local authorities (5) and "other sectors together" (5).
 */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { startPassingDevice } from '../../src/state/device-lock';
import { addResponses, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { axeViolations, builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const FIXTURES = ['council-clear', 'connector-zone', 'market-alliance'];
const SECTORS = [
  'local-authority',
  'local-authority',
  'local-authority',
  'local-authority',
  'local-authority',
  'nhs-health',
  'nhs-health',
  'nhs-health',
  'resident',
  'resident',
];
const reflection = (i: number) => `Reflection written by respondent ${i + 1}`;

function respondent(i: number): ResponseEnvelope {
  const base = JSON.parse(
    readFileSync(`tests/fixtures/${FIXTURES[i % FIXTURES.length]}.json`, 'utf8'),
  ) as ResponseEnvelope;
  return {
    ...base,
    responseId: `r${i}`,
    answers: { ...base.answers, sector: SECTORS[i]!, 'reflect-working': reflection(i) },
    about: { ...base.about, sector: SECTORS[i]! },
  };
}

function startTen(label?: string) {
  startSession(bank, {
    id: 'session-1',
    partnershipName: 'Test Partnership',
    date: '2026-11-26',
    ...(label ? { label } : {}),
  });
  addResponses(
    SECTORS.map((_, i) => ({ source: `r${i}`, result: { ok: true, response: respondent(i) } })),
  );
  const session = useGroupStore.getState().session!;
  useGroupStore.setState({
    session: {
      ...session,
      consensus: [
        { dimensionId: 'governance', agreedScore: 55, rationale: 'Agreed.', targetScore: 70 },
      ],
      actions: [
        {
          id: 'a1',
          what: 'Write down who decides what',
          dimensionId: 'governance',
          lead: 'Partnership manager',
          due: '2027-03-31',
          status: 'under-way',
          measure: 'Every partner has signed the note',
        },
      ],
    },
  });
}

const heading = () => screen.getByRole('heading', { level: 1 });
const position = () => document.getElementById('projector-position')?.textContent;
const mainText = () => document.querySelector('main')?.textContent ?? '';

beforeEach(() => {
  resetStores();
  startTen();
});

describe('the projector', () => {
  it('steps through the views with the arrow keys, announces each, and stops at the ends', async () => {
    const { user } = await renderApp('#/group/present?from=results');
    expect(heading()).toHaveTextContent('Answers handed in');
    expect(position()).toBe('View 1 of 5');
    await user.keyboard('{ArrowLeft}');
    expect(heading()).toHaveTextContent('Answers handed in');
    const names = [
      'Discuss first',
      'How spread out the scores are',
      'What we have agreed so far',
      'Actions so far',
    ];
    for (const [i, name] of names.entries()) {
      await user.keyboard('{ArrowRight}');
      expect(heading()).toHaveTextContent(name);
      expect(position()).toBe(`View ${i + 2} of 5`);
      expect(screen.getByText(`View ${i + 2} of 5: ${name}`)).toHaveAttribute(
        'aria-live',
        'polite',
      );
    }
    await user.keyboard('{ArrowRight}');
    expect(heading()).toHaveTextContent('Actions so far');
    await user.keyboard('{ArrowLeft}');
    expect(heading()).toHaveTextContent('What we have agreed so far');
  });

  it('moves with the Next and Previous buttons, which keep focus', async () => {
    const { user } = await renderApp('#/group/present');
    const next = screen.getByRole('button', { name: 'Next' });
    const previous = screen.getByRole('button', { name: 'Previous' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(position()).toBe('View 1 of 5');
    await user.click(next);
    expect(heading()).toHaveTextContent('Discuss first');
    expect(next).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('How spread out the scores are');
    await user.click(previous);
    expect(heading()).toHaveTextContent('Discuss first');
  });

  it('Escape goes back to the page it was opened from', async () => {
    const { user } = await renderApp('#/group/present?from=results');
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Escape}');
    await screen.findByRole('heading', { level: 1, name: 'The group’s results' });
    expect(window.location.hash).toBe('#/group/results');
  });

  it('Escape from a projector opened on the group page goes back there', async () => {
    const { user } = await renderApp('#/group/present?from=home');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(window.location.hash).toBe('#/group'));
  });

  it('is reached from the group results page', async () => {
    await renderApp('#/group/results');
    expect(screen.getByRole('link', { name: 'Present on a projector' })).toHaveAttribute(
      'href',
      '#/group/present?from=results',
    );
  });

  it('is reached from the group page, beside the pack', async () => {
    await renderApp('#/group');
    expect(screen.getByRole('link', { name: 'Present on a projector' })).toHaveAttribute(
      'href',
      '#/group/present?from=home',
    );
    expect(screen.getByRole('link', { name: /^Facilitator pack to print/ })).toHaveAttribute(
      'href',
      '#/group/pack',
    );
  });

  it('shows sector counts only for groups it may, and never the sector of 2 or a person', async () => {
    const { user } = await renderApp('#/group/present');
    expect(document.getElementById('projector-count')).toHaveTextContent(
      '10 people have handed in',
    );
    const table = screen.getByRole('table', { name: /By sector/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Local authority5', 'Other sectors together5']);
    for (let view = 1; view <= 5; view += 1) {
      expect(mainText()).not.toContain('Resident or community member');
      expect(mainText()).not.toContain('NHS or health');
      expect(mainText()).not.toMatch(/Person [A-Z]/);
      expect(mainText()).not.toContain('Reflection written by');
      await user.keyboard('{ArrowRight}');
    }
  });

  it('shows the agreed score, the target, the gap and the actions', async () => {
    const { user } = await renderApp('#/group/present');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    const agreed = screen.getByRole('table', { name: /The gap is the target/ });
    const governance = within(agreed).getByRole('rowheader', { name: 'Governance' }).parentElement!;
    const cells = within(governance)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(1)).toEqual(['55.0', '70.0', '+15.0']);
    await user.keyboard('{ArrowRight}');
    const actions = screen.getByRole('table', { name: 'In the order agreed.' });
    const row = within(actions).getByRole('rowheader', {
      name: 'Write down who decides what',
    }).parentElement!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Governance', 'Partnership manager', '31 March 2027', 'Under way']);
  });

  it('keeps comments off until the facilitator turns them on, and shows them with no names', async () => {
    const { user } = await renderApp('#/group/present');
    const toggle = screen.getByRole('checkbox', { name: 'Show comments' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(position()).toBe('View 1 of 6');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(heading()).toHaveTextContent('What people wrote');
    for (let i = 0; i < SECTORS.length; i += 1)
      expect(screen.getByText(reflection(i))).toBeInTheDocument();
    expect(mainText()).not.toMatch(/Person [A-Z]/);
    expect(mainText()).not.toContain('Resident or community member');
    // Turned off again on that view: back to the last view there is.
    await user.click(toggle);
    expect(heading()).toHaveTextContent('Actions so far');
    expect(mainText()).not.toContain('Reflection written by');
  });

  it('offers no comments with fewer than 3 people', async () => {
    resetStores();
    startSession(bank, { id: 'session-2', partnershipName: 'Pair', date: '2026-11-26' });
    addResponses(
      [0, 1].map((i) => ({ source: `r${i}`, result: { ok: true, response: respondent(i) } })),
    );
    await renderApp('#/group/present');
    expect(screen.queryByRole('checkbox', { name: 'Show comments' })).toBeNull();
    expect(screen.getByText('Comments are shown only with 3 or more people.')).toBeInTheDocument();
    expect(
      screen.getByText('With fewer than 3 people, answers may be easy to tell apart.'),
    ).toBeInTheDocument();
  });

  it('passes axe on every view', async () => {
    const { user } = await renderApp('#/group/present');
    await user.click(screen.getByRole('checkbox', { name: 'Show comments' }));
    for (let view = 1; view <= 6; view += 1) {
      expect(await axeViolations(), `view ${view}`).toEqual([]);
      await user.keyboard('{ArrowRight}');
    }
  });

  it('is closed while the device is passed round', async () => {
    startPassingDevice('a passcode', useGroupStore.getState().session!.session);
    await renderApp('#/group/present');
    expect(heading()).toHaveTextContent('The group pages are closed');
    expect(mainText()).not.toContain('have handed in');
  });

  it('speaks Welsh', async () => {
    await switchLanguage('cy');
    await renderApp('#/group/present');
    expect(heading()).toHaveTextContent('Atebion a gyflwynwyd');
    expect(position()).toBe('Golwg 1 o 5');
    expect(screen.getByRole('button', { name: 'Nesaf' })).toBeInTheDocument();
  });
});

describe('the facilitator pack', () => {
  it('has the agenda, the handout with the session’s link, and the action-plan template', async () => {
    await renderApp('#/group/pack');
    expect(heading()).toHaveTextContent('Facilitator pack');
    expect(screen.getByRole('button', { name: 'Print the pack' })).toBeInTheDocument();
    const agenda = screen.getByRole('table', { name: 'A running order with timings' });
    const stages = within(agenda)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[0]!.textContent);
    expect(new Set(stages)).toEqual(new Set(['Awareness', 'Consensus', 'Improvement planning']));
    expect(within(agenda).getAllByRole('rowheader').at(-1)).toHaveTextContent('115 to 120 minutes');
    expect(document.getElementById('pack-link')?.textContent).toMatch(/#\/join\?s=[\w-]+/);
    expect(screen.getAllByText('Test Partnership, 26 November 2026').length).toBe(3);
    const template = screen.getByRole('table', { name: /Action-plan template/ });
    expect(
      within(template)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'No.',
      'What we will do',
      'Area',
      'Who leads',
      'By when',
      'Status',
      'How we will know it worked',
      'Resources needed',
    ]);
    expect(within(template).getAllByRole('row')).toHaveLength(9);
    expect(
      screen.getByText(
        'Who leads: an organisation or a role. Leave out the names of people who are not in the room.',
      ),
    ).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });

  it('names the session’s label when it has one', async () => {
    resetStores();
    startTen('Board away day');
    await renderApp('#/group/pack');
    expect(screen.getAllByText('Test Partnership, Board away day, 26 November 2026').length).toBe(
      3,
    );
  });

  it('works with no session: a space for the link instead', async () => {
    resetStores();
    await renderApp('#/group/pack');
    expect(heading()).toHaveTextContent('Facilitator pack');
    expect(document.getElementById('pack-link')).toBeNull();
    expect(screen.getByText('a space to write the link')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a session' })).toHaveAttribute(
      'href',
      '#/group',
    );
    expect(screen.getByRole('table', { name: 'A running order with timings' })).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('stays open while the device is passed round: it holds nobody’s answers', async () => {
    startPassingDevice('a passcode', useGroupStore.getState().session!.session);
    await renderApp('#/group/pack');
    expect(heading()).toHaveTextContent('Facilitator pack');
  });
});
