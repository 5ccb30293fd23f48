/**
 * What each band looks like in practice, as the report model and the pages carry it
 * (src/domain/report/band-practice.ts): worked out by hand for the golden fixtures, in English
 * and in Welsh, and present for every band a score can fall in.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import welshTexts from 'virtual:rally-bank-cy';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { localizeBank } from '../../../src/domain/bank/bank-texts';
import { bandPractice } from '../../../src/domain/report/band-practice';
import { buildReport } from '../../../src/domain/report/build-report';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { bandFor } from '../../../src/domain/scoring/bands';
import { activate, i18n } from '../../../src/i18n';
import { loadRealBank } from '../../bank/real-bank';
import { readFixture } from '../export/report-fixtures';
import { fixtureResponses, makeSession } from '../export/group-fixtures';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

describe('the report model in English', () => {
  it('carries, for council-clear, culture’s Strength practice with its sources and what keeps it there', () => {
    const report = buildReport(bank, readFixture(bank, 'council-clear'), i18n);
    const culture = report.dimensions.find((d) => d.dimensionId === 'culture')!;
    // Worked out by hand: culture scores 75.0, the bottom of Strength.
    expect(culture.bandId).toBe('strength');
    const p = culture.practice!;
    expect(p.bandLabel).toBe('Strength');
    expect(p.items.map((item) => item.text)).toEqual([
      'Staff in every partner can say in their own words why the partners need to work differently. The reason was agreed and shared early on.',
      'Front-line staff have been given more room to decide, on the strength of that shared reason.',
      'Managers back staff when a reasonable risk does not work out, so problems are raised early rather than hidden.',
    ]);
    expect(p.items.map((item) => item.sourceText)).toEqual([
      'Source: GO Lab report (2019), Executive summary: culture',
      'Source: GO Lab report (2019), Executive summary: culture',
      'This tool’s own reading of: GO Lab report (2019), Executive summary: culture',
    ]);
    expect(p.items.map((item) => item.inference)).toEqual([false, false, true]);
    expect(p.nextStepLabel).toBe('To stay in this band');
    expect(p.nextStep).toMatch(/^Keep retelling the shared reason/);
    expect(p.sources).toEqual([
      {
        citationId: 'golab-2019',
        text: bank.citations.find((c) => c.id === 'golab-2019')!.text,
        url: bank.citations.find((c) => c.id === 'golab-2019')!.url,
      },
    ]);
  });

  it('carries, for governance in Developing, what would move it on, and no practice without a band', () => {
    const report = buildReport(bank, readFixture(bank, 'council-clear'), i18n);
    const governance = report.dimensions.find((d) => d.dimensionId === 'governance')!;
    expect(governance.bandId).toBe('developing');
    expect(governance.practice!.nextStepLabel).toBe('To move to the next band');
    expect(governance.practice!.items).toHaveLength(2);
    expect(governance.practice!.items[0]!.sourceText).toBe(
      'This tool’s own reading of: Provan and Kenis (2008), The three modes and when each fits',
    );
    expect(governance.practice!.sources.map((s) => s.citationId)).toEqual(['provan-kenis-2008']);

    const few = buildReport(bank, readFixture(bank, 'too-few-new-partner'), i18n);
    expect(few.dimensions.find((d) => d.dimensionId === 'governance')!.practice).toBeNull();
    expect(few.dimensions.find((d) => d.dimensionId === 'leadership')!.practice!.bandId).toBe(
      'strength',
    );
  });

  it('is null for every area with a bank that does not describe practice', () => {
    const plain: Bank = {
      ...bank,
      dimensions: bank.dimensions.map((d) => ({
        ...d,
        bands: Object.fromEntries(
          Object.entries(d.bands).map(([id, b]) => [
            id,
            { interpretation: b.interpretation, prompts: b.prompts },
          ]),
        ),
      })),
    };
    const report = buildReport(plain, readFixture(plain, 'council-clear'), i18n);
    expect(report.dimensions.map((d) => d.practice)).toEqual(report.dimensions.map(() => null));
  });

  it('gives the group report the practice of the band of each dimension’s median', () => {
    const session = makeSession(bank, fixtureResponses(bank));
    const report = buildGroupReport(bank, session, i18n);
    for (const row of report.dimensions) {
      const band = bandFor(bank, row.median);
      expect(row.practice?.bandId ?? null, row.dimensionId).toBe(band?.id ?? null);
      if (band) expect(row.practice!.bandLabel).toBe(row.bandLabel);
    }
    expect(report.dimensions.some((d) => d.practice)).toBe(true);
  });

  it('has practice for the band of any score from 0 to 100, in every dimension', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        fc.constantFrom(...bank.dimensions.map((d) => d.id)),
        (score, dimensionId) => {
          const p = bandPractice(bank, dimensionId, bandFor(bank, score)?.id, i18n);
          expect(p).not.toBeNull();
          expect(p!.items.length).toBeGreaterThanOrEqual(2);
          expect(p!.items.length).toBeLessThanOrEqual(3);
          expect(p!.nextStep.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('in Welsh', () => {
  let welsh: Bank;
  beforeAll(async () => {
    await activate('cy');
    welsh = localizeBank(bank, 'cy', welshTexts);
  });
  afterAll(async () => {
    await activate('en');
  });

  it('gives culture’s Strength practice, its sources and next step in Welsh', () => {
    const p = bandPractice(welsh, 'culture', 'strength', i18n)!;
    expect(p.bandLabel).toBe('Cryfder');
    expect(p.items[0]!.text).toBe(
      "Gall staff ym mhob partner ddweud yn eu geiriau eu hunain pam mae angen i'r partneriaid weithio'n wahanol. Cytunwyd ar y rheswm a'i rannu'n gynnar.",
    );
    expect(p.items[0]!.sourceText).toBe(
      'Ffynhonnell: Adroddiad GO Lab (2019), Crynodeb gweithredol: diwylliant',
    );
    expect(p.items[2]!.sourceText).toBe(
      'Dehongliad yr offeryn hwn ei hun o: Adroddiad GO Lab (2019), Crynodeb gweithredol: diwylliant',
    );
    expect(p.nextStepLabel).toBe('I aros yn y band hwn');
    expect(bandPractice(welsh, 'culture', 'priority', i18n)!.nextStepLabel).toBe(
      'I symud i’r band nesaf',
    );
  });

  it('has every band of every dimension in Welsh, none of it the English', () => {
    for (const d of bank.dimensions)
      for (const b of bank.scoring.bands) {
        // The English bank's texts, beside the Welsh bank's.
        const en = bandPractice(bank, d.id, b.id, i18n)!;
        const cy = bandPractice(welsh, d.id, b.id, i18n)!;
        expect(cy.items).toHaveLength(en.items.length);
        cy.items.forEach((item, k) => {
          expect(item.text, `${d.id} ${b.id} ${k}`).not.toBe(en.items[k]!.text);
          expect(item.sourceText).toMatch(/^(Ffynhonnell|Dehongliad yr offeryn hwn ei hun o): /);
        });
        expect(cy.nextStep).not.toBe(en.nextStep);
      }
  });
});
