/**
 * The group report: a whole session's figures and words, in the order the group PDF shows
 * them (see group-report-types.ts). Pure: the same bank and session give the same report.
 *
 * Every figure comes from the group domain: `aggregateGroup` (medians, quartiles, counts),
 * `discussFirst` (the split rule), `breakdownBy` (sector and role-level views, small groups
 * suppressed), `typologySpread`, `governanceSpread` and `listComments`. This module only
 * rounds and words them.
 *
 * Privacy (src/domain/privacy/privacy-rule.ts): respondents are never named, labelled or
 * numbered here, comments carry no names, and a group (or a sector on the cover) with fewer
 * than 3 people is never given a figure or an exact count.
 */
import type { Action } from '../plan/action-plan';
import { actionsFor } from '../plan/action-plan';
import { msg } from '@lingui/core/macro';
import type { Bank } from '../bank/bank-schema';
import { aggregateGroup } from '../group/aggregate';
import type { Summary } from '../group/aggregate';
import { breakdownBy, governanceSpread, listComments, typologySpread } from '../group/breakdown';
import type { Breakdown } from '../group/breakdown';
import type { ConsensusRecord } from '../group/consensus';
import type { SessionFile } from '../group/session';
import {
  SPLIT_BAND_HALF_WIDTH,
  SPLIT_MIN_OUTSIDE,
  SPLIT_MIN_SHARE,
  discussFirst,
  dimensionSplit,
  itemSplit,
} from '../group/split';
import { MIN_GROUP_SIZE, mayShowGroup } from '../privacy/privacy-rule';
import { bandFor } from '../scoring/bands';
import { roundScore } from '../scoring/round-score';
import { formatDate, formatScore, inSentence, listIn } from './report-format';
import { bandPractice } from './band-practice';
import { sinceLastTimeReport } from './since-last-time-report';
import { FEWER_THAN_3_MESSAGE, SUPPRESSED_MESSAGE } from './group-report-types';
import { commentsOn, NOT_ANSWERED_MESSAGE } from './report-appendix';
import { TYPES_ASSUMPTION } from './report-profiles';
import { withValues, type Translator } from './translate';
import { buildFocus, buildPlan, buildTargets } from './report-plan';
import type {
  GroupBreakdownView,
  GroupCommentGroup,
  GroupConsensusRow,
  GroupDimensionRow,
  GroupDiscussEntry,
  GroupItemRow,
  GroupReportCover,
  GroupReportModel,
  GroupSpread,
} from './group-report-types';

export const GROUP_REPORT_TITLE = msg`Group self-assessment`;

/** A figure on the answer scale: whole numbers as they are, others to at most two decimals. */
export function formatScaleValue(value: number | null): string {
  if (value === null) return '–';
  return String(Math.round(value * 100) / 100);
}

/** A 0..100 figure rounded to one decimal, as every score is shown. */
const score1 = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : roundScore(value);

function buildCover(
  bank: Bank,
  session: SessionFile,
  sectors: Breakdown,
  i18n: Translator,
): GroupReportCover {
  const date = formatDate(`${session.session.date}T12:00:00Z`, i18n.locale);
  const n = session.responses.length;
  return {
    title: i18n._(GROUP_REPORT_TITLE),
    partnershipName: session.session.partnershipName,
    sessionLabel: session.session.label ?? null,
    date: date?.long ?? session.session.date,
    dateIso: date?.iso ?? '',
    respondents: n,
    respondentsText:
      n === 0
        ? i18n._(msg`Nobody has answered yet.`)
        : i18n._(
            withValues(msg`{count, plural, one {# person answered.} other {# people answered.}}`, {
              count: n,
            }),
          ),
    sectors: sectors.groups.map((g) =>
      mayShowGroup(g.n)
        ? { label: g.label, count: g.n, countText: String(g.n) }
        : { label: g.label, count: null, countText: i18n._(FEWER_THAN_3_MESSAGE) },
    ),
    bankTitle: bank.title,
    bankVersion: bank.version,
    privacyNote: i18n._(
      msg`Made on the facilitator’s device from the answers people handed in. Rally did not send them anywhere. Nobody is named, and groups of fewer than 3 people are not shown.`,
    ),
  };
}

