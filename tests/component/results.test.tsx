/**
 * The results page as a user reads it: reflections shown, ties said as ties, counts in good
 * grammar, and nothing shown for a part the question bank does not ask about.
 */
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
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

  it('offers the PDF as "Summary (2 pages)" or "Full report", the full report chosen to start with', async () => {
    const { answers } = fixture('council-clear');
    useAssessmentStore.setState({ answers: answers as never });
    await renderApp('#/results');
    const group = screen.getByRole('group', { name: 'What should the PDF hold?' });
    const summary = within(group).getByRole('radio', { name: 'Summary (2 pages)' });
    const full = within(group).getByRole('radio', { name: 'Full report' });
    expect(full).toBeChecked();
    expect(summary).not.toBeChecked();
    expect(summary).toHaveAccessibleDescription(
      'For a board: the type of partnership, the scores and targets, the three areas to work on first and the top actions.',
    );
    summary.click();
    await waitFor(() => expect(summary).toBeChecked());
    expect(full).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Download the PDF' })).toBeInTheDocument();
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

describe('the results page in Welsh', () => {
  /** English headings and sentences of the page; none may be left once Welsh is chosen. */
  const ENGLISH = [
    'Your results',
    'Save or share your results',
    'What kind of collaboration is this?',
    'How closely each type fits',
    'How your partnership stands on six areas',
    'Scores by area',
    'Strengths and priorities',
    'How the partnership is governed',
    'Leadership roles',
    'How you use evidence',
    'The partnership’s context',
    'Where this comes from',
    'Download the PDF',
    'Summary (2 pages)',
    'Full report',
    'What should the PDF hold?',
    'These results are a guide for discussion',
    'You answered',
    'statements',
    'not answered',
    'Not enough answers',
    'Too few answers to say',
    'out of 100',
  ];

  it('shows Welsh headings, counts in two plural forms and Welsh messages, with none of its English left', async () => {
    // One statement not applicable and two not answered: "1 yn ..." (one) and "2 heb eu
    // hateb" (two). The shape questions unanswered, so the type is "too few to say".
    const { answers } = fixture('council-clear');
    const agreement = bank.sections
      .flatMap((s) => s.pages.flatMap((p) => p.items))
      .filter((i) => i.kind === 'agreement');
    const shape = bank.sections.find((s) => s.id === 'shape')!;
    const changed: Record<string, unknown> = { ...answers };
    for (const page of shape.pages)
      for (const item of page.items) if (item.kind !== 'agreement') delete changed[item.id];
    changed[agreement[0]!.id] = 'na';
    delete changed[agreement[1]!.id];
    delete changed[agreement[2]!.id];
    useAssessmentStore.setState({ answers: changed as never });
    const { user } = await renderApp('#/results');
    await user.click(screen.getByRole('link', { name: /^Cymraeg/ }));
    await waitFor(() => expect(document.documentElement.lang).toBe('cy'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Eich canlyniadau' }),
    ).toBeInTheDocument();
    expect(document.title).toMatch(/^Eich canlyniadau/);
    const total = agreement.length;
    expect(document.getElementById('answer-counts')).toHaveTextContent(
      `Rydych chi wedi ateb ${total - 3} o ${total} datganiad. 1 yn “Ddim yn berthnasol” a 2 heb eu hateb. Nid yw’r un o’r rhain yn newid sgôr.`,
    );
    // Too few shape answers: the Welsh message, with its count.
    expect(screen.getByText('Rhy ychydig o atebion i ddweud')).toBeInTheDocument();
    expect(document.body.textContent).toMatch(/Mae angen o leiaf \d+ i awgrymu math\./);
    for (const heading of [
      'Pa fath o gydweithio yw hwn?',
      'Sut mae eich partneriaeth yn sefyll ar chwe maes',
      'Cryfderau a blaenoriaethau',
      'Cadw neu rannu eich canlyniadau',
    ])
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Sgoriau fesul maes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lawrlwytho’r PDF' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Adroddiad llawn' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Crynodeb (2 dudalen)' })).not.toBeChecked();

    const text = document.querySelector('main')!.textContent ?? '';
    for (const english of ENGLISH) expect(text, english).not.toContain(english);
  });
});
