/**
 * axe-core on every page in jsdom, including a page showing errors. Colour contrast needs a
 * real renderer: the browser tests run the full rule set in Chromium.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { allPages } from '../../src/domain/bank/bank-queries';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { axeViolations, builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();

beforeEach(() => resetStores());

describe('axe-core finds no violations', () => {
  const fixed = [
    '#/',
    '#/about',
    '#/tasks',
    '#/check',
    '#/results',
    '#/import',
    '#/accessibility',
    '#/delete',
    '#/recovered',
    '#/hand-in',
    '#/join?s=not-a-link',
    '#/group',
    '#/group/guide',
    '#/group/share',
    '#/no-such-page',
  ];
  it.each(fixed)('on %s', async (hash) => {
    await renderApp(hash);
    expect(await axeViolations()).toEqual([]);
  });

  it.each(allPages(bank).map((r) => [`${r.section.id}/${r.page.id}`]))(
    'on the question page %s',
    async (path) => {
      await renderApp(`#/section/${path}`);
      expect(await axeViolations()).toEqual([]);
    },
  );

  it('on a question page showing errors', async () => {
    const { user } = await renderApp(
      `#/section/culture/${bank.sections.find((s) => s.id === 'culture')!.pages[0]!.id}`,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('alert');
    expect(await axeViolations()).toEqual([]);
  });

  it('on the start page with kept-aside data and answers in progress', async () => {
    localStorage.setItem(
      'rally:kept-aside:2026-01-01T00:00:00.000Z',
      JSON.stringify({ keptAt: '2026-01-01T00:00:00.000Z', reason: 'test', raw: '{}' }),
    );
    useAssessmentStore.setState({
      keptAside: [
        {
          key: 'rally:kept-aside:2026-01-01T00:00:00.000Z',
          keptAt: '2026-01-01T00:00:00.000Z',
          reason: 'test',
          raw: '{}',
        },
      ],
    });
    await renderApp('#/');
    expect(
      within(screen.getByRole('region', { name: 'Important' })).getByRole('link', {
        name: 'Download or remove them',
      }),
    ).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});
