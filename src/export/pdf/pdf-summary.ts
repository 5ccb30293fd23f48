/**
 * The board summary: the first two pages of both PDFs, written to stand alone and be read in
 * five minutes. Page 1: who and when, the type of partnership, the radar and its table (score
 * now, target, gap; for a group also the median, the spread and the agreed score). Page 2: the
 * three areas to work on first, the top actions of the plan and, for a group, where it was
 * split.
 *
 * It is always exactly two pages, whatever the input: every text is cut to a number of lines
 * (ending in "…", with a pointer to the full report), tables are drawn by hand and leave out
 * rows that would not fit (PdfWriter.fixedText, fixedTable), and nothing here starts a page
 * except the one break between page 1 and page 2. The caller starts page 3.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { GroupReportModel } from '../../domain/report/group-report-types';
import type { ReportFocus, ReportPlan } from '../../domain/report/report-plan';
import type { ReportModel } from '../../domain/report/report-types';
import { COLOUR, CONTENT_WIDTH, PAGE, SIZE } from './pdf-writer';
import type { PdfWriter } from './pdf-writer';

/** How many of the plan's actions the summary shows, at most. */
export const SUMMARY_ACTIONS = 5;

type Column = {
  header: string;
  width: number;
  maxLines: number;
  align?: 'left' | 'right';
  bold?: boolean;
};

type SummaryInput = {
  name: string;
  subtitle: string | null;
  facts: string;
  type: { heading: string; headline: string; headlineLines?: number; text: string } | null;
  radarPng: string | undefined;
  /** The image's name in the file: the same as the full report's, so it is embedded once. */
  radarKey: string;
  radarCaption: string;
  tableHeading: string;
  columns: Column[];
  rows: string[][];
  tableNote: string;
  focus: ReportFocus;
  plan: ReportPlan;
  /** For a group: where it was split. */
  extra: { heading: string; text: string } | null;
};

/** Room kept at the foot of page 2 for the note about the full report. */
const NOTE_ROOM = 16;
const RADAR_BOX = 84;