function dimensionRow(
  bank: Bank,
  d: ReturnType<typeof aggregateGroup>['dimensions'][number],
  i18n: Translator,
): GroupDimensionRow {
  const s: Summary | null = d.scoreStats;
  const iqr = score1(s?.iqr);
  const min = score1(s?.min);
  const max = score1(s?.max);
  return {
    dimensionId: d.dimensionId,
    name: d.name,
    n: d.n,
    notEnough: d.notEnough,
    median: d.medianScore,
    medianText: formatScore(d.medianScore, i18n),
    bandLabel: d.band?.label ?? i18n._(msg`Not enough answers`),
    iqr,
    iqrText: iqr === null ? '–' : formatScore(iqr),
    min,
    minText: min === null ? '–' : formatScore(min),
    max,
    maxText: max === null ? '–' : formatScore(max),
    dontKnow: d.dontKnow,
    notApplicable: d.notApplicable,
    split: dimensionSplit(d).split,
    practice: bandPractice(bank, d.dimensionId, d.band?.id, i18n),
  };
}

function breakdownView(
  bank: Bank,
  b: Breakdown,
  heading: string,
  i18n: Translator,
): GroupBreakdownView {
  const min = MIN_GROUP_SIZE;
  const suppressed = i18n._(SUPPRESSED_MESSAGE);
  return {
    heading,
    question: b.question,
    columns: bank.dimensions.map((d) => d.name),
    rows: b.groups.map((g) =>
      g.suppressed
        ? { label: g.label, suppressed: true as const, text: suppressed }
        : {
            label: g.label,
            suppressed: false as const,
            n: g.n,
            cells: g.dimensions.map((c) =>
              c.suppressed
                ? { dimensionId: c.dimensionId, median: null, text: suppressed }
                : {
                    dimensionId: c.dimensionId,
                    median: c.medianScore,
                    text: formatScore(c.medianScore, i18n),
                  },
            ),
          },
    ),
    note:
      b.groups.length === 0
        ? i18n._(msg`Nobody has answered yet.`)
        : i18n._(
            msg`Each figure is the median score of the people in that group. A group, or a group’s figure for a dimension, based on fewer than ${min} people is not shown, so that nobody can be picked out.`,
          ),
  };
}

function typologyView(bank: Bank, session: SessionFile, i18n: Translator): GroupSpread {
  const t = typologySpread(bank, session.responses);
  const lines = [
    ...t.types.map((type) => ({ label: type.name, count: type.count })),
    ...t.blends.map((b) => {
      const [first, second] = b.names;
      return { label: i18n._(msg`A blend of ${first} and ${second}`), count: b.count };
    }),
    ...(t.tooFew > 0
      ? [{ label: i18n._(msg`Too few answers to suggest a type`), count: t.tooFew }]
      : []),
  ];
  const named = t.types.filter((type) => type.count > 0);
  let finding: string;
  if (t.total === 0) finding = i18n._(msg`Nobody has answered yet.`);
  else if (named.length + t.blends.length === 0)
    finding = i18n._(
      msg`Nobody answered enough questions about the partnership’s shape to suggest a type.`,
    );
  else if (named.length === 1 && t.blend === 0) {
    const type = named[0]!.name;
    finding = i18n._(msg`Everyone with enough answers sees the partnership as ${type}.`);
  } else
    finding = [
      i18n._(msg`People see the partnership’s shape differently.`),
      i18n._(TYPES_ASSUMPTION),
      i18n._(msg`It is worth talking about why people’s answers point in different directions.`),
    ].join(' ');
  return { heading: i18n._(msg`How people see the type of partnership`), lines, finding };
}

