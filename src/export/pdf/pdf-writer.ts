/**
 * A small flow-layout helper over jsPDF: a cursor that moves down an A4 page, wraps every
 * text to the column width and starts a new page before anything would cross the bottom
 * margin. All drawing in build-pdf goes through it, so nothing overflows or overlaps.
 *
 * Units are millimetres; font sizes are points. Text is drawn on its alphabetic baseline,
 * placed within a line box of `LINE_FACTOR` times the font size.
 */
import type { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { UserOptions } from 'jspdf-autotable';

export const FONT = 'NotoSans';
export const PAGE = { width: 210, height: 297, top: 22, bottom: 24, left: 20, right: 20 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

type Rgb = readonly [number, number, number];
/** Dark text and a blue that prints; every pair has at least 4.5:1 contrast on white. */
export const COLOUR = {
  text: [11, 12, 12] as Rgb,
  secondary: [80, 90, 95] as Rgb,
  blue: [29, 112, 184] as Rgb,
  track: [243, 242, 241] as Rgb,
  rule: [177, 180, 182] as Rgb,
  inset: [29, 112, 184] as Rgb,
};

const PT = 25.4 / 72;
const LINE_FACTOR = 1.4;
// Noto Sans's ascent is about 1.07 em; placing the baseline at 1.02 em inside a 1.4 em line box
// leaves even space above capitals and below descenders.
const BASELINE = 1.02;

export type Style = 'normal' | 'bold';
export type TextOptions = {
  size?: number;
  style?: Style;
  colour?: Rgb;
  indent?: number;
  width?: number;
  after?: number;
};

export const SIZE = { title: 26, h1: 17, h2: 13, h3: 11, body: 10, small: 8.5 } as const;

export class PdfWriter {
  y: number = PAGE.top;
  /** Level 1 headings and their pages, for the document outline (bookmarks). */
  readonly outline: { title: string; page: number }[] = [];

  constructor(readonly doc: jsPDF) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  lineHeight(size: number): number {
    return size * PT * LINE_FACTOR;
  }

  setFont(size: number, style: Style = 'normal', colour: Rgb = COLOUR.text): void {
    this.doc.setFont(FONT, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(colour[0], colour[1], colour[2]);
  }

  /** Starts a new page when `height` does not fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  space(mm: number): void {
    this.y = Math.min(this.y + mm, this.bottom);
  }

  /** The lines `text` wraps to at `width` in the given font (the font stays set). */
  wrap(text: string, width: number, size: number, style: Style = 'normal'): string[] {
    this.setFont(size, style);
    const clean = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ');
    return this.doc.splitTextToSize(clean, width) as string[];
  }

  /** Draws one line with its line box top at the cursor's `y`, at x. */
  private drawLine(line: string, x: number, size: number): void {
    this.doc.text(line, x, this.y + size * PT * BASELINE);
  }

  /** A paragraph, wrapped and split across pages line by line. */
  text(text: string, o: TextOptions = {}): void {
    const size = o.size ?? SIZE.body;
    const indent = o.indent ?? 0;
    const width = o.width ?? CONTENT_WIDTH - indent;
    const lines = this.wrap(text, width, size, o.style);
    const lh = this.lineHeight(size);
    for (const line of lines) {
      if (this.y + lh > this.bottom) {
        this.newPage();
      }
      this.setFont(size, o.style, o.colour);
      this.drawLine(line, PAGE.left + indent, size);
      this.y += lh;
    }
    this.y += o.after ?? 2.5;
  }

  /**
   * The lines `text` wraps to, at most `maxLines` of them: when it is longer, the last line
   * kept ends with "…" (and `cut` is true). For the board summary, which must never run on.
   */
  clip(
    text: string,
    width: number,
    size: number,
    style: Style,
    maxLines: number,
  ): { lines: string[]; cut: boolean } {
    const lines = this.wrap(text, width, size, style);
    if (lines.length <= maxLines) return { lines, cut: false };
    if (maxLines <= 0) return { lines: [], cut: true };
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1]!.trimEnd();
    while (last.length > 0 && this.doc.getTextWidth(`${last}…`) > width)
      last = last.slice(0, -1).trimEnd();
    kept[maxLines - 1] = `${last}…`;
    return { lines: kept, cut: true };
  }

  /**
   * A paragraph of at most `maxLines` lines that never starts a new page: it is cut (ending
   * in "…") to the lines that fit above `limit` (the bottom margin unless given). Returns
   * whether anything was cut.
   */
  fixedText(text: string, o: TextOptions & { maxLines: number; limit?: number }): boolean {
    const size = o.size ?? SIZE.body;
    const indent = o.indent ?? 0;
    const width = o.width ?? CONTENT_WIDTH - indent;
    const lh = this.lineHeight(size);
    const room = Math.floor(((o.limit ?? this.bottom) - this.y + 0.01) / lh);
    const { lines, cut } = this.clip(
      text,
      width,
      size,
      o.style ?? 'normal',
      Math.min(o.maxLines, room),
    );
    this.setFont(size, o.style, o.colour);
    for (const line of lines) {
      this.drawLine(line, PAGE.left + indent, size);
      this.y += lh;
    }
    this.y = Math.min(this.y + (o.after ?? 2.5), o.limit ?? this.bottom);
    return cut;
  }

  /**
   * A table drawn by hand that never starts a new page: each cell cut to its column's
   * `maxLines`, and rows that would cross `limit` left out. Returns how many rows were drawn
   * and whether any cell was cut.
   */
  fixedTable(
    columns: readonly {
      header: string;
      width: number;
      maxLines: number;
      align?: 'left' | 'right';
      bold?: boolean;
    }[],
    rows: readonly (readonly string[])[],
    o: { size?: number; limit?: number } = {},
  ): { drawn: number; cut: boolean } {
    const size = o.size ?? SIZE.small + 0.5;
    const limit = o.limit ?? this.bottom;
    const lh = this.lineHeight(size);
    const pad = 1.4;
    const doc = this.doc;
    let cut = false;
    const drawRow = (cells: readonly string[], header: boolean): boolean => {
      const wrapped = columns.map((c, i) => {
        const style: Style = header || c.bold ? 'bold' : 'normal';
        // A heading may take up to three lines (Welsh headings run longer).
        const most = header ? Math.max(3, c.maxLines) : c.maxLines;
        const clipped = this.clip(cells[i] ?? '', c.width - 2 * pad, size, style, most);
        return { ...clipped, style };
      });
      const height = Math.max(1, ...wrapped.map((w) => w.lines.length)) * lh + 2 * pad;
      if (this.y + height > limit) return false;
      if (!header) cut ||= wrapped.some((w) => w.cut);
      let x = PAGE.left;
      doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
      doc.setLineWidth(0.2);
      columns.forEach((c, i) => {
        if (header) {
          doc.setFillColor(COLOUR.track[0], COLOUR.track[1], COLOUR.track[2]);
          doc.rect(x, this.y, c.width, height, 'FD');
        } else doc.rect(x, this.y, c.width, height, 'S');
        const cell = wrapped[i]!;
        this.setFont(size, cell.style);
        cell.lines.forEach((line, k) => {
          const baseline = this.y + pad + k * lh + size * PT * BASELINE;
          if (c.align === 'right') doc.text(line, x + c.width - pad, baseline, { align: 'right' });
          else doc.text(line, x + pad, baseline);
        });
        x += c.width;
      });
      this.y += height;
      return true;
    };
    if (
      !drawRow(
        columns.map((c) => c.header),
        true,
      )
    )
      return { drawn: 0, cut: rows.length > 0 };
    let drawn = 0;
    for (const row of rows) {
      if (!drawRow(row, false)) break;
      drawn += 1;
    }
    this.y = Math.min(this.y + 3, limit);
    return { drawn, cut };
  }

  /** Height of a wrapped paragraph, without drawing it. */
  measure(
    text: string,
    size: number = SIZE.body,
    width: number = CONTENT_WIDTH,
    style: Style = 'normal',
  ): number {
    return this.wrap(text, width, size, style).length * this.lineHeight(size);
  }

  /**
   * A heading kept with what follows: it moves to a new page unless `keep` mm fit below it.
   * Level 1 headings get a rule above them unless they open a page.
   */
  heading(text: string, level: 1 | 2 | 3, keep = 18): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    const before = level === 1 ? 6 : level === 2 ? 4 : 2.5;
    if (this.y > PAGE.top) this.y += before;
    this.ensure(this.measure(text, size, CONTENT_WIDTH, 'bold') + keep);
    if (level === 1)
      this.outline.push({ title: text, page: this.doc.getCurrentPageInfo().pageNumber });
    this.text(text, { size, style: 'bold', after: level === 1 ? 3 : 1.5 });
  }

  /** A bulleted list; each item wraps under its own text, not under the bullet. */
  bullets(items: readonly string[], o: TextOptions = {}): void {
    const size = o.size ?? SIZE.body;
    const indent = (o.indent ?? 0) + 5;
    for (const item of items) {
      this.ensure(this.lineHeight(size));
      this.setFont(size, 'normal', o.colour);
      this.drawLine('•', PAGE.left + indent - 4, size);
      this.text(item, { ...o, size, indent, after: 1.5 });
    }
    this.y += 1;
  }

  /** An indented block with a blue bar on its left, for prompts and findings. */
  inset(paragraphs: readonly string[], o: TextOptions = {}): void {
    for (const paragraph of paragraphs) {
      const height = this.measure(paragraph, o.size ?? SIZE.body, CONTENT_WIDTH - 6, o.style);
      // Keep a block together when it fits on one page; a longer one flows on.
      if (height < this.bottom - PAGE.top) this.ensure(height);
      const start = this.y;
      const startPage = this.doc.getCurrentPageInfo().pageNumber;
      this.text(paragraph, { ...o, indent: 6, after: 0 });
      // Draw the bar on the page where the paragraph ended (a split paragraph gets it there only).
      const top = this.doc.getCurrentPageInfo().pageNumber === startPage ? start : PAGE.top;
      this.doc.setFillColor(COLOUR.inset[0], COLOUR.inset[1], COLOUR.inset[2]);
      this.doc.rect(PAGE.left, top, 1.5, this.y - top, 'F');
      this.y += 2.5;
    }
  }

  /** Label and value pairs in two columns; each pair stays on one page. */
  pairs(
    rows: readonly (readonly [string, string])[],
    labelWidth = 48,
    size: number = SIZE.body,
  ): void {
    const lh = this.lineHeight(size);
    const valueWidth = CONTENT_WIDTH - labelWidth - 4;
    for (const [label, value] of rows) {
      const labelLines = this.wrap(label, labelWidth, size, 'bold');
      const valueLines = this.wrap(value, valueWidth, size);
      const height = Math.max(labelLines.length, valueLines.length) * lh;
      if (height > this.bottom - PAGE.top) {
        // Longer than a page (only hostile input is): label above, value flowing on.
        this.text(label, { size, style: 'bold', after: 0.5 });
        this.text(value, { size, after: 1.5 });
        continue;
      }
      this.ensure(height);
      const top = this.y;
      this.setFont(size, 'bold');
      labelLines.forEach((line, i) => {
        this.y = top + i * lh;
        this.drawLine(line, PAGE.left, size);
      });
      this.setFont(size, 'normal');
      valueLines.forEach((line, i) => {
        this.y = top + i * lh;
        this.drawLine(line, PAGE.left + labelWidth + 4, size);
      });
      this.y = top + height + 1.5;
    }
    this.y += 1;
  }

  /** A table with the document's font and colours; the cursor moves below it. */
  table(options: UserOptions): void {
    autoTable(this.doc, {
      startY: this.y,
      margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
      theme: 'grid',
      rowPageBreak: 'avoid',
      styles: {
        font: FONT,
        fontStyle: 'normal',
        fontSize: SIZE.small + 0.5,
        textColor: [...COLOUR.text],
        lineColor: [...COLOUR.rule],
        lineWidth: 0.2,
        cellPadding: { top: 1.6, bottom: 1.6, left: 2, right: 2 },
        valign: 'top',
        overflow: 'linebreak',
      },
      headStyles: { fontStyle: 'bold', fillColor: [...COLOUR.track], textColor: [...COLOUR.text] },
      ...options,
    });
    const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 5;
  }

  /**
   * An image centred in a square box `box` mm wide, kept whole on one page, with a caption.
   * JPEG is embedded as it is; PNG is decoded and compressed again, which is slow.
   */
  image(dataUrl: string, box: number, key: string, caption: string): void {
    const props = this.doc.getImageProperties(dataUrl);
    const scale = Math.min(box / props.width, box / props.height);
    const width = props.width * scale;
    const height = props.height * scale;
    this.ensure(height + 12);
    const format = dataUrl.startsWith('data:image/jpeg') ? 'JPEG' : 'PNG';
    this.doc.addImage(
      dataUrl,
      format,
      PAGE.left + (CONTENT_WIDTH - width) / 2,
      this.y,
      width,
      height,
      key,
      'FAST',
    );
    this.y += height + 3;
    this.text(caption, { size: SIZE.small, colour: COLOUR.secondary, after: 4 });
  }

  /**
   * The cover page both reports share: the name, a short rule, the facts as label and value
   * pairs, a list of what the report holds, and the privacy note at the foot of the page.
   */
  cover(c: {
    top: number;
    title: string;
    name: string;
    subtitle?: string | null;
    facts: readonly (readonly [string, string])[];
    extra?: () => void;
    /** "In this report", in the report's language. */
    contentsHeading: string;
    contents: readonly string[];
    privacyNote: string;
  }): void {
    this.y = c.top;
    this.text('Rally', { size: SIZE.h3, style: 'bold', colour: COLOUR.blue, after: 2 });
    this.text(c.title, { size: SIZE.title, style: 'bold', after: 6 });
    this.text(c.name, { size: 20, style: 'bold', after: 2 });
    if (c.subtitle) this.text(c.subtitle, { size: SIZE.h2, colour: COLOUR.secondary, after: 2 });
    this.space(8);
    this.doc.setDrawColor(COLOUR.blue[0], COLOUR.blue[1], COLOUR.blue[2]);
    this.doc.setLineWidth(0.8);
    this.doc.line(PAGE.left, this.y, PAGE.left + 40, this.y);
    this.space(8);
    this.pairs(c.facts);
    c.extra?.();
    this.space(6);
    this.text(c.contentsHeading, { size: SIZE.h3, style: 'bold', after: 1.5 });
    this.bullets(c.contents);
    this.y = Math.max(this.y, this.bottom - 14);
    this.text(c.privacyNote, { size: SIZE.small, colour: COLOUR.secondary, after: 0 });
  }
}
