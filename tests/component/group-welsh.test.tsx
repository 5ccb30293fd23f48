/**
 * The group and participant pages in Welsh (issue 11): headings, counts in more than one Welsh
 * plural form, dates, error messages, the group domain's messages, and each comment marked with
 * the language it was written in. English stays what every other test sees.
 */
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { encodeSessionLink } from '../../src/domain/group/session-link';
import type { ResponseEnvelope } from '../../src/domain/response/response-schema';
import { addResponses, startSession } from '../../src/state/group-actions';
import { builtInBank, renderApp, resetStores } from '../helpers/app';

const bank = builtInBank();
const fixture = (name: string, id: string): ResponseEnvelope => ({
  ...JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')),
  responseId: id,
});

/** Three responses: one commented in Welsh, one in English, one from before languages were recorded. */
function threeResponses() {
  const welsh = fixture('council-clear', 'r0');
  const english = fixture('connector-zone', 'r1');
  const older = fixture('market-alliance', 'r2');
  addResponses([
    {
      source: 'a',
      result: {
        ok: true,
        response: {
          ...welsh,
          comments: { shape: 'Mae’r cyngor yn arwain y rhaglen.' },
          commentLanguages: { shape: 'cy' },
        },
      },
    },
    {
      source: 'b',
      result: {
        ok: true,
        response: {
          ...english,
          comments: { shape: 'The board meets every month.' },
          commentLanguages: { shape: 'en' },
        },
      },
    },
    {
      source: 'c',
      result: { ok: true, response: { ...older, comments: { shape: 'Zebra crossing.' } } },
    },
  ]);
}

beforeEach(() => {
  resetStores();
  startSession(bank, { id: 'session-1', partnershipName: 'Test Partnership', date: '2026-11-29' });
});

/** English headings and sentences of these pages: none may be left on a Welsh page. */
const ENGLISH = [
  'Run a group session',
  'The group’s results',
  'Discuss first',
  'The six areas',
  'By sector and by role',
  'How people see the partnership',
  'What people wrote',
  'Record what you agree',
  'Add responses',
  'Responses in this session',
  'Pass this device round',
  'Keep the session',
  'Download the group PDF',
  'Summary (2 pages)',
  'Full report',
  'What should the group PDF hold?',
  'Scores by area',
  'so far',
  'Person A',
  'Not shown',
  'Warning',
];

function expectNoEnglish() {
  const text = document.querySelector('main')!.textContent ?? '';
  for (const english of ENGLISH) expect(text).not.toContain(english);
}

