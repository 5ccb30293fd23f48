/**
 * The PDF's sections, in the order a reader meets them. Each draws one part of the report
 * model through the PdfWriter; none of them scores or words anything itself.
 */
import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { BandPractice } from '../../domain/report/band-practice';
import { listIn } from '../../domain/report/report-format';
import type { ReportPlan } from '../../domain/report/report-plan';
import type { ReportModel } from '../../domain/report/report-types';
import { COLOUR, PAGE, SIZE } from './pdf-writer';
import type { PdfWriter } from './pdf-writer';

export function drawCover(w: PdfWriter, r: ReportModel, hasRadar: boolean, i18n: I18n): void {
  const c = r.cover;
  const { bankTitle, bankVersion } = c;
  const count = r.dimensions.length;
  w.cover({
    top: 48,
    title: c.title,
    name: c.partnershipName ?? i18n._(msg`Partnership name not given`),
    subtitle: c.place,
    facts: [
      [i18n._(msg`Date`), c.date],
      [i18n._(msg`Who answered`), c.answeredBy],
      [i18n._(msg`Question bank`), i18n._(msg`${bankTitle}, version ${bankVersion}`)],
    ],
    contentsHeading: i18n._(msg`In this report`),
    contents: [
      ...(r.parts.typology ? [i18n._(msg`Type of partnership`)] : []),
      hasRadar
        ? i18n._(msg`The ${count} dimensions, with a radar chart and a table`)
        : i18n._(msg`The ${count} dimensions, with a table`),
      i18n._(msg`Questions to discuss`),
      ...profileContents(r, i18n),
      i18n._(msg`Strengths and priorities`),
      i18n._(msg`The action plan`),
      i18n._(msg`Comments and reflections`),
      i18n._(msg`Every question and answer`),
      i18n._(msg`How the results were worked out, sources and disclaimer`),
    ],
    privacyNote: c.privacyNote,
  });
}

/** "Governance, leadership roles and the accountability mix", naming only the parts there are. */
function profileContents(r: ReportModel, i18n: I18n): string[] {
  const parts = [
    r.parts.governance ? i18n._(msg`Governance`) : null,
    r.parts.leadership ? i18n._(msg`leadership roles`) : null,
    r.parts.accountability ? i18n._(msg`the accountability mix`) : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return [];
  const text = listIn(parts, i18n);
  return [text.charAt(0).toUpperCase() + text.slice(1)];
}

const BAR = { label: 52, width: 92, height: 5.5, gap: 3 } as const;

/** All the type fits as horizontal bars on a 0 to 100 scale, each with its number. */
function drawFitBars(w: PdfWriter, r: ReportModel, i18n: I18n): void {
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
    i18n._(
      msg`Fit runs from 0 (no answer points to this type) to 100 (every answer points to it as strongly as it can).`,
    ),
    { size: SIZE.small, colour: COLOUR.secondary },
  );
}

export function drawTypology(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  const t = r.typology;
  w.heading(i18n._(msg`Type of partnership`), 1, 40);
  w.text(t.headline, { size: SIZE.h2, style: 'bold', colour: COLOUR.blue, after: 2 });
  w.text(t.summary);
  w.space(2);
  drawFitBars(w, r, i18n);
  if (t.reasonsIntro) {
    w.heading(i18n._(msg`Why this result`), 3);
    w.text(t.reasonsIntro);
    w.bullets(t.reasons.map((reason) => reason.text));
  }
  for (const type of t.types) {
    const name = type.name;
    w.heading(i18n._(msg`About the ${name} type`), 3);
    w.text(type.description);
    w.text(type.meaning);
    w.text(type.exampleSitesText);
  }
}

