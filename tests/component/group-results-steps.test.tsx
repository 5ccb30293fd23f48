/**
 * A large group's results are worked out a slice at a time (src/ui/in-steps.ts), the page
 * saying so meanwhile; what it then shows is the same as for the figures worked out at once.
 * The heading, the count and the downloads do not wait for the figures.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { preloadFor } from '../../src/app/app';
import { parseRoute } from '../../src/config/paths';
import { aggregateGroup } from '../../src/domain/group/aggregate';
import { listPeople } from '../../src/domain/privacy/people';
import { restoreSession } from '../../src/state/group-actions';
import { sessionOf } from '../helpers/privacy-sessions';
import { builtInBank, resetStores } from '../helpers/app';
import { formatScore } from '../../src/domain/report/report-format';
import { agreementItems } from '../../src/domain/bank/bank-queries';

const bank = builtInBank();

beforeEach(() => resetStores());

const items = agreementItems(bank);

function respondent(i: number) {
  return {
    format: 'rally-response' as const,
    formatVersion: 2 as const,
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: `person-${i}`,
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    about: {},
    answers: Object.fromEntries(items.map((item, k) => [item.id, 1 + ((i + k * 3) % 5)])),
    comments: {},
    targets: {},
    actions: [],
  };
}

describe('the group results page for 40 people', () => {
  it('says it is working the figures out, then shows the same medians as worked out at once', async () => {
    const session = sessionOf(
      bank,
      'forty',
      Array.from({ length: 40 }, (_, i) => respondent(i)),
    );
    restoreSession(session);
    window.location.hash = '#/group/results';
    await preloadFor(parseRoute('#/group/results'));
    render(<App />);
    // First the heading, the count and the downloads, with a status line in place of the
    // figures.
    expect(screen.getByText('Working out the group’s results…')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The group’s results');
    expect(screen.getByText(/From 40 responses\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the group PDF' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    // A choice made meanwhile is kept: the part above the figures is not drawn again.
    const summary = screen.getByRole('radio', { name: /Summary/ });
    fireEvent.click(summary);
    expect(summary).toBeChecked();
    // Then the figures.
    const table = await screen.findByRole('table', { name: 'Scores by area' }, { timeout: 30_000 });
    expect(screen.queryByText('Working out the group’s results…')).toBeNull();
    expect(summary).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Summary/ })).toBeChecked();
    const members = listPeople(bank, session.session.id, session.responses).people.map(
      (p) => p.response,
    );
    const expected = aggregateGroup(bank, members).dimensions;
    const governance = expected.find((d) => d.dimensionId === 'governance')!;
    expect(governance.medianScore).not.toBeNull();
    const row = within(table).getByRole('row', { name: new RegExp(`^${governance.name}`) });
    expect(row).toHaveTextContent(formatScore(governance.medianScore!));
  }, 60_000);
});