describe('the group pages in Welsh', () => {
  it('the session page: Welsh heading, the date in Welsh, and the count in the zero form', async () => {
    await switchLanguage('cy');
    await renderApp('#/group');
    expect(screen.getByRole('heading', { level: 1, name: 'Test Partnership' })).toBeVisible();
    expect(screen.getByText(/Sesiwn grŵp · 29 Tachwedd 2026/)).toBeVisible();
    expect(document.getElementById('respondent-count')).toHaveTextContent('Dim ymatebion hyd yma.');
    expect(screen.getByRole('heading', { name: 'Pasio’r ddyfais hon o gwmpas' })).toBeVisible();
    expect(document.title).toBe('Sesiwn grŵp: Test Partnership – Rally');
    expectNoEnglish();
  });

  it('counts three responses, and names people by the privacy rule’s labels, in Welsh', async () => {
    threeResponses();
    await switchLanguage('cy');
    await renderApp('#/group/add');
    expect(screen.getByRole('heading', { level: 1, name: 'Ychwanegu ymatebion' })).toBeVisible();
    expect(document.getElementById('respondent-total')).toHaveTextContent(
      'Mae gan y sesiwn 3 ymateb.',
    );
    // The privacy rule's labels and "Not shown", in Welsh.
    const list = within(document.getElementById('respondent-list')!);
    expect(list.getByRole('rowheader', { name: 'Unigolyn A' })).toBeVisible();
    expect(list.getByRole('button', { name: 'Tynnu Unigolyn A' })).toBeVisible();
    expectNoEnglish();
  });

  it('the results: Welsh headings and table, the count, and no English heading left', async () => {
    threeResponses();
    await switchLanguage('cy');
    await renderApp('#/group/results');
    expect(screen.getByRole('heading', { level: 1, name: 'Canlyniadau’r grŵp' })).toBeVisible();
    expect(screen.getByText(/O 3 ymateb\./)).toBeVisible();
    expect(screen.getByRole('table', { name: 'Sgoriau fesul maes' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Trafod yn gyntaf' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Beth ysgrifennodd pobl' })).toBeVisible();
    // The PDF's choice: the full report unless the summary is chosen.
    expect(screen.getByRole('radio', { name: 'Adroddiad llawn' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Crynodeb (2 dudalen)' })).not.toBeChecked();
    expectNoEnglish();
  });

  it('marks each comment with the language it was written in, and counts them by language', async () => {
    threeResponses();
    await switchLanguage('cy');
    await renderApp('#/group/results');
    const welsh = screen.getByText('Mae’r cyngor yn arwain y rhaglen.');
    expect(welsh).toHaveAttribute('lang', 'cy');
    expect(welsh.closest('li')).toHaveTextContent('yn Gymraeg');
    const english = screen.getByText('The board meets every month.');
    expect(english).toHaveAttribute('lang', 'en-GB');
    expect(english.closest('li')).toHaveTextContent('yn Saesneg');
    // A comment from a file without languages carries no `lang` and no marker.
    const older = screen.getByText('Zebra crossing.');
    expect(older).not.toHaveAttribute('lang');
    expect(older.closest('li')).not.toHaveTextContent(/yn (Gymraeg|Saesneg)/);
    const counts = document.getElementById('comment-languages')!;
    expect(counts).toHaveTextContent('1 testun yn Gymraeg');
    expect(counts).toHaveTextContent('1 testun yn Saesneg');
    // The fixtures' reflections were written before languages were recorded: 3, the "few" form.
    expect(counts).toHaveTextContent('3 thestun heb gofnod o’u hiaith');
  });

  it('in English, the same comments say which language each is in', async () => {
    threeResponses();
    await renderApp('#/group/results');
    expect(screen.getByText('Mae’r cyngor yn arwain y rhaglen.').closest('li')).toHaveTextContent(
      'in Welsh',
    );
    expect(document.getElementById('comment-languages')).toHaveTextContent('1 text in Welsh');
  });

  it('the pass-the-device page gives its error messages in Welsh', async () => {
    await switchLanguage('cy');
    const { user } = await renderApp('#/group/pass');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Pasio’r ddyfais hon o gwmpas' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dechrau pasio’r ddyfais o gwmpas' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Rhowch god pas o 4 nod o leiaf' }),
    ).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Rhowch y cod pas eto' })).toBeVisible();
    expect(document.title).toBe('Gwall: Pasio’r ddyfais hon o gwmpas – Rally');
  });

  it('the consensus page checks the agreed score in Welsh', async () => {
    threeResponses();
    await switchLanguage('cy');
    const { user } = await renderApp('#/group/consensus');
    const score = screen.getAllByLabelText('Sgôr y cytunwyd arni, 0 i 100')[0]!;
    await user.clear(score);
    await user.type(score, '120');
    await user.click(screen.getByRole('button', { name: 'Cadw’r hyn y cytunwyd arno' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      // The area's name comes from the bank, in Welsh too.
      'Rhaid i’r sgôr y cytunwyd arni ar gyfer Llywodraethu fod yn rhif o 0 i 100',
    );
  });
});

describe('the participant pages in Welsh', () => {
  it('the join page gives the session’s date in Welsh', async () => {
    const token = encodeSessionLink({
      id: 'session-1',
      partnershipName: 'Test Partnership',
      date: '2026-11-29',
    });
    await switchLanguage('cy');
    await renderApp(`#/join?s=${token}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Cymryd rhan yn Test Partnership' }),
    ).toBeVisible();
    expect(screen.getByText('29 Tachwedd 2026')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dechrau' })).toBeVisible();
  });

  it('a broken link says why in Welsh', async () => {
    await switchLanguage('cy');
    await renderApp('#/join?s=abc$def');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Nid yw’r ddolen sesiwn hon yn gweithio' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Nid yw’r ddolen sesiwn hon yn gyflawn neu mae wedi’i newid: gofynnwch i’r hwylusydd am y ddolen eto',
      ),
    ).toBeVisible();
  });

  it('the hand-in page, with nothing answered, says so in Welsh', async () => {
    await switchLanguage('cy');
    await renderApp('#/hand-in');
    expect(screen.getByRole('heading', { level: 1, name: 'Cyflwyno eich atebion' })).toBeVisible();
    expect(document.getElementById('nothing-to-hand-in')).toHaveTextContent(
      'Nid ydych chi wedi ateb unrhyw gwestiynau eto, felly nid oes dim i’w gyflwyno.',
    );
  });
});
