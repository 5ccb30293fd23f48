/**
 * The question fields as a person meets them: GOV.UK character counts on every limited text
 * field, text past its limit kept (and refused on Continue), "None of these" standing alone as
 * GOV.UK's exclusive checkboxes do, and the checkbox hint said once.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChoiceItem, TextItem } from '../../src/domain/bank/bank-schema';
import { allItems } from '../../src/domain/bank/bank-queries';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, startSession } from '../../src/state/group-actions';
import { readStoredAssessment, STORE_VERSION } from '../../src/state/stored-assessment';
import { emptyAssessment } from '../../src/state/assessment-store';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const reflection = bank.sections.find((s) => s.id === 'reflection')!;
const text = reflection.pages[0]!.items.find((i): i is TextItem => i.kind === 'text')!;
const culture = bank.sections.find((s) => s.id === 'culture')!;
const cultureLast = culture.pages.at(-1)!;
const starting = allItems(bank).find((i) => i.id === 'starting-conditions') as ChoiceItem;
const why = bank.sections.find((s) => s.id === 'why')!;

beforeEach(() => resetStores());

/** The character count beside a field: the visible count and its error state. */
function countFor(id: string) {
  const field = document.getElementById(id)!;
  const wrapper = field.closest('.govuk-character-count')!;
  const status = wrapper.querySelector('.govuk-character-count__status')!;
  return { field, wrapper, status };
}

describe('a free-text question', () => {
  it('counts characters as GOV.UK does, keeps text past the limit and refuses it on Continue', async () => {
    const { user } = await renderApp(`#/section/reflection/${reflection.pages[0]!.id}`);
    const limit = text.maxLength.toLocaleString('en-GB');
    const { field, wrapper, status } = countFor(text.id);
    expect(wrapper).toHaveAttribute('data-module', 'govuk-character-count');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining(`You can enter up to ${limit} characters`),
    );
    expect(status).toHaveTextContent(`You have ${limit} characters remaining`);
    expect(status).toHaveAttribute('aria-hidden', 'true');
    expect(status).toHaveClass('govuk-hint');

    await user.click(field);
    await user.paste('a'.repeat(text.maxLength + 5));
    expect(status).toHaveTextContent('You have 5 characters too many');
    expect(status).toHaveClass('govuk-error-message');
    expect(field).toHaveClass('govuk-textarea--error');
    // The screen reader hears it once typing pauses, politely.
    const live = wrapper.querySelector('[aria-live="polite"]')!;
    await waitFor(() => expect(live).toHaveTextContent('You have 5 characters too many'), {
      timeout: 3000,
    });

    // Saved as typed: nothing is cut off.
    expect(useAssessmentStore.getState().answers[text.id]).toBe('a'.repeat(text.maxLength + 5));

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const message = `Your answer to ‘${text.text}’ must be ${limit} characters or fewer`;
    expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect((field as HTMLTextAreaElement).value).toHaveLength(text.maxLength + 5);
  });

  it('shows saved text past the limit when the page is opened again, with the count', async () => {
    useAssessmentStore.setState({ answers: { [text.id]: 'b'.repeat(text.maxLength + 1) } });
    await renderApp(`#/section/reflection/${reflection.pages[0]!.id}`);
    const { field, status } = countFor(text.id);
    expect((field as HTMLTextAreaElement).value).toHaveLength(text.maxLength + 1);
    expect(status).toHaveTextContent('You have 1 character too many');
  });
});

describe('saved data with text past its limit', () => {
  it('still loads: a comment and an answer longer than their fields allow', () => {
    const state = {
      ...emptyAssessment('2026-01-01T00:00:00.000Z'),
      bankId: bank.id,
      bankVersion: bank.version,
      answers: { [text.id]: 'a'.repeat(5_500) },
      comments: { culture: 'c'.repeat(7_000) },
    };
    const read = readStoredAssessment(JSON.stringify({ state, version: STORE_VERSION }));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.state.comments.culture).toHaveLength(7_000);
      expect(read.state.answers[text.id]).toHaveLength(5_500);
    }
  });
});

