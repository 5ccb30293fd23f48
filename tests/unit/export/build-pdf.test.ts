// @vitest-environment node
/**
 * The PDF builder, read back with pdf-parse: the text a reader (or a screen reader, or a
 * search) gets out of the file must hold the partnership's name with its Welsh letters, every
 * dimension with the score the report model gives it, the typology result, and the method,
 * citation and disclaimer. The file is written to test-results/sample-report.pdf so that it
 * can be looked at (pdftoppm, pdffonts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { buildReport } from '../../../src/domain/report/build-report';
import type { ReportModel } from '../../../src/domain/report/report-types';
import { buildPdf, pdfBlob, pdfBytes } from '../../../src/export/pdf/build-pdf';
import { loadRealBank, ROOT } from '../../bank/real-bank';
import { makeBankWithoutChoices } from '../../helpers/make-bank';
import { readFixture, readFonts, squash } from './report-fixtures';
import { i18n } from '../../../src/i18n';

const NAME = 'Partneriaeth Gŵyl Ŷd';

/** A small valid PNG of one colour, standing in for the radar chart. */
function solidPng(width: number, height: number, rgb: [number, number, number]): string {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => rgb).flat()),
  ]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

type Parsed = {
  text: string;
  pages: string[];
  info: Record<string, unknown>;
  total: number;
  raw: string;
};

