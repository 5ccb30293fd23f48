/** Storage faults as the user meets them: a full device, and a second tab saving answers. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { answerItem } from '../../src/state/assessment-actions';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { STORAGE_KEY, STORE_VERSION } from '../../src/state/stored-assessment';
import { renderApp, resetStores } from '../helpers/app';

beforeEach(() => resetStores());

describe('when saving fails', () => {
  it('warns on every page and offers the answers as a file', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await renderApp('#/tasks');
      answerItem('culture-share-risk', 4);
      const banner = await screen.findByRole('alert');
      expect(
        within(banner).getByRole('heading', { name: 'Your answers are not being saved' }),
      ).toBeInTheDocument();
      expect(
        within(banner).getByText('This device has run out of space for saved answers.'),
      ).toBeInTheDocument();
      expect(
        within(banner).getByRole('button', { name: 'Download your answers' }),
      ).toBeInTheDocument();
      // The answer is still held in the page.
      expect(useAssessmentStore.getState().answers['culture-share-risk']).toBe(4);
    } finally {
      Storage.prototype.setItem = original;
    }
    answerItem('culture-share-risk', 5);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

describe('with two tabs open', () => {
  it('takes in answers saved by the other tab instead of overwriting them', async () => {
    answerItem('culture-share-risk', 2);
    await renderApp('#/tasks');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!);
    saved.state.answers['culture-share-risk'] = 5;
    saved.state.answers['infra-meetings'] = 3;
    const value = JSON.stringify({ ...saved, version: STORE_VERSION });
    localStorage.setItem(STORAGE_KEY, value);
    window.dispatchEvent(
      new StorageEvent('storage', { key: STORAGE_KEY, newValue: value, storageArea: localStorage }),
    );
    await waitFor(() =>
      expect(useAssessmentStore.getState().answers).toMatchObject({
        'culture-share-risk': 5,
        'infra-meetings': 3,
      }),
    );
    answerItem('culture-frontline-decide', 1);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).state.answers['infra-meetings']).toBe(3);
  });
});
