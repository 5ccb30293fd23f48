/**
 * Turns raw bank files (unknown JSON) into a trusted `Bank`, or a list of every problem, each
 * naming the file and the place in it in words ("page “p2”, question “culture-trust”").
 *
 * Shape is checked by zod; the cross-references that a schema cannot express (unique ids,
 * weights that point at real targets, band texts for every band) are checked here, so that
 * scoring code can trust what it reads. Everything is checked in one pass: a file that fails its
 * shape check is still searched for repeated ids in the questions that are whole, and every
 * repeat of an id is reported, naming the id and where it was first used. Checks that need the
 * whole bank (every dimension has statements, every flag's row exists) run only when every file
 * passed, so they never report something that is only missing because another file is broken.
 */
import { issuePhrase, type z } from '../zod';
import { english, messageFor, sentence, type Message, type Value } from '../said';
import { BankSchema, ItemSchema, SectionSchema } from './bank-schema';
import type { Bank, BankMeta, Item, ProfileId, Section } from './bank-schema';
import { placeOf, quoted } from './bank-places';
import { splitLanguages, type BankTranslation, type OtherLanguage } from './bank-texts';

export type BankProblem = {
  /** The file: `bank.json`, `sections/02-shape.json`, or in a one-file bank "section 3". */
  file: string;
  /** The place inside the file as a path, `pages[1].items[2].id`, for tools and tests. */
  path: string;
  /** The place inside the file in words: "page “p2”, question “culture-trust”" ('' for all of it). */
  where: string;
  /** What is wrong, in plain English. */
  message: string;
};

export type RawBankFiles = {
  bank: { file: string; data: unknown };
  sections: { file: string; data: unknown }[];
};

export type ParseBankResult =
  | {
      ok: true;
      /** The bank in English: every text a plain string. */
      bank: Bank;
      /** Its texts in the other languages, by key (src/domain/bank/bank-texts.ts). */
      translations: Record<OtherLanguage, BankTranslation>;
    }
  | { ok: false; problems: BankProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** A problem at `path` in a file; `message` is a whole phrase, or made from the place's subject. */
function problemAt(
  file: string,
  data: unknown,
  path: readonly PropertyKey[],
  message: string | ((subject: string) => string),
): BankProblem {
  const place = placeOf(data, path);
  return {
    file,
    path: formatPath(path),
    where: place.where,
    message: typeof message === 'string' ? message : message(place.subject),
  };
}

function zodProblems(file: string, data: unknown, error: z.core.$ZodError): BankProblem[] {
  return error.issues.map((issue) =>
    problemAt(file, data, issue.path, (subject) =>
      english(
        /*i18n*/ {
          id: '{subject} {problem}',
          message: '{subject} {problem}',
          values: { subject: messageFor(subject) ?? subject, problem: issuePhrase(issue) },
        },
      ),
    ),
  );
}

/**
 * Target ids each profile's weights may name, read from bank.json as far as it can be read (so
 * that a mistake elsewhere in bank.json does not hide a weight naming no target). A profile whose
 * targets cannot be read is left out, and its weights are not checked.
 */
function targetsByProfile(data: unknown): Partial<Record<ProfileId, Set<string>>> {
  const at = (...keys: string[]): unknown =>
    keys.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), data);
  const ids = (list: unknown): Set<string> | undefined =>
    Array.isArray(list)
      ? new Set(list.flatMap((t) => (isRecord(t) && typeof t.id === 'string' ? [t.id] : [])))
      : undefined;
  const modes = ids(at('governance', 'modes'));
  const unclear = at('governance', 'unclear');
  const profiles = isRecord(at('profiles')) ? at('profiles') : {};
  const targets: Partial<Record<ProfileId, Set<string> | undefined>> = {
    typology: ids(at('typology', 'types')),
    'governance-mode':
      modes && typeof unclear === 'string' ? new Set([...modes, unclear]) : undefined,
    'governance-conditions': modes,
    // A profile with no targets listed has none: every weight in it names no target.
    justification: ids(at('profiles', 'justification')) ?? (profiles ? new Set() : undefined),
    'starting-conditions':
      ids(at('profiles', 'starting-conditions')) ?? (profiles ? new Set() : undefined),
    'community-involvement':
      ids(at('profiles', 'community-involvement')) ?? (profiles ? new Set() : undefined),
    accountability: ids(at('profiles', 'accountability')) ?? (profiles ? new Set() : undefined),
  };
  return Object.fromEntries(Object.entries(targets).filter(([, v]) => v !== undefined));
}

