/**
 * The PDF and CSV in Welsh (issue 11): with Welsh chosen, the personal and group PDFs and
 * spreadsheets carry Welsh headings, labels, counts, dates and file names, the document
 * language is Welsh, and none of the exports' own English sentences is left. The bank's texts
 * are the built-in bank's Welsh, as the app shows them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import welshTexts from 'virtual:rally-bank-cy';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { localizeBank } from '../../../src/domain/bank/bank-texts';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { buildReport } from '../../../src/domain/report/build-report';
import { serializeCsv } from '../../../src/export/csv/serialize-csv';
import { serializeGroupCsv } from '../../../src/export/csv/serialize-group-csv';
import { csvFileName, groupPdfFileName, pdfFileName } from '../../../src/export/file-name';
import { buildGroupPdf } from '../../../src/export/pdf/build-group-pdf';
import { buildPdf, pdfBytes } from '../../../src/export/pdf/build-pdf';
import { activate, i18n } from '../../../src/i18n';
import { loadRealBank, ROOT } from '../../bank/real-bank';
import { GROUP_NAME, fixtureResponses, makeSession } from './group-fixtures';
import { readFixture, readFonts, squash } from './report-fixtures';

const NAME = 'Partneriaeth Gŵyl Ŷd';

async function pdfText(bytes: ArrayBuffer): Promise<{ pages: string[]; raw: string }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes.slice(0)) });
  try {
    const text = await parser.getText();
    return {
      pages: text.pages.map((p) => squash(p.text)),
      raw: Buffer.from(bytes).toString('latin1'),
    };
  } finally {
    await parser.destroy();
  }
}

/** English sentences and headings the exports write themselves; none may be left in Welsh. */
const ENGLISH = [
  'In this report',
  'Type of partnership',
  'Questions to discuss',
  'Strengths and priorities',
  'Comments and reflections',
  'Every question and answer',
  'How these results were worked out',
  'Who answered',
  'Question bank',
  'Page 1 of',
  'Not answered',
  'Not enough answers',
  'The highest score is for',
  'statements',
  'agreement questions',
  'Discuss first',
  'What the group agreed',
  'Figures for every question',
  'people answered',
  'Nobody',
  'Made on the',
];

let bank: Bank;
beforeAll(async () => {
  await activate('cy');
  bank = localizeBank(await loadRealBank(), 'cy', welshTexts);
});
afterAll(async () => {
  await activate('en');
});

describe('the personal PDF in Welsh', () => {
  it('has Welsh headings, labels, counts and date, Welsh as its language, and no English of its own', async () => {
    const response = readFixture(bank, 'council-clear');
    const report = buildReport(
      bank,
      { ...response, answers: { ...response.answers, 'partnership-name': NAME } },
      i18n,
    );
    expect(report.language).toBe('cy');
    const bytes = pdfBytes(buildPdf(report, { fonts: readFonts() }, i18n));
    // Kept for a look with pdftotext, pdffonts and pdftoppm.
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'test-results', 'sample-report-cy.pdf'), Buffer.from(bytes));
    const { pages, raw } = await pdfText(bytes);
    // The cover follows the two-page summary.
    const cover = pages[2]!;
    expect(cover).toContain('Hunanasesiad partneriaeth');
    expect(cover).toContain(NAME);
    expect(cover).toContain('Yn yr adroddiad hwn');
    expect(cover).toContain('Pwy a atebodd');
    // The date of the last change, in Welsh: 12 May 2025.
    expect(cover).toContain('12 Mai 2025');
    pages.forEach((page, i) => {
      expect(page).toContain(`${NAME} · Hunanasesiad Rally`);
      expect(page).toContain(`Tudalen ${i + 1} o ${pages.length}`);
    });
    const all = pages.join(' ');
    for (const heading of ['Math o bartneriaeth', 'Cwestiynau i’w trafod', 'Pob cwestiwn ac ateb'])
      expect(all).toContain(heading);
    expect(all).toContain('Sut y cyfrifwyd y canlyniadau hyn');
    // The counts sentence, a plural message: "45 cwestiwn cytuno".
    expect(all).toMatch(/Atebwyd \d+ o \d+ cwestiwn cytuno ar y raddfa\./);
    for (const english of ENGLISH) expect(all, english).not.toContain(english);
    expect(raw).toMatch(/\/Lang\s*\(cy\)/);
  });

  it('names the file with a Welsh word when there is no partnership name', () => {
    expect(pdfFileName(null, '2026-11-29', i18n)).toBe('rally-hunanasesiad-2026-11-29.pdf');
    expect(csvFileName('', '2026-11-29', i18n)).toBe('rally-hunanasesiad-2026-11-29.csv');
    expect(pdfFileName(NAME, '2026-11-29', i18n)).toBe('rally-partneriaeth-gwyl-yd-2026-11-29.pdf');
  });
});

