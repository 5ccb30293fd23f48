/**
 * The programme page's data download (issue 14): the zip is made on click, free text only after
 * the warning and a confirmation, and the control reads in Welsh.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { switchLanguage } from '../../src/app/language';
import type { DataPackage } from '../../src/domain/programme/datapackage';
import { ProgrammeDataDownload } from '../../src/features/programme-data/programme-data-download';
import axe from 'axe-core';
import { builtInBank } from '../helpers/stores';
import { makeProgramme } from '../support/programme-data';

const saved = vi.hoisted(() => [] as { name: string; content: Blob | string; type?: string }[]);
vi.mock('../../src/export/download', () => ({
  downloadFile: (name: string, content: Blob | string, type?: string) => {
    saved.push({ name, content, type });
  },
}));

// jsdom's TextEncoder hands back Node's Uint8Array, which fails the Parquet writer's
// `instanceof Uint8Array` (jsdom's own); a browser has one Uint8Array. Copy into this realm's.
const NodeTextEncoder = globalThis.TextEncoder;
class RealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}
beforeAll(() => {
  globalThis.TextEncoder = RealmTextEncoder;
});
afterAll(() => {
  globalThis.TextEncoder = NodeTextEncoder;
});

const bank = builtInBank();
const data = makeProgramme(bank, { seed: 7, partnerships: 3, responses: 24 });

async function savedZip(): Promise<Record<string, Uint8Array>> {
  const blob = saved.at(-1)!.content as Blob;
  const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
  return unzipSync(new Uint8Array(bytes));
}

function descriptor(files: Record<string, Uint8Array>): DataPackage {
  return JSON.parse(strFromU8(files['rally-programme/datapackage.json']!)) as DataPackage;
}

/** axe-core in jsdom, as tests/helpers/app.tsx runs it (without drawing the whole app). */
async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

const download = () => screen.getByRole('button', { name: 'Download data for analysis (zip)' });

beforeEach(() => {
  saved.length = 0;
  document.title = 'Programme – Rally';
});

describe('the programme data download', () => {
  it('downloads a zip of Parquet files and datapackage.json without free text by default', async () => {
    const user = userEvent.setup();
    render(<ProgrammeDataDownload data={data} bank={bank} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Data for analysis' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Include free text' })).not.toBeChecked();
    expect(screen.queryByText(/Free text can name people/)).toBeNull();
    await user.click(download());
    await screen.findByText(
      /The zip, rally-programme-data-\d{4}-\d{2}-\d{2}\.zip, has been made\. Rows: \d+\. People: 24\./,
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^rally-programme-data-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(saved[0]!.type).toBe('application/zip');
    const files = await savedZip();
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['rally-programme/README.txt', 'rally-programme/datapackage.json']),
    );
    const answers = descriptor(files).resources.find((r) => r.name === 'answers')!;
    expect(answers.path.every((p) => `rally-programme/${p}` in files)).toBe(true);
    expect(answers.schema.fields.map((f) => f.name)).not.toContain('text');
    expect(strFromU8(files['rally-programme/README.txt']!)).toContain(
      'Free text (text answers and comments) is left out.',
    );
  });

  it('warns about free text and asks for a confirmation before it is included', async () => {
    const user = userEvent.setup();
    render(<ProgrammeDataDownload data={data} bank={bank} />);
    await user.click(screen.getByRole('checkbox', { name: 'Include free text' }));
    expect(screen.getByText(/Free text can name people, places and organisations/)).toBeVisible();
    const confirm = screen.getByRole('checkbox', {
      name: 'I understand the free text may identify people, and I will keep the file safe',
    });
    expect(confirm).not.toBeChecked();

    await user.click(download());
    expect(saved).toHaveLength(0);
    expect(
      screen.getByText(
        'Confirm that you will keep the free text safe, or untick Include free text',
      ),
    ).toBeVisible();
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAccessibleDescription(/Confirm that you will keep the free text safe/);
    expect(await axeViolations()).toEqual([]);

    await user.click(confirm);
    expect(
      screen.queryByText(
        'Confirm that you will keep the free text safe, or untick Include free text',
      ),
    ).toBeNull();
    await user.click(download());
    await waitFor(() => expect(saved).toHaveLength(1));
    const files = await savedZip();
    const answers = descriptor(files).resources.find((r) => r.name === 'answers')!;
    expect(answers.schema.fields.map((f) => f.name)).toContain('text');
    expect(strFromU8(files['rally-programme/README.txt']!)).toContain(
      'Free text (text answers and comments) is included.',
    );
  });

  it('forgets the confirmation when free text is unticked', async () => {
    const user = userEvent.setup();
    render(<ProgrammeDataDownload data={data} bank={bank} />);
    const include = screen.getByRole('checkbox', { name: 'Include free text' });
    await user.click(include);
    await user.click(screen.getByRole('checkbox', { name: /I understand the free text/ }));
    await user.click(include);
    expect(screen.queryByText(/Free text can name people/)).toBeNull();
    await user.click(include);
    expect(screen.getByRole('checkbox', { name: /I understand the free text/ })).not.toBeChecked();
  });

  it('says when there is nothing to download', () => {
    render(<ProgrammeDataDownload data={{ partnerships: [], failed: [] }} bank={bank} />);
    expect(screen.getByText('There are no answers to download yet.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has no accessibility problems', async () => {
    render(<ProgrammeDataDownload data={data} bank={bank} />);
    expect(await axeViolations()).toEqual([]);
  });
});

describe('in Welsh', () => {
  afterEach(async () => {
    await switchLanguage('en');
  });

  it('reads in Welsh, the warning and the confirmation included', async () => {
    await switchLanguage('cy');
    const user = userEvent.setup();
    render(<ProgrammeDataDownload data={data} bank={bank} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Data i’w dadansoddi' })).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'Cynnwys testun rhydd' }));
    expect(screen.getByText(/Gall testun rhydd enwi pobl/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Lawrlwytho data i’w dadansoddi (zip)' }));
    expect(
      screen.getByText(/Cadarnhewch y byddwch yn cadw’r testun rhydd yn ddiogel/),
    ).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: /Rwy’n deall/ }));
    await user.click(screen.getByRole('button', { name: 'Lawrlwytho data i’w dadansoddi (zip)' }));
    await screen.findByText(/Mae’r zip, rally-data-rhaglen-\d{4}-\d{2}-\d{2}\.zip, wedi’i greu\./);
  });
});