/** A section as far as it could be read: whole, or only the questions that are whole. */
type SectionView = {
  file: string;
  data: unknown;
  whole: boolean;
  id: string | null;
  order: number | null;
  pages: { index: number; id: string | null; items: { index: number; item: Item }[] }[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function viewOf(file: string, data: unknown, parsed: Section | null): SectionView {
  if (parsed) {
    return {
      file,
      data,
      whole: true,
      id: parsed.id,
      order: parsed.order,
      pages: parsed.pages.map((page, p) => ({
        index: p,
        id: page.id,
        items: page.items.map((item, i) => ({ index: i, item })),
      })),
    };
  }
  const raw = isRecord(data) ? data : {};
  const pages = Array.isArray(raw.pages) ? raw.pages : [];
  return {
    file,
    data,
    whole: false,
    id: typeof raw.id === 'string' ? raw.id : null,
    order: typeof raw.order === 'number' ? raw.order : null,
    pages: pages.map((page, p) => {
      const items = isRecord(page) && Array.isArray(page.items) ? page.items : [];
      return {
        index: p,
        id: isRecord(page) && typeof page.id === 'string' ? page.id : null,
        items: items.flatMap((rawItem, i) => {
          const item = ItemSchema.safeParse(rawItem);
          return item.success ? [{ index: i, item: item.data }] : [];
        }),
      };
    }),
  };
}

/** A text the domain made, as a value for a message (so it is translated too), or as it is. */
const part = (text: string): string | Message => messageFor(text) ?? text;

function checkMeta(file: string, data: unknown, meta: BankMeta): BankProblem[] {
  const problems: BankProblem[] = [];
  const add = (path: PropertyKey[], message: string) =>
    problems.push(problemAt(file, data, path, message));
  const bandIds = meta.scoring.bands.map((b) => b.id);
  const seenDimensions = new Set<string>();
  meta.dimensions.forEach((d, i) => {
    if (seenDimensions.has(d.id))
      add(
        ['dimensions', i, 'id'],
        english(
          /*i18n*/ {
            id: 'the dimension {name} appears more than once',
            message: 'the dimension {name} appears more than once',
            values: { name: quoted(d.id) },
          },
        ),
      );
    seenDimensions.add(d.id);
    for (const band of bandIds) {
      if (!d.bands[band])
        add(
          ['dimensions', i, 'bands'],
          english(
            /*i18n*/ {
              id: 'there is no text for the band {name}',
              message: 'there is no text for the band {name}',
              values: { name: quoted(band) },
            },
          ),
        );
    }
    for (const key of Object.keys(d.bands)) {
      if (!bandIds.includes(key))
        add(
          ['dimensions', i, 'bands', key],
          english(
            /*i18n*/ {
              id: '{name} is not one of the bands',
              message: '{name} is not one of the bands',
              values: { name: quoted(key) },
            },
          ),
        );
    }
  });
  problems.push(...checkPractice(file, data, meta));
  const seenBands = new Set<string>();
  meta.scoring.bands.forEach((b, i) => {
    if (seenBands.has(b.id))
      add(
        ['scoring', 'bands', i, 'id'],
        english(
          /*i18n*/ {
            id: 'the band id {name} is used more than once',
            message: 'the band id {name} is used more than once',
            values: { name: quoted(b.id) },
          },
        ),
      );
    seenBands.add(b.id);
  });
  if (!meta.scoring.bands.some((b) => b.min === 0))
    add(
      ['scoring', 'bands'],
      english(
        /*i18n*/ {
          id: 'one band must start at 0, so that every score has a band',
          message: 'one band must start at 0, so that every score has a band',
        },
      ),
    );
  return problems;
}

/**
 * Practice descriptions, where a bank has them: each names a citation of the bank, and a band
 * that describes practice also says what would move a partnership on (and the other way round).
 */
function checkPractice(file: string, data: unknown, meta: BankMeta): BankProblem[] {
  const problems: BankProblem[] = [];
  const add = (path: PropertyKey[], message: string) =>
    problems.push(problemAt(file, data, path, message));
  const citations = new Set(meta.citations.map((c) => c.id));
  meta.dimensions.forEach((d, i) => {
    for (const [bandId, band] of Object.entries(d.bands)) {
      const at = ['dimensions', i, 'bands', bandId];
      band.practice?.forEach((p, k) => {
        if (!citations.has(p.citation))
          add(
            [...at, 'practice', k, 'citation'],
            english(
              /*i18n*/ {
                id: '{name} is not one of the bank’s citations',
                message: '{name} is not one of the bank’s citations',
                values: { name: quoted(p.citation) },
              },
            ),
          );
      });
      if (band.practice && band.nextStep === undefined)
        add(
          at,
          english(
            /*i18n*/ {
              id: 'the practice descriptions need a “nextStep” beside them',
              message: 'the practice descriptions need a “nextStep” beside them',
            },
          ),
        );
      if (!band.practice && band.nextStep !== undefined)
        add(
          at,
          english(
            /*i18n*/ {
              id: 'a “nextStep” needs 2 or 3 “practice” descriptions beside it',
              message: 'a “nextStep” needs 2 or 3 “practice” descriptions beside it',
            },
          ),
        );
    }
  });
  return problems;
}

/**
 * For the built-in bank (`npm run bank:check`): every band of every dimension describes
 * practice and a next step. A bank of one's own may leave them out (questions/README.md), so
 * `parseBank` does not ask for them.
 */
export function missingPractice(bank: BankMeta): BankProblem[] {
  const problems: BankProblem[] = [];
  bank.dimensions.forEach((d, i) => {
    for (const band of bank.scoring.bands) {
      const texts = d.bands[band.id];
      if (texts && !texts.practice)
        problems.push({
          file: 'bank.json',
          path: `dimensions[${i}].bands.${band.id}.practice`,
          where: english(
            /*i18n*/ {
              id: 'dimension {dimension}, the texts for band {band}',
              message: 'dimension {dimension}, the texts for band {band}',
              values: { dimension: quoted(d.id), band: quoted(band.id) },
            },
          ),
          message: english(
            /*i18n*/ {
              id: 'there are no “practice” descriptions or “nextStep” for this band',
              message: 'there are no “practice” descriptions or “nextStep” for this band',
            },
          ),
        });
    }
  });
  return problems;
}

function checkSections(bankData: unknown, views: SectionView[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const targets = targetsByProfile(bankData);
  const leadership = isRecord(bankData) ? bankData.leadership : undefined;
  const roles = isRecord(leadership) ? leadership.roles : undefined;
  const roleIds = Array.isArray(roles)
    ? new Set(roles.flatMap((r) => (isRecord(r) && typeof r.id === 'string' ? [r.id] : [])))
    : null;

  const seenItems = new Map<string, string>();
  const seenSections = new Map<string, string>();
  const seenOrders = new Map<number, string>();
  const seenFields = new Map<string, string>();

  for (const view of views) {
    const add = (path: PropertyKey[], message: string) =>
      problems.push(problemAt(view.file, view.data, path, message));
    if (view.id !== null) {
      const first = seenSections.get(view.id);
      if (first)
        add(
          ['id'],
          english(
            /*i18n*/ {
              id: 'the section id {name} is also used in {first}',
              message: 'the section id {name} is also used in {first}',
              values: { name: quoted(view.id), first: part(first) },
            },
          ),
        );
      else seenSections.set(view.id, view.file);
    }
    if (view.order !== null) {
      const first = seenOrders.get(view.order);
      if (first)
        add(
          ['order'],
          english(
            /*i18n*/ {
              id: 'the order {order} is also used in {first}',
              message: 'the order {order} is also used in {first}',
              values: { order: view.order, first: part(first) },
            },
          ),
        );
      else seenOrders.set(view.order, view.file);
    }
    const pageIds = new Set<string>();
    for (const page of view.pages) {
      if (page.id !== null) {
        if (pageIds.has(page.id))
          add(
            ['pages', page.index, 'id'],
            english(
              /*i18n*/ {
                id: 'the page id {name} is used more than once in this section',
                message: 'the page id {name} is used more than once in this section',
                values: { name: quoted(page.id) },
              },
            ),
          );
        pageIds.add(page.id);
      }
      for (const { index, item } of page.items) {
        const at = ['pages', page.index, 'items', index];
        const here = english(
          /*i18n*/ {
            id: '{file}, question {name}',
            message: '{file}, question {name}',
            values: { file: part(view.file), name: quoted(item.id) },
          },
        );
        const first = seenItems.get(item.id);
        if (first)
          add(
            [...at, 'id'],
            english(
              /*i18n*/ {
                id: 'the question id {name} is also used in {first}',
                message: 'the question id {name} is also used in {first}',
                values: { name: quoted(item.id), first: part(first) },
              },
            ),
          );
        else seenItems.set(item.id, view.file);

        if (item.kind === 'agreement' && roleIds) {
          item.roles.forEach((role, r) => {
            if (!roleIds.has(role))
              add(
                [...at, 'roles', r],
                english(
                  /*i18n*/ {
                    id: '{name} is not one of the leadership roles',
                    message: '{name} is not one of the leadership roles',
                    values: { name: quoted(role) },
                  },
                ),
              );
          });
        }
        if ((item.kind === 'select' || item.kind === 'text') && item.field) {
          const firstField = seenFields.get(item.field);
          if (firstField)
            add(
              [...at, 'field'],
              english(
                /*i18n*/ {
                  id: 'the about-you field {name} is also filled by {first}',
                  message: 'the about-you field {name} is also filled by {first}',
                  values: { name: quoted(item.field), first: part(firstField) },
                },
              ),
            );
          else seenFields.set(item.field, here);
        }
        if (item.kind === 'choice' || item.kind === 'grid' || item.kind === 'select') {
          const optionIds = new Set<string>();
          item.options.forEach((o, k) => {
            if (optionIds.has(o.id))
              add(
                [...at, 'options', k, 'id'],
                english(
                  /*i18n*/ {
                    id: 'the option id {name} is used more than once in this question',
                    message: 'the option id {name} is used more than once in this question',
                    values: { name: quoted(o.id) },
                  },
                ),
              );
            optionIds.add(o.id);
          });
        }
        if (item.kind === 'choice' || item.kind === 'grid') {
          item.options.forEach((o, k) => {
            if (o.exclusive && !(item.kind === 'choice' && item.multiple))
              add(
                [...at, 'options', k, 'exclusive'],
                english(
                  /*i18n*/ {
                    id: 'only an option of a question where several answers can be chosen can be “exclusive”',
                    message:
                      'only an option of a question where several answers can be chosen can be “exclusive”',
                  },
                ),
              );
            const allowed = targets[item.profile];
            if (!allowed) return;
            for (const key of Object.keys(o.weights)) {
              if (!allowed.has(key))
                add(
                  [...at, 'options', k, 'weights', key],
                  english(
                    /*i18n*/ {
                      id: '{name} is not a target of the profile {profile}',
                      message: '{name} is not a target of the profile {profile}',
                      values: { name: quoted(key), profile: quoted(item.profile) },
                    },
                  ),
                );
            }
          });
        }
        if (item.kind === 'grid') {
          const rows = new Set<string>();
          item.rows.forEach((row, r) => {
            if (rows.has(row.id))
              add(
                [...at, 'rows', r, 'id'],
                english(
                  /*i18n*/ {
                    id: 'the row id {name} is used more than once in this question',
                    message: 'the row id {name} is used more than once in this question',
                    values: { name: quoted(row.id) },
                  },
                ),
              );
            rows.add(row.id);
          });
        }
      }
    }
  }
  return problems;
}

/** Checks that need every file whole: each dimension has statements, each flag's row exists. */
function checkWholeBank(file: string, data: unknown, meta: BankMeta, items: Item[]): BankProblem[] {
  const problems: BankProblem[] = [];
  meta.dimensions.forEach((d, i) => {
    if (!items.some((item) => item.kind === 'agreement' && item.dimension === d.id))
      problems.push(
        problemAt(
          file,
          data,
          ['dimensions', i],
          english(
            /*i18n*/ {
              id: 'no statement is in the dimension {name}',
              message: 'no statement is in the dimension {name}',
              values: { name: quoted(d.id) },
            },
          ),
        ),
      );
  });
  const rows = new Set(
    items.flatMap((item) =>
      item.kind === 'grid' && item.profile === 'accountability' ? item.rows.map((r) => r.id) : [],
    ),
  );
  meta.accountability.flags.forEach((flag, i) => {
    if (flag.rule.kind === 'only-row' && !rows.has(flag.rule.row))
      problems.push(
        problemAt(
          file,
          data,
          ['accountability', 'flags', i, 'rule', 'row'],
          english(
            /*i18n*/ {
              id: '{name} is not a row of the accountability question',
              message: '{name} is not a row of the accountability question',
              values: { name: quoted(flag.rule.row) },
            },
          ),
        ),
      );
  });
  return problems;
}

/** Validates raw bank files, reporting every problem at once. Sections are sorted by `order`. */
export function parseBank(source: RawBankFiles): ParseBankResult {
  const problems: BankProblem[] = [];
  // Texts may be given in English and Welsh: the English goes on through the schema.
  const cy: BankTranslation = {};
  const split = (file: string, data: unknown, kind: 'bank' | 'section') => {
    const result = splitLanguages(data, kind);
    Object.assign(cy, result.cy);
    for (const p of result.problems) problems.push(problemAt(file, data, p.path, p.message));
    return { file, data: result.english };
  };
  const files: RawBankFiles = {
    bank: split(source.bank.file, source.bank.data, 'bank'),
    sections: source.sections.map((s) => split(s.file, s.data, 'section')),
  };
  const meta = BankSchema.safeParse(files.bank.data);
  if (!meta.success) problems.push(...zodProblems(files.bank.file, files.bank.data, meta.error));
  else problems.push(...checkMeta(files.bank.file, files.bank.data, meta.data));

  const views: SectionView[] = [];
  const sections: Section[] = [];
  for (const { file, data } of files.sections) {
    const parsed = SectionSchema.safeParse(data);
    if (parsed.success) sections.push(parsed.data);
    else problems.push(...zodProblems(file, data, parsed.error));
    views.push(viewOf(file, data, parsed.success ? parsed.data : null));
  }
  if (files.sections.length === 0)
    problems.push({
      file: files.bank.file,
      path: 'sections',
      where: '',
      message: english(
        /*i18n*/ { id: 'the bank has no sections', message: 'the bank has no sections' },
      ),
    });
  problems.push(...checkSections(files.bank.data, views));
  if (meta.success && views.every((v) => v.whole)) {
    const items = sections.flatMap((s) => s.pages.flatMap((p) => p.items));
    problems.push(...checkWholeBank(files.bank.file, files.bank.data, meta.data, items));
  }
  if (!meta.success || problems.length > 0) {
    // In file order, so that an author can work through them file by file.
    const order = [files.bank.file, ...files.sections.map((f) => f.file)];
    const rank = (p: BankProblem) => order.indexOf(p.file);
    return { ok: false, problems: problems.sort((a, b) => rank(a) - rank(b)) };
  }

  const ordered = [...sections].sort((a, b) => a.order - b.order);
  return { ok: true, bank: { ...meta.data, sections: ordered }, translations: { cy } };
}

/** One problem as a sentence: "sections/04-culture.json, page “p2”, question “x”: the … ". */
export function describeBankProblem(p: BankProblem): string {
  const file = p.file ? part(p.file) : '';
  const where = p.where ? part(p.where) : '';
  const place: Value =
    file && where
      ? /*i18n*/ { id: '{file}, {where}', message: '{file}, {where}', values: { file, where } }
      : file || where;
  const placeText = typeof place === 'string' ? place : english(place as Message);
  // A file name stays as it is written; words ("section 3", "the bank’s settings") start a sentence.
  const startsSentence = (text: string) => /^(section|the|page|line) /.test(text);
  if (!placeText) {
    const problem = part(p.message);
    if (!startsSentence(p.message) || typeof problem === 'string') return capitalised(p.message);
    return english(sentence(problem));
  }
  const whole: Message = /*i18n*/ {
    id: '{place}: {problem}',
    message: '{place}: {problem}',
    values: {
      place:
        startsSentence(placeText) && typeof place !== 'string' ? sentence(place as Message) : place,
      problem: part(p.message),
    },
  };
  if (startsSentence(placeText) && typeof place === 'string')
    return `${capitalised(placeText)}: ${p.message}`;
  return english(whole);
}

function capitalised(text: string): string {
  return /^(section|the|page|line) /.test(text)
    ? `${text.charAt(0).toUpperCase()}${text.slice(1)}`
    : text;
}

/** One line per problem, as `npm run bank:check` prints them. */
export function describeBankProblems(problems: BankProblem[]): string {
  return problems.map(describeBankProblem).join('\n');
}