describe('the personal CSV in Welsh', () => {
  it('has Welsh headers and labels, with the same codes as in English', () => {
    const csv = serializeCsv(buildReport(bank, readFixture(bank, 'council-clear'), i18n), i18n);
    const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(data[0]).toEqual([
      'math_rhes',
      'adran',
      'maes',
      'id_eitem',
      'cwestiwn',
      'gwerth_ateb',
      'label_ateb',
      'sgor',
      'band',
      'sylw',
      'targed',
      'bwlch',
    ]);
    const results = data.filter((row) => row[0] === 'result');
    expect(results.length).toBeGreaterThan(0);
    for (const row of results) expect(row[1]).toBe('Canlyniadau');
    expect(results.find((row) => row[3] === 'result:type')![4]).toBe('Math o bartneriaeth');
    expect(results.find((row) => row[3] === 'result:strongest')![4]).toBe('Maes cryfaf');
    expect(results.find((row) => row[3]!.startsWith('area:'))![6]).toMatch(/^Wedi’u hateb: /);
    expect(csv).not.toMatch(/Not answered|Strongest area|Results/);
  });
});

describe('the group PDF and CSV in Welsh', () => {
  it('has a Welsh cover, headings and counts, and no English of its own', async () => {
    const session = makeSession(bank, fixtureResponses(bank));
    const report = buildGroupReport(bank, session, i18n);
    expect(report.cover.title).toBe('Hunanasesiad grŵp');
    expect(report.cover.respondentsText).toMatch(/^Atebodd \d+ person\.$/);
    const { pages, raw } = await pdfText(
      pdfBytes(buildGroupPdf(report, { fonts: readFonts() }, i18n)),
    );
    const all = pages.join(' ');
    for (const heading of [
      'Hunanasesiad grŵp',
      'Trafod yn gyntaf',
      'Yr hyn y cytunodd y grŵp arno',
      'Ffigurau ar gyfer pob cwestiwn',
      'Sut y cyfrifwyd canlyniadau’r grŵp',
    ])
      expect(all).toContain(heading);
    for (const english of ENGLISH) expect(all, english).not.toContain(english);
    expect(raw).toMatch(/\/Lang\s*\(cy\)/);
    expect(groupPdfFileName(GROUP_NAME, '2026-11-29', i18n)).toBe(
      'rally-grwp-partneriaeth-gwyl-yd-2026-11-29.pdf',
    );
  });

  it('writes the group spreadsheet with Welsh headers, person labels and words', () => {
    const csv = serializeGroupCsv(bank, makeSession(bank, fixtureResponses(bank)), i18n);
    const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(data[0]).toEqual([
      'ymatebydd',
      'sector',
      'lefel_rol',
      'adran',
      'maes',
      'id_eitem',
      'cwestiwn',
      'gwerth_ateb',
      'label_ateb',
      'targed',
      'bwlch',
    ]);
    expect(data.some((row) => row[0] === 'Unigolyn A')).toBe(true);
    expect(csv).not.toMatch(/Not answered|Not shown|Comments on/);
  });
});

describe('Welsh counts in the report, in more than one plural form', () => {
  it('says "1 heb ei ateb" for one and "2 heb eu hateb" for two', async () => {
    const { reportCountsText } = await import('../../../src/domain/report/counts');
    const scale = { dontKnow: 'Ddim yn gwybod', notApplicable: 'Ddim yn berthnasol' };
    expect(
      reportCountsText(
        { total: 45, answered: 43, dontKnow: 1, notApplicable: 0, unanswered: 1 },
        scale,
        i18n,
      ),
    ).toBe(
      'Atebwyd 43 o 45 cwestiwn cytuno ar y raddfa. 1 wedi’i ateb yn “Ddim yn gwybod” ac 1 heb ei ateb.',
    );
    expect(
      reportCountsText(
        { total: 45, answered: 41, dontKnow: 2, notApplicable: 0, unanswered: 2 },
        scale,
        i18n,
      ),
    ).toBe(
      'Atebwyd 41 o 45 cwestiwn cytuno ar y raddfa. 2 wedi’u hateb yn “Ddim yn gwybod” a 2 heb eu hateb.',
    );
  });
});
