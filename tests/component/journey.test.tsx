/**
 * The questionnaire as a user meets it in jsdom: real bank, real store, queries by role and
 * label. The browser tests repeat the whole journey with the keyboard in Chromium.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { STORAGE_KEY } from '../../src/state/stored-assessment';
import { builtInBank, go, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const culture = bank.sections.find((s) => s.id === 'culture')!;
const firstCulturePage = culture.pages[0]!;
const firstCultureItem = firstCulturePage.items[0]!;

beforeEach(() => {
  resetStores();
});

describe('start page', () => {
  it('says what the tool is, how long it takes and that nothing leaves the device', async () => {
    await renderApp('#/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Assess how your partnership works together' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`It takes ${bank.minutes.min} to ${bank.minutes.max} minutes.`, {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Your answers stay on this device' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Start now/ })).toHaveAttribute('href', '#/tasks');
    expect(document.title).toBe('Assess how your partnership works together – Rally');
  });

  it('offers to continue where the user left off once they have answered something', async () => {
    useAssessmentStore.setState({
      answers: { [firstCultureItem.id]: 4 },
      position: { sectionId: 'culture', pageId: firstCulturePage.id },
    });
    await renderApp('#/');
    expect(screen.getByText('You have answered 1 question so far.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue where you left off' })).toHaveAttribute(
      'href',
      `#/section/culture/${firstCulturePage.id}`,
    );
  });
});

describe('task list', () => {
  it('lists every section with its status', async () => {
    await renderApp('#/tasks');
    const list = screen
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('govuk-task-list__item'));
    expect(list).toHaveLength(bank.sections.length);
    for (const section of bank.sections) {
      const link = screen.getByRole('link', { name: new RegExp(`^${section.title}`) });
      expect(link).toHaveAccessibleDescription(`${section.summary} Not yet started`);
    }
    expect(
      screen.getByText(`You have completed 0 of ${bank.sections.length} sections.`),
    ).toBeInTheDocument();
  });

  it('shows a section as in progress, then completed, as its answers arrive', async () => {
    const items = culture.pages.flatMap((p) => p.items);
    useAssessmentStore.setState({ answers: { [items[0]!.id]: 3 } });
    const { unmount } = await renderApp('#/tasks');
    expect(screen.getByRole('link', { name: culture.title })).toHaveAccessibleDescription(
      `${culture.summary} In progress`,
    );
    unmount();
    useAssessmentStore.setState({ answers: Object.fromEntries(items.map((i) => [i.id, 'dk'])) });
    await renderApp('#/tasks');
    expect(screen.getByRole('link', { name: culture.title })).toHaveAccessibleDescription(
      `${culture.summary} Completed`,
    );
  });
});

describe('a page of agreement statements', () => {
  it('shows every statement as radios with Don’t know and Not applicable, and saves each answer at once', async () => {
    const { user } = await renderApp(`#/section/culture/${firstCulturePage.id}`);
    expect(
      screen.getByRole('heading', { level: 1, name: firstCulturePage.title! }),
    ).toBeInTheDocument();
    for (const item of firstCulturePage.items) {
      const group = screen.getByRole('group', { name: item.text });
      const radios = within(group).getAllByRole('radio');
      expect(radios.map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
        ...bank.scale.points.map((p) => p.label),
        bank.scale.dontKnow,
        bank.scale.notApplicable,
      ]);
    }
    const group = screen.getByRole('group', { name: firstCultureItem.text });
    await user.click(within(group).getByRole('radio', { name: 'Agree' }));
    // Saved without pressing Continue: autosave on every change.
    expect(useAssessmentStore.getState().answers[firstCultureItem.id]).toBe(4);
    await waitFor(() =>
      expect(
        JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.answers[firstCultureItem.id],
      ).toBe(4),
    );
  });

  it('stops Continue with an error summary that takes focus and links to each unanswered statement', async () => {
    const { user } = await renderApp(`#/section/culture/${firstCulturePage.id}`);
    await user.click(
      within(screen.getByRole('group', { name: firstCultureItem.text })).getByRole('radio', {
        name: 'Agree',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(firstCulturePage.items.length - 1);
    expect(document.title).toMatch(/^Error: /);
    await user.click(links[0]!);
    expect(document.getElementById(firstCulturePage.items[1]!.id)).toHaveFocus();
    // The message also sits beside the field it belongs to.
    const group = screen.getByRole('group', { name: firstCulturePage.items[1]!.text });
    expect(within(group).getByText(/Select how much you agree/)).toBeInTheDocument();
  });

  it('moves to the next page of the section when every statement is answered', async () => {
    const { user } = await renderApp(`#/section/culture/${firstCulturePage.id}`);
    for (const item of firstCulturePage.items) {
      await user.click(
        within(screen.getByRole('group', { name: item.text })).getByRole('radio', {
          name: bank.scale.dontKnow,
        }),
      );
    }
    await go(user, 'Continue', culture.pages[1]!.title!);
    expect(window.location.hash).toBe(`#/section/culture/${culture.pages[1]!.id}`);
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      `#/section/culture/${firstCulturePage.id}`,
    );
  });

  it('offers an optional comment on the last page of a section and saves it', async () => {
    const last = culture.pages[culture.pages.length - 1]!;
    const { user } = await renderApp(`#/section/culture/${last.id}`);
    const box = screen.getByRole('textbox', {
      name: /Anything to add about culture\? \(optional\)/,
    });
    await user.type(box, 'Trust took two years to build.');
    expect(useAssessmentStore.getState().comments.culture).toBe('Trust took two years to build.');
  });
});

describe('choice questions', () => {
  it('puts a single choice question on its own page with the question as the heading', async () => {
    const item = bank.sections.find((s) => s.id === 'shape')!.pages[0]!.items[0]!;
    await renderApp('#/section/shape/type-initiator');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(item.text);
    expect(screen.getByRole('radio', { name: bank.scale.dontKnow })).toBeInTheDocument();
  });

  it('treats Don’t know as exclusive in a multiple choice question', async () => {
    const item = bank.sections.find((s) => s.id === 'why')!.pages[0]!.items[0]!;
    if (item.kind !== 'choice') throw new Error('expected a choice item');
    const { user } = await renderApp('#/section/why/justifications');
    const first = screen.getByRole('checkbox', { name: item.options[0]!.label });
    const dk = screen.getByRole('checkbox', { name: bank.scale.dontKnow });
    await user.click(first);
    expect(useAssessmentStore.getState().answers[item.id]).toEqual([item.options[0]!.id]);
    await user.click(dk);
    expect(first).not.toBeChecked();
    expect(useAssessmentStore.getState().answers[item.id]).toBe('dk');
    await user.click(first);
    expect(dk).not.toBeChecked();
    expect(useAssessmentStore.getState().answers[item.id]).toEqual([item.options[0]!.id]);
  });

  it('asks the accountability grid as one group of radios per row', async () => {
    const item = bank.sections.find((s) => s.id === 'learning')!.pages[0]!.items[0]!;
    if (item.kind !== 'grid') throw new Error('expected a grid item');
    const { user } = await renderApp('#/section/learning/accountability-mix');
    for (const row of item.rows)
      expect(screen.getByRole('group', { name: row.label })).toBeInTheDocument();
    const row = item.rows[0]!;
    await user.click(
      within(screen.getByRole('group', { name: row.label })).getByRole('radio', {
        name: item.options[1]!.label,
      }),
    );
    expect(useAssessmentStore.getState().answers[item.id]).toEqual({
      [row.id]: item.options[1]!.id,
    });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(item.rows.length - 1);
  });

  it('marks optional questions "(optional)" and lets the user continue without them', async () => {
    const { user } = await renderApp('#/section/about/about-partnership');
    expect(screen.getAllByRole('textbox', { name: /\(optional\)$/ })).toHaveLength(2);
    await go(user, 'Continue');
    await waitFor(() => expect(window.location.hash).toBe('#/section/about/about-you'));
  });
});

describe('check your answers', () => {
  it('shows every answer with a Change link that comes back here', async () => {
    useAssessmentStore.setState({
      answers: { [firstCultureItem.id]: 5 },
      comments: { culture: 'Going well' },
    });
    const { user } = await renderApp('#/check');
    const row = screen
      .getAllByText(firstCultureItem.text)
      .map((el) => el.closest<HTMLElement>('.govuk-summary-list__row'))
      .find((el): el is HTMLElement => el !== null)!;
    expect(within(row).getByText('Strongly agree')).toBeInTheDocument();
    expect(screen.getByText('Going well')).toBeInTheDocument();
    // The link's hidden text names the question (jsdom drops the space browsers keep).
    const change = within(row).getByRole('link', {
      name: new RegExp(`^Change ?${firstCultureItem.text.slice(0, 20)}`),
    });
    expect(change).toHaveTextContent(`Change ${firstCultureItem.text}`);
    expect(change).toHaveAttribute('href', `#/section/culture/${firstCulturePage.id}?from=check`);
    await user.click(change);
    window.location.hash = change.getAttribute('href')!;
    await screen.findByRole('heading', { level: 1, name: firstCulturePage.title! });
    for (const item of firstCulturePage.items.slice(1)) {
      await user.click(
        within(screen.getByRole('group', { name: item.text })).getByRole('radio', {
          name: 'Disagree',
        }),
      );
    }
    await go(user, 'Save and return to check your answers', 'Check your answers');
    expect(window.location.hash).toBe('#/check');
  });

  it('lists unanswered questions', async () => {
    await renderApp('#/check');
    const required = bank.sections
      .flatMap((s) => s.pages.flatMap((p) => p.items))
      .filter((i) => i.required).length;
    expect(
      screen.getByRole('heading', { name: `${required} questions are not answered yet` }),
    ).toBeInTheDocument();
  });
});

describe('deleting answers', () => {
  it('removes every answer from the device after the user confirms', async () => {
    useAssessmentStore.setState({ answers: { [firstCultureItem.id]: 2 } });
    const { user } = await renderApp('#/delete');
    await user.click(screen.getByRole('button', { name: 'Delete my answers' }));
    expect(
      await screen.findByRole('heading', { name: 'Your answers have been deleted' }),
    ).toBeInTheDocument();
    expect(useAssessmentStore.getState().answers).toEqual({});
    expect(
      JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"state":{"answers":{}}}').state.answers,
    ).toEqual({});
  });
});