function governanceView(bank: Bank, session: SessionFile, i18n: Translator): GroupSpread {
  const g = governanceSpread(bank, session.responses);
  const lines = [
    ...g.modes.map((m) => ({ label: m.name, count: m.count })),
    { label: i18n._(msg`Not clear who governs`), count: g.unclear },
    { label: bank.scale.dontKnow, count: g.dontKnow },
    { label: i18n._(NOT_ANSWERED_MESSAGE), count: g.notAnswered },
  ];
  let finding: string;
  if (g.total === 0) finding = i18n._(msg`Nobody has answered yet.`);
  else if (g.distinct === 0)
    finding = i18n._(msg`Nobody said how the partnership is governed now.`);
  else if (g.distinct === 1 && g.unclear === 0)
    finding = i18n._(
      msg`Everyone who answered describes the way the partnership is governed now in the same way.`,
    );
  else if (g.distinct === 1)
    finding = i18n._(
      msg`Everyone who answered says it is not clear who governs the partnership now.`,
    );
  else
    finding = i18n._(
      withValues(
        msg`{count, plural, one {People gave # different answer about how the partnership is governed now. Disagreement about how a partnership is governed is a finding in itself, and worth talking through.} other {People gave # different answers about how the partnership is governed now. Disagreement about how a partnership is governed is a finding in itself, and worth talking through.}}`,
        { count: g.distinct },
      ),
    );
  return { heading: i18n._(msg`How people say the partnership is governed now`), lines, finding };
}

function consensusRow(
  bank: Bank,
  d: GroupDimensionRow,
  record: ConsensusRecord | undefined,
  actions: readonly Action[],
  i18n: Translator,
): GroupConsensusRow {
  const agreed = record ? score1(record.agreedScore) : null;
  const band = bandFor(bank, agreed);
  return {
    dimensionId: d.dimensionId,
    name: d.name,
    median: d.median,
    medianText: d.medianText,
    agreed,
    agreedText:
      agreed === null
        ? record
          ? i18n._(msg`No score agreed`)
          : i18n._(msg`Not recorded`)
        : formatScore(agreed),
    bandLabel: band?.label ?? '–',
    rationale: record?.rationale.trim() ?? '',
    // The plan's actions for this area: who leads, and the due date or the words kept for it.
    actions: actionsFor(actions, d.dimensionId).map((a) => ({
      what: a.what.trim(),
      who: a.lead.trim(),
      byWhen: (a.due ?? a.dueNote ?? '').trim(),
    })),
    recorded: record !== undefined,
  };
}

function commentGroups(bank: Bank, session: SessionFile, i18n: Translator): GroupCommentGroup[] {
  return listComments(bank, session.responses).map((g) => ({
    heading: g.kind === 'reflection' && g.question ? g.question : commentsOn(g.sectionTitle, i18n),
    // The language each text was written in, where its response file says (a mixed room).
    texts: g.entries.map((e) =>
      e.language
        ? `${e.text} (${i18n._(e.language === 'cy' ? msg`in Welsh` : msg`in English`)})`
        : e.text,
    ),
  }));
}