export function drawDimensions(
  w: PdfWriter,
  r: ReportModel,
  radarPng: string | undefined,
  i18n: I18n,
): void {
  const count = r.dimensions.length;
  w.heading(i18n._(msg`The ${count} dimensions`), 1, 60);
  if (radarPng) {
    const gaps = r.dimensions.filter((d) => d.score === null).map((d) => d.name);
    const names = gaps.join(', ');
    w.image(
      radarPng,
      105,
      'radar',
      [
        i18n._(
          msg`Radar chart of the ${count} dimension scores, from 0 at the centre to 100 at the edge.`,
        ),
        gaps.length === 1 ? i18n._(msg`${names} has no score and shows as a gap.`) : null,
        gaps.length > 1 ? i18n._(msg`${names} have no score and show as a gap.`) : null,
        i18n._(msg`The table below gives the same figures.`),
      ]
        .filter((p): p is string => p !== null)
        .join(' '),
    );
  }

  w.text(r.strongestWeakest);
  w.table({
    head: [
      [
        i18n._(msg`Dimension`),
        i18n._(msg`Score`),
        i18n._(msg`Band`),
        i18n._(msg`Target`),
        i18n._(msg`Gap`),
        i18n._(msg`Answered`),
        i18n._(msg`What this suggests`),
      ],
    ],
    body: r.dimensions.map((d) => {
      const t = r.targets.rows.find((row) => row.dimensionId === d.dimensionId);
      return [
        d.name,
        d.scoreText,
        d.bandLabel,
        t?.targetText ?? '–',
        t?.gapText ?? '–',
        d.answeredText,
        d.interpretation,
      ];
    }),
    columnStyles: {
      0: { cellWidth: 28, fontStyle: 'bold' },
      1: { cellWidth: 15, halign: 'right' },
      2: { cellWidth: 22 },
      3: { cellWidth: 20, halign: 'right' },
      4: { cellWidth: 14, halign: 'right' },
      5: { cellWidth: 22 },
    },
  });
  w.text(
    `${i18n._(msg`Scores run from 0 to 100. The gap is the target minus the score.`)} ${r.targets.note} ${r.counts.text}`,
    {
      size: SIZE.small,
      colour: COLOUR.secondary,
    },
  );
}

export function drawPrompts(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  w.heading(i18n._(msg`Questions to discuss`), 1, 30);
  w.text(
    i18n._(msg`Each dimension has questions to talk through with partners, chosen for its band.`) +
      (r.dimensions.some((d) => d.practice)
        ? ` ${i18n._(msg`Under each, what practice in that band often looks like, with its sources, and what would move the partnership on.`)}`
        : ''),
  );
  for (const d of r.dimensions) {
    w.heading(d.name, 2, 16);
    const { scoreText, answeredText } = d;
    w.text(
      `${d.score === null ? scoreText : i18n._(msg`Score ${scoreText}`)} · ${d.bandLabel} · ${i18n._(msg`Answered: ${answeredText}`)}`,
      {
        size: SIZE.small,
        colour: COLOUR.secondary,
        after: 1.5,
      },
    );
    if (d.prompts.length > 0) w.bullets(d.prompts);
    else w.inset([d.interpretation]);
    if (d.practice) drawPractice(w, d.practice, i18n);
  }
}

/**
 * What a band looks like in practice, under its dimension: the descriptions with their sources,
 * then the next step. The sources in full are in the report's list of sources.
 */
export function drawPractice(w: PdfWriter, p: BandPractice, i18n: I18n): void {
  const band = p.bandLabel;
  w.heading(i18n._(msg`What ${band} looks like in practice`), 3, 14);
  w.bullets(p.items.map((item) => `${item.text} (${item.sourceText})`));
  w.text(`${p.nextStepLabel}: ${p.nextStep}`, { after: 2 });
}

export function drawGovernance(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  const g = r.governance;
  w.heading(i18n._(msg`Governance fit`), 1, 50);
  w.pairs(
    [
      [i18n._(msg`How you govern now`), g.inUseText],
      [i18n._(msg`What your conditions usually suggest`), g.predictedText],
      [i18n._(msg`Conditions answered`), g.conditionsText],
    ],
    62,
  );
  w.text(g.finding, { style: 'bold' });
  if (g.prompt) w.inset([g.prompt]);
}

