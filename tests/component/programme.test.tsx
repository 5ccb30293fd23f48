/**
 * The programme page (issue 14) in jsdom, which has no Worker: the files are read on the
 * page's thread a batch at a time, as in the single-file build. Files chosen, the views drawn
 * as tables, a failure listed with its reason, partnerships put together and the small ones
 * flagged; one screen in Welsh. A zip of files dropped on the page, read as its files loose.
 */
import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import { workerAvailable } from '../../src/features/programme/load-programme';
import { builtInBank, renderApp, resetStores } from '../helpers/app';
import { programmeSessionFiles } from '../../scripts/lib/programme-fixture.mjs';
import { zipFiles } from '../../src/domain/deflate';

const bank = builtInBank();

function files(): File[] {
  // 12 partnerships; the first 8 have two sessions; Partnership 010's sessions hold 2 people.
  const sessions = programmeSessionFiles({ sessions: 20, partnerships: 12 });
  return [
    ...sessions.map((f) => new File([f.text], f.name, { type: 'application/json' })),
    new File(['not json'], 'notes.json', { type: 'application/json' }),
  ];
}

/**
 * The same files in a zip, as a folder compressed by Windows or macOS: in a folder, with
 * macOS's copies beside them, and a text file that is listed as left out.
 */
function zipOfFiles(): File {
  const sessions = programmeSessionFiles({ sessions: 20, partnerships: 12 });
  const bytes = zipFiles(
    [
      ...sessions.map((f) => ({ path: `programme/${f.name}`, data: f.text })),
      { path: 'programme/notes.json', data: 'not json' },
      { path: 'programme/read me.txt', data: 'Sessions from the spring' },
      { path: '__MACOSX/programme/._notes.json', data: 'junk' },
      { path: 'programme/.DS_Store', data: 'junk' },
    ],
    new Date('2026-11-30T09:00:00Z'),
  );
  return new File([bytes as Uint8Array<ArrayBuffer>], 'spring.zip', { type: 'application/zip' });
}

/** Drops `files` on the element holding `target`, as the browser gives a drop of files. */
function drop(target: Element, dropped: File[]) {
  const zone = target.closest('.app-drop-zone')!;
  const event = createEvent.drop(zone, {
    dataTransfer: { files: dropped, items: [], types: ['Files'], dropEffect: 'none' },
  });
  fireEvent(zone, event);
}

afterEach(async () => {
  await switchLanguage('en');
  resetStores();
});

