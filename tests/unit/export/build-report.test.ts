// @vitest-environment node
/**
 * The report model against the real bank and the golden fixtures: every figure in it must be
 * the figure `buildResults` gives, every question must reach the appendix, and every comment
 * and reflection must be carried, so the PDF and CSV built from it cannot drift from scoring.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { allItems } from '../../../src/domain/bank/bank-queries';
import { buildReport } from '../../../src/domain/report/build-report';
import { formatDate, formatScore } from '../../../src/domain/report/report-format';
import { bandRanges } from '../../../src/domain/report/report-method';
import { buildResults } from '../../../src/domain/scoring/build-results';
import { clone, loadRealBank } from '../../bank/real-bank';
import { fixtureNames, readFixture } from './report-fixtures';
import { i18n } from '../../../src/i18n';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

describe('buildReport on every golden fixture', () => {
  it('has fixtures to run on', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtureNames)('%s: dimension figures are the scored figures', (name) => {
    const response = readFixture(bank, name);
    const report = buildReport(bank, response, i18n);
    const results = buildResults(bank, response.answers);
    expect(report.dimensions.map((d) => d.dimensionId)).toEqual(bank.dimensions.map((d) => d.id));
    results.dimensions.forEach((d, i) => {
      const shown = report.dimensions[i]!;
      expect(shown.score).toBe(d.score);
      expect(shown.scoreText).toBe(d.score === null ? 'No score' : d.score.toFixed(1));
      expect(shown.bandId).toBe(d.band?.id ?? null);
      expect(shown.bandLabel).toBe(d.band?.label ?? 'Not enough answers');
      expect([shown.answered, shown.total, shown.dontKnow, shown.notApplicable]).toEqual([
        d.answered,
        d.total,
        d.dontKnow,
        d.notApplicable,
      ]);
      expect(shown.answeredText.startsWith(`${d.answered} of ${d.total}`)).toBe(true);
      expect(shown.interpretation).toBe(d.interpretation);
      expect(shown.prompts).toEqual(d.prompts);
    });
    expect(report.strengths.items.map((d) => d.dimensionId)).toEqual(
      results.strengths.map((d) => d.dimensionId),
    );
    expect(report.priorities.items.map((d) => d.dimensionId)).toEqual(
      results.priorities.map((d) => d.dimensionId),
    );
    expect({ ...report.counts, text: undefined }).toEqual({ ...results.counts, text: undefined });
  });

  it.each(fixtureNames)('%s: typology, governance, roles and flags are the scored ones', (name) => {
    const response = readFixture(bank, name);
    const report = buildReport(bank, response, i18n);
    const { typology, governance, leadership, profiles } = buildResults(bank, response.answers);

    expect(Object.fromEntries(report.typology.fits.map((f) => [f.typeId, f.fit]))).toEqual(
      typology.fits,
    );
    expect(report.typology.fits.map((f) => f.typeId)).toEqual(
      typology.ranking.map((r) => r.typeId),
    );
    expect(report.typology.status).toBe(
      typology.tooFew ? 'too-few' : typology.blend ? 'blend' : 'best-fit',
    );
    const nameOf = (id: string) => bank.typology.types.find((t) => t.id === id)!.name;
    if (typology.blend) {
      expect(report.typology.headline).toBe(
        `A blend of ${nameOf(typology.blend[0])} and ${nameOf(typology.blend[1])}`,
      );
      expect(report.typology.types.map((t) => t.typeId)).toEqual(typology.blend);
    } else if (typology.bestFit) {
      expect(report.typology.headline).toBe(`Best fit: ${nameOf(typology.bestFit)}`);
      const type = bank.typology.types.find((t) => t.id === typology.bestFit)!;
      expect(report.typology.types).toEqual([
        expect.objectContaining({
          typeId: type.id,
          meaning: type.meaning,
          exampleSites: type.exampleSites,
        }),
      ]);
    } else {
      expect(report.typology.types).toEqual([]);
      expect(report.typology.reasons).toEqual([]);
    }
    expect(report.typology.reasons.map((r) => [r.itemId, r.points])).toEqual(
      typology.reasons.map((r) => [r.itemId, r.contribution]),
    );
    for (const reason of report.typology.reasons) expect(reason.text).toContain(reason.answer);

    expect(report.governance.mismatch).toBe(governance.mismatch);
    expect(report.governance.unclear).toBe(governance.unclear);
    expect(report.governance.prompt).toBe(governance.mismatchPrompt ?? governance.unclearPrompt);
    if (governance.inUseName) expect(report.governance.inUseText).toBe(governance.inUseName);
    if (governance.predictedName)
      expect(report.governance.predictedText).toBe(governance.predictedName);

    expect(report.leadership.roles.map((r) => [r.roleId, r.score])).toEqual(
      leadership.roles.map((r) => [r.roleId, r.score]),
    );
    expect(report.leadership.note).toBe(bank.leadership.note);
    expect(report.accountability.flags).toEqual(profiles.accountability.flags.map((f) => f.text));
    expect(report.accountability.rows.map((r) => r.rowId)).toEqual(
      profiles.accountability.rows.map((r) => r.rowId),
    );
  });

  it.each(fixtureNames)(
    '%s: every question reaches the appendix once, in bank order, with its answer',
    (name) => {
      const response = readFixture(bank, name);
      const report = buildReport(bank, response, i18n);
      const rows = report.appendix.flatMap((s) => s.rows);
      const items = allItems(bank);
      expect(rows.map((r) => r.itemId)).toEqual(items.map((i) => i.id));
      expect(rows.map((r) => r.question)).toEqual(items.map((i) => i.text));
      for (const row of rows) {
        const item = items.find((i) => i.id === row.itemId)!;
        const value = response.answers[item.id];
        expect(row.answerLabel).toBe(row.answerLines.join('; '));
        if (value === undefined) {
          expect(row.answerLines).toEqual(['Not answered']);
          expect(row.answered).toBe(false);
        }
        if (item.kind === 'agreement') {
          expect(row.dimensionId).toBe(item.dimension);
          if (typeof value === 'number') {
            expect(row.answerValue).toBe(value);
            expect(row.answerLabel).toBe(bank.scale.points.find((p) => p.value === value)!.label);
          } else expect(row.answerValue).toBeNull();
          if (value === 'dk') expect(row.answerLabel).toBe(bank.scale.dontKnow);
          if (value === 'na') expect(row.answerLabel).toBe(bank.scale.notApplicable);
        } else {
          expect(row.answerValue).toBeNull();
          expect(row.dimensionId).toBeNull();
        }
        if (item.kind === 'text' && typeof value === 'string' && value.trim())
          expect(row.answerLabel).toBe(value);
      }
    },
  );

  it.each(fixtureNames)('%s: carries every comment and reflection', (name) => {
    const response = readFixture(bank, name);
    const report = buildReport(bank, response, i18n);
    const comments = Object.entries(response.comments).filter(([, text]) => text.trim());
    expect(report.comments).toHaveLength(comments.length);
    for (const [sectionId, text] of comments) {
      const title = bank.sections.find((s) => s.id === sectionId)!.title;
      expect(report.comments).toContainEqual({ sectionId, sectionTitle: title, text: text.trim() });
      expect(report.appendix.find((s) => s.sectionId === sectionId)!.comment).toBe(text.trim());
    }
    const reflections = allItems(bank).filter(
      (i) => i.kind === 'text' && !i.field && typeof response.answers[i.id] === 'string',
    );
    expect(report.reflections.map((r) => [r.itemId, r.answer])).toEqual(
      reflections.map((i) => [i.id, String(response.answers[i.id]).trim()]),
    );
  });
});

describe('the cover', () => {
  it('names the partnership, place, date and who answered, in labels not ids', () => {
    const report = buildReport(bank, readFixture(bank, 'council-clear'), i18n);
    expect(report.cover).toMatchObject({
      title: 'Partnership self-assessment',
      partnershipName: 'Northborough Deal',
      place: 'Northborough',
      date: '12 May 2025',
      dateIso: '2025-05-12',
      sector: 'Local authority',
      roleLevel: 'Senior leader',
      bankTitle: bank.title,
      bankVersion: bank.version,
    });
    expect(report.cover.answeredBy).toContain('Local authority');
    expect(report.cover.answeredBy).toContain('Senior leader');
    expect(report.footer).toBe('Northborough Deal · Rally self-assessment');
    expect(report.meta).toMatchObject({
      title: 'Partnership self-assessment: Northborough Deal',
      author: 'Rally',
    });
  });

  it('works without a name or place, and says so', () => {
    const report = buildReport(bank, readFixture(bank, 'too-few-new-partner'), i18n);
    expect(report.cover.partnershipName).toBeNull();
    expect(report.cover.place).toBeNull();
    expect(report.cover.sector).toBe('NHS or health');
    expect(report.footer).toBe('Rally self-assessment');
    expect(report.meta.title).toBe('Partnership self-assessment');
  });

  it('takes about-you fields from the answers first, then from the saved about fields', () => {
    const response = readFixture(bank, 'council-clear');
    const fromAbout = buildReport(
      bank,
      {
        ...response,
        answers: { ...response.answers, 'partnership-name': 'Partneriaeth Gŵyl Ŷd' },
      },
      i18n,
    );
    expect(fromAbout.cover.partnershipName).toBe('Partneriaeth Gŵyl Ŷd');
    const { 'partnership-name': _gone, ...answers } = response.answers;
    const fallback = buildReport(
      bank,
      {
        ...response,
        answers,
        about: { 'partnership-name': 'Saved name' },
      },
      i18n,
    );
    expect(fallback.cover.partnershipName).toBe('Saved name');
  });

  it('dates the report by the UK calendar day of the last change', () => {
    expect(formatDate('2026-06-30T23:30:00Z')).toEqual({ long: '1 July 2026', iso: '2026-07-01' });
    expect(formatDate('2026-11-26T23:30:00Z')).toEqual({
      long: '26 November 2026',
      iso: '2026-11-26',
    });
    expect(formatDate('not a date')).toBeNull();
  });
});

describe('the method, citation and disclaimer', () => {
  it('reads every threshold from the bank', () => {
    const report = buildReport(bank, readFixture(bank, 'council-clear'), i18n);
    const text = report.method.paragraphs.join(' ');
    for (const band of bank.scoring.bands) expect(text).toContain(band.label);
    expect(text).toContain(`${Math.round(bank.scoring.minCoverage * 100)}%`);
    expect(text).toContain(`within ${bank.typology.blendMargin} points`);
    expect(text).toContain(`fewer than ${bank.typology.minAnswered}`);
    expect(text).toContain('There is no overall score');
    expect(report.citation).toBe(bank.citation);
    expect(report.disclaimer).toBe(bank.disclaimer);
    expect(report.sources).toEqual(bank.citations.map((c) => c.text));
    expect([report.bankId, report.bankVersion]).toEqual([bank.id, bank.version]);
  });

  it('changes when the bank changes', () => {
    const changed = clone(bank);
    changed.scoring.minCoverage = 0.5;
    changed.scoring.bands = changed.scoring.bands.map((b) =>
      b.min === 75 ? { ...b, min: 80 } : b,
    );
    const text = buildReport(
      changed,
      readFixture(bank, 'council-clear'),
      i18n,
    ).method.paragraphs.join(' ');
    expect(text).toContain('50%');
    expect(text).not.toContain('60%');
    expect(bandRanges(changed, i18n)).toEqual([
      'Strength: 80 to 100',
      'Developing: 50 to 79.9',
      'Priority to discuss: below 50',
    ]);
  });
});

describe('purity', () => {
  it('gives the same report twice and leaves its inputs alone', () => {
    const response = readFixture(bank, 'market-alliance');
    const before = structuredClone(response);
    const bankBefore = structuredClone(bank);
    expect(buildReport(bank, response, i18n)).toEqual(buildReport(bank, response, i18n));
    expect(response).toEqual(before);
    expect(bank).toEqual(bankBefore);
  });

  it('formats scores to one decimal place', () => {
    expect([formatScore(75), formatScore(71.4), formatScore(100), formatScore(null)]).toEqual([
      '75.0',
      '71.4',
      '100.0',
      'No score',
    ]);
  });
});
