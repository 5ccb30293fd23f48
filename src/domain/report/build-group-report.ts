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
import { countOf, formatDate, formatScore, inSentence, listInWords } from './report-format';
import { FEWER_THAN_3, SUPPRESSED_TEXT } from './group-report-types';
import { TYPES_ASSUMPTION } from './report-profiles';
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

export const GROUP_REPORT_TITLE = 'Group self-assessment';
export const NO_SCORE = 'No score';

/** A figure on the answer scale: whole numbers as they are, others to at most two decimals. */
export function formatScaleValue(value: number | null): string {
  if (value === null) return '–';
  return String(Math.round(value * 100) / 100);
}

/** A 0..100 figure rounded to one decimal, as every score is shown. */
const score1 = (value: number | null | undefined): number | null =>
  value === null || value === undefined ? null : roundScore(value);

function buildCover(bank: Bank, session: SessionFile, sectors: Breakdown): GroupReportCover {
  const date = formatDate(`${session.session.date}T12:00:00Z`);
  const n = session.responses.length;
  return {
    title: GROUP_REPORT_TITLE,
    partnershipName: session.session.partnershipName,
    sessionLabel: session.session.label ?? null,
    date: date?.long ?? session.session.date,
    dateIso: date?.iso ?? '',
    respondents: n,
    respondentsText:
      n === 0 ? 'Nobody has answered yet.' : `${countOf(n, 'person', 'people')} answered.`,
    sectors: sectors.groups.map((g) =>
      mayShowGroup(g.n)
        ? { label: g.label, count: g.n, countText: String(g.n) }
        : { label: g.label, count: null, countText: FEWER_THAN_3 },
    ),
    bankTitle: bank.title,
    bankVersion: bank.version,
    privacyNote:
      'Made on the facilitator’s device from the answers people handed in. Rally did not send them anywhere. ' +
      'Nobody is named, and groups of fewer than 3 people are not shown.',
  };
}

function dimensionRow(
  d: ReturnType<typeof aggregateGroup>['dimensions'][number],
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
    medianText: formatScore(d.medianScore),
    bandLabel: d.band?.label ?? 'Not enough answers',
    iqr,
    iqrText: iqr === null ? '–' : formatScore(iqr),
    min,
    minText: min === null ? '–' : formatScore(min),
    max,
    maxText: max === null ? '–' : formatScore(max),
    dontKnow: d.dontKnow,
    notApplicable: d.notApplicable,
    split: dimensionSplit(d).split,
  };
}

function breakdownView(bank: Bank, b: Breakdown, heading: string): GroupBreakdownView {
  return {
    heading,
    question: b.question,
    columns: bank.dimensions.map((d) => d.name),
    rows: b.groups.map((g) =>
      g.suppressed
        ? { label: g.label, suppressed: true as const, text: SUPPRESSED_TEXT }
        : {
            label: g.label,
            suppressed: false as const,
            n: g.n,
            cells: g.dimensions.map((c) =>
              c.suppressed
                ? { dimensionId: c.dimensionId, median: null, text: SUPPRESSED_TEXT }
                : {
                    dimensionId: c.dimensionId,
                    median: c.medianScore,
                    text: formatScore(c.medianScore),
                  },
            ),
          },
    ),
    note:
      b.groups.length === 0
        ? 'Nobody has answered yet.'
        : `Each figure is the median score of the people in that group. A group, or a group’s figure for a dimension, based on fewer than ${MIN_GROUP_SIZE} people is not shown, so that nobody can be picked out.`,
  };
}

function typologyView(bank: Bank, session: SessionFile): GroupSpread {
  const t = typologySpread(bank, session.responses);
  const lines = [
    ...t.types.map((type) => ({ label: type.name, count: type.count })),
    ...t.blends.map((b) => ({
      label: `A blend of ${b.names[0]} and ${b.names[1]}`,
      count: b.count,
    })),
    ...(t.tooFew > 0 ? [{ label: 'Too few answers to suggest a type', count: t.tooFew }] : []),
  ];
  const named = t.types.filter((type) => type.count > 0);
  let finding: string;
  if (t.total === 0) finding = 'Nobody has answered yet.';
  else if (named.length + t.blends.length === 0)
    finding = 'Nobody answered enough questions about the partnership’s shape to suggest a type.';
  else if (named.length === 1 && t.blend === 0)
    finding = `Everyone with enough answers sees the partnership as ${named[0]!.name}.`;
  else
    finding =
      `People see the partnership’s shape differently. ${TYPES_ASSUMPTION} ` +
      'It is worth talking about why people’s answers point in different directions.';
  return { heading: 'How people see the type of partnership', lines, finding };
}

