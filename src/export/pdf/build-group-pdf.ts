/**
 * The group PDF: a whole session's results, for the partnership to take away from a workshop.
 * Built like the one-respondent PDF (build-pdf.ts): pure apart from jsPDF's document object,
 * laid out through PdfWriter (nothing overflows or overlaps), every text in embedded Noto Sans,
 * page numbers and a running footer on every page, document properties and language set.
 *
 * Order: the two-page board summary (pdf-summary.ts; "Summary (2 pages)" stops there), then
 * the cover, discuss first, the dimensions (radar, table), the views by sector and by role
 * level, the spread of types and of ways of governing, what the group agreed (scores, targets,
 * reasons), the action plan, statistics for every question, comments and reflections, then the
 * method, sources and disclaimer. It only lays out the group report model
 * (build-group-report.ts).
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { jsPDF } from 'jspdf';
import type { CellInput, RowInput, UserOptions } from 'jspdf-autotable';
import type {
  GroupBreakdownView,
  GroupReportModel,
  GroupSpread,
} from '../../domain/report/group-report-types';
import { finishDocument, newReportDocument } from './build-pdf';
import type { PdfFonts, PdfScope } from './build-pdf';
import { COLOUR, PdfWriter, SIZE } from './pdf-writer';
import { drawPlan, drawPractice } from './pdf-sections';
import { drawGroupSummary } from './pdf-summary';
import { drawSinceLastTime } from './since-last-time-section';

// Wide tables in a smaller size. table() sets `styles` (the font among them), so the size is
// set through the head and body styles, which autoTable lays over `styles`.
const SMALL_PADDING = { top: 1.4, bottom: 1.4, left: 1.5, right: 1.5 };
const SMALL_TABLE = {
  headStyles: {
    fontStyle: 'bold',
    fillColor: [...COLOUR.track],
    textColor: [...COLOUR.text],
    fontSize: SIZE.small,
    cellPadding: SMALL_PADDING,
  },
  bodyStyles: { fontSize: SIZE.small, cellPadding: SMALL_PADDING },
} satisfies Pick<UserOptions, 'headStyles' | 'bodyStyles'>;

export type GroupPdfAssets = {
  fonts: PdfFonts;
  /** The group radar chart as a PNG data URL. */ radarPng?: string;
  /** The two-page board summary only, or the full report (the default). */
  scope?: PdfScope;
};

const wholeDimension = (dimension: string, i18n: I18n) =>
  i18n._(msg`${dimension} (the dimension as a whole)`);
const reversed = (statement: string, i18n: I18n) =>
  i18n._(msg`${statement} (worded the other way round)`);

function drawCover(w: PdfWriter, r: GroupReportModel, hasRadar: boolean, i18n: I18n): void {
  const c = r.cover;
  const { bankTitle, bankVersion } = c;
  const count = r.dimensions.length;
  w.cover({
    top: 44,
    title: c.title,
    name: c.partnershipName,
    subtitle: c.sessionLabel,
    facts: [
      [i18n._(msg`Date of the session`), c.date],
      [i18n._(msg`Who answered`), c.respondentsText],
      [i18n._(msg`Question bank`), i18n._(msg`${bankTitle}, version ${bankVersion}`)],
    ],
    extra: () => {
      if (c.sectors.length === 0) return;
      w.text(i18n._(msg`Sectors represented`), { style: 'bold', after: 1.5 });
      w.bullets(c.sectors.map((s) => `${s.label}: ${s.countText}`));
    },
    contentsHeading: i18n._(msg`In this report`),
    contents: [
      i18n._(msg`Discuss first: where answers pull apart`),
      hasRadar
        ? i18n._(msg`The ${count} dimensions, with a radar chart and a table`)
        : i18n._(msg`The ${count} dimensions, with a table`),
      i18n._(msg`Views by sector and by role level`),
      i18n._(msg`How people see the type of partnership and how it is governed`),
      i18n._(msg`What the group agreed, and its targets`),
      i18n._(msg`The action plan`),
      i18n._(msg`Figures for every question`),
      i18n._(msg`Comments and reflections`),
      i18n._(msg`How the results were worked out, sources and disclaimer`),
    ],
    privacyNote: c.privacyNote,
  });
}

