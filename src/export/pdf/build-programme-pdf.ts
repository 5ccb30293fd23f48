/**
 * The programme comparison as a PDF: a title page's worth of what was loaded, then every view
 * of the programme page as a table, with page numbers and a running footer. It draws the same
 * tables as the page (src/domain/programme/view-table.ts), already in the language in use. A
 * table wider than 7 columns is drawn in parts, each led by its first column, so that no
 * column is too narrow to read on A4.
 * Pure: same tables, same document.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { jsPDF } from 'jspdf';
import type { ViewTable } from '../../domain/programme/view-table';
import type { PdfFonts } from './build-pdf';
import { finishDocument, newReportDocument } from './build-pdf';
import { PdfWriter, SIZE } from './pdf-writer';

export type ProgrammePdfText = {
  /** "Compare partnerships" */
  title: string;
  /** Lines saying what was loaded (files, partnerships, people, files not read). */
  summary: string[];
  /** How the figures are worked out. */
  method: string[];
  /** The date made, in words. */
  made: string;
  language: string;
};

/** Columns on one A4 page at most: wider tables are split, each part led by the first column. */
const MOST_COLUMNS = 7;

/** The column indexes of each part of a table of `count` columns. */
export function columnGroups(count: number): number[][] {
  if (count <= MOST_COLUMNS) return [Array.from({ length: count }, (_, i) => i)];
  const rest = count - 1;
  const parts = Math.ceil(rest / (MOST_COLUMNS - 1));
  const size = Math.ceil(rest / parts);
  return Array.from({ length: parts }, (_, p) => [
    0,
    ...Array.from({ length: Math.min(size, rest - p * size) }, (_, i) => 1 + p * size + i),
  ]);
}

export function buildProgrammePdf(
  tables: readonly ViewTable[],
  text: ProgrammePdfText,
  fonts: PdfFonts,
  i18n: I18n,
): jsPDF {
  const doc = newReportDocument(
    {
      title: text.title,
      subject: i18n._(msg`How the partnerships of a programme compare`),
      author: 'Rally',
      keywords: ['Rally', text.title],
    },
    text.language,
    fonts,
  );
  const w = new PdfWriter(doc);
  w.text(text.title, { size: SIZE.title, style: 'bold', after: 3 });
  w.text(text.made, { size: SIZE.body, after: 4 });
  w.bullets(text.summary);
  for (const line of text.method) w.text(line, { size: SIZE.body, after: 2 });
  for (const table of tables) {
    w.heading(table.title, 1, 30);
    w.text(table.caption, { size: SIZE.small, after: 2 });
    if (table.rows.length === 0) {
      w.text(i18n._(msg`Nothing to show here.`), { size: SIZE.body, after: 2 });
      continue;
    }
    for (const part of columnGroups(table.columns.length)) {
      const numeric = Object.fromEntries(
        part.flatMap((c, i) => (table.numeric[c] ? [[i, { halign: 'right' as const }]] : [])),
      );
      const cells = (r: ViewTable['rows'][number]) => [r.header, ...r.cells];
      w.table({
        head: [part.map((c) => table.columns[c] ?? '')],
        body: table.rows.map((r) => part.map((c) => cells(r)[c] ?? '')),
        columnStyles: numeric,
      });
    }
  }
  finishDocument(w, text.title, i18n);
  return doc;
}
