// @vitest-environment node
/**
 * The action plan's files, read back the way a calendar or a spreadsheet would: the iCalendar
 * file (unfolded and unescaped by hand here, following RFC 5545 sections 3.1 and 3.3.11), the
 * actions CSV, and the gap columns of both results spreadsheets.
 */
import Papa from 'papaparse';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bank } from '../../../src/domain/bank/bank-schema';
import type { Action } from '../../../src/domain/plan/action-plan';
import { buildReport } from '../../../src/domain/report/build-report';
import { actionsCalendar } from '../../../src/export/calendar/actions-ics';
import { serializeActionsCsv } from '../../../src/export/csv/serialize-actions-csv';
import { serializeCsv } from '../../../src/export/csv/serialize-csv';
import { serializeGroupCsv } from '../../../src/export/csv/serialize-group-csv';
import { activate, i18n } from '../../../src/i18n';
import { loadRealBank } from '../../bank/real-bank';
import { readFixture } from './report-fixtures';
import { fixtureResponses, makeSession } from './group-fixtures';

let bank: Bank;
beforeAll(async () => {
  bank = await loadRealBank();
});
afterEach(async () => {
  await activate('en');
});

const NOW = new Date('2026-11-29T10:00:00.000Z');
const PLAN: Action[] = [
  {
    id: 'a-1',
    what: 'Write down who decides what, and share it; then ask\nevery partner to agree it before the next board meeting in the spring',
    dimensionId: 'governance',
    lead: 'Partnership manager',
    due: '2027-03-31',
    status: 'under-way',
    measure: 'Every partner has signed the note',
  },
  {
    id: 'a-2',
    what: 'Ask residents how they want to be involved',
    dimensionId: 'communities',
    lead: 'Community lead',
    dueNote: 'By the spring',
    status: 'not-started',
    measure: '',
  },
  {
    id: 'a-3',
    what: '=Hold a listening event',
    dimensionId: 'communities',
    lead: '',
    due: '2027-01-01',
    status: 'done',
    measure: '',
    resources: 'A hall, £200',
    carriedFrom: { id: 'spring-2026', date: '2026-03-01', name: 'Spring workshop' },
    reviewNote: 'Forty people came',
  },
];

/** The calendar's events as property maps: lines unfolded, text values unescaped. */
function events(ics: string): Record<string, string>[] {
  expect(ics.includes('\r\n')).toBe(true);
  const physical = ics.split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const value = line
        .slice(colon + 1)
        .replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
      current[line.slice(0, colon)] = value;
    }
  }
  return out;
}

describe('the calendar of due dates', () => {
  it('has one all-day event per action with a due date, on that day, with a stable UID', () => {
    const ics = actionsCalendar(bank, PLAN, { name: 'Northborough Deal', now: NOW, i18n });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    const found = events(ics);
    expect(found.map((e) => [e.UID, e['DTSTART;VALUE=DATE']])).toEqual([
      ['a-1@rally', '20270331'],
      ['a-3@rally', '20270101'],
    ]);
    expect(found[0]!.SUMMARY).toBe(`Due: ${PLAN[0]!.what}`);
    expect(found[0]!.DESCRIPTION).toBe(
      'Area: Governance\nWho leads: Partnership manager\nStatus: Under way\nHow we will know it worked: Every partner has signed the note',
    );
    expect(found[1]!.DESCRIPTION).toBe('Area: Communities\nStatus: Done');
    expect(found[0]!.DTSTAMP).toBe('20261129T100000Z');
    // The same plan gives the same file: importing it again updates, not repeats.
    expect(actionsCalendar(bank, PLAN, { name: 'Northborough Deal', now: NOW, i18n })).toBe(ics);
  });

  it('escapes commas, semicolons and new lines in free text, and folds long lines', () => {
    const ics = actionsCalendar(bank, PLAN, { name: 'Plan', now: NOW, i18n });
    const summary = ics.slice(ics.indexOf('SUMMARY:'), ics.indexOf('\r\nDESCRIPTION'));
    expect(summary).toContain('what\\, and share it\\; then ask\\nevery');
    expect(summary).toMatch(/\r\n /);
  });

  it('is in Welsh when Welsh is in use', async () => {
    await activate('cy');
    const [first] = events(actionsCalendar(bank, PLAN, { name: 'Plan', now: NOW, i18n }));
    expect(first!.SUMMARY!.endsWith(PLAN[0]!.what)).toBe(true);
    expect(first!.SUMMARY).not.toMatch(/^Due:/);
    expect(first!.DESCRIPTION).not.toContain('Status:');
  });

  it('puts the due day on the right day whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Auckland', 'America/Los_Angeles', 'Europe/London']) {
        process.env.TZ = tz;
        const [first] = events(actionsCalendar(bank, PLAN, { name: 'Plan', now: NOW, i18n }));
        expect(first!['DTSTART;VALUE=DATE']).toBe('20270331');
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});

