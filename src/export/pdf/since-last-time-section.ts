/**
 * The group PDF's "Since last time" section, for a session that follows an earlier cycle: the
 * actions carried from it (done, dropped, overdue, still open, each with what happened) and
 * how each area has moved against what was agreed and aimed for then. It only lays out the
 * report model (src/domain/report/since-last-time-report.ts); nothing is drawn without one.
 */
import type { GroupReportModel } from '../../domain/report/group-report-types';
import { COLOUR, SIZE } from './pdf-writer';
import type { PdfWriter } from './pdf-writer';

export function drawSinceLastTime(w: PdfWriter, report: GroupReportModel): void {
  const s = report.sinceLastTime;
  if (!s) return;
  w.heading(s.heading, 1, 40);
  w.text(s.intro);
  w.heading(s.actionsHeading, 2, 24);
  w.text(s.actionsSummary);
  for (const group of s.actionGroups) {
    w.heading(group.heading, 3, 24);
    w.table({
      head: [s.actionColumns],
      body: group.rows.map((r) => [r.what, r.area, r.lead, r.due, r.status, r.note || '–']),
      columnStyles: {
        1: { cellWidth: 26 },
        2: { cellWidth: 26 },
        3: { cellWidth: 24 },
        4: { cellWidth: 20 },
      },
    });
  }
  w.heading(s.areasHeading, 2, 40);
  w.table({
    head: [s.areaColumns],
    body: s.areaRows,
    columnStyles: { 0: { fontStyle: 'bold' } },
  });
  w.text(s.areasNote, { size: SIZE.small + 0.5, colour: COLOUR.secondary });
}
