/**
 * The PDF summary of one respondent's report. `buildPdf` is pure apart from jsPDF's own
 * document object: it takes the report model, the font bytes and the radar as a PNG data URL,
 * and returns the document; `pdfBytes` and `pdfBlob` turn it into a file. Nothing here
 * touches the page or the network (the fonts are loaded by fonts.ts, the download is
 * export/download.ts).
 *
 * Every text is set in Noto Sans, embedded as a subset with Identity-H encoding, so Welsh
 * (ŵ, ŷ) and other Latin Extended letters print and can be searched and copied. The built-in
 * Helvetica is never used for text.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { jsPDF } from 'jspdf';
import type { ReportModel } from '../../domain/report/report-types';
import type { PdfScope } from '../file-name';
import {
  drawAccountability,
  drawAppendix,
  drawChoices,
  drawComments,
  drawCover,
  drawDimensions,
  drawGovernance,
  drawLeadership,
  drawMethod,
  drawPlan,
  drawPrompts,
  drawStrengths,
  drawTypology,
} from './pdf-sections';
import { COLOUR, FONT, PAGE, PdfWriter, SIZE } from './pdf-writer';
import { drawReportSummary } from './pdf-summary';

export type PdfFonts = { regular: Uint8Array | ArrayBuffer; bold: Uint8Array | ArrayBuffer };
/** "Summary (2 pages)" or "Full report": the full report is the summary followed by the rest. */
export type { PdfScope } from '../file-name';

export type PdfAssets = {
  fonts: PdfFonts;
  /** The radar chart as a PNG data URL. */ radarPng?: string;
  /** The two-page board summary only, or the full report (the default). */
  scope?: PdfScope;
};

// jsPDF reads a font from its virtual file system as a "binary string" (one char per byte).
function binaryString(data: Uint8Array | ArrayBuffer): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let out = '';
  // Small chunks through apply: far quicker than spreading, and within any engine's argument limit.
  for (let i = 0; i < bytes.length; i += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]);
  }
  return out;
}

export function embedFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('NotoSans-Regular.ttf', binaryString(fonts.regular));
  doc.addFileToVFS('NotoSans-Bold.ttf', binaryString(fonts.bold));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal', 'Identity-H');
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold', 'Identity-H');
  doc.setFont(FONT, 'normal');
}

/** "Page N of M" and the running footer on every page, drawn once the page count is known. */
export function drawFooters(w: PdfWriter, footer: string, i18n: I18n): void {
  const doc = w.doc;
  const pages = doc.getNumberOfPages();
  const y = PAGE.height - 12;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
    doc.setLineWidth(0.2);
    doc.line(PAGE.left, y - 5, PAGE.width - PAGE.right, y - 5);
    const pageText = i18n._(msg`Page ${page} of ${pages}`);
    w.setFont(SIZE.small, 'normal', COLOUR.secondary);
    const pageWidth = doc.getTextWidth(pageText);
    const room = PAGE.width - PAGE.left - PAGE.right - pageWidth - 8;
    // A long partnership name is cut to one line, never run into the page number.
    const lines = doc.splitTextToSize(footer, room) as string[];
    const first = lines[0] ?? '';
    doc.text(lines.length > 1 ? `${first.trimEnd()}…` : first, PAGE.left, y);
    doc.text(pageText, PAGE.width - PAGE.right, y, { align: 'right' });
  }
}

/** A new A4 document with the fonts embedded and the title, subject, keywords and language set. */
export function newReportDocument(
  meta: { title: string; subject: string; author: string; keywords: string[] },
  language: string,
  fonts: PdfFonts,
): jsPDF {
  const doc = new jsPDF({
    orientation: 'portrait',
    unit: 'mm',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
  });
  embedFonts(doc, fonts);
  doc.setProperties({
    title: meta.title,
    subject: meta.subject,
    author: meta.author,
    keywords: meta.keywords.join(', '),
    creator: 'Rally',
  });
  doc.setLanguage(language as Parameters<jsPDF['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  return doc;
}

/** The outline (bookmarks), then the footers: the last steps of both reports. */
export function finishDocument(w: PdfWriter, footer: string, i18n: I18n): void {
  drawFooters(w, footer, i18n);
  for (const entry of w.outline) w.doc.outline.add(null, entry.title, { pageNumber: entry.page });
}

/**
 * Builds the PDF, its own words in the language of `i18n` (the report arrives in it already):
 * the two-page board summary, then (for the full report) the cover and everything after it.
 * Pure: same report, assets and language, same document.
 */
export function buildPdf(report: ReportModel, assets: PdfAssets, i18n: I18n): jsPDF {
  const doc = newReportDocument(report.meta, report.language, assets.fonts);

  const w = new PdfWriter(doc);
  drawReportSummary(w, report, assets.radarPng, i18n);
  if (assets.scope === 'summary') {
    finishDocument(w, report.footer, i18n);
    return doc;
  }
  w.newPage();
  drawCover(w, report, Boolean(assets.radarPng), i18n);
  w.newPage();
  // A part the bank asks nothing about is left out, not shown empty.
  if (report.parts.typology) {
    drawTypology(w, report, i18n);
    w.newPage();
  }
  drawDimensions(w, report, assets.radarPng, i18n);
  drawPrompts(w, report, i18n);
  if (report.parts.governance) drawGovernance(w, report, i18n);
  if (report.parts.leadership) drawLeadership(w, report, i18n);
  if (report.parts.accountability) drawAccountability(w, report, i18n);
  drawChoices(w, report, i18n);
  drawStrengths(w, report, i18n);
  drawPlan(w, report.plan, i18n);
  drawComments(w, report, i18n);
  drawAppendix(w, report, i18n);
  drawMethod(w, report, i18n);
  finishDocument(w, report.footer, i18n);
  return doc;
}

/** The finished file's bytes. */
export function pdfBytes(doc: jsPDF): ArrayBuffer {
  return doc.output('arraybuffer');
}

/** The finished file, ready for export/download.ts. */
export function pdfBlob(doc: jsPDF): Blob {
  return new Blob([pdfBytes(doc)], { type: 'application/pdf' });
}

export { pdfFileName } from '../file-name';
