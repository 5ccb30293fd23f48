/**
 * The privacy rule as the facilitator's pages show it: the add-responses list and the group
 * results page rendered for real sessions, read the way a projector audience would read them
 * (table rows, checkbox labels, group tables), and checked with the same checker as the
 * property over every output (tests/helpers/privacy-check.ts).
 */
import { cleanup, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionFile } from '../../src/domain/group/session';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { restoreSession } from '../../src/state/group-actions';
import { privacyViolations } from '../helpers/privacy-check';
import type { GroupFigure, PersonRecord } from '../helpers/privacy-check';
import { sessionArb, sessionOf } from '../helpers/privacy-sessions';
import type { PersonTruth } from '../helpers/privacy-sessions';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();

beforeEach(() => resetStores());

function respondent(id: string, sector: string, extra: Partial<ResponseEnvelope> = {}) {
  return {
    format: 'rally-response' as const,
    formatVersion: 2 as const,
    bankId: bank.id,
    bankVersion: bank.version,
    responseId: id,
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    about: {},
    answers: { sector, 'gov-agreed-purpose': 3, 'reflect-working': `Written by ${id}` },
    comments: {},
    targets: {},
    actions: [],
    ...extra,
  };
}

const SIX = [
  'local-authority',
  'nhs-health',
  'local-authority',
  'resident',
  'nhs-health',
  'local-authority',
];

/** The add-responses list as shown: each row's label and sector. */
function listedPeople(): PersonRecord[] {
  const table = screen.getByRole('table', { name: /Shown by letter/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => ({
      output: 'add-responses page',
      label: within(row).getByRole('rowheader').textContent ?? '',
      sector: within(row)
        .getAllByRole('cell')
        .slice(0, 1)
        .map((c) => c.textContent ?? ''),
      role: [],
      other: [],
    }));
}

/** The person lines offered on the results page, by their checkbox labels. */
function offeredLines(): string[] {
  const group = screen.queryByRole('group', { name: 'Show each person’s line' });
  return group
    ? within(group)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement!.textContent!.trim())
    : [];
}

/** The sector and role tables as shown: a group with figures, or "not shown". */
function groupRows(): GroupFigure[] {
  return (['By sector', 'By role level'] as const).flatMap((name) => {
    const region = screen.queryByRole('region', { name });
    if (!region) return [];
    return within(region)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const text = row.textContent ?? '';
        return {
          output: `results ${name}`,
          field: name === 'By sector' ? ('sector' as const) : ('role-level' as const),
          label: within(row).getByRole('rowheader').textContent ?? '',
          n: null,
          figures: !text.includes('not shown'),
        };
      });
  });
}

async function seen(session: SessionFile) {
  restoreSession(session);
  await renderApp('#/group/add');
  const people = session.responses.length ? listedPeople() : [];
  const list = document.body.textContent ?? '';
  cleanup();
  await renderApp('#/group/results');
  const lines = offeredLines();
  const groups = groupRows();
  const results = document.body.textContent ?? '';
  return { people, lines, groups, list, results };
}

describe('the facilitator’s pages', () => {
  it('do not single out the resident among three local authority, two NHS and one resident', async () => {
    const session = sessionOf(
      bank,
      'six',
      SIX.map((s, i) => respondent(`six-${i}`, s)),
    );
    const { people, lines, list, results } = await seen(session);
    expect(people.map((p) => p.label).sort()).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F'].map((l) => `Person ${l}`),
    );
    // Local authority (3) is shown; the NHS pair and the resident are hidden together.
    expect(people.map((p) => p.sector[0]).sort()).toEqual([
      'Local authority',
      'Local authority',
      'Local authority',
      'Not shown',
      'Not shown',
      'Not shown',
    ]);
    expect(list).not.toContain('Resident or community member');
    expect(list).not.toMatch(/Respondent \d/);
    expect(lines).toEqual(people.map((p) => p.label).sort());
    // The results name the resident's sector only as a group that is not shown.
    const residentRow = screen.getByRole('rowheader', {
      name: 'Resident or community member',
    }).parentElement!;
    expect(residentRow).toHaveTextContent('Fewer than 3 people: not shown');
    for (const i of SIX.keys()) expect(results).toContain(`Written by six-${i}`);
    expect(results).not.toMatch(/Person [A-F]\W+Written by/);
  }, 60_000);

  it('offer no person lines with fewer than 3 responses, and say why', async () => {
    const session = sessionOf(bank, 'two', [
      respondent('one', 'resident'),
      respondent('two', 'local-authority'),
    ]);
    const { people, lines } = await seen(session);
    expect(people.map((p) => p.sector[0])).toEqual(['Not shown', 'Not shown']);
    expect(lines).toEqual([]);
    expect(
      screen.getByText(/Each person’s line can be shown on the chart once at least 3 people/),
    ).toBeInTheDocument();
  }, 60_000);

  it('say that the session file holds everyone’s answers in full and is not for sharing', async () => {
    restoreSession(sessionOf(bank, 'one', [respondent('one', 'resident')]));
    await renderApp('#/group');
    expect(
      screen.getByText(/The session file holds everyone’s answers and comments in full/),
    ).toHaveTextContent('Keep it to yourself.');
    cleanup();
    await renderApp('#/group/results');
    expect(
      screen.getByText(/The session file holds everyone’s answers in full: keep it to yourself/),
    ).toBeInTheDocument();
  }, 60_000);

  it('warn on the compare page when the earlier file is one person’s answers', async () => {
    restoreSession(
      sessionOf(
        bank,
        'three',
        SIX.slice(0, 3).map((s, i) => respondent(`r${i}`, s)),
      ),
    );
    const { user } = await renderApp('#/group/compare');
    await user.upload(
      screen.getByLabelText('Upload an earlier Rally file'),
      new File([JSON.stringify(respondent('earlier', 'resident'))], 'earlier.json'),
    );
    expect(
      await screen.findByText(/The earlier file holds fewer than 3 people’s answers/),
    ).toHaveTextContent('a figure may be one person’s own score');
  }, 60_000);

  it('follow the privacy rule for generated sessions', async () => {
    await fc.assert(
      fc.asyncProperty(sessionArb(bank, { maxPeople: 14 }), async (g) => {
        cleanup();
        resetStores();
        const { people, lines, groups } = await seen(g.session);
        const truth: PersonTruth[] = g.truth;
        expect(
          privacyViolations(bank, truth, {
            respondents: g.session.responses.length,
            people,
            personLines: [{ output: 'results page', labels: lines }],
            groups,
          }),
        ).toEqual([]);
      }),
      { numRuns: 4 },
    );
  }, 120_000);
});
