/**
 * Targets and the action plan as a user meets them (issue 12, parts 2 and 3): the target
 * control, the action-plan editor (add, change, move, remove and undo, the form's messages),
 * and their wiring into the results page (the respondent's own targets and plan) and the
 * consensus page (the group's), found by role and label.
 */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { planState, type Action, type PlanState } from '../../src/domain/plan/action-plan';
import { NO_TARGET, type TargetChoice } from '../../src/domain/plan/target-choice';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { ActionPlanEditor } from '../../src/features/plan/action-plan-editor';
import { TargetControl } from '../../src/features/plan/target-control';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, startSession } from '../../src/state/group-actions';
import { useGroupStore } from '../../src/state/group-store';
import { axeViolations, builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const governance = bank.dimensions.find((d) => d.id === 'governance')!.name;
const culture = bank.dimensions.find((d) => d.id === 'culture')!.name;

beforeEach(() => resetStores());

function Target({ current, start = NO_TARGET }: { current: number | null; start?: TargetChoice }) {
  const [value, setValue] = useState(start);
  return (
    <TargetControl
      idPrefix="t"
      legend={governance}
      bank={bank}
      current={current}
      currentWords="Your score now"
      value={value}
      onChange={setValue}
    />
  );
}

describe('the target control', () => {
  it('offers each band above the lowest, another score and no target, and says the gap in words', async () => {
    const user = userEvent.setup();
    render(<Target current={62.5} />);
    const group = screen.getByRole('group', { name: governance });
    expect(within(group).getByText('Your score now: 62.5 (Developing).')).toBeInTheDocument();
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.nextElementSibling?.textContent)).toEqual([
      'Aim for Strength (score 75)',
      'Aim for Developing (score 50)',
      'Another score',
      'No target',
    ]);
    expect(screen.getByRole('radio', { name: 'No target' })).toBeChecked();
    expect(screen.queryByText(/Gap:/)).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Aim for Strength (score 75)' }));
    expect(screen.getByText(/Gap:/).parentElement).toHaveTextContent('Gap: 12.5 points to go');
    await user.click(screen.getByRole('radio', { name: 'Aim for Developing (score 50)' }));
    expect(screen.getByText(/Gap:/).parentElement).toHaveTextContent('Gap: Target met');

    // Another score: the number field is shown only when chosen (GOV.UK's hidden class).
    const conditional = () =>
      screen.getByLabelText('Target score, 0 to 100').closest('.govuk-radios__conditional');
    expect(conditional()).toHaveClass('govuk-radios__conditional--hidden');
    await user.click(screen.getByRole('radio', { name: 'Another score' }));
    expect(conditional()).not.toHaveClass('govuk-radios__conditional--hidden');
    const score = screen.getByLabelText('Target score, 0 to 100');
    await user.type(score, '63.5');
    expect(screen.getByText(/Gap:/).parentElement).toHaveTextContent('Gap: 1 point to go');
  });

  it('shows a target read from a file that is not a band’s lowest score as another score', () => {
    render(<Target current={null} start={{ choice: 'score', score: '70' }} />);
    expect(screen.getByRole('radio', { name: 'Another score' })).toBeChecked();
    expect(screen.getByLabelText('Target score, 0 to 100')).toHaveValue('70');
    expect(screen.getByText('Your score now: no score yet.')).toBeInTheDocument();
    expect(screen.getByText(/Gap:/).parentElement).toHaveTextContent(
      'Gap: No score yet to measure from',
    );
  });
});

function Editor({ start = [] }: { start?: Action[] }) {
  const [plan, setPlan] = useState<PlanState>(() => planState(start));
  let n = 0;
  return (
    <ActionPlanEditor
      bank={bank}
      idPrefix="plan"
      actions={plan.actions}
      change={(op) => setPlan((p) => op(p))}
      newId={() => `new-${Date.now()}-${++n}`}
      emptyText="No actions yet."
    />
  );
}

const action = (id: string, what: string, extra: Partial<Action> = {}): Action => ({
  id,
  what,
  dimensionId: 'governance',
  lead: 'Partnership manager',
  status: 'not-started',
  measure: '',
  ...extra,
});

const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent ?? '');

