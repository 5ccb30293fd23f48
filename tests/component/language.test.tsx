/**
 * Choosing the language (issue 11): the toggle on every page, what switching keeps, and what
 * is remembered on the device. The pages other than the shell are converted later; these
 * tests look at what is already Welsh (the header, the footer, the bank's texts).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../../src/config/paths';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { LANGUAGE_STORAGE_KEY } from '../../src/state/storage-keys';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const culture = bank.sections.find((s) => s.id === 'culture')!;
const page = culture.pages[0]!;
const item = page.items[0]!;

beforeEach(() => {
  resetStores();
});

const toggle = () => screen.getByRole('navigation', { name: /^(Language|Iaith)$/ });

describe('the language toggle', () => {
  it('names each language in itself, links only the other one, and says what it does in that language', async () => {
    await renderApp('#/');
    const nav = within(toggle());
    const welsh = nav.getByRole('link', { name: 'Cymraeg: Newid yr iaith i’r Gymraeg' });
    expect(welsh).toHaveAttribute('lang', 'cy');
    expect(welsh).toHaveAttribute('hreflang', 'cy');
    expect(welsh).toHaveAttribute('href', '#/');
    expect(nav.queryByRole('link', { name: /English/ })).toBeNull();
    expect(nav.getByText('English')).toHaveAttribute('lang', 'en');
    expect(document.documentElement.lang).toBe('en-GB');
  });

  it('switches to Welsh on the same page, keeping every answer, with <html lang> and the bank in Welsh', async () => {
    useAssessmentStore.setState({ answers: { [item.id]: 4 } });
    const { user } = await renderApp(paths.question(culture.id, page.id));
    // The page's first question is `item`.
    expect(screen.getAllByRole('radio', { name: 'Agree' })[0]).toBeChecked();

    await user.click(screen.getByRole('link', { name: /^Cymraeg/ }));

    await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
    expect(window.location.hash).toBe(paths.question(culture.id, page.id));
    expect(useAssessmentStore.getState().answers[item.id]).toBe(4);
    // The shell in Welsh, and the bank's own texts: the answer options of the scale.
    expect(screen.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toBeInTheDocument();
    expect((await screen.findAllByRole('radio', { name: 'Cytuno' }))[0]).toBeChecked();
    expect(within(toggle()).getByRole('link', { name: /^English/ })).toHaveAttribute('lang', 'en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('cy');

    await user.click(within(toggle()).getByRole('link', { name: /^English/ }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en-GB'));
    expect((await screen.findAllByRole('radio', { name: 'Agree' }))[0]).toBeChecked();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('takes a participant link’s language, and the participant can still switch back', async () => {
    const { user } = await renderApp(`${paths.join('abc', 'cy')}`);
    await waitFor(() => expect(document.documentElement.lang).toBe('cy'));
    await user.click(within(toggle()).getByRole('link', { name: /^English/ }));
    await waitFor(() => expect(document.documentElement.lang).toBe('en-GB'));
    expect(window.location.hash).toBe(paths.join('abc', 'cy'));
  });
});

describe('the participant link', () => {
  it('carries the language and is read back from the address', async () => {
    const { parseRoute } = await import('../../src/config/paths');
    expect(paths.join('tok', 'cy')).toBe('#/join?s=tok&lang=cy');
    expect(parseRoute('#/join?s=tok&lang=cy')).toEqual({ name: 'join', token: 'tok', lang: 'cy' });
    // A language Rally does not offer is ignored.
    expect(parseRoute('#/join?s=tok&lang=fr')).toEqual({ name: 'join', token: 'tok' });
  });
});

describe('the pseudo-locale (tests only)', () => {
  it('is chosen by a test putting "pseudo" under rally:language, and marks every catalogue string', async () => {
    const { startingLocale } = await import('../../src/app/language');
    const { activate } = await import('../../src/i18n');
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'pseudo');
    expect(startingLocale()).toBe('pseudo');
    await activate('pseudo');
    try {
      await renderApp('#/');
      const skip = screen.getAllByRole('link')[0]!;
      expect(skip.textContent).not.toBe('Skip to main content');
      // Marked with letters outside ASCII, so English left in a page stands out.
      expect(skip.textContent).toMatch(/[^\x20-\x7e]/);
      expect(skip.textContent).toHaveLength('Skip to main content'.length);
      // Not offered: the toggle still names the two languages (its own label is pseudo too).
      const nav = document.querySelector('.app-language-select') as HTMLElement;
      expect(within(nav).getAllByText(/^(English|Cymraeg)$/)).toHaveLength(2);
    } finally {
      await activate('en');
    }
  });
});
