// @vitest-environment node
/**
 * "Since last time" in the group report and PDF: cycle two started from the cycle-one session
 * fixture (governance agreed 60 with a target of 75, culture aiming for 80, two actions), with
 * the group's review and agreed scores set by hand. The expected words are worked out from the
 * rules in src/domain/plan/next-cycle.ts, not copied from the output. The PDF is written to
 * test-results/sample-since-last-time.pdf so that it can be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import { createSession, type SessionFile } from '../../../src/domain/group/session';
import { readEarlierCycle, startNextCycle } from '../../../src/domain/plan/next-cycle';
import { buildGroupReport } from '../../../src/domain/report/build-group-report';
import { buildGroupPdf, pdfBytes } from '../../../src/export/pdf/build-group-pdf';
import { i18n } from '../../../src/i18n';
import { loadRealBank, ROOT } from '../../bank/real-bank';
import { readFonts, squash } from './report-fixtures';

let bank: Bank;
let cycleTwo: SessionFile;

beforeAll(async () => {
  bank = await loadRealBank();
  const read = readEarlierCycle(
    bank,
    readFileSync('tests/fixtures/sessions/cycle-one.json', 'utf8'),
  );
  if (!read.ok) throw new Error(read.message);
  const started = startNextCycle(
    bank,
    read.earlier,
    { id: 'cycle-two', partnershipName: 'Northborough Deal', date: '2027-03-01' },
    new Date('2027-03-01T09:00:00Z'),
  );
  cycleTwo = {
    ...started,
    // Governance agreed at 78 (Strength, up from Developing: the target of 75 is met);
    // culture agreed at 70 (no score last time; the target of 80 not yet met).
    consensus: [
      { dimensionId: 'governance', agreedScore: 78, rationale: 'Clearer now', targetScore: 85 },
      { dimensionId: 'culture', agreedScore: 70, rationale: '', targetScore: 80 },
    ],
    actions: started.actions.map((a) =>
      a.id === 'act-1'
        ? { ...a, reviewNote: 'Waiting for the new chair' }
        : { ...a, reviewNote: 'Forty people came' },
    ),
  };
});

async function pdfText(session: SessionFile, keepAs?: string): Promise<string> {
  const report = buildGroupReport(bank, session, i18n);
  const bytes = pdfBytes(buildGroupPdf(report, { fonts: readFonts() }, i18n));
  if (keepAs) {
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(path.join(ROOT, 'test-results', keepAs), Buffer.from(bytes));
  }
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return squash((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
}

describe('since last time in the group report', () => {
  it('counts the actions and words each area', () => {
    const s = buildGroupReport(bank, cycleTwo, i18n).sinceLastTime!;
    // act-1 is under way and was due 2020-01-31, before 2027-03-01: overdue. act-2 is done.
    expect(s.actionsSummary).toBe(
      '2 actions from last time: 1 done, 0 dropped, 1 overdue and 0 still open.',
    );
    expect(s.actionGroups.map((g) => [g.heading, g.rows.map((r) => r.what)])).toEqual([
      ['Done', ['Hold a listening event']],
      ['Overdue and still open', ['Write down who decides what']],
    ]);
    expect(s.actionGroups[1]!.rows[0]).toMatchObject({
      area: 'Governance',
      lead: 'Partnership manager',
      due: '31 January 2020',
      status: 'Under way',
      note: 'Waiting for the new chair',
    });
    const row = (name: string) => s.areaRows.find((r) => r[0] === name);
    expect(row('Governance')).toEqual([
      'Governance',
      '60.0 (Developing)',
      '78.0 (Strength), agreed',
      'Up a band or more',
      '75.0',
      'Met',
    ]);
    expect(row('Culture')).toEqual([
      'Culture',
      'No score',
      '70.0 (Developing), agreed',
      '–',
      '80.0',
      'Not yet',
    ]);
    // Nobody has answered in cycle two and nothing was agreed for leadership: no score now.
    expect(row('Leadership')).toEqual(['Leadership', 'No score', 'No score', '–', '–', '–']);
    expect(s.intro).toContain('Northborough Deal on 1 March 2026');
  });

  it('is left out for a session that follows no earlier cycle', () => {
    const plain = createSession(bank, cycleTwo.session, new Date('2027-03-01T09:00:00Z'));
    expect(buildGroupReport(bank, plain, i18n).sinceLastTime).toBeNull();
  });
});

describe('since last time in the group PDF', () => {
  it('prints the section with the review notes and the area table', async () => {
    const text = await pdfText(cycleTwo, 'sample-since-last-time.pdf');
    expect(text).toContain('Since last time');
    expect(text).toContain(
      '2 actions from last time: 1 done, 0 dropped, 1 overdue and 0 still open.',
    );
    expect(text).toContain('Waiting for the new chair');
    expect(text).toContain('Forty people came');
    expect(text).toContain('Up a band or more');
    expect(text).toContain('Target set last time');
  }, 30_000);

  it('has no such section without an earlier cycle', async () => {
    const plain = { ...cycleTwo, previousCycle: undefined };
    delete plain.previousCycle;
    const text = await pdfText(plain);
    expect(text).not.toContain('Since last time');
    expect(text).not.toContain('Waiting for the new chair');
  }, 30_000);
});