describe('the section comment', () => {
  it('counts to 2,000, keeps what is typed past it, and refuses it on Continue', async () => {
    const { user } = await renderApp(`#/section/culture/${cultureLast.id}`);
    const { field, status } = countFor('section-comment');
    expect(status).toHaveTextContent('You have 2,000 characters remaining');
    await user.click(field);
    await user.paste('c'.repeat(2_003));
    expect(status).toHaveTextContent('You have 3 characters too many');
    expect(useAssessmentStore.getState().comments.culture).toHaveLength(2_003);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Your comment must be 2,000 characters or fewer',
      }),
    ).toBeInTheDocument();
  });
});

describe('a question where several answers can be chosen', () => {
  it('says “Select all that apply.” once', async () => {
    for (const page of why.pages) {
      const { unmount } = await renderApp(`#/section/why/${page.id}`);
      const hints = Array.from(document.querySelectorAll('.govuk-hint'), (h) => h.textContent);
      expect(hints.filter((h) => /all that apply/i.test(h ?? ''))).toEqual([
        'Select all that apply.',
      ]);
      unmount();
    }
  });

  it('lets “None of these” stand alone: ticking it clears the others, and the others clear it', async () => {
    const { user } = await renderApp(`#/section/why/${starting.id}`);
    const none = screen.getByRole('checkbox', { name: 'None of these' });
    const first = screen.getByRole('checkbox', { name: starting.options[0]!.label });
    const second = screen.getByRole('checkbox', { name: starting.options[1]!.label });
    expect(none).toHaveAttribute('data-behaviour', 'exclusive');
    await user.click(first);
    await user.click(second);
    await user.click(none);
    expect(none).toBeChecked();
    expect(first).not.toBeChecked();
    expect(second).not.toBeChecked();
    await waitFor(() =>
      expect(useAssessmentStore.getState().answers[starting.id]).toEqual(['none-of-these']),
    );
    await user.click(first);
    expect(none).not.toBeChecked();
    await waitFor(() =>
      expect(useAssessmentStore.getState().answers[starting.id]).toEqual([starting.options[0]!.id]),
    );
    // Don't know stands alone too, and clears "None of these".
    await user.click(none);
    await user.click(screen.getByRole('checkbox', { name: bank.scale.dontKnow }));
    expect(none).not.toBeChecked();
    await waitFor(() => expect(useAssessmentStore.getState().answers[starting.id]).toBe('dk'));
  });

  it('puts the options that stand alone after an “or”', async () => {
    await renderApp(`#/section/why/${starting.id}`);
    const labels = Array.from(
      document.querySelectorAll('.govuk-checkboxes__label, .govuk-checkboxes__divider'),
      (e) => e.textContent,
    );
    expect(labels.slice(-3)).toEqual(['or', 'None of these', bank.scale.dontKnow]);
  });
});

describe('group session fields', () => {
  it('count the partnership name and session label against 80 characters', async () => {
    const { user } = await renderApp('#/group');
    for (const id of ['partnershipName', 'label']) {
      const { field, status } = countFor(id);
      expect(status).toHaveTextContent('You have 80 characters remaining');
      await user.click(field);
      await user.paste('p'.repeat(82));
      expect(status).toHaveTextContent('You have 2 characters too many');
    }
    await user.click(screen.getByRole('button', { name: 'Create session' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The partnership’s name must be 80 characters or fewer');
    expect(summary).toHaveTextContent('The session label must be 80 characters or fewer');
  });

  it('count the consensus reason and each part of an action in the group’s plan', async () => {
    startSession(bank, { id: 's1', partnershipName: 'Test', date: '2026-11-26' });
    addResponses([]);
    const { user } = await renderApp('#/group/consensus');
    const dimension = bank.dimensions[0]!;
    expect(countFor(`${dimension.id}-rationale`).status).toHaveTextContent(
      'You have 2,000 characters remaining',
    );
    // The group's action plan: each part of an action in its form is counted.
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await screen.findByLabelText('What will be done');
    expect(countFor('group-plan-new-what').status).toHaveTextContent(
      'You have 500 characters remaining',
    );
    expect(countFor('group-plan-new-lead').status).toHaveTextContent(
      'You have 200 characters remaining',
    );
    expect(countFor('group-plan-new-measure').status).toHaveTextContent(
      'You have 1,000 characters remaining',
    );
    await user.click(document.getElementById('group-plan-new-what')!);
    await user.paste('w'.repeat(501));
    expect(countFor('group-plan-new-what').status).toHaveTextContent(
      'You have 1 character too many',
    );
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('What action 1 is must be 500 characters or fewer');
  });
});
