// @vitest-environment node
/**
 * The privacy rule as a property over every output of a group session. fast-check generates
 * sessions with lone, paired and larger sector and role groups (and people who gave none),
 * random answers and free text; every output is built with the app's own code (the group CSV,
 * read back; the group report model the PDF prints, and the PDF itself, read back with
 * pdf-parse; the results screen model; the add-responses list; the compare model) and
 * privacy-check.ts fails on:
 *   - any answer, comment or per-person line tied to a sector or role group of fewer than 3;
 *   - free text beside a person label;
 *   - per-person lines with fewer than 3 respondents, or labels naming a sector or role;
 *   - any output that changes when the same responses arrive in another order.
 * Before the privacy module, this property failed on 162 of 200 generated sessions (the CSV’s
 * sector-question rows, its labelled reflections, the add-responses list, lines for one person).
 */
import fc from 'fast-check';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { buildGroupPdf, pdfBytes } from '../../../src/export/pdf/build-group-pdf';
import { loadRealBank } from '../../bank/real-bank';
import { privacyViolations } from '../../helpers/privacy-check';
import { PERSON_LABEL, buildAll, describeOutputs } from '../../helpers/privacy-outputs';
import { aboutSelect, reordered, sessionArb, sessionOf } from '../../helpers/privacy-sessions';
import type { GeneratedSession } from '../../helpers/privacy-sessions';
import { readFonts, squash } from '../export/report-fixtures';
import { i18n } from '../../../src/i18n';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

function check(g: GeneratedSession) {
  const built = buildAll(bank, g.session);
  expect(privacyViolations(bank, g.truth, describeOutputs(bank, built))).toEqual([]);
  // Outputs with no people in them name nobody, by label or by response id.
  const unnamed = JSON.stringify([built.report, built.view.comments, built.compare]);
  expect(unnamed).not.toMatch(PERSON_LABEL);
  for (const t of g.truth) expect(built.csv + unnamed).not.toContain(t.responseId);
  return built;
}

describe('the privacy rule over every output', () => {
  it('never ties an answer, comment or person line to a sector or role group of fewer than 3', () => {
    fc.assert(
      fc.property(sessionArb(bank), (g) => {
        check(g);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('holds for sessions of up to 60 people with many small groups', () => {
    fc.assert(
      fc.property(sessionArb(bank, { maxGroups: 12, maxPeople: 60 }), (g) => {
        check(g);
      }),
      { numRuns: 20 },
    );
  }, 120_000);

  it('gives the same outputs, labels included, whatever the order of arrival', () => {
    fc.assert(
      fc.property(sessionArb(bank), fc.array(fc.integer(), { minLength: 1 }), (g, keys) => {
        const a = buildAll(bank, g.session);
        const b = buildAll(bank, reordered(g.session, keys));
        expect(b.csv).toBe(a.csv);
        expect(b.report).toEqual(a.report);
        expect(b.view).toEqual(a.view);
        expect(b.duplicates).toEqual(a.duplicates);
        expect(b.people.people.map((p) => [p.label, p.responseId])).toEqual(
          a.people.people.map((p) => [p.label, p.responseId]),
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('holds for the workshop in the issue: three local authority, two NHS, one resident', () => {
    const sectors = [
      'local-authority',
      'nhs-health',
      'local-authority',
      'resident',
      'nhs-health',
      'local-authority',
    ];
    const responses = sectors.map((sector, i) => ({
      format: 'rally-response' as const,
      formatVersion: 2 as const,
      bankId: bank.id,
      bankVersion: bank.version,
      responseId: `six-${i}`,
      createdAt: '2026-11-26T10:00:00.000Z',
      updatedAt: '2026-11-26T10:00:00.000Z',
      about: { sector },
      answers: { sector, 'gov-agreed-purpose': 1 + i, 'reflect-working': `xqz${i}t0w note` },
      comments: {},
      targets: {},
      actions: [],
    }));
    const built = check({
      session: sessionOf(bank, 'six', responses),
      truth: sectors.map((sector, i) => ({
        responseId: `six-${i}`,
        sector,
        role: 'not-given',
        markers: [`xqz${i}t0w`],
      })),
    });
    expect(built.csv).not.toContain('Resident or community member');
    expect(built.view.personLines).toHaveLength(6);
  });
});

describe('the group PDF, read back', () => {
  async function pdfText(g: GeneratedSession): Promise<string> {
    const bytes = pdfBytes(
      buildGroupPdf(buildAll(bank, g.session).report, { fonts: readFonts() }, i18n),
    );
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      return squash((await parser.getText()).text);
    } finally {
      await parser.destroy();
    }
  }

  it('names nobody and gives no count or figure for a group of fewer than 3', async () => {
    const sectorItem = aboutSelect(bank, 'sector');
    await fc.assert(
      fc.asyncProperty(sessionArb(bank), async (g) => {
        const text = await pdfText(g);
        expect(text).not.toMatch(PERSON_LABEL);
        for (const t of g.truth) expect(text).not.toContain(t.responseId);
        for (const option of sectorItem.options) {
          const n = g.truth.filter((t) => t.sector === option.id).length;
          if (n > 0 && n < 3) {
            expect(text).toContain(`${squash(option.label)}: fewer than 3`);
            expect(text).not.toMatch(new RegExp(`${escape(squash(option.label))}: \\d`));
          }
        }
      }),
      { numRuns: 5 },
    );
  }, 120_000);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