function methodParagraphs(bank: Bank, i18n: Translator): string[] {
  const points = [...bank.scale.points].sort((a, b) => a.value - b.value);
  const low = points[0]!;
  const high = points[points.length - 1]!;
  const coverage = `${Math.round(bank.scoring.minCoverage * 100)}%`;
  const bands = [...bank.scoring.bands].sort((a, b) => b.min - a.min);
  const share = `${Math.round(SPLIT_MIN_SHARE * 100)}%`;
  const width = 2 * SPLIT_BAND_HALF_WIDTH + 1;
  const lowWords = inSentence(low.label);
  const highWords = inSentence(high.label);
  const dontKnow = bank.scale.dontKnow;
  const notApplicable = bank.scale.notApplicable;
  const bandList = listIn(
    bands.map((b) => {
      const label = b.label;
      const min = b.min;
      return i18n._(msg`${label} from ${min}`);
    }),
    i18n,
  );
  const lowValue = low.value;
  const lowLabel = low.label;
  const highValue = high.value;
  const highLabel = high.label;
  const minOutside = SPLIT_MIN_OUTSIDE;
  const halfWidth = SPLIT_BAND_HALF_WIDTH;
  const minGroup = MIN_GROUP_SIZE;
  return [
    i18n._(
      msg`Each person’s answers are first scored on their own, in the same way as a single self-assessment. A dimension score runs from 0 (every answer ${lowWords}) to 100 (every answer ${highWords}), and needs answers on the scale to at least ${coverage} of the dimension’s questions. ${dontKnow} and ${notApplicable} answers are counted and shown, but never averaged.`,
    ),
    i18n._(
      msg`The group figure for a dimension is the median of the scores of the people who have one: half the group scored it at or below the median, and half at or above. The interquartile range (IQR) is the spread of the middle half of the scores, from the lower quartile to the upper quartile; a small IQR means people broadly agree. Quartiles are worked out by straight-line interpolation between scores, the method of the spreadsheet function QUARTILE.INC, so any figure can be checked in a spreadsheet. The median is rounded to one decimal place and then given a band: ${bandList}.`,
    ),
    i18n._(
      msg`Figures for single questions are of the answers as given, from ${lowValue} (${lowLabel}) to ${highValue} (${highLabel}), before any question worded the other way round is reversed for scoring.`,
    ),
    i18n._(
      msg`“Discuss first” lists the dimensions and questions where the group’s answers pull apart. One counts as split when at least ${minOutside} answers, and at least ${share} of the n answers, lie outside the ${width}-point band centred on the median (the median plus or minus ${halfWidth} point on the ${lowValue} to ${highValue} scale): that is, at least max(${minOutside}, ${share} of n). For a dimension, the answers are each person’s average answer across its questions. The rule adapts to the size of the group a rule from a Delphi study built on the SCIROCCO maturity model, which counted ratings outside a 3-point band around the median (International Journal of Integrated Care, doi 10.5334/ijic.7747).`,
    ),
    i18n._(
      msg`The views by sector and by role level show the median score of each group. A group with fewer than ${minGroup} people is not shown, and nor is a group’s figure for a dimension that fewer than ${minGroup} of them could score, because small groups can be picked out. The cover gives the number of people in each sector only for sectors with ${minGroup} or more.`,
    ),
    i18n._(
      msg`The spread of types and of ways of governing counts each person’s own result. Agreed scores, reasons and actions are what the group recorded together; nobody’s own answers were changed.`,
    ),
    i18n._(
      msg`Comments and reflections are listed in alphabetical order under each question, without names, so that their order says nothing about who wrote them.`,
    ),
  ];
}