function drawDiscussFirst(w: PdfWriter, r: GroupReportModel, i18n: I18n): void {
  const d = r.discussFirst;
  w.heading(i18n._(msg`Discuss first`), 1, 30);
  if (d.entries.length === 0) {
    w.inset([d.empty]);
    return;
  }
  w.text(d.intro);
  w.table({
    head: [
      [
        i18n._(msg`Dimension or question`),
        i18n._(msg`Dimension`),
        i18n._(msg`Answers outside the band`),
      ],
    ],
    body: d.entries.map((e) => [
      e.kind === 'dimension'
        ? {
            content: wholeDimension(e.label, i18n),
            styles: { fontStyle: 'bold' },
          }
        : e.label,
      e.dimensionName,
      e.outsideText,
    ]),
    columnStyles: { 1: { cellWidth: 36 }, 2: { cellWidth: 30 } },
  });
  w.text(
    i18n._(
      msg`A dimension or question is split when at least max(2, 25% of n) of its n answers lie outside the 3-point band around the median. See the method at the end.`,
    ),
    {
      size: SIZE.small,
      colour: COLOUR.secondary,
    },
  );
}

function drawDimensions(
  w: PdfWriter,
  r: GroupReportModel,
  radarPng: string | undefined,
  i18n: I18n,
): void {
  const count = r.dimensions.length;
  w.heading(i18n._(msg`The ${count} dimensions`), 1, 60);
  if (radarPng) {
    w.image(
      radarPng,
      100,
      'group-radar',
      i18n._(
        msg`Radar chart of the group’s scores for the ${count} dimensions, from 0 at the centre to 100 at the edge: the group median, with the spread from the lower to the upper quartile. The table below gives the same figures.`,
      ),
    );
  }

  w.table({
    head: [
      [
        i18n._(msg`Dimension`),
        'n',
        i18n._(msg`Median`),
        i18n._(msg`Band`),
        i18n._(msg`IQR`),
        i18n._(msg`Min`),
        i18n._(msg`Max`),
        i18n._(msg`Don’t know`),
      ],
    ],
    body: r.dimensions.map((d) => [
      d.name,
      String(d.n),
      d.medianText,
      d.bandLabel,
      d.iqrText,
      d.minText,
      d.maxText,
      String(d.dontKnow),
    ]),
    columnStyles: {
      0: { cellWidth: 40, fontStyle: 'bold' },
      1: { halign: 'right' },
      2: { halign: 'right' },
      4: { halign: 'right' },
      5: { halign: 'right' },
      6: { halign: 'right' },
      7: { halign: 'right' },
    },
  });
  const notEnough = r.dimensions.filter((d) => d.notEnough > 0);
  const list = notEnough.map((d) => `${d.name} ${d.notEnough}`).join(', ');
  w.text(
    i18n._(
      msg`Scores run from 0 to 100. n is the number of people with enough answers for a score in the dimension; the median, interquartile range (IQR), minimum and maximum are of their scores. Don’t know counts every Don’t know answer to the dimension’s questions.`,
    ) +
      (notEnough.length > 0
        ? ` ${i18n._(msg`Some people did not answer enough questions for a score: ${list}.`)}`
        : ''),
    { size: SIZE.small, colour: COLOUR.secondary },
  );
  drawGroupPractice(w, r, i18n);
}

/** Under each dimension, what the band of the group median looks like in practice. */
function drawGroupPractice(w: PdfWriter, r: GroupReportModel, i18n: I18n): void {
  if (!r.dimensions.some((d) => d.practice)) return;
  w.heading(i18n._(msg`What each band looks like in practice`), 2, 30);
  w.text(
    i18n._(
      msg`For each dimension, what practice often looks like in the band of the group median, and what would move the partnership on. It is a starting point for discussion, not a verdict.`,
    ),
  );
  for (const { name, medianText, practice } of r.dimensions) {
    if (!practice) continue;
    w.heading(i18n._(msg`${name}: group median ${medianText}`), 3, 24);
    drawPractice(w, practice, i18n);
  }
}

