// @vitest-environment node
/**
 * The group report model against the group domain: every figure it prints must be the one
 * aggregateGroup, discussFirst, breakdownBy and the spreads give for the same session, rounded
 * the way scores are shown; small groups must never carry a figure or an exact count.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { aggregateGroup } from '../../../src/domain/group/aggregate';
import {
  MIN_GROUP_SIZE,
  breakdownBy,
  governanceSpread,
  listComments,
  typologySpread,
} from '../../../src/domain/group/breakdown';
import { discussFirst } from '../../../src/domain/group/split';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { FEWER_THAN_3, SUPPRESSED_TEXT } from '../../../src/domain/report/group-report-types';
import type { GroupReportModel } from '../../../src/domain/report/group-report-types';
import { roundScore } from '../../../src/domain/scoring/round-score';
import { loadRealBank } from '../../bank/real-bank';
import {
  ACTION,
  GROUP_NAME,
  RATIONALE,
  cultureConsensus,
  fixtureResponses,
  makeSession,
} from './group-fixtures';
import { i18n } from '../../../src/i18n';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

const r1 = (x: number | undefined | null) => (x === undefined || x === null ? null : roundScore(x));

function expectMatchesDomain(report: GroupReportModel, session: ReturnType<typeof makeSession>) {
  const aggregate = aggregateGroup(bank, session.responses);
  expect(report.dimensions.map((d) => d.dimensionId)).toEqual(bank.dimensions.map((d) => d.id));
  report.dimensions.forEach((row, i) => {
    const d = aggregate.dimensions[i]!;
    expect(row.n).toBe(d.n);
    expect(row.notEnough).toBe(d.notEnough);
    expect(row.median).toBe(d.medianScore);
    expect(row.bandLabel).toBe(d.band?.label ?? 'Not enough answers');
    expect(row.iqr).toBe(r1(d.scoreStats?.iqr));
    expect(row.min).toBe(r1(d.scoreStats?.min));
    expect(row.max).toBe(r1(d.scoreStats?.max));
    expect(row.dontKnow).toBe(d.dontKnow);
    expect(row.medianText).toBe(d.medianScore === null ? 'No score' : d.medianScore.toFixed(1));
  });
  const items = aggregate.dimensions.flatMap((d) => d.items);
  expect(report.items.map((i) => i.itemId)).toEqual(items.map((i) => i.itemId));
  report.items.forEach((row, i) => {
    const item = items[i]!;
    expect(row.n).toBe(item.n);
    expect(row.median).toBe(item.stats?.median ?? null);
    expect(row.iqr).toBe(item.stats?.iqr ?? null);
    expect(row.min).toBe(item.stats?.min ?? null);
    expect(row.max).toBe(item.stats?.max ?? null);
    expect(row.mean).toBe(item.stats?.mean ?? null);
    expect(row.dontKnow).toBe(item.dontKnow);
    expect(row.notApplicable).toBe(item.notApplicable);
  });
  const split = discussFirst(aggregate);
  expect(report.discussFirst.entries.map((e) => [e.kind, e.id, e.outside, e.n])).toEqual(
    split.map((e) => [e.kind, e.id, e.decision.outside, e.decision.n]),
  );
  for (const e of report.discussFirst.entries)
    expect(e.outsideText).toBe(`${e.outside} of ${e.n} outside`);
  // A row is marked split exactly when it is listed under "Discuss first".
  const listed = new Set(split.map((e) => `${e.kind}:${e.id}`));
  for (const d of report.dimensions) expect(d.split).toBe(listed.has(`dimension:${d.dimensionId}`));
  for (const i of report.items) expect(i.split).toBe(listed.has(`item:${i.itemId}`));
}

describe('buildGroupReport on a session of the golden fixtures', () => {
  it('gives the group domain’s numbers for every dimension, item and split', () => {
    const session = makeSession(bank, fixtureResponses(bank));
    const report = buildGroupReport(bank, session, i18n);
    expectMatchesDomain(report, session);
    // The fixtures do disagree somewhere, so the list is not trivially empty.
    expect(report.discussFirst.entries.length).toBeGreaterThan(0);
  });

  it('has a cover with the session details and sectors, small ones without a count', () => {
    const session = makeSession(bank, fixtureResponses(bank));
    const { cover } = buildGroupReport(bank, session, i18n);
    expect(cover.partnershipName).toBe(GROUP_NAME);
    expect(cover.sessionLabel).toBe('Autumn workshop');
    expect(cover.date).toBe('26 November 2026');
    expect(cover.dateIso).toBe('2026-11-26');
    expect(cover.respondents).toBe(8);
    expect(cover.respondentsText).toBe('8 people answered.');
    const sectors = breakdownBy(bank, session.responses, 'sector').groups;
    expect(cover.sectors.map((s) => s.label)).toEqual(sectors.map((g) => g.label));
    for (const [i, s] of cover.sectors.entries()) {
      if (sectors[i]!.n >= MIN_GROUP_SIZE)
        expect(s).toMatchObject({ count: sectors[i]!.n, countText: String(sectors[i]!.n) });
      else expect(s).toMatchObject({ count: null, countText: FEWER_THAN_3 });
    }
    expect(cover.sectors.find((s) => s.label === 'Voluntary or community sector')?.count).toBe(4);
    expect(cover.sectors.find((s) => s.label === 'Local authority')?.countText).toBe(FEWER_THAN_3);
  });

  it('shows sector and role views with the breakdown’s medians and suppresses small groups', () => {
    const session = makeSession(bank, fixtureResponses(bank));
    const report = buildGroupReport(bank, session, i18n);
    for (const [view, field] of [
      [report.sectorView, 'sector'],
      [report.roleView, 'role-level'],
    ] as const) {
      const b = breakdownBy(bank, session.responses, field);
      expect(view.columns).toEqual(bank.dimensions.map((d) => d.name));
      expect(view.rows.map((r) => [r.label, r.suppressed])).toEqual(
        b.groups.map((g) => [g.label, g.suppressed]),
      );
      view.rows.forEach((row, i) => {
        const group = b.groups[i]!;
        if (row.suppressed || group.suppressed) {
          expect(row).toEqual({ label: group.label, suppressed: true, text: SUPPRESSED_TEXT });
          return;
        }
        expect(row.n).toBe(group.n);
        expect(row.cells.map((c) => c.median)).toEqual(
          group.dimensions.map((c) => (c.suppressed ? null : c.medianScore)),
        );
        expect(row.cells.map((c) => c.text)).toEqual(
          group.dimensions.map((c) => (c.suppressed ? SUPPRESSED_TEXT : c.medianScore.toFixed(1))),
        );
      });
    }
    expect(report.sectorView.rows.filter((r) => r.suppressed).map((r) => r.label)).toEqual(
      expect.arrayContaining(['Local authority', 'NHS or health']),
    );
  });

  it('counts the spread of types and governance modes as the domain does', () => {
    const session = makeSession(bank, fixtureResponses(bank));
    const report = buildGroupReport(bank, session, i18n);
    const t = typologySpread(bank, session.responses);
    for (const type of t.types)
      expect(report.typologySpread.lines.find((l) => l.label === type.name)?.count).toBe(
        type.count,
      );
    expect(report.typologySpread.lines.reduce((s, l) => s + l.count, 0)).toBe(
      session.responses.length,
    );
    const g = governanceSpread(bank, session.responses);
    for (const mode of g.modes)
      expect(report.governanceSpread.lines.find((l) => l.label === mode.name)?.count).toBe(
        mode.count,
      );
    expect(report.governanceSpread.lines.reduce((s, l) => s + l.count, 0)).toBe(
      session.responses.length,
    );
    if (g.distinct > 1)
      expect(report.governanceSpread.finding).toContain(`${g.distinct} different answers`);
  });

  it('lists every comment and reflection, and nothing that names or identifies a respondent', () => {
    const responses = fixtureResponses(bank);
    const session = makeSession(bank, responses);
    const report = buildGroupReport(bank, session, i18n);
    const expected = listComments(bank, responses).flatMap((g) => g.texts);
    expect(report.comments.groups.flatMap((g) => g.texts)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const text = JSON.stringify(report);
    for (const r of responses) expect(text).not.toContain(r.responseId);
  });

  it('marks each comment with the language it was written in, where its response says', () => {
    const responses = fixtureResponses(bank);
    const commented = responses.findIndex((r) => Object.keys(r.comments ?? {}).length > 0);
    expect(commented).toBeGreaterThanOrEqual(0);
    const [sectionId, comment] = Object.entries(responses[commented]!.comments!)[0]!;
    const mixed = responses.map((r, i) =>
      i === commented ? { ...r, commentLanguages: { [sectionId]: 'cy' as const } } : r,
    );
    const texts = buildGroupReport(bank, makeSession(bank, mixed), i18n).comments.groups.flatMap(
      (g) => g.texts,
    );
    expect(texts).toContain(`${comment.trim()} (in Welsh)`);
    // A text whose language was not recorded (an older file) carries no marker.
    expect(texts.filter((t) => t.endsWith('(in Welsh)'))).toHaveLength(1);
  });

  it('carries the consensus records: agreed score and band, rationale and actions', () => {
    const responses = fixtureResponses(bank);
    const median = aggregateGroup(bank, responses).dimensions.find(
      (d) => d.dimensionId === 'culture',
    )!.medianScore;
    const record = cultureConsensus(median);
    const report = buildGroupReport(bank, makeSession(bank, responses, [record]), i18n);
    const culture = report.consensus.rows.find((r) => r.dimensionId === 'culture')!;
    expect(culture).toMatchObject({
      median,
      agreed: record.agreedScore,
      agreedText: record.agreedScore!.toFixed(1),
      rationale: RATIONALE,
      actions: [ACTION],
      recorded: true,
    });
    expect(culture.bandLabel).toBe(record.agreedScore! >= 75 ? 'Strength' : 'Developing');
    expect(report.consensus.rows.filter((r) => !r.recorded)).toHaveLength(
      bank.dimensions.length - 1,
    );
  });

  it('states the split rule with its source, the suppression rule and the bank’s citation and disclaimer', () => {
    const report = buildGroupReport(bank, makeSession(bank, fixtureResponses(bank)), i18n);
    const method = report.method.paragraphs.join(' ');
    expect(method).toContain('max(2, 25% of n)');
    expect(method).toContain('10.5334/ijic.7747');
    expect(method).toContain('fewer than 3 people');
    expect(method).toMatch(/median/);
    expect(method).toMatch(/interquartile range/);
    expect(report.citation).toBe(bank.citation);
    expect(report.disclaimer).toBe(bank.disclaimer);
    expect(report.meta.title).toBe(`Group self-assessment: ${GROUP_NAME} (Autumn workshop)`);
    expect(report.language).toBe(bank.locale);
  });

  it('works for an empty session', () => {
    const report = buildGroupReport(bank, makeSession(bank, []), i18n);
    expect(report.cover.respondents).toBe(0);
    expect(report.cover.sectors).toEqual([]);
    expect(report.dimensions.every((d) => d.median === null && d.medianText === 'No score')).toBe(
      true,
    );
    expect(report.discussFirst.entries).toEqual([]);
  });
});

describe('buildGroupReport properties', () => {
  it('for any mix of fixtures: domain numbers, no small sector counted, medians within min and max, order does not matter', () => {
    const pool = fixtureResponses(bank, 40, 'pool');
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 1, maxLength: 24 }), (picked) => {
        const session = makeSession(bank, picked);
        const report = buildGroupReport(bank, session, i18n);
        expectMatchesDomain(report, session);
        for (const s of report.cover.sectors)
          expect(s.count === null || s.count >= MIN_GROUP_SIZE).toBe(true);
        for (const row of [...report.sectorView.rows, ...report.roleView.rows]) {
          if (!row.suppressed) expect(row.n).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        }
        for (const d of report.dimensions) {
          if (d.median !== null) {
            expect(d.median).toBeGreaterThanOrEqual(d.min!);
            expect(d.median).toBeLessThanOrEqual(d.max!);
          }
        }
        // In the pool's order instead of a shuffled one, the figures are the same.
        const ordered = buildGroupReport(
          bank,
          makeSession(
            bank,
            pool.filter((r) => picked.includes(r)),
          ),
          i18n,
        );
        expect(ordered.dimensions).toEqual(report.dimensions);
        expect(ordered.items).toEqual(report.items);
        expect(ordered.discussFirst).toEqual(report.discussFirst);
        expect(ordered.comments).toEqual(report.comments);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
