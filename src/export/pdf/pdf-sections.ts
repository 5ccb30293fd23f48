/**
 * The PDF's sections, in the order a reader meets them. Each draws one part of the report
 * model through the PdfWriter; none of them scores or words anything itself.
 */
import { listInWords } from '../../domain/report/report-format';
import type { ReportModel } from '../../domain/report/report-types';
import { COLOUR, PAGE, SIZE } from './pdf-writer';
import type { PdfWriter } from './pdf-writer';

export function drawCover(w: PdfWriter, r: ReportModel, hasRadar: boolean): void {
  const c = r.cover;
  w.cover({
    top: 48,
    title: c.title,
    name: c.partnershipName ?? 'Partnership name not given',
    subtitle: c.place,
    facts: [
      ['Date', c.date],
      ['Who answered', c.answeredBy],
      ['Question bank', `${c.bankTitle}, version ${c.bankVersion}`],
    ],
    contents: [
      ...(r.parts.typology ? ['Type of partnership'] : []),
      `The ${r.dimensions.length} dimensions, with ${hasRadar ? 'a radar chart and ' : ''}a table`,
      'Questions to discuss',
      ...profileContents(r),
      'Strengths and priorities',
      'Comments and reflections',
      'Every question and answer',
      'How the results were worked out, sources and disclaimer',
    ],
    privacyNote: c.privacyNote,
  });
}