function drawBreakdown(w: PdfWriter, v: GroupBreakdownView, i18n: I18n): void {
  w.heading(v.heading, 2, 30);
  const question = v.question;
  if (question)
    w.text(i18n._(msg`From the answers to “${question}”`), {
      size: SIZE.small + 0.5,
      colour: COLOUR.secondary,
      after: 1.5,
    });
  if (v.rows.length === 0) {
    w.text(v.note);
    return;
  }
  const span = v.columns.length + 1;
  const body: RowInput[] = v.rows.map((row): RowInput => {
    const label: CellInput = { content: row.label, styles: { fontStyle: 'bold' } };
    if (row.suppressed)
      return [
        label,
        {
          content: row.text,
          colSpan: span,
          styles: { halign: 'left', textColor: [...COLOUR.secondary] },
        },
      ];
    return [label, String(row.n), ...row.cells.map((c) => c.text)];
  });
  w.table({
    head: [[i18n._(msg`Group`), 'n', ...v.columns]],
    body,
    ...SMALL_TABLE,
    columnStyles: Object.fromEntries([
      [0, { cellWidth: 34 }],
      [1, { cellWidth: 9, halign: 'right' }],
      ...v.columns.map((_, i) => [i + 2, { halign: 'right' }]),
    ]) as UserOptions['columnStyles'],
  });
  w.text(v.note, { size: SIZE.small, colour: COLOUR.secondary });
}

function drawSpread(w: PdfWriter, s: GroupSpread, i18n: I18n): void {
  w.heading(s.heading, 2, 30);
  w.table({
    head: [[i18n._(msg`Answer`), i18n._(msg`People`)]],
    body: s.lines.map((l) => [l.label, String(l.count)]),
    columnStyles: { 1: { cellWidth: 22, halign: 'right' } },
  });
  w.inset([s.finding]);
}

function drawConsensus(w: PdfWriter, r: GroupReportModel, i18n: I18n): void {
  w.heading(i18n._(msg`What the group agreed`), 1, 40);
  w.text(r.consensus.intro);
  for (const row of r.consensus.rows) {
    const target = r.targets.rows.find((t) => t.dimensionId === row.dimensionId);
    const targetText = target?.targetText ?? '';
    const gapText = target?.gapText ?? '';
    w.heading(row.name, 2, 24);
    w.pairs(
      [
        [i18n._(msg`Group median`), row.medianText],
        [
          i18n._(msg`Agreed score`),
          row.agreed === null ? row.agreedText : `${row.agreedText} (${row.bandLabel})`,
        ],
        [
          i18n._(msg`Target`),
          target && target.target !== null
            ? i18n._(msg`${targetText} (gap ${gapText})`)
            : i18n._(msg`No target`),
        ],
        [
          i18n._(msg`Why`),
          row.rationale ||
            (row.recorded
              ? i18n._(msg`No reason was recorded.`)
              : i18n._(msg`Nothing was recorded for this dimension.`)),
        ],
      ],
      36,
    );
  }
}

