/** A second question bank, loaded from a file in the browser, with its answers kept apart. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerItem } from '../../src/state/assessment-actions';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { CUSTOM_BANK_KEY, chooseBuiltInBank, useBankStore } from '../../src/state/bank-store';
import { builtInBank, renderApp, resetStores } from '../helpers/app';
import { shortBankBundle } from '../helpers/short-bank';

beforeEach(() => resetStores());

describe('using a different question bank', () => {
  it('checks the file, shows what it holds, switches, and keeps each bank’s answers apart', async () => {
    answerItem('culture-share-risk', 2);
    const { user } = await renderApp('#/bank');
    const file = new File([await shortBankBundle()], 'short.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Upload a question bank file (.json)'), file);
    const list = await screen.findByText('rally-short 1.0.0');
    expect(list).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use this question bank' }));
    await waitFor(() => expect(useBankStore.getState().custom?.id).toBe('rally-short'));
    expect(localStorage.getItem(CUSTOM_BANK_KEY)).toContain('"rally-short"');
    expect(useAssessmentStore.getState().bankId).toBe('rally-short');
    expect(useAssessmentStore.getState().answers).toEqual({});
    answerItem('culture-share-risk', 5);

    chooseBuiltInBank(builtInBank());
    expect(useAssessmentStore.getState().bankId).toBe('rally-core');
    expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(2);
  });

  it('lists each problem in a broken bank file and changes nothing', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    bundle.bank.scoring.bands = [];
    bundle.sections[0].pages = 'none';
    const { user } = await renderApp('#/bank');
    await user.upload(
      screen.getByLabelText('Upload a question bank file (.json)'),
      new File([JSON.stringify(bundle)], 'bad.json'),
    );
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText(
        'The bank’s settings, “scoring”: the “bands” field must have at least 2 entries',
      ),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText(
        'Section 1 (“about”): the “pages” field must be a list (in square brackets)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/npm|bank:bundle/)).toBeNull();
    expect(useBankStore.getState().custom).toBeNull();
    expect(localStorage.getItem(CUSTOM_BANK_KEY)).toBeNull();
  });
});