type Row = Record<string, string>;
const readBack = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Row>(csv.slice(1), { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
};

describe('the actions spreadsheet', () => {
  it('has one row per action, in plan order, every field as written', () => {
    const { meta, data } = readBack(serializeActionsCsv(bank, PLAN, i18n));
    expect(meta.fields).toEqual([
      'priority',
      'action_id',
      'dimension',
      'what',
      'lead',
      'due',
      'status',
      'measure',
      'resources',
      'carried_from',
      'review_note',
    ]);
    expect(data).toEqual([
      {
        priority: '1',
        action_id: 'a-1',
        dimension: 'Governance',
        what: PLAN[0]!.what,
        lead: 'Partnership manager',
        due: '2027-03-31',
        status: 'Under way',
        measure: 'Every partner has signed the note',
        resources: '',
        carried_from: '',
        review_note: '',
      },
      {
        priority: '2',
        action_id: 'a-2',
        dimension: 'Communities',
        what: 'Ask residents how they want to be involved',
        lead: 'Community lead',
        due: 'By the spring',
        status: 'Not started',
        measure: '',
        resources: '',
        carried_from: '',
        review_note: '',
      },
      {
        priority: '3',
        action_id: 'a-3',
        dimension: 'Communities',
        what: "'=Hold a listening event",
        lead: '',
        due: '2027-01-01',
        status: 'Done',
        measure: '',
        resources: 'A hall, £200',
        carried_from: '2026-03-01 Spring workshop',
        review_note: 'Forty people came',
      },
    ]);
  });

  it('has Welsh column names and statuses in Welsh', async () => {
    await activate('cy');
    const { meta, data } = readBack(serializeActionsCsv(bank, PLAN, i18n));
    expect(meta.fields).toHaveLength(11);
    expect(meta.fields).not.toContain('status');
    expect(Object.values(data[0]!)).not.toContain('Under way');
  });
});

describe('the gap in the results spreadsheets', () => {
  it('adds the target and the gap to each area row of the personal spreadsheet', () => {
    const response = readFixture(bank, 'council-clear');
    const report = buildReport(bank, response, i18n);
    const areas = readBack(serializeCsv(report, i18n, { governance: 80, culture: 10 })).data.filter(
      (r) => r.item_id?.startsWith('area:'),
    );
    const gov = areas.find((r) => r.item_id === 'area:governance')!;
    const culture = areas.find((r) => r.item_id === 'area:culture')!;
    expect(gov.target).toBe('80.0');
    expect(Number(gov.gap)).toBeCloseTo(80 - Number(gov.score), 5);
    expect(culture.target).toBe('10.0');
    expect(Number(culture.gap)).toBeLessThan(0);
    expect(culture.gap!.startsWith("'")).toBe(false);
    expect(areas.find((r) => r.item_id === 'area:learning')).toMatchObject({ target: '', gap: '' });
  });

  it('adds one agreed row per recorded area to the group spreadsheet, with the target and gap', () => {
    const session = makeSession(bank, fixtureResponses(bank), [
      { dimensionId: 'governance', agreedScore: 55, rationale: 'Slow decisions.', targetScore: 70 },
      { dimensionId: 'culture', agreedScore: null, rationale: '', targetScore: null },
    ]);
    const rows = readBack(serializeGroupCsv(bank, session, i18n)).data.filter((r) =>
      r.item_id?.startsWith('agreed:'),
    );
    expect(rows).toEqual([
      {
        respondent: '',
        sector: '',
        role_level: '',
        section: 'Agreed by the group',
        dimension: 'Governance',
        item_id: 'agreed:governance',
        question: 'Agreed score for Governance, 0 to 100',
        answer_value: '55.0',
        answer_label: 'Developing',
        target: '70.0',
        gap: '15.0',
      },
      {
        respondent: '',
        sector: '',
        role_level: '',
        section: 'Agreed by the group',
        dimension: 'Culture',
        item_id: 'agreed:culture',
        question: 'Agreed score for Culture, 0 to 100',
        answer_value: '',
        answer_label: '',
        target: '',
        gap: '',
      },
    ]);
  });
});
