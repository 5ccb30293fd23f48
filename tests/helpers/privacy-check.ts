/**
 * The privacy rule as a checker over what outputs show, independent of how they are built.
 *
 * An output is described by what a reader sees in it:
 *   - person records: a label (such as "Person C") with the texts shown beside it, sorted by
 *     where they appear (a sector place, a role place, anything else). The same label in two
 *     outputs is taken to be the same person, as a reader would;
 *   - the labels of the per-person lines offered on a radar;
 *   - group figures: a sector or role group shown with figures, or with its count.
 *
 * Violations (each returned as a sentence, so that a failing property says what went wrong):
 *   1. free text (a comment, a reflection, an about-you text) beside a person label;
 *   2. a label that names a sector or role;
 *   3. people told apart by what is shown about their sector and role, in a class of fewer than 3
 *      (a class: the labels that show exactly the same sector and role values; a value counts
 *      when it is an option's label or "Not given"). Only when nothing at all is shown about
 *      anyone's sector or role may the one class (everybody) be smaller than 3;
 *   4. per-person lines offered with fewer than 3 respondents;
 *   5. a sector or role group with fewer than 3 people given figures or an exact count, or a
 *      group's figure for a dimension over fewer than 3 people.
 */
import type { Bank } from '../../src/domain/bank/bank-schema';
import { NOT_GIVEN, aboutSelect } from './privacy-sessions';
import type { PersonTruth } from './privacy-sessions';

export const NOT_GIVEN_LABEL = 'Not given';

export type PersonRecord = {
  output: string;
  label: string;
  sector: string[];
  role: string[];
  other: string[];
};

export type GroupFigure = {
  output: string;
  field: 'sector' | 'role-level';
  /** The group's option label as shown. */
  label: string;
  /** The group's size as shown, when it is shown. */
  n: number | null;
  /** Whether any figure (median, count) is shown for the group. */
  figures: boolean;
  /** People behind each figure shown for the group (per dimension), when known. */
  cellNs?: number[];
};

export type Outputs = {
  respondents: number;
  people: PersonRecord[];
  personLines: { output: string; labels: string[] }[];
  groups: GroupFigure[];
};

export function privacyViolations(bank: Bank, truth: PersonTruth[], out: Outputs): string[] {
  const problems: string[] = [];
  const sectorItem = aboutSelect(bank, 'sector');
  const roleItem = aboutSelect(bank, 'role-level');
  const sectorLabels = new Set([...sectorItem.options.map((o) => o.label), NOT_GIVEN_LABEL]);
  const roleLabels = new Set([...roleItem.options.map((o) => o.label), NOT_GIVEN_LABEL]);
  const markers = truth.flatMap((t) => t.markers);

  // 1 and 2.
  for (const rec of out.people) {
    const texts = [rec.label, ...rec.sector, ...rec.role, ...rec.other];
    for (const m of markers)
      if (texts.some((t) => t.includes(m)))
        problems.push(`${rec.output}: ${rec.label} carries free text (${m})`);
    for (const name of [...sectorItem.options, ...roleItem.options].map((o) => o.label))
      if (rec.label.includes(name))
        problems.push(`${rec.output}: the label ${rec.label} names ${name}`);
  }
  for (const lines of out.personLines)
    for (const label of lines.labels)
      for (const name of [...sectorItem.options, ...roleItem.options].map((o) => o.label))
        if (label.includes(name)) problems.push(`${lines.output}: the line ${label} names ${name}`);

  // 3. Everything shown about a label, over every output.
  const shown = new Map<string, { sector: Set<string>; role: Set<string> }>();
  const labels = new Set<string>([
    ...out.people.map((p) => p.label),
    ...out.personLines.flatMap((l) => l.labels),
  ]);
  for (const label of labels) shown.set(label, { sector: new Set(), role: new Set() });
  for (const rec of out.people) {
    const s = shown.get(rec.label)!;
    for (const t of [...rec.sector, ...rec.other]) if (sectorLabels.has(t)) s.sector.add(t);
    for (const t of [...rec.role, ...rec.other]) if (roleLabels.has(t)) s.role.add(t);
    // A sector place showing a role's name (or the other way round) still tells.
    for (const t of rec.sector) if (roleLabels.has(t) && !sectorLabels.has(t)) s.role.add(t);
    for (const t of rec.role) if (sectorLabels.has(t) && !roleLabels.has(t)) s.sector.add(t);
  }
  const keyOf = (v: { sector: Set<string>; role: Set<string> }) =>
    JSON.stringify([[...v.sector].sort(), [...v.role].sort()]);
  const classes = new Map<string, string[]>();
  for (const [label, v] of shown) classes.set(keyOf(v), [...(classes.get(keyOf(v)) ?? []), label]);
  const anythingShown = [...shown.values()].some((v) => v.sector.size + v.role.size > 0);
  if (anythingShown) {
    for (const [key, members] of classes) {
      if (members.length < 3)
        problems.push(
          `${members.join(' and ')} ${members.length === 1 ? 'is' : 'are'} told apart by ${key}, a group of ${members.length}`,
        );
    }
  }

  // 4.
  for (const lines of out.personLines)
    if (lines.labels.length > 0 && out.respondents < 3)
      problems.push(`${lines.output}: person lines offered with ${out.respondents} respondents`);

  // 5.
  const size = (field: 'sector' | 'role-level', label: string) => {
    const item = field === 'sector' ? sectorItem : roleItem;
    const id = item.options.find((o) => o.label === label)?.id ?? NOT_GIVEN;
    return truth.filter((t) => (field === 'sector' ? t.sector : t.role) === id).length;
  };
  for (const g of out.groups) {
    const real = size(g.field, g.label);
    if (g.figures && real < 3)
      problems.push(`${g.output}: ${g.field} group ${g.label} of ${real} is shown with figures`);
    if (g.n !== null && g.n < 3)
      problems.push(`${g.output}: ${g.field} group ${g.label} is shown with n = ${g.n}`);
    for (const n of g.cellNs ?? [])
      if (n < 3) problems.push(`${g.output}: a figure for ${g.label} rests on ${n} people`);
  }
  return problems;
}
