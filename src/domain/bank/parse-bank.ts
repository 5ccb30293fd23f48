/**
 * Turns raw bank files (unknown JSON) into a trusted `Bank`, or a list of problems that each
 * name the file and the path inside it. Shape is checked by zod; the cross-references that a
 * schema cannot express (unique ids, weights that point at real targets, band texts for every
 * band) are checked here, so that scoring code can trust what it reads.
 */
import type { z } from '../zod';
import { BankSchema, SectionSchema } from './bank-schema';
import type { Bank, BankMeta, Item, ProfileId, Section } from './bank-schema';

export type BankProblem = { file: string; path: string; message: string };

export type RawBankFiles = {
  bank: { file: string; data: unknown };
  sections: { file: string; data: unknown }[];
};

export type ParseBankResult = { ok: true; bank: Bank } | { ok: false; problems: BankProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function zodProblems(file: string, error: z.ZodError): BankProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/** Target ids each profile's weights may name. */
function targetsByProfile(meta: BankMeta): Record<ProfileId, Set<string>> {
  const ids = (list: { id: string }[] | undefined) => new Set((list ?? []).map((t) => t.id));
  const modes = ids(meta.governance.modes);
  return {
    typology: ids(meta.typology.types),
    'governance-mode': new Set([...modes, meta.governance.unclear]),
    'governance-conditions': modes,
    justification: ids(meta.profiles.justification),
    'starting-conditions': ids(meta.profiles['starting-conditions']),
    'community-involvement': ids(meta.profiles['community-involvement']),
    accountability: ids(meta.profiles.accountability),
  };
}

function crossCheck(meta: BankMeta, sections: { file: string; section: Section }[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const add = (file: string, path: string, message: string) =>
    problems.push({ file, path, message });
  const targets = targetsByProfile(meta);
  const bandIds = meta.scoring.bands.map((b) => b.id);
  const roleIds = new Set(meta.leadership.roles.map((r) => r.id));

  const dimIds = new Set<string>();
  meta.dimensions.forEach((d, i) => {
    if (dimIds.has(d.id))
      add('bank.json', `dimensions[${i}].id`, `dimension "${d.id}" appears twice`);
    dimIds.add(d.id);
    for (const band of bandIds) {
      if (!d.bands[band])
        add('bank.json', `dimensions[${i}].bands`, `has no text for band "${band}"`);
    }
    for (const key of Object.keys(d.bands)) {
      if (!bandIds.includes(key))
        add('bank.json', `dimensions[${i}].bands.${key}`, `"${key}" is not a band id`);
    }
  });
  if (new Set(bandIds).size !== bandIds.length)
    add('bank.json', 'scoring.bands', 'band ids must be unique');
  if (!meta.scoring.bands.some((b) => b.min === 0)) {
    add('bank.json', 'scoring.bands', 'one band must start at 0 so that every score has a band');
  }

  const seenItems = new Map<string, string>();
  const seenSections = new Map<string, string>();
  const seenOrders = new Map<number, string>();
  const seenFields = new Map<string, string>();
  const agreementPerDimension = new Map<string, number>();
  const gridRows = new Map<string, Set<string>>();

  for (const { file, section } of sections) {
    if (seenSections.has(section.id))
      add(file, 'id', `section id "${section.id}" is also used in ${seenSections.get(section.id)}`);
    seenSections.set(section.id, file);
    if (seenOrders.has(section.order))
      add(file, 'order', `order ${section.order} is also used in ${seenOrders.get(section.order)}`);
    seenOrders.set(section.order, file);
    const pageIds = new Set<string>();

    section.pages.forEach((page, p) => {
      if (pageIds.has(page.id))
        add(file, `pages[${p}].id`, `page id "${page.id}" appears twice in this section`);
      pageIds.add(page.id);
      page.items.forEach((item: Item, i) => {
        const at = `pages[${p}].items[${i}]`;
        if (seenItems.has(item.id))
          add(file, `${at}.id`, `item id "${item.id}" is also used in ${seenItems.get(item.id)}`);
        seenItems.set(item.id, file);
        if (item.kind === 'agreement') {
          agreementPerDimension.set(
            item.dimension,
            (agreementPerDimension.get(item.dimension) ?? 0) + 1,
          );
          item.roles.forEach((role, r) => {
            if (!roleIds.has(role))
              add(file, `${at}.roles[${r}]`, `"${role}" is not a leadership role in bank.json`);
          });
        }
        if ((item.kind === 'select' || item.kind === 'text') && item.field) {
          if (seenFields.has(item.field))
            add(
              file,
              `${at}.field`,
              `about-field "${item.field}" is also filled by ${seenFields.get(item.field)}`,
            );
          seenFields.set(item.field, item.id);
        }
        if (item.kind === 'choice' || item.kind === 'grid' || item.kind === 'select') {
          const optionIds = new Set<string>();
          item.options.forEach((o, k) => {
            if (optionIds.has(o.id))
              add(file, `${at}.options[${k}].id`, `option id "${o.id}" appears twice in this item`);
            optionIds.add(o.id);
          });
        }
        if (item.kind === 'choice' || item.kind === 'grid') {
          const allowed = targets[item.profile];
          item.options.forEach((o, k) => {
            for (const key of Object.keys(o.weights)) {
              if (!allowed.has(key)) {
                add(
                  file,
                  `${at}.options[${k}].weights.${key}`,
                  `"${key}" is not a target of profile "${item.profile}"`,
                );
              }
            }
          });
        }
        if (item.kind === 'grid') {
          const rows = new Set(item.rows.map((r) => r.id));
          if (rows.size !== item.rows.length) add(file, `${at}.rows`, 'row ids must be unique');
          gridRows.set(item.profile, new Set([...(gridRows.get(item.profile) ?? []), ...rows]));
        }
      });
    });
  }

  meta.dimensions.forEach((d, i) => {
    if (!agreementPerDimension.get(d.id))
      add('bank.json', `dimensions[${i}]`, `dimension "${d.id}" has no agreement items`);
  });
  const accountabilityRows = gridRows.get('accountability') ?? new Set<string>();
  meta.accountability.flags.forEach((flag, i) => {
    if (flag.rule.kind === 'only-row' && !accountabilityRows.has(flag.rule.row)) {
      add(
        'bank.json',
        `accountability.flags[${i}].rule.row`,
        `"${flag.rule.row}" is not a row of the accountability grid`,
      );
    }
  });
  return problems;
}

/** Validates raw bank files. Sections are returned sorted by their `order`. */
export function parseBank(files: RawBankFiles): ParseBankResult {
  const problems: BankProblem[] = [];
  const meta = BankSchema.safeParse(files.bank.data);
  if (!meta.success) problems.push(...zodProblems(files.bank.file, meta.error));

  const sections: { file: string; section: Section }[] = [];
  for (const { file, data } of files.sections) {
    const parsed = SectionSchema.safeParse(data);
    if (parsed.success) sections.push({ file, section: parsed.data });
    else problems.push(...zodProblems(file, parsed.error));
  }
  if (files.sections.length === 0)
    problems.push({ file: '(bank)', path: 'sections', message: 'the bank has no section files' });
  if (!meta.success || problems.length > 0) return { ok: false, problems };

  const cross = crossCheck(meta.data, sections);
  if (cross.length > 0) return { ok: false, problems: cross };

  const ordered = [...sections]
    .sort((a, b) => a.section.order - b.section.order)
    .map((s) => s.section);
  return { ok: true, bank: { ...meta.data, sections: ordered } };
}

/** One line per problem, e.g. `sections/02-shape.json pages[0].items[1].id: must not be empty`. */
export function describeBankProblems(problems: BankProblem[]): string {
  return problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n');
}
