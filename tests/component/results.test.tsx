/**
 * The results page as a user reads it: reflections shown, ties said as ties, counts in good
 * grammar, and nothing shown for a part the question bank does not ask about.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { chooseCustomBank } from '../../src/state/bank-store';
import { makeBankWithoutChoices } from '../helpers/make-bank';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const fixture = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as {
    answers: Record<string, unknown>;
    comments: Record<string, string>;
  };

beforeEach(() => resetStores());

describe('the results page', () => {
  it('shows the reflections that section 8 promises, each under its question', async () => {
    const { answers, comments } = fixture('council-clear');
    useAssessmentStore.setState({ answers: answers as never, comments });
    await renderApp('#/results');
    const section = screen.getByRole('region', { name: 'Your reflections' });
    const items = bank.sections.find((s) => s.id === 'reflection')!.pages[0]!.items;
    for (const item of items) {
      const answer = answers[item.id];
      if (typeof answer === 'string')
        expect(within(section).getByText(item.text).nextElementSibling).toHaveTextContent(answer);
      else expect(within(section).queryByText(item.text)).toBeNull();
    }
  });

  it('says a tie for the strongest area as a tie', async () => {
    // Every agreement item answered 4 except governance (all 5) and culture (all 5, the
    // reversed item 1): governance and culture share the top score of 100.
    const answers: Record<string, unknown> = {};
    for (const s of bank.sections)
      for (const p of s.pages)
        for (const i of p.items)
          if (i.kind === 'agreement')
            answers[i.id] =
              i.dimension === 'governance' || i.dimension === 'culture' ? (i.reverse ? 1 : 5) : 4;
    useAssessmentStore.setState({ answers: answers as never });
    await renderApp('#/results');
    expect(document.getElementById('strongest-weakest')).toHaveTextContent(
      'Governance and culture share the highest score (100.0).',
    );
  });

  it('writes "1 was Not applicable", never "1 were"', async () => {
    const { answers } = fixture('council-clear');
    const first = bank.sections
      .flatMap((s) => s.pages.flatMap((p) => p.items))
      .find((i) => i.kind === 'agreement')!;
    useAssessmentStore.setState({ answers: { ...answers, [first.id]: 'na' } as never });
    await renderApp('#/results');
    const counts = document.getElementById('answer-counts')!;
    expect(counts).toHaveTextContent(/\b1 was Not applicable\b/);
    expect(document.body.textContent).not.toMatch(/\b1 were\b/);
  });
});

describe('a question bank with no choice items', () => {
  const noChoices = makeBankWithoutChoices();

  it('leaves out the type, governance, evidence and context sections instead of showing them empty', async () => {
    chooseCustomBank(noChoices, '{}');
    useAssessmentStore.setState({ answers: { g1: 4, g2: 4, g3: 5 } });
    await renderApp('#/results');
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    for (const heading of [
      'What kind of collaboration is this?',
      'How the partnership is governed',
      'How you use evidence',
      'The partnership’s context',
    ])
      expect(screen.queryByRole('heading', { name: heading })).toBeNull();
    // Parts it does ask about stay.
    expect(screen.getByRole('heading', { name: 'Leadership roles' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Scores by area' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/\b0 of (the )?0\b/);
  });

  it('the built-in bank, which asks about every part, shows them all', async () => {
    await renderApp('#/results');
    for (const heading of [
      'What kind of collaboration is this?',
      'How the partnership is governed',
      'How you use evidence',
      'The partnership’s context',
    ])
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
  });
});