function drawItems(w: PdfWriter, r: GroupReportModel, i18n: I18n): void {
  w.newPage();
  w.heading(i18n._(msg`Figures for every question`), 1);
  const scale = r.scaleText;
  w.text(
    i18n._(
      msg`Answers on the scale from ${scale}, as given. n is the number of answers on the scale; Don’t know and Not applicable (N/A) answers are counted, not averaged. Questions marked “worded the other way round” are reversed only when the dimension is scored. Questions in bold are split.`,
    ),
  );
  const dimensions = [...new Map(r.items.map((i) => [i.dimensionId, i.dimensionName])).entries()];
  for (const [id, name] of dimensions) {
    w.heading(name, 2, 24);
    w.table({
      head: [
        [
          i18n._(msg`Statement`),
          'n',
          i18n._(msg`Median`),
          i18n._(msg`IQR`),
          i18n._(msg`Min`),
          i18n._(msg`Max`),
          i18n._(msg`Mean`),
          i18n._(msg`Don’t know`),
          i18n._(msg`N/A`),
        ],
      ],
      body: r.items
        .filter((i) => i.dimensionId === id)
        .map((i) => [
          {
            content: i.reverse ? reversed(i.statement, i18n) : i.statement,
            styles: i.split ? { fontStyle: 'bold' } : {},
          },
          String(i.n),
          i.medianText,
          i.iqrText,
          i.minText,
          i.maxText,
          i.meanText,
          String(i.dontKnow),
          String(i.notApplicable),
        ]),
      ...SMALL_TABLE,
      columnStyles: {
        0: { cellWidth: 68 },
        1: { halign: 'right' },
        2: { halign: 'right' },
        3: { halign: 'right' },
        4: { halign: 'right' },
        5: { halign: 'right' },
        6: { halign: 'right' },
        7: { halign: 'right' },
        8: { halign: 'right' },
      },
    });
  }
}

function drawComments(w: PdfWriter, r: GroupReportModel, i18n: I18n): void {
  w.heading(i18n._(msg`Comments and reflections`), 1, 20);
  if (r.comments.groups.length === 0) {
    w.text(r.comments.empty);
    return;
  }
  w.text(
    i18n._(
      msg`Every comment and reflection, without names, in alphabetical order under each question.`,
    ),
  );
  for (const group of r.comments.groups) {
    w.heading(group.heading, 3, 10);
    w.bullets(group.texts);
  }
}

function drawMethod(w: PdfWriter, r: GroupReportModel, i18n: I18n): void {
  w.heading(r.method.heading, 1, 30);
  for (const paragraph of r.method.paragraphs) w.text(paragraph);
  w.heading(i18n._(msg`Source`), 2, 12);
  w.text(r.citation);
  w.heading(i18n._(msg`All sources the questions draw on`), 3, 10);
  w.bullets(r.sources, { size: SIZE.small + 0.5 });
  w.heading(i18n._(msg`About this tool`), 2, 12);
  w.text(r.disclaimer);
  const { bankId, bankVersion } = r;
  w.text(i18n._(msg`Question bank: ${bankId}, version ${bankVersion}.`), {
    size: SIZE.small,
    colour: COLOUR.secondary,
  });
}

/**
 * Builds the group PDF, its own words in the language of `i18n` (the report arrives in it
 * already). Pure: same report, assets and language, same document.
 */
export function buildGroupPdf(report: GroupReportModel, assets: GroupPdfAssets, i18n: I18n): jsPDF {
  const doc = newReportDocument(report.meta, report.language, assets.fonts);

  const w = new PdfWriter(doc);
  drawGroupSummary(w, report, assets.radarPng, i18n);
  if (assets.scope === 'summary') {
    finishDocument(w, report.footer, i18n);
    return doc;
  }
  w.newPage();
  drawCover(w, report, Boolean(assets.radarPng), i18n);
  w.newPage();
  drawDiscussFirst(w, report, i18n);
  drawDimensions(w, report, assets.radarPng, i18n);
  w.heading(i18n._(msg`Views by sector and by role level`), 1, 50);
  drawBreakdown(w, report.sectorView, i18n);
  drawBreakdown(w, report.roleView, i18n);
  w.heading(i18n._(msg`Type of partnership and governance`), 1, 50);
  drawSpread(w, report.typologySpread, i18n);
  drawSpread(w, report.governanceSpread, i18n);
  drawSinceLastTime(w, report);
  drawConsensus(w, report, i18n);
  drawPlan(w, report.plan, i18n);
  drawItems(w, report, i18n);
  drawComments(w, report, i18n);
  drawMethod(w, report, i18n);
  finishDocument(w, report.footer, i18n);
  return doc;
}

export { pdfBlob, pdfBytes } from './build-pdf';
export { groupPdfFileName } from '../file-name';