function drawPages(w: PdfWriter, s: SummaryInput, i18n: I18n): void {
  let cut = false;
  const doc = w.doc;
  // Page 1
  w.y = PAGE.top;
  w.outline.push({ title: i18n._(msg`Board summary`), page: doc.getCurrentPageInfo().pageNumber });
  w.fixedText(`Rally · ${i18n._(msg`Board summary`)}`, {
    size: SIZE.h3,
    style: 'bold',
    colour: COLOUR.blue,
    maxLines: 1,
    after: 1,
  });
  cut = w.fixedText(s.name, { size: SIZE.h1 + 1, style: 'bold', maxLines: 2, after: 1 }) || cut;
  if (s.subtitle)
    cut =
      w.fixedText(s.subtitle, { size: SIZE.h3, colour: COLOUR.secondary, maxLines: 1, after: 1 }) ||
      cut;
  cut =
    w.fixedText(s.facts, { size: SIZE.small + 0.5, colour: COLOUR.secondary, maxLines: 2 }) || cut;
  doc.setDrawColor(COLOUR.blue[0], COLOUR.blue[1], COLOUR.blue[2]);
  doc.setLineWidth(0.8);
  doc.line(PAGE.left, w.y, PAGE.left + 40, w.y);
  w.y += 4;

  if (s.type) {
    w.fixedText(s.type.heading, { size: SIZE.h2, style: 'bold', maxLines: 1, after: 1 });
    cut =
      w.fixedText(s.type.headline, {
        size: SIZE.h3,
        style: 'bold',
        colour: COLOUR.blue,
        maxLines: s.type.headlineLines ?? 2,
        after: 1,
      }) || cut;
    cut = w.fixedText(s.type.text, { size: SIZE.body - 0.5, maxLines: 4, after: 3 }) || cut;
  }

  w.fixedText(s.tableHeading, { size: SIZE.h2, style: 'bold', maxLines: 1, after: 1.5 });
  if (s.radarPng) {
    const props = doc.getImageProperties(s.radarPng);
    const scale = Math.min(RADAR_BOX / props.width, RADAR_BOX / props.height);
    const width = props.width * scale;
    const height = props.height * scale;
    const format = s.radarPng.startsWith('data:image/jpeg') ? 'JPEG' : 'PNG';
    doc.addImage(
      s.radarPng,
      format,
      PAGE.left + (CONTENT_WIDTH - width) / 2,
      w.y,
      width,
      height,
      s.radarKey,
      'FAST',
    );
    w.y += height + 1.5;
    w.fixedText(s.radarCaption, {
      size: SIZE.small,
      colour: COLOUR.secondary,
      maxLines: 2,
      after: 2,
    });
  }
  cut = w.fixedTable(s.columns, s.rows).cut || cut;
  w.fixedText(s.tableNote, { size: SIZE.small, colour: COLOUR.secondary, maxLines: 3, after: 0 });

  // Page 2
  w.newPage();
  const limit = w.bottom - NOTE_ROOM;
  const f = s.focus;
  w.fixedText(f.heading, { size: SIZE.h2, style: 'bold', maxLines: 1, after: 1, limit });
  w.fixedText(f.rule, {
    size: SIZE.small,
    colour: COLOUR.secondary,
    maxLines: 3,
    after: 2,
    limit,
  });
  if (f.areas.length === 0) w.fixedText(f.empty, { maxLines: 2, limit });
  f.areas.forEach((area, i) => {
    cut =
      w.fixedText(`${i + 1}. ${area.name}`, {
        size: SIZE.h3,
        style: 'bold',
        maxLines: 1,
        after: 0.5,
        limit,
      }) || cut;
    cut = w.fixedText(area.reason, { maxLines: 3, indent: 4.5, after: 2.5, limit }) || cut;
  });
  w.y += 2;

  w.fixedText(i18n._(msg`Top actions`), {
    size: SIZE.h2,
    style: 'bold',
    maxLines: 1,
    after: 1,
    limit,
  });
  const all = s.plan.actions.length;
  const top = s.plan.actions.slice(0, SUMMARY_ACTIONS);
  if (all === 0) w.fixedText(s.plan.empty, { maxLines: 2, limit });
  else {
    const shown = top.length;
    w.fixedText(
      shown === all
        ? i18n._(msg`The actions in the plan, in the order agreed (first is to be done first).`)
        : i18n._(
            msg`The first ${shown} of the ${all} actions in the plan, in the order agreed (first is to be done first).`,
          ),
      { size: SIZE.small + 0.5, colour: COLOUR.secondary, maxLines: 2, after: 1.5, limit },
    );
    const result = w.fixedTable(
      [
        { header: '#', width: 8, maxLines: 1, align: 'right' },
        { header: i18n._(msg`Action`), width: 58, maxLines: 5 },
        { header: i18n._(msg`Area`), width: 30, maxLines: 2 },
        { header: i18n._(msg`Who leads`), width: 28, maxLines: 3 },
        { header: i18n._(msg`By when`), width: 24, maxLines: 2 },
        { header: i18n._(msg`Status`), width: 22, maxLines: 2 },
      ],
      top.map((a) => [String(a.number), a.what, a.area, a.lead, a.due, a.statusText]),
      { limit },
    );
    cut = result.cut || result.drawn < shown || cut;
  }

  if (s.extra) {
    w.fixedText(s.extra.heading, { size: SIZE.h2, style: 'bold', maxLines: 1, after: 1, limit });
    cut = w.fixedText(s.extra.text, { maxLines: 4, limit }) || cut;
  }

  // The note at the foot of page 2, always in the same place.
  w.y = w.bottom - NOTE_ROOM + 3;
  w.fixedText(
    [
      i18n._(msg`This summary is two pages long. The full report has every figure and answer.`),
      all > SUMMARY_ACTIONS ? i18n._(msg`It also has the whole action plan.`) : null,
      cut
        ? i18n._(msg`Text that ends in “…” is cut short here: the full report has it all.`)
        : null,
    ]
      .filter((p): p is string => p !== null)
      .join(' '),
    { size: SIZE.small, colour: COLOUR.secondary, maxLines: 3, after: 0 },
  );
}

