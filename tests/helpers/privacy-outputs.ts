/**
 * Every output of a group session that can leave the facilitator's own eyes, built with the
 * app's own code and described the way privacy-check.ts reads them: the group CSV (parsed back),
 * the group report model (what the group PDF prints), the group results screen model, the
 * add-responses list and the compare model.
 */
import Papa from 'papaparse';
import type { Bank } from '../../src/domain/bank/bank-schema';
import { buildGroupResultsView } from '../../src/domain/group/results-view';
import type { SessionFile } from '../../src/domain/group/session';
import { compareThenNow } from '../../src/domain/group/session';
import { duplicateLabels, listPeople, shownText } from '../../src/domain/privacy/people';
import { buildGroupReport } from '../../src/domain/report/build-group-report';
import { serializeGroupCsv } from '../../src/export/csv/serialize-group-csv';
import type { GroupFigure, Outputs, PersonRecord } from './privacy-check';
import { aboutSelect } from './privacy-sessions';
import { i18n } from '../../src/i18n';

/** Anything that looks like a label for one person, in any wording the app has used. */
export const PERSON_LABEL = /\b(Person [A-Z]{1,3}|Respondents? \d+|R\d+)\b/;

export type Built = {
  csv: string;
  csvRows: Record<string, string>[];
  report: ReturnType<typeof buildGroupReport>;
  view: ReturnType<typeof buildGroupResultsView>;
  people: ReturnType<typeof listPeople>;
  duplicates: string[][];
  compare: ReturnType<typeof compareThenNow>;
};

export function buildAll(bank: Bank, session: SessionFile): Built {
  const csv = serializeGroupCsv(bank, session, i18n);
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const people = listPeople(bank, session.session.id, session.responses);
  return {
    csv,
    csvRows: parsed.data,
    report: buildGroupReport(bank, session, i18n),
    view: buildGroupResultsView(bank, session),
    people,
    duplicates: duplicateLabels(bank, people),
    compare: compareThenNow(bank, session.responses.slice(0, 1), session.responses),
  };
}

/** The built outputs as privacy-check.ts reads them. */
export function describeOutputs(bank: Bank, built: Built): Outputs {
  const sectorId = aboutSelect(bank, 'sector').id;
  const roleId = aboutSelect(bank, 'role-level').id;
  const csvPeople = new Map<string, PersonRecord>();
  const free: PersonRecord = {
    output: 'csv free text',
    label: '',
    sector: [],
    role: [],
    other: [],
  };
  for (const row of built.csvRows) {
    const cells = Object.values(row);
    if (!row.respondent) {
      // A row with no person: it may show nothing about anyone's sector or role.
      free.sector.push(row.sector ?? '');
      free.role.push(row.role_level ?? '');
      continue;
    }
    const rec = csvPeople.get(row.respondent) ?? {
      output: 'csv',
      label: row.respondent,
      sector: [],
      role: [],
      other: [],
    };
    csvPeople.set(row.respondent, rec);
    rec.sector.push(row.sector ?? '');
    rec.role.push(row.role_level ?? '');
    if (row.item_id === sectorId) rec.sector.push(row.answer_label ?? '');
    else if (row.item_id === roleId) rec.role.push(row.answer_label ?? '');
    else rec.other.push(...cells.slice(3));
  }
  const list: PersonRecord[] = built.people.people.map((p) => ({
    output: 'add-responses',
    label: p.label,
    sector: [shownText(p.sector)],
    role: [],
    other: [],
  }));
  const groups: GroupFigure[] = [
    ...built.report.cover.sectors.map((s) => ({
      output: 'pdf cover',
      field: 'sector' as const,
      label: s.label,
      n: s.count,
      figures: s.count !== null,
    })),
    ...(['sectorView', 'roleView'] as const).flatMap((v) =>
      built.report[v].rows.map((r) => ({
        output: `pdf ${v}`,
        field: v === 'sectorView' ? ('sector' as const) : ('role-level' as const),
        label: r.label,
        n: r.suppressed ? null : r.n,
        figures: !r.suppressed,
      })),
    ),
    ...(['sectors', 'roles'] as const).flatMap((v) =>
      built.view[v].groups.map((g) => ({
        output: `screen ${v}`,
        field: v === 'sectors' ? ('sector' as const) : ('role-level' as const),
        label: g.label,
        n: g.suppressed ? null : g.n,
        figures: !g.suppressed,
        cellNs: g.suppressed ? [] : g.dimensions.filter((c) => !c.suppressed).map((c) => c.n),
      })),
    ),
  ];
  return {
    respondents: built.view.respondents,
    people: [...csvPeople.values(), ...list, ...(free.sector.some(Boolean) ? [free] : [])],
    personLines: [
      { output: 'results radar', labels: built.view.personLines.map((l) => l.label) },
      { output: 'duplicate warning', labels: built.duplicates.flat() },
    ],
    groups,
  };
}
