/**
 * "Since last time" in the group PDF: the words and figures of `sinceLastTime`
 * (src/domain/plan/next-cycle.ts) for a session that follows an earlier cycle. Whether an
 * action is overdue is judged on the day of this session, so the same session always gives the
 * same report. Whole-group figures and the group's own notes only: nothing here is tied to a
 * person, a sector or a role (decision 011).
 */
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import type { SessionFile } from '../group/session';
import type { Action } from '../plan/action-plan';
import { STATUS_WORDS } from '../plan/action-plan';
import { sinceLastTime, type SinceArea } from '../plan/next-cycle';
import { formatDate, formatScore } from './report-format';
import { withValues, type Translator } from './translate';

export type SinceLastTimeActionRow = {
  what: string;
  area: string;
  lead: string;
  due: string;
  status: string;
  note: string;
};

export type SinceLastTimeReport = {
  heading: string;
  intro: string;
  actionsHeading: string;
  /** "4 actions from last time: 1 done, 1 dropped, 1 overdue and 1 still open." */
  actionsSummary: string;
  /** Done, dropped, overdue, still open: only the lists with an action in them. */
  actionGroups: { heading: string; rows: SinceLastTimeActionRow[] }[];
  actionColumns: string[];
  areasHeading: string;
  areasNote: string;
  areaColumns: string[];
  areaRows: string[][];
};

function day(iso: string, i18n: Translator): string {
  return formatDate(`${iso}T12:00:00Z`, i18n.locale)?.long ?? iso;
}

function scoreWithBand(score: number | null, band: { label: string } | null, i18n: Translator) {
  if (score === null) return i18n._(msg`No score`);
  const figure = formatScore(score);
  return band ? `${figure} (${band.label})` : figure;
}

function nowText(a: SinceArea, i18n: Translator): string {
  const shown = scoreWithBand(a.now.score, a.now.band, i18n);
  if (a.now.source === 'agreed') return i18n._(msg`${shown}, agreed`);
  if (a.now.source === 'median') return i18n._(msg`${shown}, group median`);
  return shown;
}

function bandText(a: SinceArea, i18n: Translator): string {
  if (a.bandChanged === null) return '–';
  if (a.direction === 'up') return i18n._(msg`Up a band or more`);
  if (a.direction === 'down') return i18n._(msg`Down a band or more`);
  if (a.bandChanged) return i18n._(msg`Changed`);
  return i18n._(msg`Same band`);
}

function targetMetText(a: SinceArea, i18n: Translator): string {
  if (a.target === null) return '–';
  if (a.targetMet === null) return i18n._(msg`No score yet`);
  return a.targetMet ? i18n._(msg`Met`) : i18n._(msg`Not yet`);
}

/** The section's model, or null when the session does not follow an earlier cycle. */
export function sinceLastTimeReport(
  bank: Bank,
  session: SessionFile,
  i18n: Translator,
): SinceLastTimeReport | null {
  const since = sinceLastTime(bank, session, session.session.date);
  if (!since) return null;
  const name = since.from.name;
  const then = day(since.from.date, i18n);
  const now = day(since.today, i18n);
  const areaName = (id: string) => bank.dimensions.find((d) => d.id === id)?.name ?? id;
  const notSaid = i18n._(msg`Not said`);
  const row = (a: Action): SinceLastTimeActionRow => ({
    what: a.what,
    area: areaName(a.dimensionId),
    lead: a.lead || notSaid,
    due: a.due ? day(a.due, i18n) : a.dueNote || notSaid,
    status: i18n._(STATUS_WORDS[a.status]),
    note: a.reviewNote ?? '',
  });
  const { done, dropped, overdue, open } = since.actions;
  const total = done.length + dropped.length + overdue.length + open.length;
  const groups = [
    { heading: i18n._(msg`Done`), list: done },
    { heading: i18n._(msg`Dropped`), list: dropped },
    { heading: i18n._(msg`Overdue and still open`), list: overdue },
    { heading: i18n._(msg`Still open, not yet due`), list: open },
  ];
  return {
    heading: i18n._(msg`Since last time`),
    intro: name
      ? i18n._(
          msg`This session follows ${name} on ${then}. Below: what happened to the actions agreed then, how each area has moved, and whether the targets set then are met. An action is overdue if it was due before this session, on ${now}, and is not done or dropped.`,
        )
      : i18n._(
          msg`This session follows one person’s answers of ${then}. Below: what happened to their actions, how each area has moved, and whether their targets are met. An action is overdue if it was due before this session, on ${now}, and is not done or dropped.`,
        ),
    actionsHeading: i18n._(msg`The actions from last time`),
    actionsSummary:
      total === 0
        ? i18n._(msg`No actions came across from last time.`)
        : i18n._(
            withValues(
              msg`{total, plural, one {# action from last time} other {# actions from last time}}: {done} done, {dropped} dropped, {overdue} overdue and {open} still open.`,
              {
                total,
                done: done.length,
                dropped: dropped.length,
                overdue: overdue.length,
                open: open.length,
              },
            ),
          ),
    actionGroups: groups
      .filter((g) => g.list.length > 0)
      .map((g) => ({ heading: g.heading, rows: g.list.map(row) })),
    actionColumns: [
      i18n._(msg`Action`),
      i18n._(msg`Area`),
      i18n._(msg`Who leads`),
      i18n._(msg`Due`),
      i18n._(msg`Status`),
      i18n._(msg`What happened`),
    ],
    areasHeading: i18n._(msg`How each area has moved`),
    areasNote: i18n._(
      msg`“Now” is the score the group agreed in this session or, where it has not agreed one yet, the group median. A target is met when the score now is at or above it.`,
    ),
    areaColumns: [
      i18n._(msg`Area`),
      since.from.kind === 'session' ? i18n._(msg`Agreed last time`) : i18n._(msg`Scored last time`),
      i18n._(msg`Now`),
      i18n._(msg`Band`),
      i18n._(msg`Target set last time`),
      i18n._(msg`Target met`),
    ],
    areaRows: since.areas.map((a) => [
      a.name,
      scoreWithBand(a.then.score, a.then.band, i18n),
      nowText(a, i18n),
      bandText(a, i18n),
      a.target === null ? '–' : formatScore(a.target),
      targetMetText(a, i18n),
    ]),
  };
}