/** Builds the group report for a session of responses to `bank`, in the language of `i18n`. */
export function buildGroupReport(
  bank: Bank,
  session: SessionFile,
  i18n: Translator,
): GroupReportModel {
  const responses = session.responses;
  const aggregate = aggregateGroup(bank, responses);
  const dimensionName = new Map<string, string>(bank.dimensions.map((d) => [d.id, d.name]));
  const sectors = breakdownBy(bank, responses, 'sector');
  const roles = breakdownBy(bank, responses, 'role-level');
  const cover = buildCover(bank, session, sectors, i18n);
  const name = session.session.partnershipName;

  const dimensions = aggregate.dimensions.map((d) => dimensionRow(bank, d, i18n));
  const items: GroupItemRow[] = aggregate.dimensions.flatMap((d) =>
    d.items.map((item): GroupItemRow => {
      const s = item.stats;
      return {
        itemId: item.itemId,
        dimensionId: d.dimensionId,
        dimensionName: d.name,
        statement: item.text,
        reverse: item.reverse,
        n: item.n,
        median: s?.median ?? null,
        iqr: s?.iqr ?? null,
        min: s?.min ?? null,
        max: s?.max ?? null,
        mean: s?.mean ?? null,
        medianText: formatScaleValue(s?.median ?? null),
        iqrText: formatScaleValue(s?.iqr ?? null),
        minText: formatScaleValue(s?.min ?? null),
        maxText: formatScaleValue(s?.max ?? null),
        meanText: formatScaleValue(s?.mean ?? null),
        dontKnow: item.dontKnow,
        notApplicable: item.notApplicable,
        split: itemSplit(item).split,
      };
    }),
  );

  const entries: GroupDiscussEntry[] = discussFirst(aggregate).map((e) => {
    const { outside, n } = e.decision;
    return {
      kind: e.kind,
      id: e.id,
      dimensionName: dimensionName.get(e.dimensionId) ?? e.dimensionId,
      label: e.label,
      n,
      outside,
      outsideText: i18n._(msg`${outside} of ${n} outside`),
    };
  });

  const records = new Map(session.consensus.map((c) => [c.dimensionId as string, c]));
  const points = [...bank.scale.points].sort((a, b) => a.value - b.value);
  const title = i18n._(GROUP_REPORT_TITLE);
  const label = session.session.label;
  const bankTitle = bank.title;
  const version = bank.version;
  const respondents = i18n._(
    withValues(msg`{count, plural, one {# respondent} other {# respondents}}`, {
      count: responses.length,
    }),
  );
  // The score now: what the group agreed, or the median where it agreed none.
  const targets = buildTargets(
    bank,
    Object.fromEntries(
      dimensions.map((d) => [
        d.dimensionId,
        score1(records.get(d.dimensionId)?.agreedScore ?? null) ?? d.median,
      ]),
    ),
    Object.fromEntries(session.consensus.map((c) => [c.dimensionId, c.targetScore ?? null])),
    i18n,
  );
  const splitOrder = entries.filter((e) => e.kind === 'dimension').map((e) => e.id);
  const lowValue = points[0]!.value;
  const lowLabel = points[0]!.label;
  const highValue = points[points.length - 1]!.value;
  const highLabel = points[points.length - 1]!.label;

  return {
    bankId: bank.id,
    bankVersion: bank.version,
    language: i18n.locale === 'cy' ? 'cy' : bank.locale,
    cover,
    footer: `${name} · ${i18n._(msg`Rally group self-assessment`)}`,
    meta: {
      title: `${title}: ${name}${label ? ` (${label})` : ''}`,
      subject: i18n._(
        msg`Group results of a partnership self-assessment with ${bankTitle}, version ${version}: ${respondents}`,
      ),
      keywords: [
        i18n._(msg`partnership`),
        i18n._(msg`collaboration`),
        i18n._(msg`self-assessment`),
        i18n._(msg`group`),
        i18n._(msg`consensus`),
        i18n._(msg`public services`),
        ...bank.dimensions.map((d) => d.name),
      ],
      author: 'Rally',
    },
    scaleText: i18n._(msg`${lowValue} (${lowLabel}) to ${highValue} (${highLabel})`),
    discussFirst: {
      intro: i18n._(
        msg`These dimensions and questions are where the group’s answers pull apart the most, most answers outside the band first. Start the discussion with them: a split often means people see different parts of the partnership, not that some are wrong.`,
      ),
      entries,
      empty: i18n._(
        msg`No dimension or question is split: the group’s answers cluster around the median everywhere.`,
      ),
    },
    dimensions,
    items,
    sectorView: breakdownView(bank, sectors, i18n._(msg`By sector`), i18n),
    roleView: breakdownView(bank, roles, i18n._(msg`By role level`), i18n),
    typologySpread: typologyView(bank, session, i18n),
    governanceSpread: governanceView(bank, session, i18n),
    consensus: {
      intro: i18n._(
        msg`For each dimension the group agreed a score, starting from the group median, and said why when it moved a band or more. The actions are what the group said it would do. Individual answers were not changed.`,
      ),
      rows: dimensions.map((d) =>
        consensusRow(bank, d, records.get(d.dimensionId), session.actions, i18n),
      ),
    },
    sinceLastTime: sinceLastTimeReport(bank, session, i18n),
    comments: {
      groups: commentGroups(bank, session, i18n),
      empty: i18n._(msg`Nobody left a comment or reflection.`),
    },
    method: {
      heading: i18n._(msg`How the group results were worked out`),
      paragraphs: methodParagraphs(bank, i18n),
    },
    citation: bank.citation,
    sources: bank.citations.map((c) => c.text),
    disclaimer: bank.disclaimer,
    targets,
    plan: buildPlan(bank, session.actions, i18n),
    focus: buildFocus(targets.rows, i18n, { splitOrder }),
  };
}