function governanceView(bank: Bank, session: SessionFile): GroupSpread {
  const g = governanceSpread(bank, session.responses);
  const lines = [
    ...g.modes.map((m) => ({ label: m.name, count: m.count })),
    { label: 'Not clear who governs', count: g.unclear },
    { label: bank.scale.dontKnow, count: g.dontKnow },
    { label: 'Not answered', count: g.notAnswered },
  ];
  let finding: string;
  if (g.total === 0) finding = 'Nobody has answered yet.';
  else if (g.distinct === 0) finding = 'Nobody said how the partnership is governed now.';
  else if (g.distinct === 1 && g.unclear === 0)
    finding =
      'Everyone who answered describes the way the partnership is governed now in the same way.';
  else if (g.distinct === 1)
    finding = 'Everyone who answered says it is not clear who governs the partnership now.';
  else
    finding =
      `People gave ${g.distinct} different answers about how the partnership is governed now. ` +
      'Disagreement about how a partnership is governed is a finding in itself, and worth talking through.';
  return { heading: 'How people say the partnership is governed now', lines, finding };
}

function consensusRow(
  bank: Bank,
  d: GroupDimensionRow,
  record: ConsensusRecord | undefined,
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
      agreed === null ? (record ? 'No score agreed' : 'Not recorded') : formatScore(agreed),
    bandLabel: band?.label ?? '–',
    rationale: record?.rationale.trim() ?? '',
    actions: (record?.actions ?? []).map((a) => ({
      what: a.what.trim(),
      who: a.who.trim(),
      byWhen: a.byWhen.trim(),
    })),
    recorded: record !== undefined,
  };
}

function commentGroups(bank: Bank, session: SessionFile): GroupCommentGroup[] {
  return listComments(bank, session.responses).map((g) => ({
    heading: g.kind === 'reflection' && g.question ? g.question : `Comments on ${g.sectionTitle}`,
    texts: [...g.texts],
  }));
}

function methodParagraphs(bank: Bank): string[] {
  const points = [...bank.scale.points].sort((a, b) => a.value - b.value);
  const low = points[0]!;
  const high = points[points.length - 1]!;
  const coverage = `${Math.round(bank.scoring.minCoverage * 100)}%`;
  const bands = [...bank.scoring.bands].sort((a, b) => b.min - a.min);
  const share = `${Math.round(SPLIT_MIN_SHARE * 100)}%`;
  const width = 2 * SPLIT_BAND_HALF_WIDTH + 1;
  return [
    `Each person’s answers are first scored on their own, in the same way as a single self-assessment. ` +
      `A dimension score runs from 0 (every answer ${inSentence(low.label)}) to 100 (every answer ${inSentence(high.label)}), ` +
      `and needs answers on the scale to at least ${coverage} of the dimension’s questions. ` +
      `${bank.scale.dontKnow} and ${bank.scale.notApplicable} answers are counted and shown, but never averaged.`,
    'The group figure for a dimension is the median of the scores of the people who have one: half the group scored it at or below the median, and half at or above. ' +
      'The interquartile range (IQR) is the spread of the middle half of the scores, from the lower quartile to the upper quartile; a small IQR means people broadly agree. ' +
      'Quartiles are worked out by straight-line interpolation between scores, the method of the spreadsheet function QUARTILE.INC, so any figure can be checked in a spreadsheet. ' +
      `The median is rounded to one decimal place and then given a band: ${listInWords(bands.map((b) => `${b.label} from ${b.min}`))}.`,
    `Figures for single questions are of the answers as given, from ${low.value} (${low.label}) to ${high.value} (${high.label}), before any question worded the other way round is reversed for scoring.`,
    `“Discuss first” lists the dimensions and questions where the group’s answers pull apart. ` +
      `One counts as split when at least ${SPLIT_MIN_OUTSIDE} answers, and at least ${share} of the n answers, lie outside the ${width}-point band centred on the median ` +
      `(the median plus or minus ${SPLIT_BAND_HALF_WIDTH} point on the ${low.value} to ${high.value} scale): that is, at least max(${SPLIT_MIN_OUTSIDE}, ${share} of n). ` +
      'For a dimension, the answers are each person’s average answer across its questions. ' +
      'The rule adapts to the size of the group a rule from a Delphi study built on the SCIROCCO maturity model, which counted ratings outside a 3-point band around the median ' +
      '(International Journal of Integrated Care, doi 10.5334/ijic.7747).',
    `The views by sector and by role level show the median score of each group. A group with fewer than ${MIN_GROUP_SIZE} people is not shown, and nor is a group’s figure for a dimension that fewer than ${MIN_GROUP_SIZE} of them could score, because small groups can be picked out. The cover gives the number of people in each sector only for sectors with ${MIN_GROUP_SIZE} or more.`,
    'The spread of types and of ways of governing counts each person’s own result. Agreed scores, reasons and actions are what the group recorded together; nobody’s own answers were changed.',
    'Comments and reflections are listed in alphabetical order under each question, without names, so that their order says nothing about who wrote them.',
  ];
}