describe('the programme page', () => {
  it('reads the files without a worker, lists the one that failed and shows the views', async () => {
    expect(workerAvailable()).toBe(false);
    const { user } = await renderApp('#/programme');
    expect(screen.getByRole('heading', { level: 1, name: 'Compare partnerships' })).toBeVisible();
    await user.upload(
      screen.getByLabelText('Choose files, or drop files or folders here'),
      files(),
    );
    const heading = await screen.findByRole('heading', { name: 'What was loaded' });
    await waitFor(() => expect(heading).toHaveFocus());
    const summary = within(document.getElementById('programme-summary')!);
    expect(summary.getByText('21 files chosen')).toBeVisible();
    // No zip: the files read are the files chosen, so they are not counted twice.
    expect(summary.queryByText(/inside a zip/)).toBeNull();
    expect(summary.getByText('12 partnerships')).toBeVisible();
    expect(summary.getByText('1 file could not be read')).toBeVisible();
    const failures = within(document.getElementById('programme-failures')!);
    expect(failures.getByText('notes.json')).toBeVisible();
    expect(
      failures.getByText(
        'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
      ),
    ).toBeVisible();

    // Every area in the spread, with a figure from the 11 partnerships of 3 or more people.
    const spread = screen.getByRole('table', { name: /The spread of the partnerships’ median/ });
    for (const d of bank.dimensions) {
      const row = within(spread).getByRole('rowheader', { name: d.name }).closest('tr')!;
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('11');
    }
    expect(
      screen.getByText(/1 partnership has fewer than 3 people in its latest cycle/),
    ).toBeVisible();
    // Its own figures are not shown, in the table of every partnership.
    await user.click(
      within(
        screen.getByRole('heading', { name: 'Every partnership' }).closest('section')!,
      ).getByText('Show the table (12 rows)'),
    );
    const list = screen.getByRole('table', { name: 'Each partnership’s latest cycle' });
    const small = within(list).getByRole('rowheader', { name: 'Partnership 010' }).closest('tr')!;
    expect(within(small).getAllByText('Not shown').length).toBeGreaterThan(2);
    expect(within(small).getByText('2 (fewer than 3)')).toBeVisible();

    // Counting the small partnership in the medians changes the "All partnerships" column.
    const byType = screen.getByRole('table', {
      name: /for the partnerships of each best-fit type/,
    });
    const allHeader = within(byType).getByRole('columnheader', { name: /All partnerships/ });
    expect(allHeader).toHaveTextContent('(11)');
    await user.click(
      screen.getByLabelText('Count partnerships with fewer than 3 people in the medians'),
    );
    expect(
      within(
        screen.getByRole('table', { name: /for the partnerships of each best-fit type/ }),
      ).getByRole('columnheader', { name: /All partnerships/ }),
    ).toHaveTextContent('(12)');

    // Two partnerships put together, and undone.
    await user.click(screen.getByText('Choose partnerships to put together'));
    await user.click(screen.getByLabelText('Partnership 001'));
    await user.click(screen.getByLabelText('Partnership 002'));
    await user.click(screen.getByRole('button', { name: 'Put the chosen partnerships together' }));
    await waitFor(() => expect(summary.getByText('11 partnerships')).toBeVisible());
    await user.click(
      screen.getByRole('button', { name: 'Undo the last change to the partnerships' }),
    );
    await waitFor(() => expect(summary.getByText('12 partnerships')).toBeVisible());
  });

  it('asks for two partnerships before putting them together', async () => {
    const { user } = await renderApp('#/programme');
    await user.upload(
      screen.getByLabelText('Choose files, or drop files or folders here'),
      files(),
    );
    await screen.findByRole('heading', { name: 'What was loaded' });
    await user.click(screen.getByText('Choose partnerships to put together'));
    await user.click(screen.getByRole('button', { name: 'Put the chosen partnerships together' }));
    expect(screen.getByText('Choose two or more partnerships to put together')).toBeVisible();
  });

  it('shows the views in Welsh', async () => {
    await switchLanguage('cy');
    const { user } = await renderApp('#/programme');
    expect(screen.getByRole('heading', { level: 1, name: 'Cymharu partneriaethau' })).toBeVisible();
    await user.upload(
      screen.getByLabelText('Dewiswch ffeiliau, neu ollwng ffeiliau neu ffolderi yma'),
      files(),
    );
    await screen.findByRole('heading', { name: 'Beth a lwythwyd' });
    const summary = within(document.getElementById('programme-summary')!);
    expect(summary.getByText('12 partneriaeth')).toBeVisible();
    expect(summary.getByText('Nid oedd modd darllen 1 ffeil')).toBeVisible();
    expect(
      screen.getByText(
        'Nid oedd modd darllen y ffeil. Efallai ei bod wedi’i difrodi, neu efallai nad yw’n ffeil a gadwyd gan Rally.',
        { exact: false },
      ),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'Pa mor wahanol yw’r partneriaethau' }),
    ).toBeVisible();
  });

  it('reads a dropped zip as its files, and lists what in it could not be read', async () => {
    await renderApp('#/programme');
    const input = screen.getByLabelText('Choose files, or drop files or folders here');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.zip'));
    drop(input, [zipOfFiles(), new File(['{}'], 'loose.json', { type: 'application/json' })]);
    await screen.findByRole('heading', { name: 'What was loaded' });
    const summary = within(document.getElementById('programme-summary')!);
    // The zip and the loose file; then the 22 files in the zip that are not macOS's, and the
    // loose file.
    expect(summary.getByText('2 files chosen')).toBeVisible();
    expect(summary.getByText('23 files read, counting each file inside a zip')).toBeVisible();
    expect(summary.getByText('12 partnerships')).toBeVisible();
    expect(summary.getByText('3 files could not be read')).toBeVisible();
    const failures = within(document.getElementById('programme-failures')!);
    const reasonOf = (name: string) =>
      failures.getByText(name).closest('.govuk-summary-list__row')!.querySelector('dd')!;
    expect(reasonOf('spring.zip › programme/read me.txt')).toHaveTextContent(
      'Only .json files are read from a zip, so this file was left out.',
    );
    expect(reasonOf('spring.zip › programme/notes.json')).toHaveTextContent(
      'The file could not be read. It may be damaged, or it may not be a file that Rally saved.',
    );
    expect(reasonOf('loose.json')).toBeVisible();
    // macOS's copies and hidden files are not listed.
    expect(failures.queryByText(/__MACOSX|DS_Store/)).toBeNull();
    // The same views as the same files given loose: 11 partnerships of 3 or more people.
    const spread = screen.getByRole('table', { name: /The spread of the partnerships’ median/ });
    const row = within(spread).getByRole('rowheader', { name: bank.dimensions[0]!.name });
    expect(within(row.closest('tr')!).getAllByRole('cell')[0]).toHaveTextContent('11');
  });

  it('lists a damaged zip as one file, in Welsh', async () => {
    await switchLanguage('cy');
    const { user } = await renderApp('#/programme');
    await user.upload(
      screen.getByLabelText('Dewiswch ffeiliau, neu ollwng ffeiliau neu ffolderi yma'),
      [new File(['this is not a zip'], 'broken.zip', { type: 'application/zip' }), ...files()],
    );
    await screen.findByRole('heading', { name: 'Beth a lwythwyd' });
    const failures = within(document.getElementById('programme-failures')!);
    expect(
      failures.getByText('broken.zip').closest('.govuk-summary-list__row')!.querySelector('dd'),
    ).toHaveTextContent(
      'Nid oedd modd agor y ffeil fel zip. Efallai ei bod wedi’i difrodi, neu efallai nad yw’n ffeil zip.',
    );
  });
});