/** "Governance, leadership roles and the accountability mix", naming only the parts there are. */
function profileContents(r: ReportModel): string[] {
  const parts = [
    r.parts.governance ? 'Governance' : null,
    r.parts.leadership ? 'leadership roles' : null,
    r.parts.accountability ? 'the accountability mix' : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return [];
  const text = listInWords(parts);
  return [text.charAt(0).toUpperCase() + text.slice(1)];
}

const BAR = { label: 52, width: 92, height: 5.5, gap: 3 } as const;

/** All the type fits as horizontal bars on a 0 to 100 scale, each with its number. */
function drawFitBars(w: PdfWriter, r: ReportModel): void {
  const doc = w.doc;
  const x0 = PAGE.left + BAR.label + 2;
  // The best fit (or both types of a blend) is set in bold.
  const named = new Set(r.typology.types.map((t) => t.typeId));
  for (const fit of r.typology.fits) {
    const labelLines = w.wrap(fit.name, BAR.label, SIZE.body, 'bold');
    const rowHeight = Math.max(BAR.height, labelLines.length * w.lineHeight(SIZE.body));
    w.ensure(rowHeight + BAR.gap);
    const top = w.y;
    w.setFont(SIZE.body, named.has(fit.typeId) ? 'bold' : 'normal');
    labelLines.forEach((line, i) =>
      doc.text(line, PAGE.left, top + 3.9 + i * w.lineHeight(SIZE.body)),
    );
    doc.setFillColor(COLOUR.track[0], COLOUR.track[1], COLOUR.track[2]);
    doc.setDrawColor(COLOUR.rule[0], COLOUR.rule[1], COLOUR.rule[2]);
    doc.setLineWidth(0.2);
    doc.rect(x0, top, BAR.width, BAR.height, 'FD');
    if (fit.fit !== null && fit.fit > 0) {
      doc.setFillColor(COLOUR.blue[0], COLOUR.blue[1], COLOUR.blue[2]);
      doc.rect(x0, top, (BAR.width * Math.min(100, fit.fit)) / 100, BAR.height, 'F');
    }
    w.setFont(SIZE.body, 'bold');
    doc.text(fit.fitText, x0 + BAR.width + 3, top + 3.9);
    w.y = top + rowHeight + BAR.gap;
  }
  w.text(
    'Fit runs from 0 (no answer points to this type) to 100 (every answer points to it as strongly as it can).',
    { size: SIZE.small, colour: COLOUR.secondary },
  );
}

export function drawTypology(w: PdfWriter, r: ReportModel): void {
  const t = r.typology;
  w.heading('Type of partnership', 1, 40);
  w.text(t.headline, { size: SIZE.h2, style: 'bold', colour: COLOUR.blue, after: 2 });
  w.text(t.summary);
  w.space(2);
  drawFitBars(w, r);
  if (t.reasonsIntro) {
    w.heading('Why this result', 3);
    w.text(t.reasonsIntro);
    w.bullets(t.reasons.map((reason) => reason.text));
  }
  for (const type of t.types) {
    w.heading(`About the ${type.name} type`, 3);
    w.text(type.description);
    w.text(type.meaning);
    w.text(type.exampleSitesText);
  }
}

export function drawDimensions(w: PdfWriter, r: ReportModel, radarPng: string | undefined): void {
  w.heading(`The ${r.dimensions.length} dimensions`, 1, 60);
  if (radarPng) {
    const gaps = r.dimensions.filter((d) => d.score === null).map((d) => d.name);
    w.image(
      radarPng,
      105,
      'radar',
      `Radar chart of the ${r.dimensions.length} dimension scores, from 0 at the centre to 100 at the edge. ` +
        (gaps.length > 0
          ? `${gaps.join(', ')} ${gaps.length === 1 ? 'has' : 'have'} no score and ${gaps.length === 1 ? 'shows' : 'show'} as a gap. `
          : '') +
        'The table below gives the same figures.',
    );
  }

  w.text(r.strongestWeakest);
  w.table({
    head: [['Dimension', 'Score', 'Band', 'Answered', 'What this suggests']],
    body: r.dimensions.map((d) => [
      d.name,
      d.scoreText,
      d.bandLabel,
      d.answeredText,
      d.interpretation,
    ]),
    columnStyles: {
      0: { cellWidth: 30, fontStyle: 'bold' },
      1: { cellWidth: 19, halign: 'right' },
      2: { cellWidth: 23 },
      3: { cellWidth: 24 },
    },
  });
  w.text(`Scores run from 0 to 100. ${r.counts.text}`, {
    size: SIZE.small,
    colour: COLOUR.secondary,
  });
}

export function drawPrompts(w: PdfWriter, r: ReportModel): void {
  w.heading('Questions to discuss', 1, 30);
  w.text('Each dimension has questions to talk through with partners, chosen for its band.');
  for (const d of r.dimensions) {
    w.heading(d.name, 2, 16);
    w.text(
      `${d.score === null ? d.scoreText : `Score ${d.scoreText}`} · ${d.bandLabel} · Answered: ${d.answeredText}`,
      {
        size: SIZE.small,
        colour: COLOUR.secondary,
        after: 1.5,
      },
    );
    if (d.prompts.length > 0) w.bullets(d.prompts);
    else w.inset([d.interpretation]);
  }
}

export function drawGovernance(w: PdfWriter, r: ReportModel): void {
  const g = r.governance;
  w.heading('Governance fit', 1, 50);
  w.pairs(
    [
      ['How you govern now', g.inUseText],
      ['What your conditions usually suggest', g.predictedText],
      ['Conditions answered', g.conditionsText],
    ],
    62,
  );
  w.text(g.finding, { style: 'bold' });
  if (g.prompt) w.inset([g.prompt]);
}

export function drawLeadership(w: PdfWriter, r: ReportModel): void {
  w.heading('Leadership roles', 1, 40);
  w.table({
    head: [['Role', 'What it means', 'Score', 'Answered']],
    body: r.leadership.roles.map((role) => [
      role.name,
      role.description,
      role.scoreText,
      role.answeredText,
    ]),
    columnStyles: {
      0: { cellWidth: 26, fontStyle: 'bold' },
      2: { cellWidth: 18, halign: 'right' },
      3: { cellWidth: 20 },
    },
  });
  w.text(r.leadership.note, { size: SIZE.small + 0.5, colour: COLOUR.secondary });
}

export function drawAccountability(w: PdfWriter, r: ReportModel): void {
  const a = r.accountability;
  w.heading('Accountability mix', 1, 40);
  if (a.question) w.text(a.question);
  w.table({
    head: [['Approach', 'What it covers', 'How it is used']],
    body: a.rows.map((row) => [row.label, row.hint ?? '', row.answer]),
    columnStyles: { 0: { cellWidth: 40, fontStyle: 'bold' }, 2: { cellWidth: 45 } },
  });
  w.text(a.note, { style: a.flags.length > 0 ? 'bold' : 'normal' });
  if (a.flags.length > 0) w.inset(a.flags);
}

export function drawChoices(w: PdfWriter, r: ReportModel): void {
  if (r.choices.length === 0) return;
  w.heading('Why and how the partnership works together', 1, 30);
  for (const list of r.choices) {
    w.heading(list.heading, 3, 12);
    for (const item of list.items) {
      w.text(item.question, { colour: COLOUR.secondary, after: 1 });
      w.bullets(item.answers);
    }
  }
}

export function drawStrengths(w: PdfWriter, r: ReportModel): void {
  w.heading('Strengths and priorities', 1, 30);
  w.text(r.strongestWeakest);
  for (const group of [r.strengths, r.priorities]) {
    w.heading(group.heading, 3, 10);
    if (group.items.length === 0) w.text(group.empty);
    else w.bullets(group.items.map((d) => `${d.name}: ${d.scoreText}`));
  }
}

export function drawComments(w: PdfWriter, r: ReportModel): void {
  w.heading('Comments and reflections', 1, 20);
  if (r.comments.length === 0 && r.reflections.length === 0) {
    w.text('No comments or reflections were given.');
    return;
  }
  for (const comment of r.comments) {
    w.heading(`Comment on ${comment.sectionTitle}`, 3, 8);
    w.text(comment.text);
  }
  for (const reflection of r.reflections) {
    w.heading(reflection.question, 3, 8);
    w.text(reflection.answer);
  }
}

export function drawAppendix(w: PdfWriter, r: ReportModel): void {
  w.newPage();
  w.heading('Every question and answer', 1);
  w.text(
    'Every question in the order it was asked, with the answer given. Agreement answers show their number on the scale in brackets.',
  );
  for (const section of r.appendix) {
    w.heading(section.title, 2, 24);
    w.table({
      head: [['Question', 'Dimension', 'Answer']],
      body: section.rows.map((row) => [
        row.question,
        row.dimensionName ?? '',
        row.answerValue !== null
          ? `${row.answerLabel} (${row.answerValue})`
          : row.answerLines.length > 1
            ? row.answerLines.map((line) => `• ${line}`).join('\n')
            : row.answerLabel,
      ]),
      columnStyles: { 0: { cellWidth: 74 }, 1: { cellWidth: 26 } },
    });
    if (section.comment) {
      w.text('Comment', { size: SIZE.small + 0.5, style: 'bold', after: 0.5 });
      w.text(section.comment, { size: SIZE.small + 0.5 });
    }
  }
}

export function drawMethod(w: PdfWriter, r: ReportModel): void {
  w.heading(r.method.heading, 1, 30);
  for (const paragraph of r.method.paragraphs) w.text(paragraph);
  w.heading('Source', 2, 12);
  w.text(r.citation);
  w.heading('All sources the questions draw on', 3, 10);
  w.bullets(r.sources, { size: SIZE.small + 0.5 });
  w.heading('About this tool', 2, 12);
  w.text(r.disclaimer);
  w.text(`Question bank: ${r.bankId}, version ${r.bankVersion}.`, {
    size: SIZE.small,
    colour: COLOUR.secondary,
  });
}