/** The summary of one respondent's report. */
export function drawReportSummary(
  w: PdfWriter,
  r: ReportModel,
  radarPng: string | undefined,
  i18n: I18n,
): void {
  const c = r.cover;
  const count = r.dimensions.length;
  drawPages(
    w,
    {
      name: c.partnershipName ?? i18n._(msg`Partnership name not given`),
      subtitle: c.place,
      facts: `${c.date} · ${c.answeredBy}`,
      type: r.parts.typology
        ? {
            heading: i18n._(msg`Type of partnership`),
            headline: r.typology.headline,
            text: r.typology.summary,
          }
        : null,
      radarPng,
      radarKey: 'radar',
      radarCaption: i18n._(
        msg`Radar chart of the ${count} dimension scores, from 0 at the centre to 100 at the edge. The table gives the same figures, with the targets.`,
      ),
      tableHeading: i18n._(msg`Where you are now and where you aim to be`),
      columns: [
        { header: i18n._(msg`Dimension`), width: 62, maxLines: 2, bold: true },
        { header: i18n._(msg`Score now`), width: 22, maxLines: 1, align: 'right' },
        { header: i18n._(msg`Band`), width: 44, maxLines: 2 },
        { header: i18n._(msg`Target`), width: 22, maxLines: 2, align: 'right' },
        { header: i18n._(msg`Gap`), width: 20, maxLines: 1, align: 'right' },
      ],
      rows: r.targets.rows.map((t) => [
        t.name,
        t.currentText,
        t.bandLabel,
        t.targetText,
        t.gapText,
      ]),
      tableNote: `${i18n._(msg`Scores run from 0 to 100. The gap is the target minus the score now.`)} ${r.targets.note}`,
      focus: r.focus,
      plan: r.plan,
      extra: null,
    },
    i18n,
  );
}

/** The summary of a group's report. */
export function drawGroupSummary(
  w: PdfWriter,
  r: GroupReportModel,
  radarPng: string | undefined,
  i18n: I18n,
): void {
  const c = r.cover;
  const count = r.dimensions.length;
  const spread = r.typologySpread;
  const common = spread.lines
    .filter((l) => l.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((l) => `${l.label}: ${l.count}`)
    .join('; ');
  const split = r.discussFirst.entries.filter((e) => e.kind === 'dimension');
  const splitText =
    split.length === 0
      ? i18n._(msg`The group’s answers did not pull apart on any area as a whole.`)
      : split.map((e) => `${e.label} (${e.outsideText})`).join('; ');
  const byId = new Map(r.dimensions.map((d) => [d.dimensionId, d]));
  const agreed = new Map(r.consensus.rows.map((row) => [row.dimensionId, row]));
  drawPages(
    w,
    {
      name: c.partnershipName,
      subtitle: c.sessionLabel,
      facts: `${c.date} · ${c.respondentsText}`,
      type: {
        heading: spread.heading,
        headline: common || spread.finding,
        headlineLines: 3,
        text: common ? spread.finding : '',
      },
      radarPng,
      radarKey: 'group-radar',
      radarCaption: i18n._(
        msg`Radar chart of the group’s scores for the ${count} dimensions, from 0 at the centre to 100 at the edge: the median, with the spread from the lower to the upper quartile. The table gives the same figures.`,
      ),
      tableHeading: i18n._(msg`Where the group is now and where it aims to be`),
      columns: [
        { header: i18n._(msg`Dimension`), width: 44, maxLines: 2, bold: true },
        { header: i18n._(msg`Median`), width: 18, maxLines: 1, align: 'right' },
        { header: i18n._(msg`Spread (IQR)`), width: 22, maxLines: 2, align: 'right' },
        { header: i18n._(msg`Agreed`), width: 20, maxLines: 2, align: 'right' },
        { header: i18n._(msg`Band now`), width: 30, maxLines: 2 },
        { header: i18n._(msg`Target`), width: 18, maxLines: 2, align: 'right' },
        { header: i18n._(msg`Gap`), width: 18, maxLines: 1, align: 'right' },
      ],
      rows: r.targets.rows.map((t) => {
        const d = byId.get(t.dimensionId);
        const a = agreed.get(t.dimensionId);
        return [
          t.name,
          d?.medianText ?? '–',
          d?.iqrText ?? '–',
          a?.agreed === null || a === undefined ? '–' : a.agreedText,
          t.bandLabel,
          t.targetText,
          t.gapText,
        ];
      }),
      tableNote: `${i18n._(msg`Scores run from 0 to 100. The spread is the interquartile range: the middle half of people’s scores. The band and the gap are of the agreed score, or of the median where none was agreed.`)} ${r.targets.note}`,
      focus: r.focus,
      plan: r.plan,
      extra: { heading: i18n._(msg`Where the group was split`), text: splitText },
    },
    i18n,
  );
}
