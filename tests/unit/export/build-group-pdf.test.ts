// @vitest-environment node
/**
 * The group PDF read back with pdf-parse: the partnership name with its Welsh letters, the
 * six dimensions with the group's figures, "Discuss first" with every split, the suppressed
 * sectors said in words, what the group agreed with its reason and action, every comment, and
 * the method with the split rule's source. Written to test-results/sample-group-report.pdf so
 * that it can be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { SUPPRESSED_TEXT } from '../../../src/domain/report/group-report-types';
import type { GroupReportModel } from '../../../src/domain/report/group-report-types';
import { buildGroupPdf, groupPdfFileName, pdfBytes } from '../../../src/export/pdf/build-group-pdf';
import { loadRealBank, ROOT } from '../../bank/real-bank';
import {
  ACTION,
  GROUP_NAME,
  RATIONALE,
  cultureConsensus,
  fixtureResponses,
  makeSession,
} from './group-fixtures';
import { readFonts, squash } from './report-fixtures';
import { i18n } from '../../../src/i18n';

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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let bank: Bank;
let report: GroupReportModel;
let pdf: Parsed;

beforeAll(async () => {
  bank = await loadRealBank();
  const responses = fixtureResponses(bank);
  const median = aggregateGroup(bank, responses).dimensions.find(
    (d) => d.dimensionId === 'culture',
  )!.medianScore;
  report = buildGroupReport(bank, makeSession(bank, responses, [cultureConsensus(median)]), i18n);
  const bytes = pdfBytes(buildGroupPdf(report, { fonts: readFonts() }, i18n));
  const out = path.join(ROOT, 'test-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'sample-group-report.pdf'), Buffer.from(bytes));
  pdf = await parsePdf(bytes);
}, 30_000);

describe('the group PDF', () => {
  it('keeps the partnership name with ŵ and ŷ, on the cover and in every footer with page numbers', () => {
    expect(pdf.pages[0]).toContain(GROUP_NAME);
    expect(squash(pdf.pages[0]!)).toContain('8 people answered.');
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`${GROUP_NAME} · Rally group self-assessment`);
      expect(page).toContain(`Page ${i + 1} of ${pdf.total}`);
    });
  });

  it('gives sector counts on the cover only for sectors of 3 or more', () => {
    // The cover follows the two-page summary.
    const cover = squash(pdf.pages[2]!);
    expect(cover).toContain('Voluntary or community sector: 4');
    expect(cover).toContain('Local authority: fewer than 3');
    expect(cover).not.toMatch(/Local authority: \d/);
  });

  it('lists every split dimension and item under "Discuss first"', () => {
    // After the summary and the cover, whose contents list names the section too.
    const text = squash(pdf.pages.slice(3).join('\n'));
    expect(text).toContain('Discuss first');
    expect(report.discussFirst.entries.length).toBeGreaterThan(0);
    const section = text.slice(
      text.indexOf('Discuss first'),
      text.indexOf(`The ${bank.dimensions.length} dimensions`, text.indexOf('Discuss first')),
    );
    for (const e of report.discussFirst.entries) {
      expect(section).toContain(squash(e.label));
      expect(section).toContain(e.outsideText);
    }
  });

  it('prints all six dimensions with the group median, band, IQR, min and max of the report model', () => {
    const text = squash(pdf.text);
    expect(report.dimensions).toHaveLength(6);
    for (const d of report.dimensions) {
      expect(text).toContain(d.name);
      expect(text).toMatch(
        new RegExp(
          [d.name, d.n, d.medianText, d.bandLabel, d.iqrText, d.minText, d.maxText, d.dontKnow]
            .map((x) => escape(String(x)))
            .join('\\s+'),
        ),
      );
    }
  });

  it('prints under the dimensions what the band of each group median looks like in practice', () => {
    // The pages' text without their running footers, so that a list running over a page reads on.
    const text = squash(
      pdf.pages
        .map((page) =>
          page
            .replace(`${GROUP_NAME} · Rally group self-assessment`, ' ')
            .replace(/Page \d+ of \d+/, ' '),
        )
        .join(' '),
    );
    const described = report.dimensions.filter((d) => d.practice);
    expect(described.length).toBeGreaterThan(0);
    const start = text.indexOf('What each band looks like in practice');
    expect(start).toBeGreaterThan(0);
    for (const d of described) {
      const p = d.practice!;
      const heading = text.indexOf(`${d.name}: group median ${d.medianText}`, start);
      expect(heading, d.name).toBeGreaterThan(start);
      expect(text.indexOf(`What ${p.bandLabel} looks like in practice`, heading)).toBeGreaterThan(
        heading,
      );
      for (const item of p.items)
        expect(text.indexOf(squash(`${item.text} (${item.sourceText})`), heading)).toBeGreaterThan(
          heading,
        );
      expect(text).toContain(squash(`${p.nextStepLabel}: ${p.nextStep}`));
    }
  });

  it('says in words that small sector and role groups are not shown', () => {
    const text = squash(pdf.text);
    const sectorPart = text.slice(text.indexOf('By sector'), text.indexOf('By role level'));
    expect(sectorPart).toContain(`Local authority ${SUPPRESSED_TEXT}`);
    expect(sectorPart).toContain(`NHS or health ${SUPPRESSED_TEXT}`);
    const shown = report.sectorView.rows.find((r) => !r.suppressed)!;
    if (shown.suppressed) throw new Error('unreachable');
    expect(sectorPart).toMatch(
      new RegExp(
        `${escape(shown.label)}\\s+${shown.n}\\s+${shown.cells.map((c) => escape(c.text)).join('\\s+')}`,
      ),
    );
  });

  it('names the spread of types and of governance modes', () => {
    const text = squash(pdf.text);
    for (const line of [...report.typologySpread.lines, ...report.governanceSpread.lines]) {
      expect(text).toMatch(new RegExp(`${escape(line.label)}\\s+${line.count}`));
    }
    expect(text).toContain(squash(report.governanceSpread.finding));
  });

  it('shows what the group agreed: score, target and reason; then the plan, status in words', () => {
    const text = squash(pdf.text);
    const culture = report.consensus.rows.find((r) => r.dimensionId === 'culture')!;
    expect(text).toContain(`Agreed score ${culture.agreedText} (${culture.bandLabel})`);
    expect(text).toContain(RATIONALE);
    // The plan replaces the per-area actions table: one table, in plan order, after the
    // agreed scores (the summary's top actions come first, on page 2).
    const full = squash(pdf.pages.slice(2).join('\n'));
    const start = full.indexOf('The action plan Every action, in the order agreed');
    expect(start).toBeGreaterThan(full.indexOf(RATIONALE));
    const plan = full.slice(start, full.indexOf('Figures for every question', start));
    // A table reads back row by row of text, so each cell is looked for on its own.
    for (const cell of [ACTION.what, 'Culture', ACTION.who, ACTION.byWhen, 'Not started'])
      expect(plan.replace(/\s+/g, ' ')).toContain(cell);
    expect(plan).toContain('How we will know it worked: Not said');
  });

  it('has the figures for every question and every comment', () => {
    const text = squash(pdf.text);
    const items = text.slice(text.indexOf('Figures for every question'));
    for (const item of report.items) expect(items).toContain(squash(item.statement));
    for (const t of report.comments.groups.flatMap((g) => g.texts))
      expect(text).toContain(squash(t));
  });

  it('ends with the method, citation and disclaimer', () => {
    const text = squash(pdf.text);
    for (const p of report.method.paragraphs) expect(text).toContain(squash(p));
    expect(text).toContain('doi 10.5334/ijic.7747');
    expect(text).toContain(squash(bank.citation));
    expect(text).toContain(squash(bank.disclaimer));
  });

  it('has its title, author and language set, at least 3 pages, and only embedded Noto Sans', () => {
    expect(pdf.total).toBeGreaterThanOrEqual(3);
    expect(pdf.info.Title).toBe(`Group self-assessment: ${GROUP_NAME} (Autumn workshop)`);
    expect(pdf.info.Author).toBe('Rally');
    expect(pdf.raw).toContain('/Lang (en-GB)');
    expect(pdf.raw).toContain('/FontFile2');
    expect(pdf.raw).toMatch(/\/BaseFont \/NotoSans/);
    expect(pdf.raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('is named from the partnership name and the session date', () => {
    expect(groupPdfFileName(GROUP_NAME, '2026-11-26')).toBe(
      'rally-group-partneriaeth-gwyl-yd-2026-11-26.pdf',
    );
  });
});

describe('building the group PDF', () => {
  it('builds for 60 respondents, with the same figures, and for an empty session', async () => {
    const big = buildGroupReport(bank, makeSession(bank, fixtureResponses(bank, 60)), i18n);
    const parsed = await parsePdf(pdfBytes(buildGroupPdf(big, { fonts: readFonts() }, i18n)));
    expect(squash(parsed.pages[0]!)).toContain('60 people answered.');
    const text = squash(parsed.text);
    for (const d of big.dimensions)
      expect(text).toMatch(
        new RegExp(
          `${escape(d.name)}\\s+${d.n}\\s+${escape(d.medianText)}\\s+${escape(d.bandLabel)}`,
        ),
      );
    const empty = await parsePdf(
      pdfBytes(
        buildGroupPdf(
          buildGroupReport(bank, makeSession(bank, []), i18n),
          { fonts: readFonts() },
          i18n,
        ),
      ),
    );
    expect(squash(empty.text)).toContain('Nobody has answered yet.');
    expect(squash(empty.text)).toContain('Nobody left a comment or reflection.');
  }, 30_000);
});
