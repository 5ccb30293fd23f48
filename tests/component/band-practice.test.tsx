/**
 * "What this band looks like in practice" beside each score (issue 12, part 1), as a user meets
 * it: closed at first with nothing drawn inside, opened by a click or the keyboard to the
 * bank's descriptions with their sources and the next step; on the results page in English and
 * in Welsh, and on the group results page for the band of the group median.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { useAssessmentStore } from '../../src/state/assessment-store';
import { addResponses, startSession } from '../../src/state/group-actions';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const fixture = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as ResponseEnvelope;

/** The result block of one area: the element around its level-3 heading. */
function block(name: RegExp): HTMLElement {
  return screen.getByRole('heading', { level: 3, name }).parentElement!;
}

beforeEach(() => resetStores());

describe('the results page', () => {
  it('offers each scored area’s band in practice, drawn only when opened, with sources and the next step', async () => {
    const { answers, comments } = fixture('council-clear');
    useAssessmentStore.setState({ answers, comments });
    const { user } = await renderApp('#/results');
    // council-clear scores every area, so each of the six has one.
    expect(screen.getAllByText('What this band looks like in practice')).toHaveLength(6);
    const culture = block(/^Culture: 75\.0/);
    expect(within(culture).queryByText(/Front-line staff have been given more room/)).toBeNull();

    await user.click(within(culture).getByText('What this band looks like in practice'));
    expect(
      within(culture).getByText(
        /^Front-line staff have been given more room to decide, on the strength of that shared reason\./,
      ),
    ).toBeVisible();
    expect(
      within(culture).getByText(
        'This tool’s own reading of: GO Lab report (2019), Executive summary: culture',
      ),
    ).toBeVisible();
    expect(within(culture).getByRole('heading', { name: 'To stay in this band' })).toBeVisible();
    expect(within(culture).getByText(/^Keep retelling the shared reason/)).toBeVisible();
    expect(within(culture).getByRole('heading', { name: 'Sources' })).toBeVisible();
    expect(
      within(culture).getByText(/^Blundell, Rosenbach, Hameed and FitzGerald \(2019\)/),
    ).toBeVisible();

    // Governance is Developing: what would move it on. (Chromium opens it from the keyboard:
    // tests/browser/band-practice.spec.ts.)
    const governance = block(/^Governance: 71\.4/);
    await user.click(within(governance).getByText('What this band looks like in practice'));
    expect(
      within(governance).getByRole('heading', { name: 'To move to the next band' }),
    ).toBeVisible();
    expect(within(governance).getByText(/^Put in writing who decides what/)).toBeVisible();

    // Closing it takes the text out again.
    await user.click(within(culture).getByText('What this band looks like in practice'));
    expect(within(culture).queryByText(/Front-line staff have been given more room/)).toBeNull();
  });

  it('offers nothing for an area without enough answers', async () => {
    const { answers } = fixture('too-few-new-partner');
    useAssessmentStore.setState({ answers });
    await renderApp('#/results');
    // Only leadership has a score (75.0, Strength).
    expect(screen.getAllByText('What this band looks like in practice')).toHaveLength(1);
    expect(
      within(block(/^Leadership: 75\.0/)).getByText('What this band looks like in practice'),
    ).toBeVisible();
  });

  it('shows it in Welsh on a Welsh page', async () => {
    const { answers, comments } = fixture('council-clear');
    useAssessmentStore.setState({ answers, comments });
    await switchLanguage('cy');
    const { user } = await renderApp('#/results');
    const summaries = screen.getAllByText('Sut mae’r band hwn yn edrych yn ymarferol');
    expect(summaries).toHaveLength(6);
    const culture = block(/^Diwylliant: 75\.0/);
    await user.click(within(culture).getByText('Sut mae’r band hwn yn edrych yn ymarferol'));
    expect(
      within(culture).getByText(/^Mae staff rheng flaen wedi cael mwy o le i benderfynu/),
    ).toBeVisible();
    expect(
      within(culture).getAllByText(
        'Ffynhonnell: Adroddiad GO Lab (2019), Crynodeb gweithredol: diwylliant',
      ),
    ).toHaveLength(2);
    expect(within(culture).getByRole('heading', { name: 'I aros yn y band hwn' })).toBeVisible();
    expect(within(culture).getByRole('heading', { name: 'Ffynonellau' })).toBeVisible();
    expect(culture.textContent).not.toMatch(/Source:|This tool’s own reading|To stay in this band/);
  });
});

describe('the group results page', () => {
  it('shows each area’s practice for the band of the group median, once opened', async () => {
    startSession(bank, {
      id: 'session-1',
      partnershipName: 'Test Partnership',
      date: '2026-11-29',
    });
    addResponses(
      ['council-clear', 'connector-zone', 'market-alliance'].map((name, i) => ({
        source: name,
        result: { ok: true, response: { ...fixture(name), responseId: `r${i}` } },
      })),
    );
    const { user } = await renderApp('#/group/results');
    const summary = screen.getByText('What each area’s band looks like in practice');
    expect(screen.queryByRole('heading', { name: /group median/ })).toBeNull();
    await user.click(summary);
    const details = summary.closest('details')!;
    const headings = within(details).getAllByRole('heading', { level: 3 });
    expect(headings.length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: 'Scores by area' });
    // Each heading names the area, the median shown in the table and its band.
    for (const heading of headings) {
      const [, name, median, band] = /^(.+): group median ([\d.]+), (.+)$/.exec(
        heading.textContent ?? '',
      )!;
      const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
      expect(row).toHaveTextContent(median!);
      expect(['Strength', 'Developing', 'Priority to discuss']).toContain(band);
    }
    expect(
      within(details).getAllByText(/^(Source|This tool’s own reading of): /).length,
    ).toBeGreaterThan(headings.length);
  });
});
