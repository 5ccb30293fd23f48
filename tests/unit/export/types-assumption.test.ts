// @vitest-environment node
/**
 * The published report does not say whether a partnership can mix features of more than one
 * type (domain.md A.4). Nothing the user reads may say it as a fact: the bank's texts, the
 * personal report (PDF and screen share its words) and the group report say it as the tool's
 * assumption.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { buildReport } from '../../../src/domain/report/build-report';
import { TYPES_ASSUMPTION } from '../../../src/domain/report/report-profiles';
import { loadRealBank, readRealFiles } from '../../bank/real-bank';
import { fixtureResponses, makeSession } from './group-fixtures';
import { readFixture } from './report-fixtures';
import { i18n } from '../../../src/i18n';

const STATED_AS_FACT = /real partnerships|partnerships (often |usually )?mix/i;

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});

describe('mixed types are the tool’s assumption, not a fact', () => {
  it('no text in the question bank states it as a fact, and the shape section says it assumes it', async () => {
    const files = await readRealFiles();
    for (const file of [files.bank, ...files.sections])
      expect(JSON.stringify(file.data), file.file).not.toMatch(STATED_AS_FACT);
    const shape = bank.sections.find((s) => s.id === 'shape')!;
    expect(shape.intro).toContain('assumes that a partnership can have features of more than one');
  });

  it.each(['blend-youth-network', 'council-clear'])(
    '%s: the report’s typology summary says it as an assumption',
    (name) => {
      const report = buildReport(bank, readFixture(bank, name), i18n);
      expect(report.typology.summary).toContain(i18n._(TYPES_ASSUMPTION));
      expect(report.typology.summary).not.toMatch(STATED_AS_FACT);
    },
  );

  it('the group report, where people see different types, says it as an assumption', () => {
    const report = buildGroupReport(bank, makeSession(bank, fixtureResponses(bank)), i18n);
    expect(report.typologySpread.finding).toContain(i18n._(TYPES_ASSUMPTION));
    expect(report.typologySpread.finding).not.toMatch(STATED_AS_FACT);
  });
});