async function parsePdf(bytes: ArrayBuffer): Promise<Parsed> {
  const parser = new PDFParse({ data: new Uint8Array(bytes.slice(0)) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return {
      text: text.text,
      pages: text.pages.map((p) => p.text),
      info: (info.info ?? {}) as Record<string, unknown>,
      total: info.total,
      raw: Buffer.from(bytes).toString('latin1'),
    };
  } finally {
    await parser.destroy();
  }
}

let bank: Bank;
let report: ReportModel;
let pdf: Parsed;

beforeAll(async () => {
  bank = await loadRealBank();
  const response = readFixture(bank, 'council-clear');
  report = buildReport(
    bank,
    {
      ...response,
      answers: { ...response.answers, 'partnership-name': NAME },
    },
    i18n,
  );
  const doc = buildPdf(
    report,
    {
      fonts: readFonts(),
      radarPng: solidPng(240, 240, [29, 112, 184]),
    },
    i18n,
  );
  const bytes = pdfBytes(doc);
  const out = path.join(ROOT, 'test-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'sample-report.pdf'), Buffer.from(bytes));
  pdf = await parsePdf(bytes);
}, 30_000);

describe('the PDF summary', () => {
  it('keeps the partnership name with ŵ and ŷ intact, on the cover and in every footer', () => {
    expect(report.cover.partnershipName).toBe(NAME);
    expect(pdf.pages[0]).toContain(NAME);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`${NAME} · Rally self-assessment`);
      expect(page).toContain(`Page ${i + 1} of ${pdf.total}`);
    });
  });

  it('shows the cover details, on the page after the two-page summary', () => {
    const cover = squash(pdf.pages[2]!);
    for (const text of [
      'Partnership self-assessment',
      'Northborough',
      '12 May 2025',
      'Local authority',
      'Senior leader',
      bank.title,
      report.cover.privacyNote,
    ]) {
      expect(cover).toContain(text);
    }
  });

  it('names the best fit and prints every fit', () => {
    const text = squash(pdf.text);
    expect(report.typology.status).toBe('best-fit');
    expect(text).toContain(report.typology.headline);
    expect(text).toContain('Collaborative council');
    for (const fit of report.typology.fits)
      expect(text).toMatch(new RegExp(`${fit.name}\\s+${fit.fitText.replace('.', '\\.')}`));
    for (const reason of report.typology.reasons) expect(text).toContain(squash(reason.text));
  });

  it('prints all six dimensions with the score and band of the report model', () => {
    const text = squash(pdf.text);
    expect(report.dimensions).toHaveLength(6);
    for (const d of report.dimensions) {
      expect(text).toContain(d.name);
      // The table row: name, score as printed, band.
      expect(text).toMatch(
        new RegExp(`${d.name}\\s+${d.scoreText.replace('.', '\\.')}\\s+${d.bandLabel}`),
      );
      for (const prompt of d.prompts) expect(text).toContain(squash(prompt));
    }
  });

  it('prints under each dimension what its band looks like in practice, with sources and the next step', () => {
    const text = squash(pdf.text);
    const described = report.dimensions.filter((d) => d.practice);
    // council-clear has a band in every dimension.
    expect(described).toHaveLength(6);
    for (const d of described) {
      const p = d.practice!;
      const heading = text.indexOf(
        `What ${p.bandLabel} looks like in practice`,
        text.indexOf(squash(d.prompts.at(-1)!)),
      );
      expect(heading, d.name).toBeGreaterThan(0);
      let at = heading;
      for (const item of p.items) {
        const next = text.indexOf(squash(`${item.text} (${item.sourceText})`), at);
        expect(next, item.text).toBeGreaterThan(at);
        at = next;
      }
      expect(text.indexOf(squash(`${p.nextStepLabel}: ${p.nextStep}`), at)).toBeGreaterThan(at);
    }
    // The source added for practice is in the list of sources at the end.
    expect(text).toContain('Improvement Service (Scotland). National Community Planning');
  });

  it('includes the radar with its caption, on the summary and in the full report, embedded once', () => {
    expect(pdf.raw.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(squash(pdf.pages[0]!)).toContain('Radar chart of the 6 dimension scores');
    expect(squash(pdf.pages.slice(2).join(' '))).toContain('Radar chart of the 6 dimension scores');
  });

  it('has governance, roles, accountability, strengths, comments and reflections', () => {
    const text = squash(pdf.text);
    expect(text).toContain(report.governance.finding);
    for (const role of report.leadership.roles)
      expect(text).toMatch(new RegExp(`${role.name}.*?${role.scoreText.replace('.', '\\.')}`));
    for (const row of report.accountability.rows) expect(text).toContain(row.label);
    for (const d of report.strengths.items) expect(text).toContain(`${d.name}: ${d.scoreText}`);
    expect(report.comments.length + report.reflections.length).toBeGreaterThan(0);
    for (const c of report.comments) expect(text).toContain(squash(c.text));
    for (const r of report.reflections) expect(text).toContain(squash(r.answer));
  });

  it('has every question in the appendix', () => {
    const appendix = squash(pdf.text.slice(pdf.text.indexOf('Every question and answer')));
    for (const row of report.appendix.flatMap((s) => s.rows))
      expect(appendix).toContain(squash(row.question));
  });

  it('ends with the method, citation and disclaimer', () => {
    const text = squash(pdf.text);
    expect(text).toContain(report.method.heading);
    for (const paragraph of report.method.paragraphs) expect(text).toContain(squash(paragraph));
    expect(text).toContain(squash(report.citation));
    expect(text).toContain(squash(report.disclaimer));
    expect(text).toContain(`Question bank: ${bank.id}, version ${bank.version}.`);
  });

  it('has at least 3 pages, its title, author and language set', () => {
    expect(pdf.total).toBeGreaterThanOrEqual(3);
    expect(pdf.info.Title).toBe(`Partnership self-assessment: ${NAME}`);
    expect(pdf.info.Author).toBe('Rally');
    expect(pdf.info.Subject).toBe(report.meta.subject);
    expect(pdf.info.Keywords).toContain('self-assessment');
    expect(pdf.raw).toContain('/Lang (en-GB)');
  });

  it('embeds Noto Sans and never uses a built-in font', () => {
    expect(pdf.raw).toContain('/FontFile2');
    expect(pdf.raw).toMatch(/\/BaseFont \/NotoSans/);
    expect(pdf.raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });
});

describe('building the PDF', () => {
  it('leaves out the radar when none is given, and works with too few answers', async () => {
    const thin = buildReport(bank, readFixture(bank, 'too-few-new-partner'), i18n);
    const parsed = await parsePdf(pdfBytes(buildPdf(thin, { fonts: readFonts() }, i18n)));
    const text = squash(parsed.text);
    expect(text).not.toContain('Radar chart');
    expect(text).not.toContain('with a radar chart');
    expect(text).toContain(thin.typology.headline);
    for (const d of thin.dimensions)
      expect(text).toMatch(new RegExp(`${d.name}\\s+${d.scoreText.replace('.', '\\.')}`));
    parsed.pages.forEach((page, i) => {
      expect(page).toContain('Rally self-assessment');
      expect(page).toContain(`Page ${i + 1} of ${parsed.total}`);
    });
  });

  it('flows very long text across pages without losing any of it', async () => {
    const response = readFixture(bank, 'market-alliance');
    const long = Array.from({ length: 400 }, (_, i) => `Gair${i} ŵ ŷ`).join(' ');
    const big = buildReport(
      bank,
      {
        ...response,
        comments: { shape: long },
        answers: { ...response.answers, 'reflect-barriers': long },
      },
      i18n,
    );
    const parsed = await parsePdf(pdfBytes(buildPdf(big, { fonts: readFonts() }, i18n)));
    const text = squash(parsed.text);
    expect(text).toContain('Gair0 ŵ ŷ');
    expect(text).toContain('Gair399 ŵ ŷ');
    expect(parsed.total).toBeGreaterThan(pdf.total);
  }, 30_000);

  it('leaves out the parts a bank asks nothing about, instead of printing them empty', async () => {
    const bare = makeBankWithoutChoices();
    const report = buildReport(
      bare,
      {
        answers: { g1: 4, g2: 4, g3: 5, l1: 4, l2: 4 },
        comments: {},
        updatedAt: '2026-11-26T10:00:00.000Z',
      },
      i18n,
    );
    expect(report.parts).toMatchObject({
      typology: false,
      governance: false,
      accountability: false,
    });
    const text = squash(
      (await parsePdf(pdfBytes(buildPdf(report, { fonts: readFonts() }, i18n)))).text,
    );
    for (const heading of ['Type of partnership', 'Governance fit', 'Accountability mix'])
      expect(text).not.toContain(heading);
    expect(text).toContain('Leadership roles');
    expect(text).not.toMatch(/\b0 of (the )?0\b/);
  });

  it('hands the file over as a PDF blob', async () => {
    const blob = pdfBlob(buildPdf(report, { fonts: readFonts() }, i18n));
    expect(blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode((await blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });
});
