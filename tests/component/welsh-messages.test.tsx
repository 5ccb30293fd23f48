/**
 * Messages the domain makes, in Welsh (issue 11): an import error, a problem in a bank file
 * and the reason saved data was kept aside (stored on the device in English) are shown through
 * the catalogue, with none of their English left.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { listKeptAside } from '../../src/state/device-storage';
import { KEPT_ASIDE_REASONS } from '../../src/state/stored-assessment';
import { renderApp, resetStores } from '../helpers/app';
import { shortBankBundle } from '../helpers/short-bank';

beforeEach(() => {
  resetStores();
});

/** Opens the app at `hash` and switches to Welsh with the toggle, as a user would. */
async function inWelsh(hash: string) {
  const view = await renderApp(hash);
  await view.user.click(screen.getByRole('link', { name: /^Cymraeg/ }));
  await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
  return view;
}

describe('the domain’s messages in Welsh', () => {
  it('says in Welsh that an answers file could not be read', async () => {
    const { user } = await inWelsh(paths.import());
    await user.upload(
      await screen.findByLabelText('Mewngludo atebion o ffeil'),
      new File(['{"format": "rally-response", "answers": '], 'broken.json', {
        type: 'application/json',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Parhau' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Nid oedd modd darllen y ffeil. Efallai ei bod wedi’i difrodi, neu efallai nad yw’n ffeil a gadwyd gan Rally.',
      }),
    ).toBeVisible();
    expect(screen.queryByText(/could not be read|may be damaged/)).toBeNull();
  });

  it('names a problem in a bank file in Welsh, its place and what is wrong', async () => {
    const bundle = JSON.parse(await shortBankBundle());
    bundle.bank.scoring.bands = [];
    const { user } = await inWelsh('#/bank');
    await user.upload(
      await screen.findByLabelText('Uwchlwytho ffeil banc cwestiynau (.json)'),
      new File([JSON.stringify(bundle)], 'bad.json'),
    );
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Gosodiadau’r banc, “scoring”: y maes “bands”: rhaid iddo gynnwys 2 cofnod o leiaf',
      }),
    ).toBeVisible();
    expect(summary.textContent).not.toMatch(/bank’s settings|field|must have|entries/);
  });

  it('gives the reason saved answers were kept aside in Welsh, though it was stored in English', async () => {
    const key = 'rally:kept-aside:2026-11-26T10:00:00.000Z';
    localStorage.setItem(
      key,
      JSON.stringify({
        keptAt: '2026-11-26T10:00:00.000Z',
        reason: KEPT_ASIDE_REASONS.damaged,
        raw: '{"state":',
      }),
    );
    expect(localStorage.getItem(key)).toContain(
      'The saved answers were damaged, so they could not be read.',
    );
    useAssessmentStore.setState({ keptAside: listKeptAside() });
    await inWelsh(paths.recovered());
    const reasons = await screen.findAllByRole('definition');
    expect(reasons.map((r) => r.textContent)).toContain(
      'Roedd yr atebion a gadwyd wedi’u difrodi, felly nid oedd modd eu darllen.',
    );
    expect(screen.queryByText(/saved answers were damaged/)).toBeNull();
  });
});