export function drawLeadership(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  w.heading(i18n._(msg`Leadership roles`), 1, 40);
  w.table({
    head: [
      [i18n._(msg`Role`), i18n._(msg`What it means`), i18n._(msg`Score`), i18n._(msg`Answered`)],
    ],
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

export function drawAccountability(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  const a = r.accountability;
  w.heading(i18n._(msg`Accountability mix`), 1, 40);
  if (a.question) w.text(a.question);
  w.table({
    head: [[i18n._(msg`Approach`), i18n._(msg`What it covers`), i18n._(msg`How it is used`)]],
    body: a.rows.map((row) => [row.label, row.hint ?? '', row.answer]),
    columnStyles: { 0: { cellWidth: 40, fontStyle: 'bold' }, 2: { cellWidth: 45 } },
  });
  w.text(a.note, { style: a.flags.length > 0 ? 'bold' : 'normal' });
  if (a.flags.length > 0) w.inset(a.flags);
}

export function drawChoices(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  if (r.choices.length === 0) return;
  w.heading(i18n._(msg`Why and how the partnership works together`), 1, 30);
  for (const list of r.choices) {
    w.heading(list.heading, 3, 12);
    for (const item of list.items) {
      w.text(item.question, { colour: COLOUR.secondary, after: 1 });
      w.bullets(item.answers);
    }
  }
}

export function drawStrengths(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  w.heading(i18n._(msg`Strengths and priorities`), 1, 30);
  w.text(r.strongestWeakest);
  for (const group of [r.strengths, r.priorities]) {
    w.heading(group.heading, 3, 10);
    if (group.items.length === 0) w.text(group.empty);
    else w.bullets(group.items.map((d) => `${d.name}: ${d.scoreText}`));
  }
}

/**
 * The whole action plan as a table, in plan order, status in words. How each action's success
 * will be known, and what it needs, go under what it is.
 */
export function drawPlan(w: PdfWriter, plan: ReportPlan, i18n: I18n): void {
  w.heading(i18n._(msg`The action plan`), 1, 30);
  if (plan.actions.length === 0) {
    w.text(plan.empty);
    return;
  }
  w.text(i18n._(msg`Every action, in the order agreed: the first is to be done first.`));
  w.table({
    head: [
      [
        '#',
        i18n._(msg`Action`),
        i18n._(msg`Area`),
        i18n._(msg`Who leads`),
        i18n._(msg`By when`),
        i18n._(msg`Status`),
      ],
    ],
    body: plan.actions.map((a) => {
      const measure = a.measure;
      const resources = a.resources;
      return [
        String(a.number),
        [
          a.what,
          i18n._(msg`How we will know it worked: ${measure}`),
          resources ? i18n._(msg`What it needs: ${resources}`) : null,
        ]
          .filter((p): p is string => p !== null)
          .join('\n'),
        a.area,
        a.lead,
        a.due,
        a.statusText,
      ];
    }),
    columnStyles: {
      0: { cellWidth: 8, halign: 'right' },
      2: { cellWidth: 26 },
      3: { cellWidth: 30 },
      4: { cellWidth: 24 },
      5: { cellWidth: 23 },
    },
  });
}

export function drawComments(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  w.heading(i18n._(msg`Comments and reflections`), 1, 20);
  if (r.comments.length === 0 && r.reflections.length === 0) {
    w.text(i18n._(msg`No comments or reflections were given.`));
    return;
  }
  for (const comment of r.comments) {
    const section = comment.sectionTitle;
    w.heading(i18n._(msg`Comment on ${section}`), 3, 8);
    w.text(comment.text);
  }
  for (const reflection of r.reflections) {
    w.heading(reflection.question, 3, 8);
    w.text(reflection.answer);
  }
}

export function drawAppendix(w: PdfWriter, r: ReportModel, i18n: I18n): void {
  w.newPage();
  w.heading(i18n._(msg`Every question and answer`), 1);
  w.text(
    i18n._(
      msg`Every question in the order it was asked, with the answer given. Agreement answers show their number on the scale in brackets.`,
    ),
  );
  for (const section of r.appendix) {
    w.heading(section.title, 2, 24);
    w.table({
      head: [[i18n._(msg`Question`), i18n._(msg`Dimension`), i18n._(msg`Answer`)]],
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
      w.text(i18n._(msg`Comment`), { size: SIZE.small + 0.5, style: 'bold', after: 0.5 });
      w.text(section.comment, { size: SIZE.small + 0.5 });
    }
  }
}

export function drawMethod(w: PdfWriter, r: ReportModel, i18n: I18n): void {
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
