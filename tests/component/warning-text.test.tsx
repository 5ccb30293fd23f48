/**
 * ui/warning-text.tsx: GOV.UK's warning text, written once for every page that warns. A screen
 * reader hears "Warning", then the warning, as separate words; the icon is not read.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WarningText } from '../../src/ui/warning-text';
import { renderApp, resetStores, builtInBank } from '../helpers/app';
import { startSession, addResponses } from '../../src/state/group-actions';
import { readFileSync } from 'node:fs';

describe('WarningText', () => {
  it('reads as "Warning" and the warning, with the icon hidden and the ids where asked', () => {
    render(
      <WarningText id="whole" textId="words" role="alert">
        Deleting cannot be undone.
      </WarningText>,
    );
    const warning = screen.getByRole('alert');
    expect(warning).toHaveAttribute('id', 'whole');
    expect(warning).toHaveClass('govuk-warning-text');
    const words = document.getElementById('words')!;
    expect(words.tagName).toBe('STRONG');
    expect(words.textContent).toBe('Warning Deleting cannot be undone.');
    expect(warning.querySelector('.govuk-warning-text__icon')).toHaveAttribute(
      'aria-hidden',
      'true',
    );
    expect(screen.getByText('Warning')).toHaveClass('govuk-visually-hidden');
  });

  it('reads the same way on a page: a very small group’s results', async () => {
    resetStores();
    const bank = builtInBank();
    startSession(bank, { id: 'small', partnershipName: 'Small', date: '2026-11-30' });
    addResponses(
      ['council-clear', 'connector-zone'].map((name, i) => ({
        source: name,
        result: {
          ok: true,
          response: {
            ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
            responseId: `p${i}`,
          },
        },
      })),
    );
    await renderApp('#/group/results');
    const text = document.querySelector('.govuk-warning-text__text')!.textContent;
    expect(text).toBe(
      'Warning With fewer than 3 responses, people’s answers may be easy to tell apart. Take care when you show these results.',
    );
    resetStores();
  });
});
