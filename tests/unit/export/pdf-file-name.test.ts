// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvFileName,
  exportFileName,
  groupPdfFileName,
  MAX_FILE_NAME,
  pdfFileName,
  slugify,
} from '../../../src/export/file-name';

describe('pdfFileName', () => {
  it('spells the partnership name in plain lower-case letters', () => {
    expect(pdfFileName('Partneriaeth Gŵyl Ŷd', '2026-11-26')).toBe(
      'rally-partneriaeth-gwyl-yd-2026-11-26.pdf',
    );
    expect(pdfFileName('Eastgate Children’s Zone', '2025-05-12')).toBe(
      'rally-eastgate-childrens-zone-2025-05-12.pdf',
    );
    expect(pdfFileName('Straße & Søn: Łódź', '2025-05-12')).toBe(
      'rally-strasse-son-lodz-2025-05-12.pdf',
    );
  });

  it('falls back when the name is missing or has no letters or digits', () => {
    for (const name of [null, undefined, '', '   ', '!!!', '🙂🙂']) {
      expect(pdfFileName(name, '2026-11-26')).toBe('rally-self-assessment-2026-11-26.pdf');
    }
  });

  it('makes path and shell characters harmless', () => {
    expect(pdfFileName('../../etc/passwd', '2026-11-26')).toBe('rally-etc-passwd-2026-11-26.pdf');
    expect(pdfFileName('a\\b:c*d?e"f<g>h|i', '2026-11-26')).toBe(
      'rally-a-b-c-d-e-f-g-h-i-2026-11-26.pdf',
    );
  });

  it('keeps long names within 60 characters, cut at a word', () => {
    const name = pdfFileName(
      'The Very Long Name Of A Partnership Between Many Councils And Health Boards',
      '2026-11-26',
    );
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name).toBe('rally-the-very-long-name-of-a-partnership-2026-11-26.pdf');
  });

  it('leaves out a date that is not YYYY-MM-DD', () => {
    expect(pdfFileName('Hillside Together', '')).toBe('rally-hillside-together.pdf');
    expect(pdfFileName('Hillside Together', '26/11/2026')).toBe('rally-hillside-together.pdf');
  });

  it('is always a safe name of at most 60 characters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (name) => {
        const file = pdfFileName(name, '2026-11-26');
        expect(file.length).toBeLessThanOrEqual(MAX_FILE_NAME);
        expect(file).toMatch(/^rally-[a-z0-9]+(-[a-z0-9]+)*-2026-11-26\.pdf$/);
      }),
    );
  });
});

describe('the summary PDF’s name', () => {
  it('says "summary" first, so a long name never cuts it off; the full report keeps its name', () => {
    expect(pdfFileName('Partneriaeth Gŵyl Ŷd', '2026-11-26', undefined, 'summary')).toBe(
      'rally-summary-partneriaeth-gwyl-yd-2026-11-26.pdf',
    );
    expect(pdfFileName('Partneriaeth Gŵyl Ŷd', '2026-11-26', undefined, 'full')).toBe(
      pdfFileName('Partneriaeth Gŵyl Ŷd', '2026-11-26'),
    );
    expect(pdfFileName(null, '2026-11-26', undefined, 'summary')).toBe(
      'rally-summary-2026-11-26.pdf',
    );
    expect(groupPdfFileName('Mid Wessex', '2026-11-26', undefined, 'summary')).toBe(
      'rally-group-summary-mid-wessex-2026-11-26.pdf',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const file = pdfFileName(name, '2026-11-26', undefined, 'summary');
        expect(file.length).toBeLessThanOrEqual(MAX_FILE_NAME);
        expect(file.startsWith('rally-summary')).toBe(true);
      }),
    );
  });
});

describe('csvFileName and slugify', () => {
  it('uses the same rule with its own extension', () => {
    expect(csvFileName('Partneriaeth Gŵyl Ŷd', '2026-11-26')).toBe(
      'rally-partneriaeth-gwyl-yd-2026-11-26.csv',
    );
    expect(exportFileName('Hillside', '2026-11-26', 'json')).toBe('rally-hillside-2026-11-26.json');
    expect(slugify('  Ŵ--Ŷ  ')).toBe('w-y');
  });
});