/** Builds the group report for a session of responses to `bank`. */
export function buildGroupReport(bank: Bank, session: SessionFile): GroupReportModel {
  const responses = session.responses;
  const aggregate = aggregateGroup(bank, responses);
  const dimensionName = new Map<string, string>(bank.dimensions.map((d) => [d.id, d.name]));
  const sectors = breakdownBy(bank, responses, 'sector');
  const roles = breakdownBy(bank, responses, 'role-level');
  const cover = buildCover(bank, session, sectors);
  const name = session.session.partnershipName;

  const dimensions = aggregate.dimensions.map(dimensionRow);
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

  const entries: GroupDiscussEntry[] = discussFirst(aggregate).map((e) => ({
    kind: e.kind,
    id: e.id,
    dimensionName: dimensionName.get(e.dimensionId) ?? e.dimensionId,
    label: e.label,
    n: e.decision.n,
    outside: e.decision.outside,
    outsideText: `${e.decision.outside} of ${e.decision.n} outside`,
  }));

  const records = new Map(session.consensus.map((c) => [c.dimensionId as string, c]));
  const points = [...bank.scale.points].sort((a, b) => a.value - b.value);

  return {
    bankId: bank.id,
    bankVersion: bank.version,
    language: bank.locale,
    cover,
    footer: `${name} · Rally group self-assessment`,
    meta: {
      title: `${GROUP_REPORT_TITLE}: ${name}${session.session.label ? ` (${session.session.label})` : ''}`,
      subject: `Group results of a partnership self-assessment with ${bank.title}, version ${bank.version}: ${countOf(responses.length, 'respondent', 'respondents')}`,
      keywords: [
        'partnership',
        'collaboration',
        'self-assessment',
        'group',
        'consensus',
        'public services',
        ...bank.dimensions.map((d) => d.name),
      ],
      author: 'Rally',
    },
    scaleText: `${points[0]!.value} (${points[0]!.label}) to ${points[points.length - 1]!.value} (${points[points.length - 1]!.label})`,
    discussFirst: {
      intro:
        'These dimensions and questions are where the group’s answers pull apart the most, most answers outside the band first. ' +
        'Start the discussion with them: a split often means people see different parts of the partnership, not that some are wrong.',
      entries,
      empty:
        'No dimension or question is split: the group’s answers cluster around the median everywhere.',
    },
    dimensions,
    items,
    sectorView: breakdownView(bank, sectors, 'By sector'),
    roleView: breakdownView(bank, roles, 'By role level'),
    typologySpread: typologyView(bank, session),
    governanceSpread: governanceView(bank, session),
    consensus: {
      intro:
        'For each dimension the group agreed a score, starting from the group median, and said why when it moved a band or more. ' +
        'The actions are what the group said it would do. Individual answers were not changed.',
      rows: dimensions.map((d) => consensusRow(bank, d, records.get(d.dimensionId))),
    },
    comments: {
      groups: commentGroups(bank, session),
      empty: 'Nobody left a comment or reflection.',
    },
    method: {
      heading: 'How the group results were worked out',
      paragraphs: methodParagraphs(bank),
    },
    citation: bank.citation,
    sources: bank.citations.map((c) => c.text),
    disclaimer: bank.disclaimer,
  };
}