describe('the action-plan editor', () => {
  it('adds an action, with plain messages for what is missing or not a date', async () => {
    const user = userEvent.setup();
    render(<Editor />);
    expect(screen.getByText('No actions yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    // The form's code arrives a moment after the page (it is fetched apart from it).
    expect(await screen.findByLabelText('What will be done')).toHaveFocus();
    expect(
      screen.getByText(
        'Name an organisation or a role, such as “the council’s housing team” or “the board’s chair”. Leave out the names of people who are not in the room.',
      ),
    ).toBeInTheDocument();

    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2027');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual([
      'Enter what action 1 is',
      'Select the area action 1 is for',
      'The date action 1 is due must be a real date, for example 27 3 2027',
    ]);
    // Each message is beside its field too, and the summary's link goes to the field.
    expect(screen.getByLabelText('What will be done')).toHaveAccessibleDescription(
      expect.stringContaining('Enter what action 1 is'),
    );
    await user.click(within(summary).getByRole('link', { name: 'Enter what action 1 is' }));
    expect(screen.getByLabelText('What will be done')).toHaveFocus();

    await user.type(screen.getByLabelText('What will be done'), 'Agree a shared purpose');
    await user.click(screen.getByRole('radio', { name: culture }));
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '28');
    await user.click(screen.getByRole('radio', { name: 'Under way' }));
    await user.type(screen.getByLabelText('How you will know it worked'), 'Staff can say it');
    await user.click(screen.getByRole('button', { name: 'Save action' }));

    expect(titles()).toEqual(['1. Agree a shared purpose']);
    const card = screen.getByRole('heading', { name: '1. Agree a shared purpose' });
    expect(card).toHaveFocus();
    const list = card.closest('.govuk-summary-card') as HTMLElement;
    for (const text of [culture, '28 February 2027', 'Under way', 'Staff can say it'])
      expect(within(list).getByText(text)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Action added.');
  });

  it('changes an action in place, keeping what the form does not show', async () => {
    const user = userEvent.setup();
    render(<Editor start={[action('a1', 'Map who decides what', { due: '2027-03-31' })]} />);
    await user.click(screen.getByRole('button', { name: 'Change action 1' }));
    const what = await screen.findByLabelText('What will be done');
    expect(what).toHaveValue('Map who decides what');
    expect(screen.getByLabelText('Day')).toHaveValue('31');
    await user.clear(what);
    await user.type(what, 'Map and publish who decides what');
    await user.clear(screen.getByLabelText('Day'));
    await user.clear(screen.getByLabelText('Month'));
    await user.clear(screen.getByLabelText('Year'));
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(titles()).toEqual(['1. Map and publish who decides what']);
    expect(screen.getByText('No date yet')).toBeInTheDocument();
    expect(screen.getByText('Partnership manager')).toBeInTheDocument();
  });

  it('moves actions with visible buttons, announcing the move and keeping focus with the action', async () => {
    const user = userEvent.setup();
    render(
      <Editor start={[action('a1', 'First'), action('a2', 'Second'), action('a3', 'Third')]} />,
    );
    // The first has no "Move up", the last no "Move down".
    expect(screen.queryByRole('button', { name: 'Move up action 1' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Move down action 3' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Move up action 3' }));
    expect(titles()).toEqual(['1. First', '2. Third', '3. Second']);
    expect(screen.getByRole('status')).toHaveTextContent('“Third” moved to number 2 of 3.');
    expect(screen.getByRole('button', { name: 'Move up action 2' })).toHaveFocus();
    // From the keyboard: Enter on the focused button moves it again, to the top, and focus goes
    // to its "Move down" (there is no "Move up" there).
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['1. Third', '2. First', '3. Second']);
    expect(screen.getByRole('button', { name: 'Move down action 1' })).toHaveFocus();
  });

  it('removes an action and puts it back where it was with Undo', async () => {
    const user = userEvent.setup();
    render(
      <Editor start={[action('a1', 'First'), action('a2', 'Second'), action('a3', 'Third')]} />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove action 2' }));
    expect(titles().filter((t) => /^\d\./.test(t))).toEqual(['1. First', '2. Third']);
    const banner = screen.getByRole('region', { name: 'Action removed' });
    expect(banner).toHaveFocus();
    expect(within(banner).getByText('You removed “Second”.')).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Undo removing “Second”' }));
    expect(titles()).toEqual(['1. First', '2. Second', '3. Third']);
    expect(screen.queryByRole('region', { name: 'Action removed' })).toBeNull();
    expect(screen.getByRole('heading', { name: '2. Second' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('“Second” is back in the plan.');
  });
});

describe('the results page', () => {
  const fixture = JSON.parse(readFileSync('tests/fixtures/council-clear.json', 'utf8')) as {
    answers: Record<string, unknown>;
  };

  it('saves the respondent’s targets, adds target and gap columns, and keeps their actions', async () => {
    useAssessmentStore.setState({ answers: fixture.answers as never });
    const { user } = await renderApp('#/results');
    const aim = screen.getByRole('region', { name: 'Where you aim' });
    const area = within(aim).getByRole('group', { name: governance });
    await user.click(within(area).getByRole('radio', { name: 'Aim for Strength (score 75)' }));
    const another = within(aim).getByRole('group', { name: culture });
    await user.click(within(another).getByRole('radio', { name: 'Another score' }));
    await user.type(within(another).getByLabelText('Target score, 0 to 100'), 'lots');
    await user.click(within(aim).getByRole('button', { name: 'Save your targets' }));
    expect(await within(aim).findByRole('alert')).toHaveTextContent(
      `Enter the target for ${culture} as a number from 0 to 100`,
    );
    expect(useAssessmentStore.getState().targets).toEqual({});

    await user.click(within(another).getByRole('radio', { name: 'No target' }));
    await user.click(within(aim).getByRole('button', { name: 'Save your targets' }));
    expect(await within(aim).findByText('Your targets are saved.')).toBeInTheDocument();
    expect(useAssessmentStore.getState().targets).toEqual({ governance: 75 });

    const table = screen.getByRole('table', { name: 'Scores by area' });
    expect(within(table).getByRole('columnheader', { name: 'Target' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: new RegExp(governance) });
    expect(row).toHaveTextContent('75.0 (Strength)');
    expect(row).toHaveTextContent(/points? to go|Target met/);

    const actions = screen.getByRole('region', { name: 'Your actions' });
    expect(within(actions).getByText('You have not added any actions yet.')).toBeInTheDocument();
    await user.click(within(actions).getByRole('button', { name: 'Add an action' }));
    await user.type(
      await within(actions).findByLabelText('What will be done'),
      'Publish a decision log',
    );
    await user.click(within(actions).getByRole('radio', { name: governance }));
    await user.click(within(actions).getByRole('button', { name: 'Save action' }));
    expect((useAssessmentStore.getState().actions ?? []).map((a) => a.what)).toEqual([
      'Publish a decision log',
    ]);
    // No date yet: the page says there is no calendar file rather than offering an empty one.
    expect(within(actions).getByText(/No action has a date yet/)).toBeInTheDocument();
    expect(
      within(actions).getByRole('button', { name: 'Download the actions (CSV)' }),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });
});

describe('the consensus page', () => {
  beforeEach(() => {
    startSession(bank, {
      id: 'session-1',
      partnershipName: 'Test Partnership',
      date: '2026-11-26',
    });
    addResponses(
      ['council-clear', 'connector-zone', 'market-alliance'].map((n, i) => ({
        source: n,
        result: {
          ok: true,
          response: {
            ...(JSON.parse(readFileSync(`tests/fixtures/${n}.json`, 'utf8')) as ResponseEnvelope),
            responseId: `r${i}`,
          },
        },
      })),
    );
  });

  it('saves the group’s targets with what it agreed and edits the group’s plan', async () => {
    const { user } = await renderApp('#/group/consensus');
    const aim = screen.getByRole('group', { name: `Where the group aims in ${governance}` });
    await user.click(within(aim).getByRole('radio', { name: 'Another score' }));
    await user.type(within(aim).getByLabelText('Target score, 0 to 100'), '101');
    await user.click(screen.getByRole('button', { name: 'Save what we agreed' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      `The target for ${governance} must be a number from 0 to 100`,
    );
    await user.click(
      within(summary).getByRole('link', {
        name: `The target for ${governance} must be a number from 0 to 100`,
      }),
    );
    const score = within(aim).getByLabelText('Target score, 0 to 100');
    expect(score).toHaveFocus();
    await user.clear(score);
    await user.type(score, '70');
    await user.click(screen.getByRole('button', { name: 'Save what we agreed' }));
    await screen.findByText('What you agreed is saved with the session.');
    const saved = useGroupStore.getState().session!.consensus;
    expect(saved.find((c) => c.dimensionId === 'governance')!.targetScore).toBe(70);
    expect(saved.find((c) => c.dimensionId === 'culture')!.targetScore).toBeNull();

    const plan = screen.getByRole('region', { name: 'The group’s action plan' });
    await user.click(within(plan).getByRole('button', { name: 'Add an action' }));
    await user.type(
      await within(plan).findByLabelText('What will be done'),
      'Hold a joint induction',
    );
    await user.click(within(plan).getByRole('radio', { name: culture }));
    await user.type(within(plan).getByLabelText('Who leads it'), 'Workforce team');
    await user.click(within(plan).getByRole('button', { name: 'Save action' }));
    const actions = useGroupStore.getState().session!.actions;
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({
      what: 'Hold a joint induction',
      dimensionId: 'culture',
      lead: 'Workforce team',
      status: 'not-started',
    });
    // The target is on the group results too, in the table beside the radar.
    window.location.hash = '#/group/results';
    const table = await screen.findByRole('table', { name: 'Scores by area' });
    expect(within(table).getByRole('columnheader', { name: 'Group target' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: new RegExp(governance) })).toHaveTextContent(
      '70.0',
    );
  });
});
